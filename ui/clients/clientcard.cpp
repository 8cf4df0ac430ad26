#include "clientcard.h"

#include "clientdealspage.h"
#include "clients/attachmentrepository.h"
#include "clients/clientrepository.h"
#include "common/messenger.h"
#include "contactspage.h"
#include "detailspage.h"
#include "editclientcommand.h"
#include "filespage.h"
#include "historypage.h"
#include "interactionspage.h"
#include "legalentitiespage.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QScrollArea>
#include <QStackedLayout>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

ClientCard::ClientCard(Services services, QUndoStack *undoStack, Messenger &messenger,
                       QWidget *parent)
    : QWidget(parent), m_services(services), m_undo(undoStack), m_messenger(messenger),
      m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_writeEmail(new QAction(QIcon::fromTheme(QStringLiteral("mail-message-new")),
                               tr("Write e-mail…"), this)),
      m_sendSms(new QAction(
          QIcon::fromTheme(QStringLiteral("smartphone"), QIcon::fromTheme(QStringLiteral("phone"))),
          tr("Send SMS…"), this)),
      m_tabs(new QTabWidget(this)),
      m_details(new DetailsPage(this, services.clients.phoneNormalizer(), this)),
      m_contacts(new ContactsPage(this, services.clients.phoneNormalizer(), this)),
      m_legal(new LegalEntitiesPage(this, this)), m_deals(new ClientDealsPage(this, this)),
      m_interactions(new InteractionsPage(this, this)), m_files(new FilesPage(this, this)),
      m_history(new HistoryPage(this, this)),
      m_empty(new QLabel(tr("Select a client in the list to see the card,\n"
                            "or press Ctrl+N to add one."),
                         this))
{
    setObjectName(QStringLiteral("clientCardWidget"));
    m_tabs->setObjectName(QStringLiteral("cardTabWidget"));
    m_title->setObjectName(QStringLiteral("cardTitleLabel"));
    m_writeEmail->setObjectName(QStringLiteral("writeEmailAction"));
    m_sendSms->setObjectName(QStringLiteral("sendSmsAction"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setEnabled(false);
    static_cast<QLabel *>(m_empty)->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_details);
    m_tabs->addTab(scroll, tr("&Details"));
    m_tabs->addTab(m_contacts, tr("C&ontacts"));
    m_tabs->addTab(m_legal, tr("&Legal entities"));
    m_tabs->addTab(m_deals, tr("D&eals"));
    m_tabs->addTab(m_interactions, tr("&Interactions"));
    m_tabs->addTab(m_files, tr("&Files"));
    m_tabs->addTab(m_history, tr("&History"));

    auto *cardBox = new QWidget(this);
    auto *cardLayout = new QVBoxLayout(cardBox);
    // The title with the messages one sends the client beside it.
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    for (QAction *a : {m_writeEmail, m_sendSms}) {
        auto *button = new QToolButton(this);
        button->setObjectName(
            a->objectName().replace(QLatin1String("Action"), QLatin1String("ToolButton")));
        button->setDefaultAction(a);
        // Icons only: the title keeps the width, the tooltip and the Client menu say it.
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setAutoRaise(true);
        titleRow->addWidget(button, 0, Qt::AlignTop);
    }
    cardLayout->addLayout(titleRow);
    cardLayout->addWidget(m_subtitle);
    cardLayout->addWidget(m_tabs, 1);
    auto *stack = new QStackedLayout(this);
    stack->addWidget(m_empty);
    stack->addWidget(cardBox);

    setAcceptDrops(true);
    connect(m_writeEmail, &QAction::triggered, this,
            [this] { requestCompose(QStringLiteral("email"), 0); });
    connect(m_sendSms, &QAction::triggered, this,
            [this] { requestCompose(QStringLiteral("sms"), 0); });
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_history)
            m_history->reload();
    });
    closeClient();
}

QString ClientCard::relationText(Relation::Type type, bool outgoing)
{
    switch (type) {
    case Relation::Type::Partner:
        return tr("Partner");
    case Relation::Type::Competitor:
        return tr("Competitor");
    case Relation::Type::ReferredBy:
        return outgoing ? tr("Referred by") : tr("Referred");
    case Relation::Type::Subsidiary:
        return outgoing ? tr("Subsidiary of") : tr("Parent company of");
    }
    return {};
}

bool ClientCard::isModified() const
{
    return m_open && !m_undo->isClean();
}

bool ClientCard::openClient(qint64 id)
{
    QString error;
    const std::optional<Client> c = m_services.clients.load(id, &error);
    if (!c) {
        m_messenger.error(this, tr("Cannot open the client"), error);
        return false;
    }
    m_undo->clear();
    m_buffer = *c;
    m_open = true;
    static_cast<QStackedLayout *>(layout())->setCurrentIndex(1);
    refreshAll();
    return true;
}

