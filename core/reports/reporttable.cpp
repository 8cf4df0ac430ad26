#include "reporttable.h"

#include "deals/money.h"
#include "funnel.h"
#include "losses.h"

#include <algorithm>

QString ReportTable::share(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 4) : QString();
}

ReportTable ReportTable::funnel(const Funnel &f)
{
    ReportTable t;
    t.headers = {tr("Stage"),         tr("Deals"),  tr("Amount"),       tr("Weighted"),
                 tr("To next stage"), tr("To won"), tr("Days in stage")};
    t.numeric = {false, true, true, true, true, true, true};
    for (const FunnelStage &s : f.stages)
        t.rows << QStringList{s.name,
                              QString::number(s.count),
                              Money::toPlain(s.amount),
                              Money::toPlain(s.weighted),
                              share(s.conversionToNext),
                              share(s.conversionToWon),
                              s.avgDaysInStage ? QString::number(*s.avgDaysInStage, 'f', 1)
                                               : QString()};
    t.rows << QStringList{tr("Won"),
                          QString::number(f.wonCount),
                          Money::toPlain(f.wonAmount),
                          QString(),
                          QString(),
                          QString(),
                          QString()};
    t.rows << QStringList{tr("Lost"),
                          QString::number(f.lostCount),
                          Money::toPlain(f.lostAmount),
                          QString(),
                          QString(),
                          QString(),
                          QString()};
    return t;
}

ReportTable ReportTable::losses(const Losses &l)
{
    ReportTable t;
    t.headers = {tr("Loss reason"), tr("Deals"), tr("Amount"), tr("Share")};
    t.numeric = {false, true, true, true};
    for (const Losses::Reason &r : l.reasons)
        t.rows << QStringList{r.name, QString::number(r.count), Money::toPlain(r.amount),
                              share(l.totalCount
                                        ? std::optional<double>(double(r.count) / l.totalCount)
                                        : std::nullopt)};
    t.rows << QStringList{tr("Total"), QString::number(l.totalCount), Money::toPlain(l.totalAmount),
                          QString()};
    return t;
}

QString ReportTable::toText() const
{
    QList<qsizetype> width(headers.size(), 0);
    for (qsizetype c = 0; c < headers.size(); ++c)
        width[c] = headers.at(c).size();
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size() && c < width.size(); ++c)
            width[c] = std::max(width.at(c), row.at(c).size());
    auto line = [&](const QStringList &cells) -> QString {
        QStringList out;
        for (qsizetype c = 0; c < cells.size() && c < width.size(); ++c)
            out << (numeric.value(c) ? cells.at(c).rightJustified(width.at(c))
                                     : cells.at(c).leftJustified(width.at(c)));
        return out.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    };
    QString text = line(headers);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}
