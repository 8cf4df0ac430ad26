#pragma once

#include <QCoreApplication>
#include <QMultiHash>
#include <QStringList>
#include <QTextStream>

class Database;

// clientele-cli: argument parsing and printing over the core, nothing more.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum Exit
    {
        Ok = 0,
        BadInput = 1,
        Usage = 2,
        Unavailable = 3
    };

    Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    int run(const QStringList &arguments);
    // Whether the command lays out documents, which needs a QGuiApplication (fonts).
    static bool needsGui(const QStringList &arguments);

private:
    friend class BackupCommands;
    friend class CalendarCommands;
    friend class DealCommands;
    friend class MailCommands;
    friend class PersonCommands;
    friend class ReportCommands;
    friend class TaskCommands;

    bool parse(const QStringList &arguments);
    QString option(const QString &name, const QString &fallback = {}) const;
    QStringList options(const QString &name) const;
    // Who acts: --user, else $CLIENTELE_USER, else the GUI's choice, else the login.
    QString user() const;
    bool json() const { return option(QStringLiteral("format")) == QLatin1String("json"); }
    int usage(const QString &message);
    int fail(const QString &message);
    bool openDatabase(Database &db, bool write, int *exitCode);

    int cmdInit();
    int cmdDemo();
    int cmdSearch();
    int cmdClient();
    int cmdClientShow(qint64 id);
    int cmdClientAdd();
    int cmdClientArchive(qint64 id, bool archive);
    int cmdExport();
    int cmdExportInteractions();
    int cmdImport();
    int cmdImportList();
    int cmdImportUndo();
    int cmdDuplicates();
    int cmdMerge();
    int cmdProposal();
    int cmdCompany();
    int cmdCompanySet();
    int cmdCompanyImage();

    QTextStream &m_out;
    QTextStream &m_err;
    QStringList m_positional;
    QMultiHash<QString, QString> m_options;
};
