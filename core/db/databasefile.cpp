#include "databasefile.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QtEndian>

namespace {
// The file format: https://www.sqlite.org/fileformat2.html#the_database_header
constexpr int kHeaderSize = 100;
constexpr char kMagic[] = "SQLite format 3"; // and its terminating zero

quint32 bigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}
} // namespace

DatabaseFile::Verdict DatabaseFile::inspect(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {Kind::Missing, {}};
    const qint64 size = info.size();
    if (size == 0)
        return {Kind::Empty, {}};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Kind::Sqlite, {}}; // SQLite says why it cannot read it
    const QByteArray header = file.read(kHeaderSize);
    if (!header.startsWith(QByteArray(kMagic, sizeof kMagic)))
        return {Kind::NotSqlite,
                tr("The file %1 is not an SQLite database: it does not begin like one.").arg(path)};
    if (header.size() < kHeaderSize)
        return {Kind::Truncated,
                tr("The database %1 is cut short: the file ends inside its header, at %n "
                   "byte(s).",
                   nullptr, int(size))
                    .arg(path)};

    const quint32 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const bool powerOfTwo =
        pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    // The payload fractions are fixed at 64, 32 and 32 by the format.
    const bool fractions = header.at(21) == 64 && header.at(22) == 32 && header.at(23) == 32;
    if (!powerOfTwo || !fractions)
        return {Kind::BadHeader,
                tr("The database %1 is damaged: its header is not valid.").arg(path)};

    // A WAL left by a crash may hold pages the file does not have yet, and a
    // rollback journal left by a crash (a program killed while committing)
    // puts back what the file half has: the sizes only have to agree when
    // there is neither.
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0 ||
        QFileInfo(path + QStringLiteral("-journal")).size() > 0)
        return {Kind::Sqlite, {}};
    // The page count in the header is valid only when written by the same
    // change as the change counter (SQLite 3.7.0 and later).
    const quint32 pages = bigEndian32(header, 28);
    const bool countValid = pages > 0 && bigEndian32(header, 24) == bigEndian32(header, 92);
    const qint64 expected = qint64(pages) * pageSize;
    if (countValid && size < expected)
        return {Kind::Truncated,
                tr("The database %1 is cut short: it should be %2 bytes long but is %3; the "
                   "end of it is missing.")
                    .arg(path, QLocale().toString(expected), QLocale().toString(size))};
    if (size % pageSize != 0)
        return {Kind::Truncated,
                tr("The database %1 is cut short: it ends in the middle of a page.").arg(path)};
    return {Kind::Sqlite, {}};
}
