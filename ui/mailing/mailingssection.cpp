#include "mailingssection.h"

#include "common/messenger.h"
#include "common/secretstore.h"
#include "common/uiformat.h"
#include "mailing/campaignrepository.h"
#include "mailing/outboxrepository.h"
#include "mailingjob.h"
#include "newmailingdialog.h"
#include "settings/businesssettings.h"
#include "settings/settingsrepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
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
      m_outbox(new QTableWidget(this)), m_progressPanel(new QWidget(this)),
      m_progressLabel(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_pause(new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-pause")),
                              tr("&Pause"), this)),
      m_cancel(new QPushButton(QIcon::fromTheme(QStringLiteral("process-stop")),
                               tr("Cancel the mailing"), this)),
      m_sent(
          new QPushButton(QIcon::fromTheme(QStringLiteral("dialog-ok")), tr("It was sent"), this)),
      m_again(new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Send again"),
                              this)),
      m_empty(new QLabel(this))
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
    m_empty->setObjectName(QStringLiteral("emptyLabel"));

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

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No mailings yet. A mailing sends a template to a segment of the client "
                        "base, at a pace, and keeps every message in the clients' history. "
                        "Start with New mailing…; templates are under Settings → Message "
                        "templates…, the server under Settings → Mail and SMS…"));

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
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);

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
        m_progress->setRange(0, int(qMax<qint64>(total, 1)));
        m_progress->setValue(int(done));
        m_progressLabel->setText(tr("Sending: %1 of %2").arg(done).arg(total));
    });
    connect(m_job, &MailingJob::finished, this, &MailingsSection::jobFinished);
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
    m_empty->setVisible(list.isEmpty());
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
    m_progressPanel->setVisible(running);
}

bool MailingsSection::newMailing()
{
    NewMailingDialog dialog(m_db, m_messenger, m_manager, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    refresh();
    for (int row = 0; row < m_campaigns->rowCount(); ++row)
        if (m_campaigns->item(row, NameColumn)->data(Qt::UserRole).toLongLong() ==
            dialog.campaignId())
            m_campaigns->setCurrentCell(row, NameColumn);
    const auto c = CampaignRepository(m_db).load(dialog.campaignId());
    if (c && c.value().scheduledAt.isEmpty())
        return run(c->id);
    return true;
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
    SettingsRepository repository(m_db);
    const BusinessSettings settings(repository);
    const SmtpSettings smtp =
        SmtpSettings::load(settings, m_secrets.read(QStringLiteral("smtp.password")));
    const SmsGateway::Settings sms =
        SmsGateway::Settings::load(settings, m_secrets.read(QStringLiteral("sms.key")));
    const bool ready =
        c->channel == QLatin1String("sms") ? sms.isConfigured() : smtp.isConfigured();
    if (!ready) {
        m_messenger.error(this, tr("Cannot send the mailing"),
                          c->channel == QLatin1String("sms")
                              ? tr("No SMS gateway is set up: Settings → Mail and SMS…")
                              : tr("No mail server is set up: Settings → Mail and SMS…"));
        return false;
    }
    QString error;
    if (!CampaignRepository(m_db).setStatus(campaignId, QStringLiteral("running"), &error)) {
        m_messenger.error(this, tr("Cannot send the mailing"), error);
        return false;
    }
    m_progressLabel->setText(tr("Sending \"%1\"…").arg(c->name));
    m_progress->setRange(0, 0);
    m_job->start(campaignId, c->ratePerMinute, smtp, sms);
    refresh();
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
                             tr("Messages not sent yet will not go. Cancel the mailing?"),
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
    const auto c = campaigns.load(id);
    if (c && c->status == QLatin1String("cancelled")) {
        for (const OutboxMessage &m : outbox.list(id, QStringLiteral("queued"), 100000))
            outbox.cancel(m.id);
    } else if (!stoppedByUser) {
        const QHash<QString, int> counts = outbox.counts(id);
        // Temporary failures wait queued for their retry; the mailing stays running.
        if (counts.value(QStringLiteral("queued")) == 0 &&
            counts.value(QStringLiteral("unknown")) == 0)
            campaigns.setStatus(id, QStringLiteral("done"));
    }
    if (!m_job->error().isEmpty())
        m_messenger.error(this, tr("The mailing stopped"), m_job->error());
    refresh();
    Q_EMIT mailingFinished(id);
}

bool MailingsSection::resolve(qint64 messageId, bool wasSent)
{
    QString error;
    if (!OutboxRepository(m_db).resolve(messageId, wasSent, &error)) {
        m_messenger.error(this, tr("Cannot change the message"), error);
        return false;
    }
    refresh();
    return true;
}

void MailingsSection::resumeAtStart()
{
    QString error;
    OutboxRepository(m_db).recoverInterrupted(&error);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const Campaign &c : CampaignRepository(m_db).list()) {
        const bool due = c.status == QLatin1String("running") ||
                         (c.status == QLatin1String("scheduled") && !c.scheduledAt.isEmpty() &&
                          c.scheduledAt <= now);
        if (due && run(c.id))
            break; // one at a time; the next waits for its turn
    }
    refresh();
}
