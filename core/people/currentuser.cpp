#include "currentuser.h"

#include <QSettings>

namespace {
const char kKey[] = "user/name";
}

QString CurrentUser::resolve(const QString &given)
{
    if (!given.simplified().isEmpty())
        return given.simplified();
    const QString fromEnv = qEnvironmentVariable("CLIENTELE_USER").simplified();
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString chosen = saved();
    if (!chosen.isEmpty())
        return chosen;
    return loginName();
}

QString CurrentUser::saved()
{
    return QSettings().value(QLatin1String(kKey)).toString().simplified();
}

void CurrentUser::save(const QString &name)
{
    QSettings().setValue(QLatin1String(kKey), name.simplified());
}

QString CurrentUser::loginName()
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}
