#include "duplicatesdialog.h"

#include "clients/clientmerger.h"
#include "clients/clientrepository.h"
#include "clients/duplicatefinder.h"
#include "common/messenger.h"
#include "common/uiformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
// Groups shown at most: a base with more has bigger problems than a list can show.
constexpr int kMaxGroups = 2000;

enum Row
{
    MergeRow,
    NameRow,
    KindRow,
    CityRow,
    RegionRow,
    AddressRow,
    PhonesRow,
    EmailsRow,
    InnRow,
    ContactsRow,
    TagsRow,
    ImportanceRow,
    SourceRow,
    LastContactRow,
    CreatedRow,
    RowCount
};
} // namespace

DuplicatesDialog::DuplicatesDialog(Services services, Messenger &messenger, QWidget *parent)
    : QDialog(parent), m_services(services), m_messenger(messenger), m_list(new QListWidget),
      m_table(new QTableWidget(RowCount, 0)), m_keep(new QComboBox), m_status(new QLabel),
      m_notice(new QLabel), m_busy(new QProgressBar),
      m_merge(new QPushButton(tr("&Merge into the kept client"))),
      m_undo(new QPushButton(tr("&Undo last merge")))
{
    setWindowTitle(tr("Find duplicates"));
    m_list->setObjectName(QStringLiteral("groupsListWidget"));
    m_table->setObjectName(QStringLiteral("comparisonTableWidget"));
    m_keep->setObjectName(QStringLiteral("keepComboBox"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_merge->setObjectName(QStringLiteral("mergePushButton"));
    m_undo->setObjectName(QStringLiteral("undoPushButton"));
    m_merge->setIcon(QIcon::fromTheme(QStringLiteral("merge")));
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));

    m_table->setVerticalHeaderLabels({tr("Merge"), tr("Name"), tr("Kind"), tr("City"), tr("Region"),
                                      tr("Address"), tr("Phones"), tr("E-mails"), tr("INN"),
                                      tr("Contacts"), tr("Tags"), tr("Importance"), tr("Source"),
                                      tr("Last contact"), tr("Created")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setMinimumWidth(260);
    m_busy->setRange(0, 0);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *keepRow = new QHBoxLayout;
    auto *keepLabel = new QLabel(tr("&Keep:"));
    keepLabel->setBuddy(m_keep);
    keepRow->addWidget(keepLabel);
    keepRow->addWidget(m_keep, 1);
    keepRow->addWidget(m_merge);
    rightLayout->addLayout(keepRow);
    rightLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Clients that share a phone, an e-mail, an INN or a company "
                                    "name. Check the ones that are the same, choose which one to "
                                    "keep and merge: contacts, interactions and files move to the "
                                    "kept client, which keeps its own values.")));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    layout->addWidget(m_busy);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_notice);
    layout->addWidget(buttons);
    resize(1100, 680);

    connect(&m_watcher, &QFutureWatcher<QList<DuplicateGroup>>::finished, this, [this] {
        m_groups = m_watcher.result();
        showGroups();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &DuplicatesDialog::showGroup);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeChecked);
    connect(m_undo, &QPushButton::clicked, this, &DuplicatesDialog::undoLastMerge);
    updateUndo();
    refresh();
}

DuplicatesDialog::~DuplicatesDialog()
{
    if (m_cancelled)
        *m_cancelled = true;
}

void DuplicatesDialog::refresh()
{
    if (m_watcher.isRunning())
        return;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_busy->show();
    m_merge->setEnabled(false);
    m_status->setText(tr("Looking for duplicates…"));
    Database &db = m_services.db;
    m_watcher.setFuture(QtConcurrent::run([&db] { return DuplicateFinder(db).find(kMaxGroups); }));
}

void DuplicatesDialog::showGroups()
{
    m_busy->hide();
    const int previous = m_list->currentRow();
    m_list->clear();
    for (const DuplicateGroup &g : std::as_const(m_groups)) {
        QStringList names;
        for (const ClientListRow &row : m_services.clients.rows(g.ids))
            names << row.name;
        auto *item = new QListWidgetItem(names.join(QStringLiteral(" · ")), m_list);
        item->setToolTip(g.reasons.join(QLatin1Char('\n')));
    }
    if (m_groups.isEmpty()) {
        m_table->setColumnCount(0);
        m_keep->clear();
        m_status->setText(tr("No duplicates found."));
        setWindowTitle(tr("Find duplicates"));
        return;
    }
    setWindowTitle(tr("Find duplicates: %n group(s)", nullptr, int(m_groups.size())));
    m_list->setCurrentRow(qBound(0, previous, int(m_groups.size()) - 1));
}

