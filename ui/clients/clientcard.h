#pragma once

#include "clients/client.h"
#include "common/services.h"

#include <QWidget>

class ClientDealsPage;
class ContactsPage;
class DetailsPage;
class FilesPage;
class HistoryPage;
class InteractionsPage;
class LegalEntitiesPage;
class Messenger;
class QAction;
class QLabel;
class QTabWidget;
class QUndoStack;

// The client card in the detail pane: a buffer of the client that the tabs
// edit through the window's undo stack, saved with Save (Ctrl+S).
class ClientCard : public QWidget
{
    Q_OBJECT

public:
    ClientCard(Services services, QUndoStack *undoStack, Messenger &messenger,
               QWidget *parent = nullptr);

    bool openClient(qint64 id);
    void newClient(Client::Kind kind = Client::Kind::Company);
    void closeClient();
    bool hasClient() const { return m_open; }
    const Client &buffer() const { return m_buffer; }
    bool isModified() const;
    bool save();
    void revert();
    void focusFirstField();

    // Called by the tabs: records an edit as one undoable command.
    void edit(const Client &after, const QString &text, int mergeKey);
    // Called by the undo commands.
    void applyBuffer(const Client &client);

    void addRelation(qint64 otherId, Relation::Type type);
    void removeRelation(qint64 relationId);
    void attachFiles(const QStringList &paths, qint64 contactId);
    void interactionsChanged();
    // The client's deals, or their files or interactions, changed elsewhere.
    void dealsChanged();

    const ClientRepository &clients() const { return m_services.clients; }
    const Services &services() const { return m_services; }
    Messenger &messenger() { return m_messenger; }

    static QString relationText(Relation::Type type, bool outgoing);
    QAction *writeEmailAction() const { return m_writeEmail; }
    QAction *sendSmsAction() const { return m_sendSms; }
    // From the header or the Contacts tab: a message to the client or one
    // contact person (0: the client's choice of addresses).
    void requestCompose(const QString &channel, qint64 contactId);

Q_SIGNALS:
    void saved(qint64 id);
    void modifiedChanged(bool modified);
    // Interactions or relations changed in the database (the list may show them).
    void databaseChanged();
    // From the Deals tab: the Deals section opens or starts the deal.
    void dealOpenRequested(qint64 dealId);
    void newDealRequested(qint64 clientId, const QString &clientName);
    void composeRequested(const QString &channel, qint64 clientId, qint64 contactId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void refreshAll();
    void updateHeader();
    void reloadFromDatabase();

    Services m_services;
    QUndoStack *m_undo;
    Messenger &m_messenger;
    bool m_open = false;
    Client m_buffer;
    QLabel *m_title;
    QLabel *m_subtitle;
    QAction *m_writeEmail;
    QAction *m_sendSms;
    QTabWidget *m_tabs;
    DetailsPage *m_details;
    ContactsPage *m_contacts;
    LegalEntitiesPage *m_legal;
    ClientDealsPage *m_deals;
    InteractionsPage *m_interactions;
    FilesPage *m_files;
    HistoryPage *m_history;
    QWidget *m_empty;
};
