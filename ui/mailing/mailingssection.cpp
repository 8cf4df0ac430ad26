#include "mailingssection.h"

#include "common/messenger.h"
#include "common/secretstore.h"
#include "common/uiformat.h"
#include "mailing/campaignrepository.h"
#include "mailing/outboxrepository.h"
#include "mailingjob.h"
#include "newmailingdialog.h"
#include "transportsettings.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
enum CampaignColumn
{
    NameColumn,
    ChannelColumn,
    StatusColumn,
    QueuedColumn,
    SentColumn,
    FailedColumn,
    UnknownColumn,
    ExcludedColumn,
    WhenColumn,
    CampaignColumnCount
};
enum OutboxColumn
{
    AddressColumn,
    RecipientColumn,
    StateColumn,
    AttemptsColumn,
    AnswerColumn,
    OutboxColumnCount
};

QTableWidgetItem *number(int n)
{
    auto *item = new QTableWidgetItem(QLocale().toString(n));
    item->setData(Qt::UserRole, n);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

MailingsSection::MailingsSection(const Database &db, SecretStore &secrets, Messenger &messenger,
                                 QString manager, QWidget *parent)
    : QWidget(parent), m_db(db), m_secrets(secrets), m_messenger(messenger),
      m_manager(std::move(manager)), m_job(new MailingJob(db, this)),
      m_toolBar(new QToolBar(tr("Mailings"), this)), m_campaigns(new QTableWidget(this)),
      m_outbox(new QTableWidget(this)), m_stack(new QStackedWidget(this)),
      m_dueTimer(new QTimer(this)), m_progressPanel(new QWidget(this)),
      m_progressLabel(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_pause(new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-pause")),
                              tr("&Pause"), this)),
      m_cancel(new QPushButton(QIcon::fromTheme(QStringLiteral("process-stop")),
                               tr("Cancel the mailing"), this)),
      m_sent(
          new QPushButton(QIcon::fromTheme(QStringLiteral("dialog-ok")), tr("It was sent"), this)),
      m_again(new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Send again"),
                              this)),
      m_empty(new QWidget(this))
{
    setObjectName(QStringLiteral("mailingsSection"));
    m_campaigns->setObjectName(QStringLiteral("campaignsTableWidget"));
    m_outbox->setObjectName(QStringLiteral("outboxTableWidget"));
    m_progressPanel->setObjectName(QStringLiteral("progressPanel"));
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progress->setObjectName(QStringLiteral("mailingProgressBar"));
    m_pause->setObjectName(QStringLiteral("pausePushButton"));
    m_cancel->setObjectName(QStringLiteral("cancelMailingPushButton"));
    m_sent->setObjectName(QStringLiteral("wasSentPushButton"));
    m_again->setObjectName(QStringLiteral("sendAgainPushButton"));
    m_empty->setObjectName(QStringLiteral("emptyMailingsWidget"));

    m_newAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("mail-message-new")),
                                       tr("New mailing…"), this, &MailingsSection::newMailing);
    m_newAction->setObjectName(QStringLiteral("newMailingAction"));
    m_runAction =
        m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Send / resume"),
                             this, [this] { run(currentCampaign()); });
    m_runAction->setObjectName(QStringLiteral("runMailingAction"));
    m_retryAction = m_toolBar->addAction(
        QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Retry now"), this, [this] {
            QString error;
            if (OutboxRepository(m_db).retryNow(currentCampaign(), &error) < 0)
                m_messenger.error(this, tr("Cannot retry"), error);
            run(currentCampaign());
        });
    m_retryAction->setObjectName(QStringLiteral("retryNowAction"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_campaigns->setColumnCount(CampaignColumnCount);
    m_campaigns->setHorizontalHeaderLabels({tr("Mailing"), tr("Channel"), tr("State"), tr("Queued"),
                                            tr("Sent"), tr("Failed"), tr("Unknown"), tr("Left out"),
                                            tr("When")});
    m_outbox->setColumnCount(OutboxColumnCount);
    m_outbox->setHorizontalHeaderLabels(
        {tr("Address"), tr("Recipient"), tr("State"), tr("Attempts"), tr("Server's answer")});
    for (QTableWidget *table : {m_campaigns, m_outbox}) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setAlternatingRowColors(true);
    }
    m_campaigns->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_campaigns->horizontalHeader()->setStretchLastSection(false);

    auto *panel = new QHBoxLayout(m_progressPanel);
    panel->setContentsMargins(0, 0, 0, 0);
    panel->addWidget(m_progressLabel);
    panel->addWidget(m_progress, 1);
    panel->addWidget(m_pause);
    panel->addWidget(m_cancel);
    m_progressPanel->hide();

    // What the section is for, and the next step, while there is no mailing.
    auto *emptyText = new QLabel(
        tr("<h3>No mailings yet</h3><p>A mailing sends a template to a segment of the client "
           "base or to the clients selected in the list, at a pace, and keeps every message in "
           "the clients' history. Those who do not want e-mail or SMS are left out.</p>"),
        m_empty);
    emptyText->setObjectName(QStringLiteral("emptyLabel"));
    emptyText->setTextFormat(Qt::RichText);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    // A fixed width lets the wrapped text take the height it needs.
    emptyText->setFixedWidth(560);
    auto *emptyNew = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-message-new")),
                                     tr("New mailing…"), m_empty);
    emptyNew->setObjectName(QStringLiteral("emptyNewMailingPushButton"));
    auto *emptyTemplates = new QPushButton(QIcon::fromTheme(QStringLiteral("text-html")),
                                           tr("Message templates…"), m_empty);
    emptyTemplates->setObjectName(QStringLiteral("emptyTemplatesPushButton"));
    auto *emptySettings = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-send")),
                                          tr("Mail and SMS settings…"), m_empty);
    emptySettings->setObjectName(QStringLiteral("emptySettingsPushButton"));
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch();
    emptyButtons->addWidget(emptyNew);
    emptyButtons->addWidget(emptyTemplates);
    emptyButtons->addWidget(emptySettings);
    emptyButtons->addStretch();
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch();
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(emptyText);
    textRow->addStretch();
    emptyLayout->addLayout(textRow);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);
    connect(emptyNew, &QPushButton::clicked, this, &MailingsSection::newMailing);
    connect(emptyTemplates, &QPushButton::clicked, this, &MailingsSection::templatesRequested);
    connect(emptySettings, &QPushButton::clicked, this, &MailingsSection::mailSettingsRequested);

    auto *outboxPane = new QWidget(this);
    auto *outboxLayout = new QVBoxLayout(outboxPane);
    outboxLayout->setContentsMargins(0, 0, 0, 0);
    auto *decide = new QHBoxLayout;
    decide->addWidget(new QLabel(tr("Its messages:"), this), 1);
    decide->addWidget(m_sent);
    decide->addWidget(m_again);
    outboxLayout->addLayout(decide);
    outboxLayout->addWidget(m_outbox, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_campaigns);
    splitter->addWidget(outboxPane);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_progressPanel);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);

    connect(m_campaigns, &QTableWidget::itemSelectionChanged, this, [this] {
        showOutbox();
        updateButtons();
    });
    connect(m_outbox, &QTableWidget::itemSelectionChanged, this, &MailingsSection::updateButtons);
    connect(m_pause, &QPushButton::clicked, this, &MailingsSection::pause);
    connect(m_cancel, &QPushButton::clicked, this, &MailingsSection::cancelMailing);
    connect(m_sent, &QPushButton::clicked, this, [this] {
        if (const QTableWidgetItem *item = m_outbox->item(m_outbox->currentRow(), 0))
            resolve(item->data(Qt::UserRole).toLongLong(), true);
    });
    connect(m_again, &QPushButton::clicked, this, [this] {
        if (const QTableWidgetItem *item = m_outbox->item(m_outbox->currentRow(), 0))
            resolve(item->data(Qt::UserRole).toLongLong(), false);
    });
    connect(m_job, &MailingJob::progressChanged, this, [this](qint64 done, qint64 total) {
        m_total = total;
        m_progress->setRange(0, int(qMax<qint64>(total, 1)));
        m_progress->setValue(int(done));
        updateProgress();
    });
    connect(m_job, &MailingJob::finished, this, &MailingsSection::jobFinished);
    // Scheduled mailings and retries start on their own while the program runs.
    m_dueTimer->setInterval(30000);
    connect(m_dueTimer, &QTimer::timeout, this, &MailingsSection::startDue);
    m_dueTimer->start();
    refresh();
}

