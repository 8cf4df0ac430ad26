#include "loopback.h"

#include <QHostAddress>

bool Loopback::isHost(const QString &host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           QHostAddress(host).isLoopback();
}