void DuplicatesDialog::showGroup(int row)
{
    m_keep->clear();
    m_table->setColumnCount(0);
    m_merge->setEnabled(false);
    if (row < 0 || row >= m_groups.size())
        return;
    const DuplicateGroup &g = m_groups.at(row);
    m_table->setColumnCount(int(g.ids.size()));
    const PhoneNormalizer &phones = m_services.clients.phoneNormalizer();
    for (int col = 0; col < g.ids.size(); ++col) {
        const std::optional<Client> c = m_services.clients.load(g.ids.at(col));
        if (!c)
            continue;
        m_keep->addItem(QStringLiteral("%1 (%2)").arg(c->displayName()).arg(c->id), c->id);
        QStringList phoneList, emailList, inns, contacts;
        for (const PhoneEntry &p : c->phones)
            phoneList << phones.format(p.value());
        for (const EmailEntry &e : c->emails)
            emailList << e.value();
        for (const LegalEntity &l : c->legalEntities)
            if (!l.inn.isEmpty())
                inns << l.inn;
        for (const ContactPerson &p : c->contacts)
            contacts << p.fullName();
        const QStringList values = {
            QString(),
            c->displayName(),
            c->kind == Client::Kind::Company ? tr("Company") : tr("Person"),
            c->city,
            c->region,
            c->address,
            phoneList.join(QLatin1Char('\n')),
            emailList.join(QLatin1Char('\n')),
            inns.join(QLatin1Char('\n')),
            contacts.join(QLatin1Char('\n')),
            c->tags.join(QStringLiteral(", ")),
            c->importance,
            c->source,
            UiFormat::relativeDate(c->lastContactAt),
            UiFormat::date(c->createdAt),
        };
        for (int r = 0; r < RowCount; ++r)
            m_table->setItem(r, col, new QTableWidgetItem(values.at(r)));
        QTableWidgetItem *check = m_table->item(MergeRow, col);
        check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        check->setCheckState(Qt::Checked);
        check->setText(col == 0 ? tr("the oldest") : QString());
        m_table->setHorizontalHeaderItem(col, new QTableWidgetItem(tr("Client %1").arg(c->id)));
    }
    m_merge->setEnabled(g.ids.size() > 1);
    m_status->setText(tr("Shared: %1").arg(g.reasons.join(QStringLiteral(", "))));
}

void DuplicatesDialog::mergeChecked()
{
    const qint64 kept = m_keep->currentData().toLongLong();
    QList<qint64> others;
    for (int col = 0; col < m_table->columnCount(); ++col) {
        const QTableWidgetItem *check = m_table->item(MergeRow, col);
        const qint64 id = m_keep->itemData(col).toLongLong();
        if (check && check->checkState() == Qt::Checked && id != kept)
            others << id;
    }
    if (others.isEmpty()) {
        m_messenger.error(this, tr("Find duplicates"),
                          tr("Check at least one client besides the kept one."));
        return;
    }
    ClientMerger::Result result;
    QString error;
    if (!ClientMerger(m_services.db, m_services.clients).merge(kept, others, &result, &error)) {
        m_messenger.error(this, tr("Find duplicates"), error);
        return;
    }
    Q_EMIT databaseChanged();
    updateUndo();
    QString text = tr("Merged %n client(s) into «%1».", nullptr, int(others.size()))
                       .arg(m_keep->currentText());
    if (!result.conflicts.isEmpty())
        text += QLatin1Char(' ') +
                tr("Kept its own values: %1").arg(result.conflicts.join(QStringLiteral("; ")));
    m_notice->setText(text);
    refresh();
}

void DuplicatesDialog::undoLastMerge()
{
    ClientMerger merger(m_services.db, m_services.clients);
    const qint64 mergeId = merger.lastMerge().first;
    if (mergeId == 0)
        return;
    QStringList conflicts;
    QString error;
    if (!merger.undo(mergeId, &conflicts, &error)) {
        m_messenger.error(this, tr("Find duplicates"),
                          error + QLatin1Char('\n') + conflicts.join(QLatin1Char('\n')));
        return;
    }
    Q_EMIT databaseChanged();
    updateUndo();
    m_notice->setText(tr("The merge was undone."));
    refresh();
}

void DuplicatesDialog::updateUndo()
{
    const auto [mergeId, keptId] = ClientMerger(m_services.db, m_services.clients).lastMerge();
    m_undo->setEnabled(mergeId != 0);
    const std::optional<Client> kept = keptId ? m_services.clients.load(keptId) : std::nullopt;
    m_undo->setToolTip(kept ? tr("Undo the merge into «%1»").arg(kept->displayName()) : QString());
}