qint64 MailingsSection::currentCampaign() const
{
    const QTableWidgetItem *item = m_campaigns->item(m_campaigns->currentRow(), NameColumn);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void MailingsSection::refresh()
{
    const qint64 selected = currentCampaign();
    const QSignalBlocker block(m_campaigns);
    const QList<Campaign> list = CampaignRepository(m_db).list();
    m_campaigns->setRowCount(0);
    m_campaigns->setRowCount(int(list.size()));
    OutboxRepository outbox(m_db);
    CampaignRepository campaigns(m_db);
    const QHash<QString, QString> statusText = {{QStringLiteral("scheduled"), tr("scheduled")},
                                                {QStringLiteral("running"), tr("sending")},
                                                {QStringLiteral("paused"), tr("paused")},
                                                {QStringLiteral("done"), tr("done")},
                                                {QStringLiteral("cancelled"), tr("cancelled")}};
    int selectRow = list.isEmpty() ? -1 : 0;
    for (int row = 0; row < list.size(); ++row) {
        const Campaign &c = list.at(row);
        const QHash<QString, int> counts = outbox.counts(c.id);
        int excluded = 0;
        for (int n : campaigns.exclusions(c.id))
            excluded += n;
        auto *name = new QTableWidgetItem(c.name);
        name->setData(Qt::UserRole, c.id);
        name->setToolTip(tr("Template: %1").arg(c.templateName));
        m_campaigns->setItem(row, NameColumn, name);
        m_campaigns->setItem(
            row, ChannelColumn,
            new QTableWidgetItem(c.channel == QLatin1String("sms") ? tr("SMS") : tr("E-mail")));
        m_campaigns->setItem(row, StatusColumn,
                             new QTableWidgetItem(statusText.value(c.status, c.status)));
        m_campaigns->setItem(row, QueuedColumn,
                             number(counts.value(QStringLiteral("queued")) +
                                    counts.value(QStringLiteral("sending"))));
        m_campaigns->setItem(row, SentColumn, number(counts.value(QStringLiteral("sent"))));
        m_campaigns->setItem(row, FailedColumn, number(counts.value(QStringLiteral("failed"))));
        m_campaigns->setItem(row, UnknownColumn, number(counts.value(QStringLiteral("unknown"))));
        m_campaigns->setItem(row, ExcludedColumn, number(excluded));
        m_campaigns->setItem(row, WhenColumn,
                             new QTableWidgetItem(UiFormat::dateTime(
                                 c.scheduledAt.isEmpty() ? c.createdAt : c.scheduledAt)));
        if (c.id == selected)
            selectRow = row;
    }
    m_campaigns->resizeColumnsToContents();
    m_campaigns->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_stack->setCurrentWidget(list.isEmpty() ? m_empty : m_stack->widget(1));
    m_campaigns->setCurrentCell(selectRow, NameColumn);
    showOutbox();
    updateButtons();
}

void MailingsSection::showOutbox()
{
    const QHash<QString, QString> stateText = {
        {QStringLiteral("queued"), tr("queued")},   {QStringLiteral("sending"), tr("sending")},
        {QStringLiteral("sent"), tr("sent")},       {QStringLiteral("failed"), tr("failed")},
        {QStringLiteral("unknown"), tr("unknown")}, {QStringLiteral("cancelled"), tr("cancelled")}};
    const QSignalBlocker block(m_outbox);
    m_outbox->setRowCount(0);
    const qint64 id = currentCampaign();
    if (!id)
        return;
    const QList<OutboxMessage> rows = OutboxRepository(m_db).list(id);
    m_outbox->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const OutboxMessage &m = rows.at(row);
        auto *address = new QTableWidgetItem(m.address);
        address->setData(Qt::UserRole, m.id);
        address->setData(Qt::UserRole + 1, m.state);
        m_outbox->setItem(row, AddressColumn, address);
        m_outbox->setItem(row, RecipientColumn, new QTableWidgetItem(m.name));
        auto *state = new QTableWidgetItem(stateText.value(m.state, m.state));
        if (m.state == QLatin1String("unknown"))
            state->setToolTip(tr("The program stopped while this message was being sent: "
                                 "check whether it arrived, then decide."));
        m_outbox->setItem(row, StateColumn, state);
        m_outbox->setItem(row, AttemptsColumn, number(m.attempts));
        m_outbox->setItem(
            row, AnswerColumn,
            new QTableWidgetItem(m.code ? QStringLiteral("%1 %2").arg(m.code).arg(m.answer)
                                        : m.answer));
    }
    m_outbox->resizeColumnsToContents();
    m_outbox->horizontalHeader()->setSectionResizeMode(AnswerColumn, QHeaderView::Stretch);
}

