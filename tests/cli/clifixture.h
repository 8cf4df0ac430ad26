#pragma once

// A database in its own folder and the built clientele-cli run against it,
// shared by the CLI tests.
#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <functional>

struct Result
{
    int code = -1;
    QByteArray out;
    QString err;
    QString text() const { return QString::fromUtf8(out); }
};

// One database in its own folder and clientele-cli run against it.
class Fixture
{
public:
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("crm.sqlite"));
    // Where the CLI would go without --db: must stay untouched unless a test asks for it.
    const QString fallback = dir.filePath(QStringLiteral("fallback.sqlite"));
    // More environment for the runs (passwords, the user).
    QHash<QString, QString> environment;
    // Run in the child between fork and exec: a file size limit, another user.
    std::function<void()> childModifier;

    // Starts clientele-cli with `args` and returns at once (to kill it).
    void start(QProcess &p, const QStringList &args) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLIENTELE_DB"), fallback);
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg")));
        for (auto it = environment.cbegin(); it != environment.cend(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        if (childModifier)
            p.setChildProcessModifier(childModifier);
        p.start(QStringLiteral(CLIENTELE_CLI), args);
        REQUIRE(p.waitForStarted(10000));
        p.closeWriteChannel();
    }

    Result run(const QStringList &args) const
    {
        QProcess p;
        start(p, args);
        REQUIRE(p.waitForFinished(120000));
        Result r;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        INFO("clientele-cli " << args.join(QLatin1Char(' ')).toStdString()
                              << "\nstderr: " << r.err.toStdString());
        REQUIRE(p.exitStatus() == QProcess::NormalExit);
        r.code = p.exitCode();
        return r;
    }

    // The same with --db pointing at this fixture's database.
    Result cli(const QStringList &args) const
    {
        return run(QStringList{QStringLiteral("--db"), db} + args);
    }

    Result ok(const QStringList &args) const
    {
        const Result r = cli(args);
        INFO("clientele-cli " << args.join(QLatin1Char(' ')).toStdString()
                              << "\nstderr: " << r.err.toStdString());
        REQUIRE(r.code == 0);
        return r;
    }

    qint64 add(const QStringList &args) const
    {
        const Result r = ok(QStringList{QStringLiteral("client"), QStringLiteral("add")} + args);
        bool isNumber = false;
        const qint64 id = r.text().trimmed().toLongLong(&isNumber);
        INFO(r.text().toStdString());
        REQUIRE(isNumber);
        REQUIRE(id > 0);
        return id;
    }

    QJsonObject show(qint64 id) const
    {
        const Result r = ok({QStringLiteral("client"), QStringLiteral("show"), QString::number(id),
                             QStringLiteral("--format"), QStringLiteral("json")});
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        INFO(error.errorString().toStdString());
        REQUIRE(doc.isObject());
        return doc.object();
    }

    QJsonArray jsonArray(const QStringList &args) const
    {
        const Result r = ok(args);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        INFO(error.errorString().toStdString() << "\n" << r.text().toStdString());
        REQUIRE(doc.isArray());
        return doc.array();
    }

    QJsonArray search(const QString &text) const
    {
        return jsonArray(
            {QStringLiteral("search"), text, QStringLiteral("--format"), QStringLiteral("json")});
    }

    QJsonArray exportJson() const
    {
        return jsonArray({QStringLiteral("export"), QStringLiteral("clients"),
                          QStringLiteral("--format"), QStringLiteral("json")});
    }
};
