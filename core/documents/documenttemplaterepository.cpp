#include "documenttemplaterepository.h"

#include "db/database.h"
#include "db/sql.h"
#include "emptyfieldfinder.h"

#include <QFile>
#include <kainjow/mustache.hpp>

namespace {
struct BuiltIn
{
    const char *kind;
    const char *name; // UTF-8; the name is the same in every interface language
    const char *resource;
};

const BuiltIn kBuiltIns[] = {
    {"proposal", "Коммерческое предложение", ":/templates/proposal_ru.html"},
    {"proposal", "Commercial proposal", ":/templates/proposal_en.html"},
};

DocumentTemplate load(const BuiltIn &b)
{
    DocumentTemplate t;
    t.kind = QString::fromUtf8(b.kind);
    t.name = QString::fromUtf8(b.name);
    t.builtIn = true;
    QFile file(QString::fromUtf8(b.resource));
    if (file.open(QIODevice::ReadOnly))
        t.body = QString::fromUtf8(file.readAll());
    return t;
}
} // namespace

QList<DocumentTemplate> DocumentTemplateRepository::builtIns(const QString &kind)
{
    QList<DocumentTemplate> out;
    for (const BuiltIn &b : kBuiltIns)
        if (kind == QLatin1String(b.kind))
            out << load(b);
    return out;
}

std::optional<DocumentTemplate> DocumentTemplateRepository::builtIn(const QString &name,
                                                                    const QString &kind)
{
    for (const BuiltIn &b : kBuiltIns)
        if (kind == QLatin1String(b.kind) && name == QString::fromUtf8(b.name))
            return load(b);
    return std::nullopt;
}

QString DocumentTemplateRepository::syntaxError(const QString &body)
{
    kainjow::mustache::component<std::string> tree;
    QString error;
    if (!EmptyFieldFinder::parse(body.toStdString(), &tree, &error))
        return error;
    const QString raw = EmptyFieldFinder::unescapedVariable(tree);
    return raw.isEmpty() ? QString()
                         : tr("{{%1}} would be put into the HTML unescaped: write {{%1}} with "
                              "two braces.")
                               .arg(raw);
}

QList<DocumentTemplate> DocumentTemplateRepository::saved(const QString &kind,
                                                          const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, body, updated_at FROM document_templates "
                             "WHERE kind = :kind AND (:name = '' OR name = :name) ORDER BY name"));
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":name"), Sql::text(name));
    q.exec();
    QList<DocumentTemplate> out;
    while (q.next()) {
        DocumentTemplate t;
        t.id = q.value(0).toLongLong();
        t.kind = kind;
        t.name = q.value(1).toString();
        t.body = q.value(2).toString();
        t.updatedAt = q.value(3).toString();
        t.builtIn = builtIn(t.name, kind).has_value();
        out << t;
    }
    return out;
}

QList<DocumentTemplate> DocumentTemplateRepository::list(const QString &kind) const
{
    QList<DocumentTemplate> own = saved(kind);
    QList<DocumentTemplate> out;
    for (const DocumentTemplate &b : builtIns(kind)) {
        const auto overridden = std::find_if(
            own.begin(), own.end(), [&](const DocumentTemplate &t) { return t.name == b.name; });
        if (overridden == own.end()) {
            out << b;
        } else {
            out << *overridden;
            own.erase(overridden);
        }
    }
    return out + own;
}

std::optional<DocumentTemplate> DocumentTemplateRepository::find(const QString &name,
                                                                 const QString &kind) const
{
    if (name.isEmpty())
        return std::nullopt;
    const QList<DocumentTemplate> own = saved(kind, name);
    if (!own.isEmpty())
        return own.first();
    return builtIn(name, kind);
}

DocumentTemplate DocumentTemplateRepository::defaultFor(const QString &language,
                                                        const QString &kind) const
{
    const QList<DocumentTemplate> all = builtIns(kind);
    const QString wanted = language == QLatin1String("ru") ? language : QStringLiteral("en");
    for (const DocumentTemplate &b : all)
        if (b.language() == wanted)
            return find(b.name, kind).value_or(b);
    return all.value(0);
}

bool DocumentTemplateRepository::save(DocumentTemplate &t, QString *error)
{
    t.name = t.name.trimmed();
    if (t.name.isEmpty()) {
        if (error)
            *error = tr("A template needs a name.");
        return false;
    }
    const QString syntax = syntaxError(t.body);
    if (!syntax.isEmpty()) {
        if (error)
            *error = tr("The template has an error: %1").arg(syntax);
        return false;
    }
    t.updatedAt = Sql::utcNow();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO document_templates(kind, name, body, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(kind, name) DO UPDATE SET body = excluded.body, "
        "updated_at = excluded.updated_at RETURNING id"));
    q.bindValue(0, t.kind);
    q.bindValue(1, t.name);
    q.bindValue(2, Sql::text(t.body));
    q.bindValue(3, t.updatedAt);
    if (!Sql::exec(q, error))
        return false;
    if (q.next())
        t.id = q.value(0).toLongLong();
    t.builtIn = builtIn(t.name, t.kind).has_value();
    return true;
}

bool DocumentTemplateRepository::remove(const QString &name, const QString &kind, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM document_templates WHERE kind = ? AND name = ?"));
    q.bindValue(0, kind);
    q.bindValue(1, name);
    return Sql::exec(q, error);
}
