#include "searchindex.h"

#include "phonenormalizer.h"
#include "searchtext.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringTokenizer>

namespace {
// The smallest string above every string that starts with `prefix`.
QString prefixEnd(QString prefix)
{
    prefix[prefix.size() - 1] = QChar(prefix.at(prefix.size() - 1).unicode() + 1);
    return prefix;
}

QString quoted(const QString &word)
{
    return QLatin1Char('"') + word + QStringLiteral("\"*");
}
} // namespace

QString SearchIndex::nameKey(const QString &name)
{
    // Companies sort and are found by what they are called, not by their legal
    // form: "ООО «Ромашка»" files under "ромашка", and typing "ром" finds it
    // through the name index alone.
    static const QStringList forms = {
        QStringLiteral("ооо"), QStringLiteral("оао"), QStringLiteral("зао"), QStringLiteral("пао"),
        QStringLiteral("ао"),  QStringLiteral("ип"),  QStringLiteral("нко"), QStringLiteral("ано"),
        QStringLiteral("тоо"), QStringLiteral("ooo")};
    QString key = SearchText::fold(name);
    for (const QChar quote :
         {QChar(u'«'), QChar(u'»'), QChar(u'"'), QChar(u'„'), QChar(u'“'), QChar(u'”')})
        key.remove(quote);
    key = key.simplified();
    const qsizetype space = key.indexOf(QLatin1Char(' '));
    if (space > 0 && forms.contains(key.left(space)))
        key = key.mid(space + 1);
    return key;
}

SearchIndex::Documents SearchIndex::documents(const Client &client)
{
    QStringList name{client.name, client.lastName, client.firstName, client.middleName};
    for (const ContactPerson &c : client.contacts)
        name << c.lastName << c.firstName << c.middleName;

    QStringList body{client.city, client.region};
    auto addPhones = [&](const QList<PhoneEntry> &phones) {
        for (const PhoneEntry &p : phones)
            body << PhoneNormalizer::searchTokens(p.value());
    };
    auto addEmails = [&](const QList<EmailEntry> &emails) {
        for (const EmailEntry &e : emails)
            body << e.value();
    };
    addPhones(client.phones);
    addEmails(client.emails);
    for (const ContactPerson &c : client.contacts) {
        addPhones(c.phones);
        addEmails(c.emails);
    }
    for (const LegalEntity &l : client.legalEntities)
        body << l.name << l.inn;
    body << client.tags;

    // Each word once over both columns: a person's name repeats its parts, a
    // company's legal entity its name, and FTS5 would index every repeat with
    // its prefixes again. A search only asks whether all its words are there.
    const QString nameText = SearchText::fold(name.join(QLatin1Char(' ')));
    const QString bodyText = SearchText::fold(body.join(QLatin1Char(' ')));
    QSet<QStringView> seen; // views of the two texts above
    auto unique = [&seen](const QString &folded) {
        QString out;
        out.reserve(folded.size());
        for (const QStringView word : QStringTokenizer(folded, u' ', Qt::SkipEmptyParts)) {
            if (seen.contains(word))
                continue;
            seen.insert(word);
            if (!out.isEmpty())
                out += QLatin1Char(' ');
            out += word;
        }
        return out;
    };
    Documents d;
    d.name = unique(nameText);
    d.body = unique(bodyText);
    return d;
}

QString SearchIndex::matchExpression(const QString &text)
{
    // A phone typed with its punctuation ("8 (912) 345") is one digit string.
    static const QRegularExpression phoneLike(QStringLiteral(R"(^[\d\s()+\-.]+$)"));
    QStringList words;
    if (phoneLike.match(text.trimmed()).hasMatch()) {
        QString digits;
        for (QChar c : text)
            if (c.isDigit())
                digits += c;
        words << digits;
    } else {
        words = SearchText::words(text);
    }
    QStringList terms;
    for (const QString &w : words) {
        const bool allDigits = std::all_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); });
        // A Russian number typed with the trunk prefix 8: also try without it.
        if (allDigits && w.size() > 1 && w.startsWith(QLatin1Char('8')))
            terms << QStringLiteral("(%1 OR %2)").arg(quoted(w), quoted(w.mid(1)));
        else
            terms << quoted(w);
    }
    return terms.join(QLatin1Char(' '));
}

bool SearchIndex::update(const Client &client, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO clients_fts(rowid, name, body) "
                             "VALUES (?, ?, ?)"));
    q.bindValue(0, client.id);
    const Documents d = documents(client);
    q.bindValue(1, d.name);
    q.bindValue(2, d.body);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool SearchIndex::remove(qint64 clientId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM clients_fts WHERE rowid = ?"));
    q.bindValue(0, clientId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

QList<qint64> SearchIndex::search(const QString &text, int limit, bool includeArchived,
                                  QString *error) const
{
    QList<qint64> ids;
    QSet<qint64> seen;
    const QString key = nameKey(text);
    if (key.isEmpty() || limit <= 0)
        return ids;

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // A plain "archived = 0" lets SQLite walk the index in order and stop at the limit.
    q.prepare(includeArchived ? QStringLiteral("SELECT id FROM clients WHERE name_key >= ? AND "
                                               "name_key < ? ORDER BY name_key, id LIMIT ?")
                              : QStringLiteral("SELECT id FROM clients WHERE archived = 0 AND "
                                               "name_key >= ? AND name_key < ? "
                                               "ORDER BY name_key, id LIMIT ?"));
    q.bindValue(0, key);
    q.bindValue(1, prefixEnd(key));
    q.bindValue(2, limit);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return ids;
    }
    while (q.next()) {
        ids << q.value(0).toLongLong();
        seen.insert(ids.last());
    }
    if (ids.size() >= limit)
        return ids;

    // One letter matches most of the base in every field: names that start
    // with it are answer enough, and the word index has no one-letter prefixes.
    const QString match = matchExpression(text);
    if (match.isEmpty() || key.size() < 2)
        return ids;
    q.prepare(QStringLiteral("SELECT c.id FROM clients_fts f JOIN clients c ON c.id = f.rowid "
                             "WHERE clients_fts MATCH ? AND c.archived IN (0, ?) "
                             "ORDER BY f.rowid DESC LIMIT ?"));
    q.bindValue(0, match);
    q.bindValue(1, includeArchived ? 1 : 0);
    q.bindValue(2, limit + int(ids.size()));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return ids;
    }
    while (q.next() && ids.size() < limit) {
        const qint64 id = q.value(0).toLongLong();
        if (!seen.contains(id)) {
            ids << id;
            seen.insert(id);
        }
    }
    return ids;
}
