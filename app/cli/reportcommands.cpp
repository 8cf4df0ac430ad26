#include "reportcommands.h"

#include "cli.h"
#include "db/database.h"
#include "deals/pipelinerepository.h"
#include "io/csvwriter.h"
#include "reports/abcreport.h"
#include "reports/channelreport.h"
#include "reports/efficiencyreport.h"
#include "reports/funnelreport.h"
#include "reports/interactionreport.h"
#include "reports/lossreport.h"
#include "reports/reportfilter.h"
#include "reports/reportjson.h"
#include "reports/reporttable.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>

int ReportCommands::run()
{
    QStringList &args = m_cli.m_positional;
    static const QStringList known = {QStringLiteral("funnel"),       QStringLiteral("losses"),
                                      QStringLiteral("interactions"), QStringLiteral("efficiency"),
                                      QStringLiteral("channels"),     QStringLiteral("abc")};
    if (args.isEmpty() || !known.contains(args.first()))
        return m_cli.usage(args.isEmpty()
                               ? tr("report needs one of: %1").arg(known.join(QStringLiteral(", ")))
                               : tr("unknown report \"%1\"; there are: %2")
                                     .arg(args.first(), known.join(QStringLiteral(", "))));
    const QString name = args.takeFirst();
    const QString format = m_cli.option(QStringLiteral("format"), QStringLiteral("table"));
    if (format != QLatin1String("table") && format != QLatin1String("json") &&
        format != QLatin1String("csv"))
        return m_cli.usage(tr("--format needs table, json or csv"));
    Database db(m_cli.option(QStringLiteral("db"), Database::defaultPath()));
    int code = Cli::Ok;
    if (!m_cli.openDatabase(db, false, &code))
        return code;
    ReportFilter filter;
    if (!readFilter(db, &filter, &code))
        return code;
    QString error;
    if (name == QLatin1String("funnel")) {
        Funnel::Mode mode = Funnel::Mode::Snapshot;
        const QString modeText = m_cli.option(QStringLiteral("mode"), QStringLiteral("snapshot"));
        if (!Funnel::modeFromString(modeText, &mode))
            return m_cli.usage(tr("--mode needs snapshot or flow"));
        const std::optional<Funnel> funnel = FunnelReport(db).run(filter, mode, &error);
        if (!funnel)
            return m_cli.fail(error);
        return print(ReportJson::funnel(*funnel), ReportTable::funnel(*funnel));
    }
    if (name == QLatin1String("losses")) {
        const std::optional<Losses> losses = LossReport(db).run(filter, &error);
        if (!losses)
            return m_cli.fail(error);
        return print(ReportJson::losses(*losses), ReportTable::losses(*losses));
    }
    if (name == QLatin1String("efficiency")) {
        const std::optional<Efficiency> e = EfficiencyReport(db).run(filter, &error);
        if (!e)
            return m_cli.fail(error);
        return print(ReportJson::efficiency(*e), ReportTable::efficiency(*e));
    }
    if (name == QLatin1String("channels")) {
        const std::optional<Channels> c = ChannelReport(db).run(filter, &error);
        if (!c)
            return m_cli.fail(error);
        return print(ReportJson::channels(*c), ReportTable::channels(*c));
    }
    if (name == QLatin1String("interactions")) {
        const QString by = m_cli.option(QStringLiteral("by"), QStringLiteral("month"));
        if (by != QLatin1String("month") && by != QLatin1String("week"))
            return m_cli.usage(tr("--by needs week or month"));
        bool ok = false;
        const int quiet =
            m_cli.option(QStringLiteral("no-contact-days"), QStringLiteral("30")).toInt(&ok);
        if (!ok || quiet < 0)
            return m_cli.usage(tr("--no-contact-days needs a number of days"));
        const std::optional<InteractionStats> s =
            InteractionReport(db).run(filter,
                                      by == QLatin1String("week") ? InteractionStats::Bucket::Week
                                                                  : InteractionStats::Bucket::Month,
                                      quiet, QDateTime::currentDateTimeUtc(), &error);
        if (!s)
            return m_cli.fail(error);
        return print(ReportJson::interactions(*s), ReportTable::interactions(*s));
    }
    ClientClasses::Thresholds thresholds;
    for (const auto &[option, value] : {std::pair{QStringLiteral("a"), &thresholds.a},
                                        std::pair{QStringLiteral("b"), &thresholds.b},
                                        std::pair{QStringLiteral("x"), &thresholds.x},
                                        std::pair{QStringLiteral("y"), &thresholds.y}}) {
        if (!m_cli.m_options.contains(option))
            continue;
        bool ok = false;
        *value = m_cli.option(option).toInt(&ok);
        if (!ok)
            return m_cli.usage(tr("--%1 needs a percentage").arg(option));
    }
    AbcReport abc(db);
    const std::optional<ClientClasses> classes = abc.run(filter, thresholds, &error);
    if (!classes)
        return m_cli.fail(error);
    if (m_cli.m_options.contains(QStringLiteral("apply"))) {
        // Writing needs the database open for writing: reopen it so.
        Database writable(db.path());
        if (!m_cli.openDatabase(writable, true, &code))
            return code;
        const std::optional<int> changed = AbcReport(writable).applyImportance(*classes, &error);
        if (!changed)
            return m_cli.fail(error);
        m_cli.m_err << tr("importance set to the ABC class for %n client(s)", nullptr, *changed)
                    << '\n';
    }
    return print(ReportJson::clientClasses(*classes), ReportTable::clientClasses(*classes));
}

