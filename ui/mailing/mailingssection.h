#pragma once

#include <QWidget>

#include <QList>

class Database;
class MailingJob;
class Messenger;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimer;
class QToolBar;
class SecretStore;
struct TransportSettings;

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
    // Starts what is due: a scheduled mailing, a running one's retries, or
    // single messages the server put off (every 30 s by a timer).
    void startDue();
    void refresh();
    bool newMailing();
    // A mailing to these clients (selected in the Clients list).
    bool newMailingTo(const QList<qint64> &clientIds);
    // Mailings not finished yet: scheduled, sending or paused.
    int activeCount() const;
    // Runs (or resumes) the mailing of that id in the background.
    bool run(qint64 campaignId);
    void pause();
    void cancelMailing();
    // The user's decision on the outbox row of that id.
    bool resolve(qint64 messageId, bool wasSent);

Q_SIGNALS:
    void mailingFinished(qint64 campaignId);
    // A mailing was created, started, paused or finished: the sidebar counts them.
    void mailingsChanged();
    // The empty view's buttons: the window owns these dialogs.
    void mailSettingsRequested();
    void templatesRequested();

private:
    qint64 currentCampaign() const;
    void showOutbox();
    void jobFinished(bool stoppedByUser);
    // The job for a mailing (or SingleMessages) with the progress panel reset.
    void startJob(qint64 campaignId, const QString &name, int perMinute,
                  const TransportSettings &transports);
    void updateButtons();
    void updateProgress();
    // Starts the first mailing whose time has come, or whose retry is due.

    const Database &m_db;
    SecretStore &m_secrets;
    Messenger &m_messenger;
    QString m_manager;
    MailingJob *m_job;
    QToolBar *m_toolBar;
    QTableWidget *m_campaigns;
    QTableWidget *m_outbox;
    QStackedWidget *m_stack;
    QTimer *m_dueTimer;
    QString m_runningName;
    qint64 m_total = 0;
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
    QWidget *m_empty;
};
