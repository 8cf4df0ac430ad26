#pragma once

#include <QString>

class Database;

// Settings that belong to the business and travel with the database file.
class SettingsRepository
{
public:
    explicit SettingsRepository(const Database &db) : m_db(db) {}

    QString value(const QString &key, const QString &fallback = {}) const;
    bool setValue(const QString &key, const QString &value, QString *error = nullptr);

    // Region for numbers typed without a country code ("RU").
    QString phoneRegion() const
    {
        return value(QStringLiteral("phone_region"), QStringLiteral("RU"));
    }

private:
    const Database &m_db;
};