bool ReportCommands::readFilter(Database &db, ReportFilter *filter, int *exitCode)
{
    const QDate today = QDate::currentDate();
    for (const auto &[option, day, fallback] :
         {std::tuple{QStringLiteral("from"), &filter->from, QDate(today.year(), today.month(), 1)},
          std::tuple{QStringLiteral("to"), &filter->to, today}}) {
        const QString text = m_cli.option(option);
        *day = text.isEmpty() ? fallback : QDate::fromString(text, Qt::ISODate);
        if (!day->isValid()) {
            *exitCode = m_cli.usage(tr("--%1 needs a date (2026-11-30)").arg(option));
            return false;
        }
    }
    if (filter->to < filter->from) {
        *exitCode = m_cli.fail(
            tr("the period ends (%1) before it starts (%2)")
                .arg(filter->to.toString(Qt::ISODate), filter->from.toString(Qt::ISODate)));
        return false;
    }
    if (m_cli.m_options.contains(QStringLiteral("pipeline"))) {
        const QString name = m_cli.option(QStringLiteral("pipeline"));
        const std::optional<Pipeline> p = PipelineRepository(db).findPipeline(name);
        if (!p) {
            *exitCode = m_cli.fail(tr("there is no pipeline \"%1\"").arg(name));
            return false;
        }
        filter->pipelineId = p->id;
    }
    filter->responsible = m_cli.option(QStringLiteral("responsible"));
    filter->source = m_cli.option(QStringLiteral("source"));
    filter->region = m_cli.option(QStringLiteral("region"));
    filter->importance = m_cli.option(QStringLiteral("importance"));
    filter->tag = m_cli.option(QStringLiteral("tag"));
    return true;
}

int ReportCommands::print(const QJsonObject &json, const ReportTable &table)
{
    const QString format = m_cli.option(QStringLiteral("format"), QStringLiteral("table"));
    if (format == QLatin1String("json")) {
        m_cli.m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("csv")) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer);
        csv.writeRow(table.headers);
        for (const QStringList &row : table.rows)
            csv.writeRow(row);
        m_cli.m_out << QString::fromUtf8(buffer.data());
    } else {
        m_cli.m_out << table.toText();
    }
    return Cli::Ok;
}
