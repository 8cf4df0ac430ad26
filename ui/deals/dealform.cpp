#include "dealform.h"

#include "clients/attachmentrepository.h"
#include "clients/clientrepository.h"
#include "common/messenger.h"
#include "common/uiformat.h"
#include "dealactions.h"
#include "dealdetailspage.h"
#include "dealfilespage.h"
#include "dealhistorypage.h"
#include "dealinteractionspage.h"
#include "dealitemspage.h"
#include "deals/money.h"
#include "deals/pipelinerepository.h"
#include "deals/productrepository.h"
#include "dealtablemodel.h"
#include "dealtaskspage.h"
#include "editdealcommand.h"
#include "interactions/interactionrepository.h"
#include "proposaldialog.h"
#include "tasks/taskrepository.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

struct DealForm::Repositories
{
    ProductRepository products;
    TaskRepository tasks;
    PipelineRepository pipelines;
    AttachmentRepository attachments;
    InteractionRepository interactions;
};

DealForm::DealForm(const Database &db, const ClientRepository &clients, DealActions &actions,
                   QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_db(db), m_actions(actions), m_clients(clients),
      m_repos(new Repositories{ProductRepository(db), TaskRepository(db), PipelineRepository(db),
                               AttachmentRepository(db), InteractionRepository(db)}),
      m_undo(undoStack), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_toolBar(new QToolBar(this)), m_tabs(new QTabWidget(this)),
      m_details(new DealDetailsPage(this, this)), m_items(new DealItemsPage(this, this)),
      m_tasks(new DealTasksPage(this, this)), m_interactions(new DealInteractionsPage(this, this)),
      m_files(new DealFilesPage(this, this)), m_history(new DealHistoryPage(this, this)),
      m_save(new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save"), this)),
      m_cancel(
          new QPushButton(QIcon::fromTheme(QStringLiteral("document-revert")), tr("Cancel"), this))
{
    setObjectName(QStringLiteral("dealFormWidget"));
    m_title->setObjectName(QStringLiteral("dealTitleLabel"));
    m_subtitle->setObjectName(QStringLiteral("dealSubtitleLabel"));
    m_toolBar->setObjectName(QStringLiteral("dealToolBar"));
    m_tabs->setObjectName(QStringLiteral("dealTabWidget"));
    m_save->setObjectName(QStringLiteral("saveDealPushButton"));
    m_cancel->setObjectName(QStringLiteral("cancelDealPushButton"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::RichText);
    m_subtitle->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);

    auto make = [this](const char *icon, const QString &text, const char *name) {
        auto *a = new QAction(QIcon::fromTheme(QLatin1String(icon)), text, this);
        a->setObjectName(QLatin1String(name));
        return a;
    };
    m_win = make("flag-green", tr("&Won…"), "winDealAction");
    m_win->setToolTip(tr("Close the deal as won, with the final amount"));
    m_lose = make("flag-red", tr("&Lost…"), "loseDealAction");
    m_lose->setToolTip(tr("Close the deal as lost, with the reason"));
    m_reopen = make("edit-undo", tr("Re&open"), "reopenDealAction");
    m_reopen->setToolTip(tr("Open the closed deal again, in the stage it was closed in"));
    m_proposal = make("document-print", tr("&Proposal…"), "createProposalAction");
    m_proposal->setToolTip(tr("Create a commercial proposal of the deal's products, as PDF or "
                              "print"));
    m_writeEmail = make("mail-message-new", tr("Write &e-mail…"), "writeDealEmailAction");
    m_writeEmail->setToolTip(tr("An e-mail to the deal's client, with the proposal attached if "
                                "you like"));
    m_sendSms = make("smartphone", tr("Send S&MS…"), "sendDealSmsAction");
    m_delete = make("edit-delete", tr("&Delete deal…"), "deleteDealAction");
    m_close = make("window-close", tr("Close"), "closeDealAction");
    m_close->setToolTip(tr("Close the deal card"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addAction(m_win);
    m_toolBar->addAction(m_lose);
    m_toolBar->addAction(m_reopen);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_proposal);
    m_toolBar->addAction(m_writeEmail);
    m_toolBar->addAction(m_sendSms);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_details);
    m_tabs->addTab(scroll, tr("&Details"));
    m_tabs->addTab(m_items, tr("&Products"));
    m_tabs->addTab(m_tasks, tr("&Tasks"));
    m_tabs->addTab(m_interactions, tr("I&nteractions"));
    m_tabs->addTab(m_files, tr("&Files"));
    m_tabs->addTab(m_history, tr("&History"));
    setAcceptDrops(true);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    // The title with the card's close button at its right.
    auto *closeButton = new QToolButton(this);
    closeButton->setObjectName(QStringLiteral("closeDealToolButton"));
    closeButton->setDefaultAction(m_close);
    closeButton->setAutoRaise(true);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(closeButton, 0, Qt::AlignTop);
    layout->addLayout(titleRow);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &DealForm::save);
    connect(m_cancel, &QPushButton::clicked, this, &DealForm::revert);
    connect(m_win, &QAction::triggered, this, [this] { m_actions.win(this, m_buffer.id); });
    connect(m_lose, &QAction::triggered, this, [this] { m_actions.lose(this, m_buffer.id); });
    connect(m_reopen, &QAction::triggered, this, [this] { m_actions.reopen(this, m_buffer.id); });
    connect(m_delete, &QAction::triggered, this, [this] { m_actions.remove(this, m_buffer.id); });
    connect(m_proposal, &QAction::triggered, this, &DealForm::createProposal);
    connect(m_writeEmail, &QAction::triggered, this,
            [this] { Q_EMIT composeRequested(QStringLiteral("email"), m_buffer.id); });
    connect(m_sendSms, &QAction::triggered, this,
            [this] { Q_EMIT composeRequested(QStringLiteral("sms"), m_buffer.id); });
    connect(m_close, &QAction::triggered, this, [this] {
        if (settle())
            Q_EMIT closeRequested();
    });
    connect(m_subtitle, &QLabel::linkActivated, this,
            [this] { Q_EMIT clientOpenRequested(m_buffer.clientId); });
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        updateActions();
        Q_EMIT modifiedChanged(!clean);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_history)
            m_history->reload();
    });
    updateActions();
}

