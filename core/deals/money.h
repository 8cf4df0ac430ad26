#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <optional>

// Amounts in minor units (kopecks, cents): integers, never floating point.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    // "1234.50", "1 234,50", "1234", "-5" (also with a no-break space or
    // a thin space between thousands); nullopt for anything else or more
    // than two decimals.
    static std::optional<qint64> parse(const QString &text);
    // "1234.50": the CLI's and JSON's form.
    static QString toPlain(qint64 minor);
    // "1 234,50 ₽" in the locale's digits and separators.
    static QString format(qint64 minor, const QString &currency = QStringLiteral("RUB"),
                          const QLocale &locale = QLocale());
    // "₽", "$", "€"; the code itself for others.
    static QString symbol(const QString &currency);
};
