#pragma once

#include "columnmapping.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class SettingsRepository;

// The column mapping a user settled for a file, remembered per header row in
// the database's settings, so that next month's export from the same program
// comes in mapped the same way.
class MappingMemory
{
public:
    explicit MappingMemory(SettingsRepository &settings) : m_settings(settings) {}

    // The mapping remembered for this header, one field per column; nothing
    // when this header was never imported with a mapping.
    std::optional<QList<ColumnMapping::Field>> recall(const QStringList &header) const;
    bool remember(const QStringList &header, const QList<ColumnMapping::Field> &mapping,
                  QString *error = nullptr);

    // The settings key of a header: a hash of its labels folded as search
    // folds them, so that case and spacing do not matter.
    static QString key(const QStringList &header);

private:
    static QString normalized(const QString &label);

    SettingsRepository &m_settings;
};
