#include "clientlistpane.h"

#include "clientlistmodel.h"
#include "clients/clientrepository.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

ClientListPane::ClientListPane(const ClientRepository &clients, QWidget *parent)
    : QWidget(parent), m_clients(clients), m_model(new ClientListModel(clients, this)),
      m_search(new QLineEdit(this)), m_kind(new QComboBox(this)), m_importance(new QComboBox(this)),
      m_region(new QComboBox(this)), m_tag(new QComboBox(this)), m_stack(new QStackedWidget(this)),
      m_view(new QTableView(this)), m_emptyText(new QLabel(this)),
      m_emptyAdd(
          new QPushButton(QIcon::fromTheme(QStringLiteral("contact-new")), tr("Add client"), this)),
      m_emptyImport(new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")),
                                    tr("Import from a file…"), this)),
      m_emptyDemo(new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")),
                                  tr("Load demo data"), this))
{
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_kind->setObjectName(QStringLiteral("kindFilterComboBox"));
    m_importance->setObjectName(QStringLiteral("importanceFilterComboBox"));
    m_region->setObjectName(QStringLiteral("regionFilterComboBox"));
    m_tag->setObjectName(QStringLiteral("tagFilterComboBox"));
    m_view->setObjectName(QStringLiteral("clientsTableView"));
    m_emptyAdd->setObjectName(QStringLiteral("emptyAddPushButton"));
    m_emptyImport->setObjectName(QStringLiteral("emptyImportPushButton"));
    m_emptyDemo->setObjectName(QStringLiteral("emptyDemoPushButton"));
    // A CSV or vCard file dropped anywhere on the list opens the import.
    setAcceptDrops(true);

    m_search->setPlaceholderText(tr("Search: name, phone, e-mail, city, INN, tag (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    // The magnifier is a button too: named for screen readers.
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition)
        ->setText(tr("Search"));
    m_kind->addItem(tr("All kinds"), QString());
    m_kind->addItem(tr("Companies"), QStringLiteral("company"));
    m_kind->addItem(tr("Persons"), QStringLiteral("person"));
    m_importance->addItem(tr("Any importance"), QString());
    for (const char *i : {"A", "B", "C"})
        m_importance->addItem(tr("Importance %1").arg(QLatin1String(i)), QLatin1String(i));
    // Long region names must not squeeze the search field.
    for (QComboBox *c : {m_kind, m_importance, m_region, m_tag}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(9);
    }

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ClientListModel::Name, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Uniform rows: the view never measures a million of them.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->resizeSection(ClientListModel::Name, 260);
    m_view->horizontalHeader()->resizeSection(ClientListModel::Importance, 90);
    m_view->horizontalHeader()->resizeSection(ClientListModel::Phone, 130);
    m_view->horizontalHeader()->resizeSection(ClientListModel::Email, 200);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->installEventFilter(this);

    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch();
    emptyButtons->addWidget(m_emptyAdd);
    emptyButtons->addWidget(m_emptyImport);
    emptyButtons->addWidget(m_emptyDemo);
    emptyButtons->addStretch();
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch();
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_importance);
    filters->addWidget(m_region);
    filters->addWidget(m_tag);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    // Search as you type, but not a query per key of a fast typist.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, [this] {
        m_model->setSearchText(m_search->text());
        updateEmptyState();
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
    });
    for (QComboBox *c : {m_kind, m_importance, m_region, m_tag})
        connect(c, &QComboBox::activated, this, &ClientListPane::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
                if (id != m_lastId) {
                    m_lastId = id;
                    Q_EMIT currentClientChanged(id);
                }
            });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT openRequested(m_model->idAt(index.row())); });
    connect(m_emptyAdd, &QPushButton::clicked, this, &ClientListPane::addClientRequested);
    connect(m_emptyImport, &QPushButton::clicked, this,
            [this] { Q_EMIT importRequested(QString()); });
    connect(m_emptyDemo, &QPushButton::clicked, this, &ClientListPane::demoRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClientListPane::updateEmptyState);
    reloadFilters();
    updateEmptyState();
}

