#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

// How a report's figures read on screen and on paper: counts with thousands
// separators, money with the currency, shares as percentages, days.
class ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)

public:
    static QString count(qint64 value);
    // "1 234 567,50 ₽"
    static QString money(qint64 minor);
    // "1 234 568 ₽": on a chart, where kopecks are noise.
    static QString wholeMoney(qint64 minor);
    // "42.5%"; empty when unknown.
    static QString percent(const std::optional<double> &fraction);
    // "3.5"; empty when unknown.
    static QString days(const std::optional<double> &days);
    // "March 2026"
    static QString month(const QDate &firstDay);
    // A chart's months: "Mar", with the year ("03.26") when they span more than one.
    static QStringList monthLabels(const QList<QDate> &firstDays);
};
