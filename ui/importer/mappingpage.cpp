#include "mappingpage.h"

#include "importsetup.h"
#include "io/mappingmemory.h"
#include "problemnotice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using F = ColumnMapping::Field;

namespace {
constexpr int SampleValues = 3;

bool canMakeClients(const QList<F> &mapping)
{
    return ColumnMapping::hasName(mapping) || mapping.contains(F::Email) ||
           std::any_of(mapping.begin(), mapping.end(), ColumnMapping::isPhone);
}
} // namespace

QString MappingPage::fieldTitle(F field)
{
    // No default: a new field must get its title here.
    switch (field) {
    case F::Ignore:
        return tr("Do not import");
    case F::CompanyName:
        return tr("Company name");
    case F::FullName:
        return tr("Full name");
    case F::LastName:
        return tr("Last name");
    case F::FirstName:
        return tr("First name");
    case F::MiddleName:
        return tr("Middle name (patronymic)");
    case F::Position:
        return tr("Position");
    case F::Phone:
        return tr("Phone");
    case F::WorkPhone:
        return tr("Work phone");
    case F::MobilePhone:
        return tr("Mobile phone");
    case F::HomePhone:
        return tr("Home phone");
    case F::Email:
        return tr("E-mail");
    case F::City:
        return tr("City");
    case F::Region:
        return tr("Region");
    case F::Address:
        return tr("Address");
    case F::Inn:
        return tr("INN");
    case F::Kpp:
        return tr("KPP");
    case F::Ogrn:
        return tr("OGRN");
    case F::Notes:
        return tr("Notes");
    case F::Source:
        return tr("Source");
    case F::Tags:
        return tr("Tags");
    case F::Birthday:
        return tr("Birthday");
    }
    return {};
}

MappingPage::MappingPage(ImportSetup &setup, MappingMemory &memory, QWidget *parent)
    : QWizardPage(parent), m_setup(setup), m_memory(memory), m_table(new QTableWidget(this)),
      m_remembered(new QLabel(this)),
      m_guess(new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")),
                              tr("&Map from the header names"), this)),
      m_problem(new ProblemNotice(QStringLiteral("mappingProblemLabel"), this))
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Choose what each column of the file holds. Columns set to “Do not import” "
                   "are left out."));
    m_table->setObjectName(QStringLiteral("mappingTableWidget"));
    m_remembered->setObjectName(QStringLiteral("rememberedLabel"));
    m_guess->setObjectName(QStringLiteral("guessMappingPushButton"));

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Values"), tr("Import as")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setFocusPolicy(Qt::NoFocus); // Tab goes from combo to combo
    // Rows as tall as the combos they hold.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height() + 2);
    m_table->horizontalHeader()->setSectionResizeMode(HeaderColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_remembered->setWordWrap(true);
    m_remembered->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remembered, 1);
    buttons->addStretch();
    buttons->addWidget(m_guess, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_guess, &QPushButton::clicked, this, [this] {
        setMapping(ColumnMapping::guess(m_setup.header));
        m_remembered->hide();
    });
}

void MappingPage::initializePage()
{
    // Back to the preview and here again with the same header: keep the choices.
    const bool sameHeader =
        m_shownHeader == m_setup.header && m_setup.mapping.size() == m_setup.header.size();
    const QList<F> kept = m_setup.mapping;
    m_shownHeader = m_setup.header;
    fill();
    if (sameHeader) {
        setMapping(kept);
        return;
    }
    const std::optional<QList<F>> remembered = m_memory.recall(m_setup.header);
    m_remembered->setVisible(remembered.has_value());
    m_remembered->setText(tr("These columns are mapped as you mapped a file with the same "
                             "header last time."));
    setMapping(remembered ? *remembered : ColumnMapping::guess(m_setup.header));
}

void MappingPage::fill()
{
    const QStringList &header = m_setup.header;
    m_table->setRowCount(int(header.size()));
    for (int column = 0; column < header.size(); ++column) {
        const QString label = header.at(column).trimmed();
        m_table->setItem(
            column, HeaderColumn,
            new QTableWidgetItem(label.isEmpty() ? tr("(column %1)").arg(column + 1) : label));
        QStringList samples;
        for (const QStringList &row : std::as_const(m_setup.sampleRows)) {
            const QString value = row.value(column).simplified();
            if (!value.isEmpty() && !samples.contains(value))
                samples << value;
            if (samples.size() == SampleValues)
                break;
        }
        auto *sample = new QTableWidgetItem(samples.join(QStringLiteral(" · ")));
        sample->setToolTip(samples.join(QLatin1Char('\n')));
        m_table->setItem(column, SampleColumn, sample);

        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("column%1ComboBox").arg(column));
        for (int f = int(F::Ignore); f <= int(F::Birthday); ++f)
            combo->addItem(fieldTitle(F(f)), f);
        combo->insertSeparator(1);
        combo->setMaxVisibleItems(combo->count());
        connect(combo, &QComboBox::currentIndexChanged, this, [this, column, combo] {
            if (column < m_setup.mapping.size())
                m_setup.mapping[column] = F(combo->currentData().toInt());
            updateProblem();
        });
        m_table->setCellWidget(column, FieldColumn, combo);
    }
    m_table->resizeColumnToContents(HeaderColumn);
    m_table->setColumnWidth(HeaderColumn, std::min(m_table->columnWidth(HeaderColumn), 260));
}

void MappingPage::setMapping(const QList<F> &mapping)
{
    m_setup.mapping = mapping;
    while (m_setup.mapping.size() < m_setup.header.size())
        m_setup.mapping << F::Ignore;
    for (int column = 0; column < m_setup.header.size(); ++column) {
        QComboBox *combo = fieldComboBox(column);
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(combo->findData(int(m_setup.mapping.at(column))));
    }
    updateProblem();
}

QComboBox *MappingPage::fieldComboBox(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, FieldColumn));
}

void MappingPage::updateProblem()
{
    m_problem->setText(canMakeClients(m_setup.mapping)
                           ? QString()
                           : tr("Map at least one column to a name, an e-mail or a phone: "
                                "without one, no row can become a client."));
    Q_EMIT completeChanged();
}

bool MappingPage::isComplete() const
{
    return canMakeClients(m_setup.mapping);
}