DealForm::~DealForm() = default;

const ProductRepository &DealForm::products() const
{
    return m_repos->products;
}

const PipelineRepository &DealForm::pipelines() const
{
    return m_repos->pipelines;
}

TaskRepository &DealForm::tasks()
{
    return m_repos->tasks;
}

AttachmentRepository &DealForm::attachments()
{
    return m_repos->attachments;
}

InteractionRepository &DealForm::interactions()
{
    return m_repos->interactions;
}

bool DealForm::isModified() const
{
    return m_open && !m_undo->isClean();
}

bool DealForm::openDeal(qint64 id)
{
    QString error;
    const std::optional<Deal> deal = m_actions.deals().load(id, &error);
    if (!deal) {
        m_actions.messenger().error(this, tr("Cannot open the deal"), error);
        return false;
    }
    m_undo->clear();
    m_buffer = *deal;
    m_open = true;
    applyBuffer(m_buffer);
    m_tasks->reload();
    m_interactions->reload();
    m_files->reload();
    m_history->reload();
    updateActions();
    return true;
}

void DealForm::closeDeal()
{
    m_undo->clear();
    m_open = false;
    m_buffer = Deal();
    updateActions();
}

void DealForm::edit(const Deal &after, const QString &text, int mergeKey)
{
    m_undo->push(new EditDealCommand(this, m_buffer, after, text, mergeKey));
}

void DealForm::applyBuffer(const Deal &deal)
{
    m_buffer = deal;
    m_details->setDeal(m_buffer);
    m_items->setDeal(m_buffer);
    updateHeader();
}

void DealForm::updateHeader()
{
    m_title->setText(m_buffer.title.isEmpty() ? tr("Untitled deal") : m_buffer.title);
    QStringList parts;
    parts << QStringLiteral("<a href=\"client\">%1</a>").arg(m_buffer.clientName.toHtmlEscaped());
    if (m_buffer.status == Deal::Status::Open)
        parts << QStringLiteral("%1 · %2").arg(m_buffer.stageName.toHtmlEscaped(),
                                               tr("%1 %").arg(m_buffer.probability));
    else
        parts << DealTableModel::statusText(m_buffer.status);
    parts << Money::format(m_buffer.amount, m_buffer.currency).toHtmlEscaped();
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
    m_subtitle->setToolTip(tr("Open the client's card"));
}

