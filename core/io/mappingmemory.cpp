#include "mappingmemory.h"

#include "clients/searchtext.h"
#include "settings/settingsrepository.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString MappingMemory::normalized(const QString &label)
{
    return SearchText::fold(label).trimmed();
}

QString MappingMemory::key(const QStringList &header)
{
    QStringList labels;
    for (const QString &label : header)
        labels << normalized(label);
    // U+001F (unit separator) never occurs in a label.
    const QByteArray hash =
        QCryptographicHash::hash(labels.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("import_mapping/") + QString::fromLatin1(hash.toHex());
}

std::optional<QList<ColumnMapping::Field>> MappingMemory::recall(const QStringList &header) const
{
    const QString stored = m_settings.value(key(header));
    if (stored.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    // The file's labels may differ from the stored ones in case and spacing.
    QHash<QString, QJsonValue> byLabel;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        byLabel.insert(normalized(it.key()), it.value());
    QList<ColumnMapping::Field> mapping;
    QHash<QString, int> seen;
    for (const QString &label : header) {
        const QString name = normalized(label);
        const QJsonValue value = byLabel.value(name);
        const int occurrence = seen[name]++;
        const QString fieldKey =
            value.isArray() ? value.toArray().at(occurrence).toString() : value.toString();
        ColumnMapping::Field field;
        mapping << (ColumnMapping::fromKey(fieldKey, &field) ? field : ColumnMapping::guess(label));
    }
    return mapping;
}

bool MappingMemory::remember(const QStringList &header, const QList<ColumnMapping::Field> &mapping,
                             QString *error)
{
    // {"header": "field key"}, the format of the CLI's --map file; a label the
    // header repeats ("Phone", "Phone") gets the fields of its columns in order.
    QJsonObject object;
    for (qsizetype i = 0; i < header.size() && i < mapping.size(); ++i) {
        const QString label = header.at(i);
        const QJsonValue field = ColumnMapping::key(mapping.at(i));
        if (!object.contains(label)) {
            object.insert(label, field);
            continue;
        }
        QJsonArray fields = object.value(label).isArray() ? object.value(label).toArray()
                                                          : QJsonArray{object.value(label)};
        fields.append(field);
        object.insert(label, fields);
    }
    return m_settings.setValue(
        key(header), QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)),
        error);
}
