#include "dealssection.h"

#include "clients/clientrepository.h"
#include "common/messenger.h"
#include "dealactions.h"
#include "dealboard.h"
#include "dealfilterbar.h"
#include "dealform.h"
#include "deals/pipelinerepository.h"
#include "dealtablemodel.h"
#include "interactions/interactionrepository.h"
#include "newdealdialog.h"
#include "tasks/taskrepository.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
enum Page
{
    BoardPage,
    TablePage,
    EmptyPage
};
}

DealsSection::DealsSection(const Database &db, const ClientRepository &clients,
                           Messenger &messenger, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_db(db), m_clients(clients),
      m_pipelines(std::make_unique<PipelineRepository>(db)),
      m_actions(new DealActions(db, messenger, this)), m_pipelineBox(new QComboBox(this)),
      m_filters(new DealFilterBar(this)), m_stack(new QStackedWidget(this)),
      m_board(new DealBoard(*m_actions, this)), m_table(new QTableView(this)),
      m_tableModel(new DealTableModel(m_actions->deals(), this)), m_onlyBar(new QWidget(this)),
      m_onlyText(new QLabel(m_onlyBar)), m_empty(new QWidget(this)),
      m_emptyText(new QLabel(m_empty)),
      m_emptyNew(new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("New deal"),
                                 m_empty)),
      m_form(new DealForm(db, clients, *m_actions, undoStack, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("dealsSectionWidget"));
    m_pipelineBox->setObjectName(QStringLiteral("pipelineComboBox"));
    m_stack->setObjectName(QStringLiteral("dealsStackedWidget"));
    m_table->setObjectName(QStringLiteral("dealsTableView"));
    m_emptyNew->setObjectName(QStringLiteral("emptyNewDealPushButton"));
    m_splitter->setObjectName(QStringLiteral("dealsSplitter"));
    m_pipelineBox->setToolTip(tr("Pipeline"));

    m_newDeal =
        new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New deal…"), this);
    m_newDeal->setObjectName(QStringLiteral("newDealAction"));
    m_newDeal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newDeal->setToolTip(tr("Start a deal with a client (Ctrl+Shift+N)"));
    m_boardAction =
        new QAction(QIcon::fromTheme(QStringLiteral("view-split-left-right")), tr("&Board"), this);
    m_boardAction->setObjectName(QStringLiteral("boardViewAction"));
    m_boardAction->setToolTip(tr("The deals as cards in the stages' columns"));
    m_tableAction =
        new QAction(QIcon::fromTheme(QStringLiteral("view-list-details")), tr("&Table"), this);
    m_tableAction->setObjectName(QStringLiteral("tableViewAction"));
    m_tableAction->setToolTip(tr("The same deals as a sortable table, won and lost ones too"));
    auto *modes = new QActionGroup(this);
    for (QAction *a : {m_boardAction, m_tableAction}) {
        a->setCheckable(true);
        modes->addAction(a);
    }
    m_boardAction->setChecked(true);

    m_table->setModel(m_tableModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DealTableModel::Created, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Uniform rows: the view never measures 100,000 of them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->resizeSection(DealTableModel::Title, 240);
    m_table->horizontalHeader()->resizeSection(DealTableModel::Client, 200);
    m_table->horizontalHeader()->resizeSection(DealTableModel::Amount, 130);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *emptyLayout = new QVBoxLayout(m_empty);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch();
    emptyButtons->addWidget(m_emptyNew);
    emptyButtons->addStretch();
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch();
    m_stack->addWidget(m_board);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    // The filters span the section: the board and the card below share the rest.
    auto *top = new QHBoxLayout;
    top->addWidget(m_pipelineBox);
    top->addWidget(m_filters, 1);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_form);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_form->hide();
    m_onlyText->setObjectName(QStringLiteral("someDealsLabel"));
    auto *showAll = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-clear")),
                                    tr("Show all deals"), m_onlyBar);
    showAll->setObjectName(QStringLiteral("showAllDealsPushButton"));
    auto *onlyLayout = new QHBoxLayout(m_onlyBar);
    onlyLayout->setContentsMargins(4, 2, 4, 2);
    onlyLayout->addWidget(m_onlyText, 1);
    onlyLayout->addWidget(showAll);
    m_onlyBar->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_onlyBar);
    layout->addWidget(m_splitter, 1);
    connect(showAll, &QPushButton::clicked, this, &DealsSection::showAllDeals);

    m_actions->setBeforeChange([this](qint64 id) { return m_form->settle(id); });
    connect(m_actions, &DealActions::dealChanged, this, &DealsSection::dealChanged);
    connect(m_filters, &DealFilterBar::filterChanged, this, &DealsSection::applyFilter);
    connect(m_pipelineBox, &QComboBox::activated, this,
            [this] { setPipeline(m_pipelineBox->currentData().toLongLong()); });
    connect(m_newDeal, &QAction::triggered, this, [this] { newDeal(); });
    connect(m_emptyNew, &QPushButton::clicked, this, [this] { newDeal(); });
    connect(m_boardAction, &QAction::triggered, this, [this] { setMode(Mode::Board); });
    connect(m_tableAction, &QAction::triggered, this, [this] { setMode(Mode::Table); });
    connect(m_board, &DealBoard::currentDealChanged, this, &DealsSection::showDeal);
    connect(m_board, &DealBoard::openRequested, this, [this](qint64 id) {
        showDeal(id);
        m_form->tabs()->setCurrentIndex(0);
        m_form->setFocus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showDeal(m_tableModel->idAt(current.row()));
            });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { showDeal(m_tableModel->idAt(index.row())); });
    connect(m_form, &DealForm::closeRequested, this, [this] {
        m_form->closeDeal();
        m_form->hide();
    });
    connect(m_form, &DealForm::saved, this, [this](qint64 id) { dealChanged(id); });
    connect(m_form, &DealForm::modifiedChanged, this, &DealsSection::modifiedChanged);
    connect(m_form, &DealForm::clientOpenRequested, this, &DealsSection::clientOpenRequested);
    connect(m_form, &DealForm::clientDataChanged, this, &DealsSection::dealsChanged);

    QSettings settings;
    m_splitter->restoreState(settings.value(QStringLiteral("deals/splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("deals/header")).toByteArray());
    refresh();
    setMode(settings.value(QStringLiteral("deals/mode")).toString() == QLatin1String("table")
                ? Mode::Table
                : Mode::Board);
}

DealsSection::~DealsSection() = default;

void DealsSection::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("deals/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("deals/header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("deals/mode"),
                      m_mode == Mode::Table ? QStringLiteral("table") : QStringLiteral("board"));
}

void DealsSection::setMode(Mode mode)
{
    m_mode = mode;
    (mode == Mode::Board ? m_boardAction : m_tableAction)->setChecked(true);
    m_filters->setStatusVisible(mode == Mode::Table);
    applyFilter();
}

void DealsSection::markStale()
{
    m_stale = true;
}

void DealsSection::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DealsSection::refresh()
{
    // Hidden, it reads the base when it is shown next.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    QList<Pipeline> all = m_pipelines->pipelines();
    if (all.isEmpty()) {
        // A base made before deals, or by a tool that skipped the defaults.
        QString error;
        if (!m_pipelines->ensureDefaults(&error))
            m_actions->messenger().error(this, tr("Cannot create the default pipeline"), error);
        all = m_pipelines->pipelines();
    }
    m_pipelineBox->clear();
    for (const Pipeline &p : all)
        m_pipelineBox->addItem(p.name, p.id);
    m_pipelineBox->setVisible(all.size() > 1);
    setPipeline(m_pipeline.id);
    // The filters' lists read every deal: after the board has been painted.
    QTimer::singleShot(0, this, &DealsSection::loadChoices);
}

void DealsSection::loadChoices()
{
    QStringList tags;
    for (const auto &[id, name] : m_clients.tags())
        tags << name;
    m_filters->setChoices(m_actions->deals().responsibles(), m_actions->deals().sources(), tags);
}

void DealsSection::setPipeline(qint64 pipelineId)
{
    std::optional<Pipeline> p = m_pipelines->pipeline(pipelineId);
    if (!p) {
        const QList<Pipeline> all = m_pipelines->pipelines();
        if (all.isEmpty())
            return;
        p = all.first();
    }
    m_pipeline = *p;
    m_pipelineBox->setCurrentIndex(std::max(0, m_pipelineBox->findData(p->id)));
    m_board->setPipeline(m_pipeline);
    applyFilter();
}

void DealsSection::applyFilter()
{
    if (m_stale)
        return;
    DealFilter f = m_filters->filter();
    f.pipelineId = m_pipeline.id;
    if (m_only) { // a report's deals, of any pipeline and status
        f.only = m_only;
        f.pipelineId = m_mode == Mode::Board ? m_pipeline.id : 0;
    }
    if (m_mode == Mode::Board)
        m_board->setFilter(f);
    else
        m_tableModel->setFilter(f);
    updateEmptyState();
}

void DealsSection::showDeals(const QList<qint64> &ids, const QString &caption)
{
    m_only = ids;
    m_onlyText->setText(tr("%1: %n deal(s)", nullptr, int(ids.size())).arg(caption));
    m_onlyBar->show();
    m_filters->clear();
    m_filters->setStatusVisible(true);
    m_filters->setAnyStatus();
    if (m_mode == Mode::Table)
        applyFilter();
    else
        setMode(Mode::Table);
}

void DealsSection::showAllDeals()
{
    m_only.reset();
    m_onlyBar->hide();
    applyFilter();
}

void DealsSection::updateEmptyState()
{
    DealFilter any;
    any.pipelineId = m_pipeline.id;
    const bool none =
        m_pipeline.id != 0 && m_actions->deals().ids(any, DealSort::Created, true, 1).isEmpty();
    if (none) {
        ClientListQuery everyone;
        m_emptyText->setText(
            m_clients.count(everyone) == 0
                ? tr("No deals yet.\nA deal follows one sale from the first call to the "
                     "payment. Add your clients first (in Clients), then start a deal with one.")
                : tr("No deals yet.\nA deal follows one sale from the first call to the "
                     "payment: start one for a client, then drag its card across the stages."));
        m_stack->setCurrentIndex(EmptyPage);
        return;
    }
    m_stack->setCurrentIndex(m_mode == Mode::Board ? BoardPage : TablePage);
}

void DealsSection::dealChanged(qint64 dealId)
{
    if (m_stale) { // read whole when shown
        Q_EMIT dealsChanged();
        return;
    }
    if (m_mode == Mode::Board)
        m_board->refresh();
    else
        m_tableModel->refresh();
    if (m_form->hasDeal() && m_form->buffer().id == dealId)
        m_form->reloadFromDatabase();
    updateEmptyState();
    Q_EMIT dealsChanged();
}

void DealsSection::showDeal(qint64 id)
{
    if (id == 0 || (m_form->hasDeal() && m_form->buffer().id == id && m_form->isVisible()))
        return;
    if (!m_form->settle())
        return;
    if (m_form->openDeal(id))
        showForm();
}

void DealsSection::showForm()
{
    if (m_form->isVisible())
        return;
    m_form->show();
    // A pane shown for the first time gets a fair share, not what is left.
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    const int wanted = std::max(m_form->minimumSizeHint().width(), total * 9 / 20);
    if (sizes.value(1) < m_form->minimumSizeHint().width() && total > wanted)
        m_splitter->setSizes({total - wanted, wanted});
}

bool DealsSection::openDeal(qint64 id)
{
    if (!m_form->settle() || !m_form->openDeal(id))
        return false;
    showForm();
    // Where the deal's card is loaded, it is selected too.
    if (m_mode == Mode::Board)
        m_board->selectDeal(id);
    else if (const int row = m_tableModel->rowOf(id); row >= 0)
        m_table->selectRow(row);
    return true;
}

qint64 DealsSection::newDeal(qint64 clientId, const QString &clientName)
{
    NewDealDialog dialog(m_db, m_clients, m_actions->messenger(), this);
    dialog.setPipeline(m_pipeline.id);
    if (clientId)
        dialog.setClient(clientId, clientName);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const qint64 id = dialog.createdId();
    refresh();
    openDeal(id);
    Q_EMIT dealsChanged();
    return id;
}

void DealsSection::setUser(const QString &user)
{
    m_actions->deals().setUser(user);
    m_form->tasks().setUser(user);
    m_form->interactions().setUser(user);
}

int DealsSection::openCount() const
{
    return m_actions->deals().openCount();
}