void MailingsSection::updateButtons()
{
    const bool running = m_job->isRunning();
    const QTableWidgetItem *row = m_outbox->item(m_outbox->currentRow(), AddressColumn);
    const QString state = row ? row->data(Qt::UserRole + 1).toString() : QString();
    const bool undecided = state == QLatin1String("unknown") || state == QLatin1String("failed");
    m_sent->setEnabled(!running && undecided);
    m_again->setEnabled(!running && undecided);
    m_runAction->setEnabled(!running && currentCampaign() != 0);
    m_retryAction->setEnabled(!running && currentCampaign() != 0);
    // The panel stays after a run with its outcome; Pause and Cancel only while it goes.
    m_progressPanel->setVisible(running || !m_runningName.isEmpty());
    m_pause->setVisible(running);
    m_cancel->setVisible(running);
}

bool MailingsSection::newMailing()
{
    return newMailingTo({});
}

bool MailingsSection::newMailingTo(const QList<qint64> &clientIds)
{
    NewMailingDialog dialog(m_db, m_messenger, m_manager, this);
    if (!clientIds.isEmpty())
        dialog.setSelection(clientIds);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    refresh();
    for (int row = 0; row < m_campaigns->rowCount(); ++row)
        if (m_campaigns->item(row, NameColumn)->data(Qt::UserRole).toLongLong() ==
            dialog.campaignId())
            m_campaigns->setCurrentCell(row, NameColumn);
    Q_EMIT mailingsChanged();
    const auto c = CampaignRepository(m_db).load(dialog.campaignId());
    if (c && c->scheduledAt.isEmpty())
        return run(c->id);
    return true;
}

