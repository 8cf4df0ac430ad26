#include "currentuser.h"

#include "personrepository.h"

#include <QSettings>

#include <pwd.h>
#include <unistd.h>

namespace {
const char kKey[] = "user/name";

const passwd *account()
{
    return getpwuid(geteuid());
}
} // namespace

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

QString CurrentUser::adopt(const Database &db, const QString &name, QString *error)
{
    PersonRepository people(db);
    if (!people.ensure(name, error))
        return {};
    const std::optional<Person> person = people.find(name);
    const QString adopted = person ? person->name : name.simplified();
    save(adopted);
    return adopted;
}

QString CurrentUser::loginName()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name).simplified();
        if (!value.isEmpty())
            return value;
    }
    const passwd *pw = account();
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

QString CurrentUser::suggestion()
{
    const QString login = loginName();
    const QString resolved = resolve();
    if (resolved != login)
        return resolved;
    // "Анна Петрова,,," -> "Анна Петрова".
    const passwd *pw = account();
    const QString full =
        pw && pw->pw_gecos
            ? QString::fromLocal8Bit(pw->pw_gecos).section(QLatin1Char(','), 0, 0).simplified()
            : QString();
    return full.isEmpty() ? login : full;
}
