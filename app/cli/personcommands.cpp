#include "personcommands.h"

#include "cli.h"
#include "db/database.h"
#include "people/personrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

int PersonCommands::run()
{
    QStringList &args = m_cli.m_positional;
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub != QLatin1String("add") && sub != QLatin1String("list"))
        return m_cli.usage(tr("person needs add or list"));
    const bool write = sub == QLatin1String("add");
    if (write && args.value(0).trimmed().isEmpty())
        return m_cli.usage(tr("person add needs a NAME"));
    Database db(m_cli.option(QStringLiteral("db"), Database::defaultPath()));
    int code = Cli::Ok;
    if (!m_cli.openDatabase(db, write, &code))
        return code;
    PersonRepository people(db);
    if (write) {
        Person p;
        p.name = args.value(0);
        p.position = m_cli.option(QStringLiteral("position"));
        p.email = m_cli.option(QStringLiteral("email"));
        QString error;
        if (!people.add(p, &error))
            return m_cli.fail(error);
        m_cli.m_out << p.id << '\n';
        return Cli::Ok;
    }
    const QList<Person> list = people.list(m_cli.m_options.contains(QStringLiteral("archived")));
    if (m_cli.json()) {
        QJsonArray out;
        for (const Person &p : list)
            out.append(QJsonObject{{QStringLiteral("id"), p.id},
                                   {QStringLiteral("name"), p.name},
                                   {QStringLiteral("position"), p.position},
                                   {QStringLiteral("email"), p.email},
                                   {QStringLiteral("archived"), p.archived}});
        m_cli.m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Cli::Ok;
    }
    for (const Person &p : list)
        m_cli.m_out << p.id << '\t' << p.name << '\t' << p.position
                    << (p.archived ? QStringLiteral("\t") + tr("archived") : QString()) << '\n';
    return Cli::Ok;
}