void MailingsSection::updateProgress()
{
    const OutboxSender::Totals totals = m_job->totals();
    const QLocale locale;
    const QString counts = tr("%1 sent, %2 failed of %3")
                               .arg(locale.toString(totals.sent), locale.toString(totals.failed),
                                    locale.toString(m_total));
    if (m_job->isRunning()) {
        m_progressLabel->setText(tr("Sending «%1»: %2").arg(m_runningName, counts));
        return;
    }
    // The last run's outcome stays in view until the next one starts.
    const std::optional<Campaign> c = CampaignRepository(m_db).load(m_job->campaignId());
    const QString status = !c                                     ? QString()
                           : c->status == QLatin1String("done")   ? tr("done")
                           : c->status == QLatin1String("paused") ? tr("paused")
                           : c->status == QLatin1String("cancelled")
                               ? tr("cancelled")
                               : tr("the rest waits for a retry");
    m_progressLabel->setText(tr("«%1»: %2; %3").arg(m_runningName, counts, status));
}

int MailingsSection::activeCount() const
{
    int n = 0;
    for (const Campaign &c : CampaignRepository(m_db).list())
        n += c.status == QLatin1String("done") || c.status == QLatin1String("cancelled") ? 0 : 1;
    return n;
}

void MailingsSection::startDue()
{
    if (m_job->isRunning())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    OutboxRepository outbox(m_db);
    for (const Campaign &c : CampaignRepository(m_db).list()) {
        // A running one goes on when a message waiting for its retry is due.
        const QDateTime next = outbox.nextDue(c.id);
        const bool due = (c.status == QLatin1String("running") && next.isValid() && next <= now) ||
                         (c.status == QLatin1String("scheduled") && !c.scheduledAt.isEmpty() &&
                          QDateTime::fromString(c.scheduledAt, Qt::ISODate) <= now);
        if (due && run(c.id))
            return; // one at a time; the next waits for its turn
    }
    // Single messages from the cards that the server put off go again when due.
    const QDateTime single = outbox.nextDue(OutboxRepository::SingleMessages);
    if (single.isValid() && single <= now) {
        startJob(OutboxRepository::SingleMessages, tr("single messages"), 0,
                 TransportSettings::load(m_db, m_secrets));
    }
}

void MailingsSection::startJob(qint64 campaignId, const QString &name, int perMinute,
                               const TransportSettings &transports)
{
    m_runningName = name;
    m_total = 0;
    m_progress->setRange(0, 0);
    m_job->start(campaignId, perMinute, transports.smtp, transports.sms);
    updateProgress();
}

