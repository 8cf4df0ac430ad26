#pragma once

// Lets Catch2 print Qt values in failed assertions instead of "{?}".
#include <catch2/catch.hpp>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Catch {

template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        std::string out = "{";
        for (qsizetype i = 0; i < value.size(); ++i)
            out += (i ? ", \"" : "\"") + value.at(i).toStdString() + '"';
        return out + '}';
    }
};

template <> struct StringMaker<QVariant>
{
    static std::string convert(const QVariant &value)
    {
        if (value.isNull())
            return "QVariant(null)";
        return std::string("QVariant(") + value.typeName() + ": " + value.toString().toStdString() +
               ')';
    }
};

template <> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value)
    {
        if (value.size() > 64)
            return "QByteArray(" + std::to_string(value.size()) + " bytes)";
        return "QByteArray(\"" + value.toStdString() + "\")";
    }
};

template <> struct StringMaker<QList<qint64>>
{
    static std::string convert(const QList<qint64> &value)
    {
        std::string out = "{";
        for (qsizetype i = 0; i < value.size(); ++i)
            out += (i ? ", " : "") + std::to_string(value.at(i));
        return out + '}';
    }
};

} // namespace Catch