void ClientCard::newClient(Client::Kind kind)
{
    m_undo->clear();
    m_buffer = Client();
    m_buffer.kind = kind;
    m_open = true;
    static_cast<QStackedLayout *>(layout())->setCurrentIndex(1);
    m_tabs->setCurrentIndex(0);
    refreshAll();
    // A new client is unsaved from the start.
    m_undo->resetClean();
    Q_EMIT modifiedChanged(true);
    m_details->focusFirstField();
}

void ClientCard::closeClient()
{
    m_undo->clear();
    m_open = false;
    m_buffer = Client();
    static_cast<QStackedLayout *>(layout())->setCurrentIndex(0);
}

void ClientCard::edit(const Client &after, const QString &text, int mergeKey)
{
    m_undo->push(new EditClientCommand(this, m_buffer, after, text, mergeKey));
}

void ClientCard::applyBuffer(const Client &client)
{
    m_buffer = client;
    m_details->setClient(m_buffer);
    m_contacts->setClient(m_buffer);
    m_legal->setClient(m_buffer);
    updateHeader();
}

void ClientCard::refreshAll()
{
    applyBuffer(m_buffer);
    m_deals->reload();
    m_interactions->reload();
    m_files->reload();
    m_history->reload();
}

void ClientCard::requestCompose(const QString &channel, qint64 contactId)
{
    if (m_open && m_buffer.id)
        Q_EMIT composeRequested(channel, m_buffer.id, contactId);
}

void ClientCard::updateHeader()
{
    // Messages go to a saved client, from the addresses it has.
    m_writeEmail->setEnabled(m_open && m_buffer.id != 0);
    m_sendSms->setEnabled(m_open && m_buffer.id != 0);
    const QString name = m_buffer.displayName();
    m_title->setText(name.isEmpty() ? tr("New client") : name);
    QStringList parts;
    parts << (m_buffer.kind == Client::Kind::Company ? tr("Company") : tr("Person"));
    if (!m_buffer.city.isEmpty())
        parts << m_buffer.city;
    if (!m_buffer.importance.isEmpty())
        parts << tr("importance %1").arg(m_buffer.importance);
    if (m_buffer.archived)
        parts << tr("in the archive");
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
}

bool ClientCard::save()
{
    if (!m_open)
        return false;
    Client c = m_buffer;
    QString error;
    if (!m_services.clients.save(c, &error)) {
        m_messenger.error(this, tr("Cannot save the client"), error);
        return false;
    }
    // Reload so ids, normalised phones and timestamps come from the database.
    m_undo->clear();
    openClient(c.id);
    Q_EMIT saved(c.id);
    return true;
}

void ClientCard::revert()
{
    if (m_buffer.id)
        openClient(m_buffer.id);
    else
        closeClient();
}

void ClientCard::focusFirstField()
{
    if (!m_open)
        return;
    m_tabs->setCurrentIndex(0);
    m_details->focusFirstField();
}

void ClientCard::reloadFromDatabase()
{
    // Relations and files are saved at once; keep unsaved field edits.
    const std::optional<Client> c = m_services.clients.load(m_buffer.id);
    if (c) {
        m_buffer.relations = c->relations;
        m_buffer.lastContactAt = c->lastContactAt;
    }
    m_details->setClient(m_buffer);
    Q_EMIT databaseChanged();
}

void ClientCard::addRelation(qint64 otherId, Relation::Type type)
{
    QString error;
    if (!m_services.clients.addRelation(m_buffer.id, otherId, type, QString(), &error))
        m_messenger.error(this, tr("Cannot add the relation"), error);
    reloadFromDatabase();
}

void ClientCard::removeRelation(qint64 relationId)
{
    QString error;
    if (!m_services.clients.removeRelation(relationId, &error))
        m_messenger.error(this, tr("Cannot remove the relation"), error);
    reloadFromDatabase();
}

void ClientCard::attachFiles(const QStringList &paths, qint64 contactId)
{
    if (m_buffer.id == 0 || paths.isEmpty())
        return;
    QStringList errors;
    for (const QString &path : paths) {
        QString error;
        if (!m_services.attachments.addFile(m_buffer.id, contactId, path, nullptr, &error))
            errors << error;
    }
    if (!errors.isEmpty())
        m_messenger.error(this, tr("Some files were not attached"), errors.join(QLatin1Char('\n')));
    m_files->reload();
    m_history->reload();
}

void ClientCard::interactionsChanged()
{
    m_interactions->reload();
    reloadFromDatabase();
}

void ClientCard::dealsChanged()
{
    // A deal's files and interactions are its client's too.
    if (m_open) {
        m_deals->reload();
        m_files->reload();
        m_interactions->reload();
    }
}

void ClientCard::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_open && m_buffer.id != 0 && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ClientCard::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    // Dropped on the Contacts tab: the file belongs to the selected contact.
    const qint64 contactId =
        m_tabs->currentWidget() == m_contacts ? m_contacts->currentContactId() : 0;
    attachFiles(paths, contactId);
    m_tabs->setCurrentWidget(m_files);
    event->acceptProposedAction();
}