bool ClientListPane::eventFilter(QObject *watched, QEvent *event)
{
    // Enter opens the card (QTableView only sends activated on some styles).
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_view->currentIndex().isValid()) {
            Q_EMIT openRequested(currentId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString ClientListPane::importablePath(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("csv") || suffix == QLatin1String("vcf"))
            return path;
    }
    return {};
}

void ClientListPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (!importablePath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ClientListPane::dragMoveEvent(QDragMoveEvent *event)
{
    if (!importablePath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ClientListPane::dropEvent(QDropEvent *event)
{
    const QString path = importablePath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop returns: the source application is not kept waiting on the wizard.
    QMetaObject::invokeMethod(
        this, [this, path] { Q_EMIT importRequested(path); }, Qt::QueuedConnection);
}

void ClientListPane::reloadFilters()
{
    const QString region = m_region->currentData().toString();
    const qint64 tag = m_tag->currentData().toLongLong();
    m_region->clear();
    m_region->addItem(tr("All regions"), QString());
    for (const QString &r : m_clients.regions())
        m_region->addItem(r, r);
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
    m_tag->clear();
    m_tag->addItem(tr("All tags"), 0);
    for (const auto &[id, name] : m_clients.tags())
        m_tag->addItem(name, id);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
}

void ClientListPane::applyFilters()
{
    ClientListQuery q = m_model->query();
    q.kind = m_kind->currentData().toString();
    q.importance = m_importance->currentData().toString();
    q.region = m_region->currentData().toString();
    q.tagId = m_tag->currentData().toLongLong();
    m_model->setQuery(q);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void ClientListPane::setArchiveMode(bool archived)
{
    ClientListQuery q = m_model->query();
    if (q.archived == archived)
        return;
    q.archived = archived;
    m_model->setQuery(q);
    m_lastId = -1;
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    if (m_lastId == -1) // selecting did not announce a client
        Q_EMIT currentClientChanged(currentId());
}

bool ClientListPane::archiveMode() const
{
    return m_model->query().archived;
}

qint64 ClientListPane::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->idAt(index.row()) : 0;
}

QList<qint64> ClientListPane::selectedIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : rows)
        if (const qint64 id = m_model->idAt(index.row()))
            ids << id;
    return ids;
}

void ClientListPane::selectId(qint64 id)
{
    const int row = m_model->loadedRowOf(id);
    if (row >= 0) {
        m_lastId = id; // the card already shows it
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

void ClientListPane::refresh()
{
    const qint64 id = currentId();
    const int row = m_view->currentIndex().row();
    m_model->refresh();
    reloadFilters();
    // Keep the selection where the client still is, else on the same row.
    if (m_model->rowCount() == 0)
        return;
    int target = std::clamp(row, 0, m_model->rowCount() - 1);
    for (int r = std::max(0, row - 2); r < std::min(m_model->rowCount(), row + 3); ++r)
        if (m_model->idAt(r) == id)
            target = r;
    m_view->selectRow(target);
}

void ClientListPane::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentIndex(empty ? 1 : 0);
    if (!empty)
        return;
    const bool searching = !m_model->searchText().isEmpty();
    const ClientListQuery &q = m_model->query();
    const bool filtered =
        !q.kind.isEmpty() || !q.importance.isEmpty() || !q.region.isEmpty() || q.tagId != 0;
    m_emptyAdd->setVisible(!q.archived);
    m_emptyImport->setVisible(!q.archived && !searching && !filtered);
    m_emptyDemo->setVisible(!q.archived && !searching && !filtered);
    if (searching)
        m_emptyText->setText(tr("Nothing found for “%1”.\nTry part of a name, a phone number, an "
                                "e-mail, a city or an INN.")
                                 .arg(m_model->searchText()));
    else if (q.archived)
        m_emptyText->setText(tr("The archive is empty.\nClients you delete come here and can be "
                                "restored."));
    else if (filtered)
        m_emptyText->setText(tr("No clients match these filters."));
    else
        m_emptyText->setText(tr("No clients yet.\nAdd your first client, or load demo data to "
                                "see how Clientele works."));
}

QByteArray ClientListPane::headerState() const
{
    return m_view->horizontalHeader()->saveState();
}

void ClientListPane::restoreHeaderState(const QByteArray &state)
{
    m_view->horizontalHeader()->restoreState(state);
}
