#include "dealmime.h"

#include <QMimeData>

namespace {
QList<QByteArray> parts(const QMimeData *data)
{
    if (!data || !data->hasFormat(DealMime::type()))
        return {};
    const QList<QByteArray> p = data->data(DealMime::type()).split(' ');
    return p.size() == 2 ? p : QList<QByteArray>{};
}
} // namespace

QString DealMime::type()
{
    return QStringLiteral("application/x-clientele-deal");
}

QMimeData *DealMime::encode(qint64 dealId, qint64 fromStageId)
{
    auto *data = new QMimeData;
    data->setData(type(), QByteArray::number(dealId) + ' ' + QByteArray::number(fromStageId));
    return data;
}

qint64 DealMime::dealId(const QMimeData *data)
{
    const QList<QByteArray> p = parts(data);
    return p.isEmpty() ? 0 : p.at(0).toLongLong();
}

qint64 DealMime::fromStageId(const QMimeData *data)
{
    const QList<QByteArray> p = parts(data);
    return p.isEmpty() ? 0 : p.at(1).toLongLong();
}
