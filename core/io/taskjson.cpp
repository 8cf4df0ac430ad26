#include "taskjson.h"

#include <QJsonArray>

namespace {
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue();
}
} // namespace

QJsonObject TaskJson::toJson(const Task &t, const QList<TaskHistoryEntry> &history)
{
    QJsonArray steps;
    for (const TaskHistoryEntry &e : history)
        steps.append(QJsonObject{{QStringLiteral("at"), e.at},
                                 {QStringLiteral("actor"), orNull(e.actor)},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("from"), orNull(e.fromStatus)},
                                 {QStringLiteral("to"), orNull(e.toStatus)},
                                 {QStringLiteral("comment"), orNull(e.comment)}});
    return QJsonObject{{QStringLiteral("id"), t.id},
                       {QStringLiteral("title"), t.title},
                       {QStringLiteral("description"), orNull(t.description)},
                       {QStringLiteral("status"), t.status},
                       {QStringLiteral("priority"), t.priority},
                       {QStringLiteral("due"), orNull(t.dueAt)},
                       {QStringLiteral("all_day"), t.allDay},
                       {QStringLiteral("client_id"), idOrNull(t.clientId)},
                       {QStringLiteral("contact_id"), idOrNull(t.contactId)},
                       {QStringLiteral("deal_id"), idOrNull(t.dealId)},
                       {QStringLiteral("author"), orNull(t.author)},
                       {QStringLiteral("executor"), orNull(t.executor)},
                       {QStringLiteral("check_required"), t.checkRequired},
                       {QStringLiteral("repeat"), orNull(t.repeatRule)},
                       {QStringLiteral("series_id"), idOrNull(t.seriesId)},
                       {QStringLiteral("created_at"), t.createdAt},
                       {QStringLiteral("completed_at"), orNull(t.completedAt)},
                       {QStringLiteral("history"), steps}};
}