void DealForm::updateActions()
{
    const bool open = m_open && m_buffer.status == Deal::Status::Open;
    m_win->setEnabled(open);
    m_lose->setEnabled(open);
    m_reopen->setEnabled(m_open && !open);
    m_reopen->setVisible(m_open && !open);
    m_delete->setEnabled(m_open);
    m_proposal->setEnabled(m_open);
    // A message goes from a saved deal, to a saved client.
    m_writeEmail->setEnabled(m_open && m_buffer.id != 0);
    m_sendSms->setEnabled(m_open && m_buffer.id != 0);
    m_save->setEnabled(isModified());
    m_cancel->setEnabled(isModified());
}

bool DealForm::save()
{
    if (!m_open)
        return false;
    Deal d = m_buffer;
    QString error;
    if (!m_actions.deals().update(d, &error)) {
        m_actions.messenger().error(this, tr("Cannot save the deal"), error);
        return false;
    }
    const int tab = m_tabs->currentIndex();
    openDeal(d.id);
    m_tabs->setCurrentIndex(tab);
    Q_EMIT saved(d.id);
    return true;
}

void DealForm::revert()
{
    if (m_open)
        openDeal(m_buffer.id);
}

bool DealForm::settle(qint64 dealId)
{
    if (!isModified() || (dealId != 0 && dealId != m_buffer.id))
        return true;
    switch (m_actions.messenger().askSave(
        this, tr("Unsaved changes"),
        tr("The deal «%1» has unsaved changes. Save them?").arg(m_buffer.title))) {
    case Messenger::Answer::Save:
        return save();
    case Messenger::Answer::Discard:
        revert();
        return true;
    case Messenger::Answer::Cancel:
        return false;
    }
    return false;
}

void DealForm::reloadFromDatabase()
{
    if (!m_open)
        return;
    const std::optional<Deal> fresh = m_actions.deals().load(m_buffer.id);
    if (!fresh) { // deleted
        closeDeal();
        Q_EMIT closeRequested();
        return;
    }
    if (!isModified()) {
        const int tab = m_tabs->currentIndex();
        openDeal(m_buffer.id);
        m_tabs->setCurrentIndex(tab);
        return;
    }
    // A done task moved the deal on under unsaved edits: keep them, take what moved.
    Deal d = m_buffer;
    d.stageId = fresh->stageId;
    d.stageName = fresh->stageName;
    d.stageEnteredAt = fresh->stageEnteredAt;
    d.status = fresh->status;
    d.probability = fresh->probability;
    m_buffer = d;
    applyBuffer(d);
    m_tasks->reload();
    m_history->reload();
    updateActions();
}

void DealForm::moveTo(qint64 stageId)
{
    if (m_open && stageId != m_buffer.stageId)
        m_actions.move(this, m_buffer.id, stageId);
    // Refused or cancelled: the stage shown is the deal's again.
    m_details->setDeal(m_buffer);
}

void DealForm::completeTask(qint64 taskId)
{
    m_actions.completeTask(this, m_buffer.id, taskId);
    m_tasks->reload();
}

void DealForm::messageSent()
{
    m_files->reload();
    m_interactions->reload();
    Q_EMIT clientDataChanged();
}

void DealForm::createProposal()
{
    // The proposal is made from the saved deal: its products and amount as stored.
    if (!m_open || !settle())
        return;
    ProposalDialog dialog(m_db, m_buffer.id, m_actions.messenger(), this);
    connect(&dialog, &ProposalDialog::saved, this, [this] {
        m_files->reload();
        Q_EMIT clientDataChanged();
    });
    dialog.exec();
    m_interactions->reload();
}

void DealForm::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_open && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DealForm::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    event->acceptProposedAction();
    m_files->attach(paths);
    m_tabs->setCurrentWidget(m_files);
    Q_EMIT clientDataChanged();
}
