#include "floorbench.h"

#include "clients/searchindex.h"

#include <QSet>
#include <memory>
#include <sqlite3.h>

namespace {
// Copied from core/clients/clientrepository.cpp and searchindex.cpp; keep in step.
const QByteArray kRowColumns =
    "c.id, c.kind, c.name, c.city, c.region, c.importance, c.last_contact_at, c.created_at, "
    "c.archived, c.list_phone, c.list_email, c.open_deals_amount";
const QByteArray kCountSql = "SELECT (SELECT COUNT(*) FROM clients) - "
                             "(SELECT COUNT(*) FROM clients WHERE archived = 1)";
const QByteArray kFirstPageSql = "SELECT " + kRowColumns +
                                 ", c.name_key FROM clients c WHERE c.archived = :archived "
                                 "ORDER BY c.name_key ASC, c.id ASC LIMIT :limit OFFSET :offset";
const QByteArray kPageSql = "SELECT " + kRowColumns +
                            ", c.name_key FROM clients c WHERE c.archived = :archived "
                            "AND (c.name_key, c.id) > (:key, :keyid) "
                            "ORDER BY c.name_key ASC, c.id ASC LIMIT :limit OFFSET :offset";
const QByteArray kNameRangeSql = "SELECT id FROM clients WHERE archived = 0 AND "
                                 "name_key >= ? AND name_key < ? ORDER BY name_key, id LIMIT ?";
const QByteArray kFtsSql = "SELECT c.id FROM clients_fts f JOIN clients c ON c.id = f.rowid "
                           "WHERE clients_fts MATCH ? AND c.archived IN (0, ?) "
                           "ORDER BY f.rowid DESC LIMIT ?";
const QByteArray kRowsSql = "SELECT " + kRowColumns +
                            " FROM json_each(?) j JOIN clients c ON c.id = j.value ORDER BY j.key";

struct Finalizer
{
    void operator()(sqlite3_stmt *stmt) const { sqlite3_finalize(stmt); }
};
using Statement = std::unique_ptr<sqlite3_stmt, Finalizer>;

int param(sqlite3_stmt *stmt, const char *name)
{
    return sqlite3_bind_parameter_index(stmt, name);
}

void bindText(sqlite3_stmt *stmt, int index, const QByteArray &text)
{
    sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_STATIC);
}
} // namespace

FloorBench::SearchInput FloorBench::searchInput(const QString &text)
{
    SearchInput in;
    QString key = SearchIndex::nameKey(text);
    in.key = key.toUtf8();
    if (!key.isEmpty()) {
        // Same as prefixEnd() in searchindex.cpp.
        key[key.size() - 1] = QChar(key.at(key.size() - 1).unicode() + 1);
        in.keyEnd = key.toUtf8();
    }
    in.match = SearchIndex::matchExpression(text).toUtf8();
    return in;
}

FloorBench::~FloorBench()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

QString FloorBench::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not open");
}

sqlite3_stmt *FloorBench::prepare(const QByteArray &sql, QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        *error = lastError();
        return nullptr;
    }
    return stmt;
}

void FloorBench::readRow(sqlite3_stmt *stmt)
{
    // Touch every column as the Qt driver does when it fills its row.
    const int n = sqlite3_column_count(stmt);
    m_sink += quint64(sqlite3_column_int64(stmt, 0));
    for (int i = 1; i < n; ++i) {
        if (sqlite3_column_type(stmt, i) == SQLITE_INTEGER) {
            m_sink += quint64(sqlite3_column_int64(stmt, i));
        } else {
            const unsigned char *text = sqlite3_column_text(stmt, i);
            m_sink += quint64(sqlite3_column_bytes(stmt, i)) + (text ? text[0] : 0);
        }
    }
}

int FloorBench::firstPage(int limit, int *count, QString *error)
{
    const QByteArray path = m_path.toUtf8();
    if (sqlite3_open_v2(path.constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = lastError();
        return -1;
    }
    // Database::configure's page cache, so that only the layers in between differ.
    if (sqlite3_exec(m_db, "PRAGMA cache_size = -32768", nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = lastError();
        return -1;
    }
    Statement countStmt(prepare(kCountSql, error));
    if (!countStmt)
        return -1;
    if (sqlite3_step(countStmt.get()) != SQLITE_ROW) {
        *error = lastError();
        return -1;
    }
    *count = sqlite3_column_int(countStmt.get(), 0);

    Statement pageStmt(prepare(kFirstPageSql, error));
    if (!pageStmt)
        return -1;
    sqlite3_stmt *s = pageStmt.get();
    sqlite3_bind_int(s, param(s, ":archived"), 0);
    sqlite3_bind_int(s, param(s, ":limit"), limit);
    sqlite3_bind_int(s, param(s, ":offset"), 0);
    int rows = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        readRow(s);
        ++rows;
    }
    return rows;
}

int FloorBench::search(const SearchInput &input, int limit, QString *error)
{
    QList<qint64> ids;
    QSet<qint64> seen;
    if (input.key.isEmpty() || limit <= 0)
        return 0;

    Statement range(prepare(kNameRangeSql, error));
    if (!range)
        return -1;
    bindText(range.get(), 1, input.key);
    bindText(range.get(), 2, input.keyEnd);
    sqlite3_bind_int(range.get(), 3, limit);
    while (sqlite3_step(range.get()) == SQLITE_ROW) {
        ids << sqlite3_column_int64(range.get(), 0);
        seen.insert(ids.last());
    }
    range.reset();

    // SearchIndex skips the word index for a one-letter key.
    if (ids.size() < limit && !input.match.isEmpty() && QString::fromUtf8(input.key).size() >= 2) {
        Statement fts(prepare(kFtsSql, error));
        if (!fts)
            return -1;
        bindText(fts.get(), 1, input.match);
        sqlite3_bind_int(fts.get(), 2, 0);
        sqlite3_bind_int(fts.get(), 3, limit + int(ids.size()));
        while (sqlite3_step(fts.get()) == SQLITE_ROW && ids.size() < limit) {
            const qint64 id = sqlite3_column_int64(fts.get(), 0);
            if (!seen.contains(id)) {
                ids << id;
                seen.insert(id);
            }
        }
    }

    // ClientRepository::rows: one statement for all ids, in their order.
    QByteArray list = "[";
    for (qint64 id : std::as_const(ids))
        list += (list.size() > 1 ? "," : "") + QByteArray::number(id);
    list += "]";
    Statement rowsStmt(prepare(kRowsSql, error));
    if (!rowsStmt)
        return -1;
    bindText(rowsStmt.get(), 1, list);
    int rows = 0;
    while (sqlite3_step(rowsStmt.get()) == SQLITE_ROW) {
        readRow(rowsStmt.get());
        ++rows;
    }
    return rows;
}

int FloorBench::page(const QByteArray &key, qint64 id, int limit, QString *error)
{
    Statement stmt(prepare(kPageSql, error));
    if (!stmt)
        return -1;
    sqlite3_stmt *s = stmt.get();
    sqlite3_bind_int(s, param(s, ":archived"), 0);
    bindText(s, param(s, ":key"), key);
    sqlite3_bind_int64(s, param(s, ":keyid"), id);
    sqlite3_bind_int(s, param(s, ":limit"), limit);
    sqlite3_bind_int(s, param(s, ":offset"), 0);
    int rows = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        readRow(s);
        ++rows;
    }
    return rows;
}
