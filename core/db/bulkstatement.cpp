#include "bulkstatement.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace {
// The largest buffer a text parameter keeps between rows.
constexpr qsizetype KeptBytes = 64 * 1024;
} // namespace

sqlite3 *BulkStatement::handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

BulkStatement::BulkStatement(const QSqlDatabase &db, const char *sql) : m_db(handle(db))
{
    if (m_db && sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_stmt);
}

void BulkStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void BulkStatement::bind(int index, const QString &text)
{
    const qsizetype needed = m_encoder.requiredSpace(text.size());
    if (needed > KeptBytes) {
        // A rare big text (a long note) is not kept for the rows after it.
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return;
    }
    // Encoded into a buffer of the parameter's own that SQLite reads in place
    // until the next bind of it: no allocation and no copy per row.
    if (index > int(m_texts.size()))
        m_texts.resize(index);
    QByteArray &buffer = m_texts[index - 1];
    if (buffer.size() < needed)
        buffer.resize(needed);
    const char *end = m_encoder.appendToBuffer(buffer.data(), text);
    sqlite3_bind_text(m_stmt, index, buffer.constData(), int(end - buffer.constData()),
                      SQLITE_STATIC);
}

void BulkStatement::bind(int index, QByteArrayView utf8)
{
    // An empty text is text, not NULL (SQLite takes a null pointer for NULL).
    sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.data(), int(utf8.size()),
                      SQLITE_STATIC);
}

void BulkStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void BulkStatement::bindId(int index, qint64 id)
{
    if (id)
        bind(index, id);
    else
        bindNull(index);
}

bool BulkStatement::exec()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

qint64 BulkStatement::selectId()
{
    if (!m_stmt)
        return 0;
    const qint64 id = sqlite3_step(m_stmt) == SQLITE_ROW ? sqlite3_column_int64(m_stmt, 0) : 0;
    sqlite3_reset(m_stmt);
    return id;
}

bool BulkStatement::next()
{
    m_failed = !m_stmt;
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_failed = rc != SQLITE_DONE;
    sqlite3_reset(m_stmt);
    return false;
}

qint64 BulkStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString BulkStatement::text(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_stmt, column)) : QString();
}

void BulkStatement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 BulkStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QString BulkStatement::error() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                : QStringLiteral("not an SQLite connection");
}
