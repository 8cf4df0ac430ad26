#include "vcardpreviewpage.h"

#include "filecheck.h"
#include "importsetup.h"
#include "io/vcardreader.h"
#include "problemnotice.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace {
enum Column
{
    NameColumn,
    OrganizationColumn,
    PhonesColumn,
    EmailsColumn,
    ColumnCount
};

QString values(const QList<VCard::Value> &list)
{
    QStringList out;
    for (const VCard::Value &v : list)
        out << v.value;
    return out.join(QStringLiteral(", "));
}
} // namespace

VCardPreviewPage::VCardPreviewPage(ImportSetup &setup, QWidget *parent)
    : QWizardPage(parent), m_setup(setup), m_table(new QTableWidget(this)),
      m_problem(new ProblemNotice(QStringLiteral("previewProblemLabel"), this)),
      m_checkLabel(new QLabel(this)), m_check(new FileCheck(this))
{
    setTitle(tr("Check the cards"));
    setSubTitle(tr("The first cards of the file as Clientele reads them."));
    m_table->setObjectName(QStringLiteral("cardsTableWidget"));
    m_checkLabel->setObjectName(QStringLiteral("fileCheckLabel"));
    m_checkLabel->setWordWrap(true);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Organisation"), tr("Phones"), tr("E-mails")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("The numbers on the left are the lines where the cards begin."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_checkLabel);

    connect(m_check, &FileCheck::progressChanged, this, [this](qint64 done, qint64 total) {
        if (total > 0)
            m_checkLabel->setText(tr("Reading the whole file… %1 %").arg(done * 100 / total));
    });
    connect(m_check, &FileCheck::finished, this, &VCardPreviewPage::showCheck);
}

void VCardPreviewPage::initializePage()
{
    m_table->setRowCount(0);
    VCardReader reader(m_setup.path);
    VCard card;
    QStringList lines;
    while (m_table->rowCount() < PreviewCards && reader.next(&card)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString name = card.formattedName;
        if (name.isEmpty())
            name = QStringList{card.lastName, card.firstName, card.middleName}
                       .filter(QRegularExpression(QStringLiteral("\\S")))
                       .join(QLatin1Char(' '));
        m_table->setItem(row, NameColumn, new QTableWidgetItem(name));
        m_table->setItem(row, OrganizationColumn, new QTableWidgetItem(card.organization));
        m_table->setItem(row, PhonesColumn, new QTableWidgetItem(values(card.phones)));
        m_table->setItem(row, EmailsColumn, new QTableWidgetItem(values(card.emails)));
        lines << QLocale().toString(card.line);
    }
    m_table->setVerticalHeaderLabels(lines);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < ColumnCount; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));

    m_readable = !reader.hasError();
    m_problem->setText(
        reader.hasError()
            ? tr("This file cannot be imported:\n%1").arg(QDir::toNativeSeparators(reader.error()))
            : QString());
    if (m_readable) {
        m_checkLabel->setText(tr("Reading the whole file…"));
        m_check->start(m_setup);
    } else {
        m_checkLabel->clear();
    }
    Q_EMIT completeChanged();
}

void VCardPreviewPage::showCheck()
{
    const QString error = m_check->error();
    if (!error.isEmpty()) {
        m_readable = false;
        m_checkLabel->clear();
        m_problem->setText(
            tr("This file cannot be imported:\n%1").arg(QDir::toNativeSeparators(error)));
    } else {
        m_checkLabel->setText(tr("The whole file reads well: %Ln card(s).", nullptr,
                                 int(std::min<qint64>(m_check->records(), INT_MAX))));
    }
    Q_EMIT completeChanged();
}

bool VCardPreviewPage::isComplete() const
{
    return m_readable && !m_check->isRunning() && m_check->error().isEmpty();
}
