#include "backupcommands.h"

#include "backup/backupservice.h"
#include "backup/databasecheck.h"
#include "backup/restoreservice.h"
#include "calendar/clock.h"
#include "cli.h"
#include "db/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

int BackupCommands::backup()
{
    const QStringList &args = m_cli.m_positional;
    if (args.size() > 1)
        return m_cli.usage(tr("backup takes at most one file"));
    // Read-only: a backup from cron while the program is open beside it.
    Database db(m_cli.option(QStringLiteral("db"), Database::defaultPath()));
    int code = Cli::Ok;
    if (!m_cli.openDatabase(db, false, &code))
        return code;
    const SystemClock clock;
    const BackupService service(db, clock);
    QString error;
    QString path = args.value(0);
    if (path.isEmpty())
        path = service.backupNow(&error);
    else if (!service.backupTo(path, &error))
        path.clear();
    if (path.isEmpty())
        return m_cli.fail(error);
    m_cli.m_out << path << '\n';
    return Cli::Ok;
}

int BackupCommands::restore()
{
    const QStringList &args = m_cli.m_positional;
    if (args.size() != 1)
        return m_cli.usage(tr("restore needs the backup file: restore FILE"));
    // Refused before the database is touched, even before it is opened.
    const QString why = RestoreService::problem(args.first());
    if (!why.isEmpty())
        return m_cli.fail(why);
    Database db(m_cli.option(QStringLiteral("db"), Database::defaultPath()));
    // A base refused for what its file holds is what a restore is for.
    QString refused;
    if (!db.open(Database::Mode::ReadWrite, &refused)) {
        const Database::Status status = db.status();
        if (status != Database::Status::Corrupt && status != Database::Status::Foreign &&
            status != Database::Status::NewerSchema) {
            m_cli.m_err << "clientele-cli: " << refused << '\n';
            return Cli::Unavailable;
        }
    }
    const SystemClock clock;
    QString aside;
    QString error;
    if (!RestoreService(db, clock).restore(args.first(), &aside, &error))
        return m_cli.fail(error);
    m_cli.m_err
        << tr("Restored %1 from %2; the file it replaced is kept as:").arg(db.path(), args.first())
        << '\n';
    m_cli.m_out << aside << '\n';
    return Cli::Ok;
}

int BackupCommands::check()
{
    if (!m_cli.m_positional.isEmpty())
        return m_cli.usage(tr("check takes no arguments"));
    // Written to, never changed: the search index's own check is an INSERT.
    Database db(m_cli.option(QStringLiteral("db"), Database::defaultPath()));
    QList<DatabaseProblem> problems;
    QString refused;
    if (db.open(Database::Mode::ReadWrite, &refused))
        problems = DatabaseCheck(db).run();
    else if (db.status() == Database::Status::Corrupt)
        // Damage found at open is what the check reports, not a refusal.
        problems << DatabaseProblem{QStringLiteral("integrity"), {}, 0, refused};
    else {
        m_cli.m_err << "clientele-cli: " << refused << '\n';
        return Cli::Unavailable;
    }
    if (m_cli.json()) {
        QJsonArray list;
        for (const DatabaseProblem &p : problems)
            list << QJsonObject{
                {QStringLiteral("check"), p.check},
                {QStringLiteral("table"), p.table.isEmpty() ? QJsonValue() : QJsonValue(p.table)},
                {QStringLiteral("row"), p.rowId ? QJsonValue(p.rowId) : QJsonValue()},
                {QStringLiteral("message"), p.message}};
        m_cli.m_out << QJsonDocument(QJsonObject{{QStringLiteral("clean"), problems.isEmpty()},
                                                 {QStringLiteral("problems"), list}})
                           .toJson(QJsonDocument::Indented);
    } else {
        for (const DatabaseProblem &p : problems) {
            QString where = p.table;
            if (p.rowId)
                where += QLatin1Char(' ') + tr("row %1").arg(p.rowId);
            m_cli.m_out << p.check << '\t' << where.trimmed() << '\t' << p.message << '\n';
        }
    }
    if (problems.isEmpty()) {
        if (!m_cli.json())
            m_cli.m_out << tr("The database %1 is sound.").arg(db.path()) << '\n';
        return Cli::Ok;
    }
    m_cli.m_err
        << "clientele-cli: "
        << tr("the database %1 has %n problem(s)", nullptr, int(problems.size())).arg(db.path())
        << '\n';
    return Cli::BadInput;
}