bool MailingsSection::run(qint64 campaignId)
{
    const auto c = CampaignRepository(m_db).load(campaignId);
    if (!c || m_job->isRunning())
        return false;
    if (c->status == QLatin1String("done") || c->status == QLatin1String("cancelled")) {
        // Nothing more goes; "Retry now" may still have made rows due again.
        if (OutboxRepository(m_db).counts(campaignId).value(QStringLiteral("queued")) == 0)
            return false;
    }
    const TransportSettings transports = TransportSettings::load(m_db, m_secrets);
    if (!transports.isReady(c->channel)) {
        m_messenger.error(this, tr("Cannot send the mailing"),
                          TransportSettings::notReadyText(c->channel));
        return false;
    }
    QString error;
    if (!CampaignRepository(m_db).setStatus(campaignId, QStringLiteral("running"), &error)) {
        m_messenger.error(this, tr("Cannot send the mailing"), error);
        return false;
    }
    startJob(campaignId, c->name, c->ratePerMinute, transports);
    refresh();
    Q_EMIT mailingsChanged();
    return true;
}

void MailingsSection::pause()
{
    if (!m_job->isRunning())
        return;
    m_job->stop();
    CampaignRepository(m_db).setStatus(m_job->campaignId(), QStringLiteral("paused"));
}

void MailingsSection::cancelMailing()
{
    if (!m_job->isRunning())
        return;
    if (!m_messenger.confirm(this, tr("Cancel the mailing"),
                             tr("The messages not sent yet stay in the outbox and go only if you "
                                "resume the mailing with Send / resume. Cancel it?"),
                             tr("Cancel the mailing")))
        return;
    const qint64 id = m_job->campaignId();
    m_job->stop();
    CampaignRepository(m_db).setStatus(id, QStringLiteral("cancelled"));
}

void MailingsSection::jobFinished(bool stoppedByUser)
{
    const qint64 id = m_job->campaignId();
    CampaignRepository campaigns(m_db);
    OutboxRepository outbox(m_db);
    // Paused or cancelled, the rest stays queued: nothing is lost, and only
    // the user's Send / resume takes it up again.
    if (!stoppedByUser && id > 0) {
        const QHash<QString, int> counts = outbox.counts(id);
        // Temporary failures wait queued for their retry; the mailing stays running.
        if (counts.value(QStringLiteral("queued")) == 0 &&
            counts.value(QStringLiteral("unknown")) == 0)
            campaigns.setStatus(id, QStringLiteral("done"));
    }
    if (!m_job->error().isEmpty())
        m_messenger.error(this, tr("The mailing stopped"), m_job->error());
    updateProgress();
    refresh();
    Q_EMIT mailingsChanged();
    Q_EMIT mailingFinished(id);
}

bool MailingsSection::resolve(qint64 messageId, bool wasSent)
{
    QString error;
    OutboxRepository outbox(m_db);
    const std::optional<OutboxMessage> message = outbox.load(messageId);
    if (!message || !outbox.resolve(messageId, wasSent, &error)) {
        m_messenger.error(this, tr("Cannot change the message"), error);
        return false;
    }
    const qint64 campaignId = message->campaignId;
    const QHash<QString, int> counts = outbox.counts(campaignId);
    if (!wasSent && !m_job->isRunning()) {
        run(campaignId); // "Send again" means now
    } else if (campaignId && !m_job->isRunning() && counts.value(QStringLiteral("queued")) == 0 &&
               counts.value(QStringLiteral("unknown")) == 0 &&
               counts.value(QStringLiteral("sending")) == 0) {
        // The last undecided message decided: the mailing is over.
        const std::optional<Campaign> c = CampaignRepository(m_db).load(campaignId);
        if (c && c->status == QLatin1String("running"))
            CampaignRepository(m_db).setStatus(campaignId, QStringLiteral("done"));
    }
    refresh();
    Q_EMIT mailingsChanged();
    return true;
}

void MailingsSection::resumeAtStart()
{
    QString error;
    if (OutboxRepository(m_db).recoverInterrupted(&error) < 0)
        m_messenger.error(this, tr("The outbox cannot be read"), error);
    // A mailing that was sending when the program stopped goes on now, even
    // when its messages wait for a retry: the run ends at once and says so.
    for (const Campaign &c : CampaignRepository(m_db).list()) {
        if (c.status == QLatin1String("running") && run(c.id)) {
            refresh();
            return;
        }
    }
    startDue();
    refresh();
}
