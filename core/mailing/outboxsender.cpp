#include "outboxsender.h"

#include "messagetransport.h"
#include "outboxrepository.h"

#include <QElapsedTimer>
#include <QThread>

SendResult OutboxSender::sendOne(OutboxMessage &m, QString *error)
{
    OutboxRepository outbox(m_db);
    MessageTransport *transport = m.channel == QLatin1String("sms") ? m_sms : m_email;
    SendResult result;
    if (transport) {
        result = transport->send(m, outbox.attachments(m));
    } else {
        result.outcome = SendResult::Outcome::Temporary;
        result.answer = tr("No %1 transport is set up.").arg(m.channel);
    }
    outbox.finish(m, result, QDateTime::currentDateTimeUtc(), error);
    return result;
}

OutboxSender::Totals OutboxSender::run(qint64 campaignId, int perMinute, const Progress &progress,
                                       const std::atomic_bool *cancel, QString *error)
{
    Totals totals;
    OutboxRepository outbox(m_db);
    const qint64 gapMs = perMinute > 0 ? 60000 / perMinute : 0;
    QElapsedTimer sinceLast;
    auto cancelled = [cancel] { return cancel && *cancel; };
    while (!cancelled()) {
        // The pace is waited out before the next row is claimed, in short
        // naps: a pause during the wait is heard at once and leaves the row
        // queued, not sending (which a stop would turn into unknown).
        while (sinceLast.isValid() && sinceLast.elapsed() < gapMs && !cancelled())
            QThread::msleep(ulong(qMin<qint64>(100, gapMs - sinceLast.elapsed())));
        if (cancelled())
            break;
        std::optional<OutboxMessage> m =
            outbox.claimNext(QDateTime::currentDateTimeUtc(), campaignId, error);
        if (!m)
            break;
        QString failure;
        const SendResult result = sendOne(*m, &failure);
        sinceLast.start();
        if (!failure.isEmpty()) {
            if (error)
                *error = failure;
            break;
        }
        if (result.sent())
            ++totals.sent;
        else if (result.outcome == SendResult::Outcome::Temporary &&
                 m->attempts < OutboxRepository::kMaxAttempts)
            ++totals.retried;
        else
            ++totals.failed;
        if (progress)
            progress(*m, result);
    }
    return totals;
}
