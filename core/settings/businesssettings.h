#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class SettingsRepository;

// The business settings a user may read and change by name (the CLI's
// `settings get|set`, the settings dialog): each key with what it is and a
// check of its value. Our company's requisites have their own command.
class BusinessSettings
{
    Q_DECLARE_TR_FUNCTIONS(BusinessSettings)

public:
    struct Key
    {
        const char *name;        // "smtp.port"
        const char *description; // translated in BusinessSettings' context
        const char *fallback;    // the value when none was set
    };
    static const QList<Key> &keys();
    static const Key *key(const QString &name);

    explicit BusinessSettings(SettingsRepository &settings) : m_settings(settings) {}

    // The value, or the key's fallback; empty for an unknown key.
    QString value(const QString &name) const;
    // Refused with the reason when the key is unknown, is a secret, or the
    // value does not fit (a port out of range, an unknown security...).
    bool setValue(const QString &name, const QString &value, QString *error = nullptr);
    // Why `value` does not fit `name`; empty when it does.
    static QString check(const QString &name, const QString &value);

private:
    SettingsRepository &m_settings;
};
