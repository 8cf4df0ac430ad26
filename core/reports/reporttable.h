#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

struct Channels;
struct ClientClasses;
struct Efficiency;
struct Funnel;
struct InteractionStats;
struct Losses;

// A report as rows of plain text (money "1234.50", shares "0.4250", days
// "3.5"): what the CLI prints as a table or CSV and the GUI exports.
struct ReportTable
{
    Q_DECLARE_TR_FUNCTIONS(ReportTable)

public:
    QStringList headers;
    QList<QStringList> rows;
    QList<bool> numeric; // per column: right-aligned in a text table

    static ReportTable funnel(const Funnel &funnel);
    static ReportTable losses(const Losses &losses);
    static ReportTable efficiency(const Efficiency &efficiency); // by month, then by source, person
    static ReportTable interactions(const InteractionStats &stats); // type and result
    static ReportTable channels(const Channels &channels);          // sources, then mailings
    static ReportTable clientClasses(const ClientClasses &classes);
    // Columns padded to their widest cell, numbers to the right.
    QString toText() const;
    static QString share(const std::optional<double> &value);
};
