#pragma once

#include "clients/clientlistquery.h"
#include "csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class ClientRepository;
struct Client;

// Writes clients as CSV, as a JSON array (DESIGN.md section 5) or as vCard
// 3.0, one client at a time: a million clients never sit in memory, only
// their ids when they come from a list or a search.
class ClientExporter
{
    Q_DECLARE_TR_FUNCTIONS(ClientExporter)

public:
    enum class Format
    {
        Csv,
        Json,
        VCard
    };

    // Which clients: the ids when there are any (in that order, archived or
    // not); else every client the search text finds that passes the query's
    // filters; else the query's list, in its sort order.
    struct Selection
    {
        QList<qint64> ids;
        ClientListQuery query; // the default: every client not in the archive
        QString search;
    };

    struct Options
    {
        Format format = Format::Csv;
        Selection selection;
        // CSV only. UTF-8 with a BOM by default, which Excel opens right;
        // windows-1251 and ';' for Excel on a Russian system.
        CsvWriter::Options csv = {QStringLiteral("UTF-8"), true, QLatin1Char(',')};
        QStringList columns; // keys of columnKeys(); empty: defaultColumns()
    };

    struct Result
    {
        qint64 clients = 0;
        qint64 replacedCharacters = 0; // CSV: no place in the encoding, written as '?'
    };

    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit ClientExporter(const ClientRepository &clients) : m_clients(clients) {}

    bool write(const Options &options, QIODevice *out, QString *error = nullptr,
               const Progress &progress = {}, Result *result = nullptr) const;

    // "csv", "json", "vcard".
    static bool formatFromString(const QString &text, Format *format);
    // The stable keys of the CSV columns, in their natural order.
    static QStringList columnKeys();
    // What the CSV has unless told otherwise.
    static QStringList defaultColumns();
    // The column's name for people ("Last name"); empty for an unknown key.
    static QString columnTitle(const QString &key);
    // True when every key of `columns` is a column; else why not, naming the key.
    static bool checkColumns(const QStringList &columns, QString *error);

    // The text of one CSV cell, before the formula guard.
    static QString cell(const Client &client, const QString &key);
    // The cell as written: guarded against formula injection, except a
    // phones cell that is nothing but international numbers.
    static QString safeCell(const QString &key, const QString &text);

private:
    bool forEachClient(const Selection &selection, const std::function<bool(const Client &)> &write,
                       const Progress &progress, qint64 *count, QString *error) const;

    const ClientRepository &m_clients;
};
