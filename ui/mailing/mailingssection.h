#pragma once

#include <QWidget>

class Database;
class MailingJob;
class Messenger;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QToolBar;
class SecretStore;

// The Mailings section: the mailings with their state and counts, the one
// running (in a worker, with its progress, Pause and Cancel) and the outbox
// of the chosen one: each recipient's state and the server's answer, with
// "It was sent" / "Send again" for rows whose fate is unknown.
class MailingsSection : public QWidget
{
    Q_OBJECT

public:
    MailingsSection(const Database &db, SecretStore &secrets, Messenger &messenger, QString manager,
                    QWidget *parent = nullptr);

    QToolBar *toolBar() const { return m_toolBar; }
    QTableWidget *campaigns() const { return m_campaigns; }
    QTableWidget *outbox() const { return m_outbox; }
    MailingJob *job() const { return m_job; }
    void setUser(const QString &manager) { m_manager = manager; }

    // At program start: rows left sending become unknown; mailings that were
    // running, or whose time has come, go on.
    void resumeAtStart();
    void refresh();
    bool newMailing();
    // Runs (or resumes) the mailing of that id in the background.
    bool run(qint64 campaignId);
    void pause();
    void cancelMailing();
    // The user's decision on the outbox row of that id.
    bool resolve(qint64 messageId, bool wasSent);

Q_SIGNALS:
    void mailingFinished(qint64 campaignId);

private:
    qint64 currentCampaign() const;
    void showOutbox();
    void jobFinished(bool stoppedByUser);
    void updateButtons();

    const Database &m_db;
    SecretStore &m_secrets;
    Messenger &m_messenger;
    QString m_manager;
    MailingJob *m_job;
    QToolBar *m_toolBar;
    QTableWidget *m_campaigns;
    QTableWidget *m_outbox;
    QWidget *m_progressPanel;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QAction *m_newAction;
    QAction *m_runAction;
    QAction *m_retryAction;
    QPushButton *m_sent;
    QPushButton *m_again;
    QLabel *m_empty;
};
