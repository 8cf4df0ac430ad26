#include "dealcommands.h"

#include "cli.h"
#include "db/database.h"
#include "deals/dealrepository.h"
#include "deals/lossreasonrepository.h"
#include "deals/money.h"
#include "deals/pipelinerepository.h"
#include "deals/productrepository.h"
#include "io/dealjson.h"
#include "settings/businesssettings.h"
#include "settings/settingsrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

int DealCommands::run()
{
    QStringList &args = m_cli.m_positional;
    if (args.isEmpty())
        return m_cli.usage(tr("deal needs add, move, won, lost, reopen, item, list or show"));
    const QString sub = args.takeFirst();
    const bool write = sub != QLatin1String("list") && sub != QLatin1String("show");
    static const QStringList known = {QStringLiteral("add"),    QStringLiteral("move"),
                                      QStringLiteral("won"),    QStringLiteral("lost"),
                                      QStringLiteral("reopen"), QStringLiteral("item"),
                                      QStringLiteral("list"),   QStringLiteral("show")};
    if (!known.contains(sub))
        return m_cli.usage(tr("unknown deal command \"%1\"").arg(sub));
    if (sub == QLatin1String("item") && args.value(0) != QLatin1String("add"))
        return m_cli.usage(tr("deal item needs add"));
    if (sub == QLatin1String("item"))
        args.takeFirst();
    qint64 id = 0;
    if (sub != QLatin1String("add") && sub != QLatin1String("list")) {
        bool ok = false;
        id = args.value(0).toLongLong(&ok);
        if (!ok || id <= 0)
            return m_cli.usage(tr("deal %1 needs a deal id").arg(sub));
    }
    Database db(m_cli.option(QStringLiteral("db"), Database::defaultPath()));
    int code = Cli::Ok;
    if (!m_cli.openDatabase(db, write, &code))
        return code;
    // A new base gets its default pipeline in the language of the program.
    if (write) {
        QString error;
        if (!PipelineRepository(db).ensureDefaults(&error))
            return m_cli.fail(error);
    }
    if (sub == QLatin1String("add"))
        return add(db);
    if (sub == QLatin1String("move"))
        return move(db, id);
    if (sub == QLatin1String("won"))
        return won(db, id);
    if (sub == QLatin1String("lost"))
        return lost(db, id);
    if (sub == QLatin1String("reopen"))
        return reopen(db, id);
    if (sub == QLatin1String("item"))
        return addItem(db, id);
    if (sub == QLatin1String("list"))
        return list(db);
    return show(db, id);
}

int DealCommands::add(Database &db)
{
    Deal d;
    bool ok = true;
    d.clientId = m_cli.option(QStringLiteral("client")).toLongLong(&ok);
    if (!ok || d.clientId <= 0)
        return m_cli.usage(tr("deal add needs --client ID"));
    d.title = m_cli.option(QStringLiteral("title"));
    if (d.title.trimmed().isEmpty())
        return m_cli.usage(tr("deal add needs --title"));
    if (m_cli.m_options.contains(QStringLiteral("contact"))) {
        d.contactId = m_cli.option(QStringLiteral("contact")).toLongLong(&ok);
        if (!ok || d.contactId <= 0)
            return m_cli.usage(tr("--contact needs a contact id"));
    }
    if (!Deal::kindFromString(m_cli.option(QStringLiteral("kind"), QStringLiteral("manual")),
                              &d.kind))
        return m_cli.usage(tr("--kind must be manual, process or simple"));
    PipelineRepository pipelines(db);
    if (m_cli.m_options.contains(QStringLiteral("pipeline"))) {
        const std::optional<Pipeline> p =
            pipelines.findPipeline(m_cli.option(QStringLiteral("pipeline")));
        if (!p)
            return m_cli.fail(
                tr("there is no pipeline \"%1\"").arg(m_cli.option(QStringLiteral("pipeline"))));
        d.pipelineId = p->id;
    } else {
        d.pipelineId = pipelines.pipelines().value(0).id;
    }
    if (m_cli.m_options.contains(QStringLiteral("stage"))) {
        const std::optional<Stage> s =
            pipelines.findStage(d.pipelineId, m_cli.option(QStringLiteral("stage")));
        if (!s)
            return m_cli.fail(
                tr("there is no stage \"%1\"").arg(m_cli.option(QStringLiteral("stage"))));
        d.stageId = s->id;
    }
    if (m_cli.m_options.contains(QStringLiteral("amount"))) {
        const std::optional<qint64> amount = Money::parse(m_cli.option(QStringLiteral("amount")));
        if (!amount || *amount < 0)
            return m_cli.usage(tr("--amount needs an amount such as 1234.50"));
        d.amount = *amount;
    }
    if (m_cli.m_options.contains(QStringLiteral("budget"))) {
        const std::optional<qint64> budget = Money::parse(m_cli.option(QStringLiteral("budget")));
        if (!budget || *budget < 0)
            return m_cli.usage(tr("--budget needs an amount such as 1234.50"));
        d.budget = *budget;
    }
    if (m_cli.m_options.contains(QStringLiteral("probability"))) {
        d.probability = m_cli.option(QStringLiteral("probability")).toInt(&ok);
        if (!ok || d.probability < 0 || d.probability > 100)
            return m_cli.usage(tr("--probability needs a number from 0 to 100"));
    }
    if (m_cli.m_options.contains(QStringLiteral("expected"))) {
        d.expectedClose = QDate::fromString(m_cli.option(QStringLiteral("expected")), Qt::ISODate);
        if (!d.expectedClose.isValid())
            d.expectedClose = QDate::fromString(m_cli.option(QStringLiteral("expected")),
                                                QStringLiteral("dd.MM.yyyy"));
        if (!d.expectedClose.isValid())
            return m_cli.usage(tr("--expected needs a date such as 2026-12-31 or 31.12.2026"));
    }
    SettingsRepository settings(db);
    d.currency = m_cli
                     .option(QStringLiteral("currency"),
                             BusinessSettings(settings).value(QStringLiteral("currency")))
                     .toUpper();
    d.source = m_cli.option(QStringLiteral("source"));
    d.responsible = m_cli.option(QStringLiteral("responsible"));
    d.interest = m_cli.option(QStringLiteral("interest"));
    d.needs = m_cli.option(QStringLiteral("needs"));
    d.notes = m_cli.option(QStringLiteral("notes"));
    QString error;
    if (!DealRepository(db, m_cli.user()).create(d, &error))
        return m_cli.fail(error);
    m_cli.m_out << d.id << '\n';
    return Cli::Ok;
}

int DealCommands::move(Database &db, qint64 id)
{
    DealRepository deals(db, m_cli.user());
    QString error;
    const std::optional<Deal> d = deals.load(id, &error);
    if (!d)
        return m_cli.fail(error);
    const QString name = m_cli.option(QStringLiteral("stage"));
    if (name.isEmpty())
        return m_cli.usage(tr("deal move needs --stage NAME"));
    const std::optional<Stage> s = PipelineRepository(db).findStage(d->pipelineId, name);
    if (!s)
        return m_cli.fail(
            tr("there is no stage \"%1\" in the pipeline \"%2\"").arg(name, d->pipelineName));
    if (!deals.move(id, s->id, m_cli.option(QStringLiteral("reason")), &error))
        return m_cli.fail(error);
    return Cli::Ok;
}

int DealCommands::won(Database &db, qint64 id)
{
    std::optional<qint64> amount;
    if (m_cli.m_options.contains(QStringLiteral("amount"))) {
        amount = Money::parse(m_cli.option(QStringLiteral("amount")));
        if (!amount || *amount < 0)
            return m_cli.usage(tr("--amount needs an amount such as 1234.50"));
    }
    QString error;
    if (!DealRepository(db, m_cli.user()).win(id, amount, &error))
        return m_cli.fail(error);
    return Cli::Ok;
}

int DealCommands::lost(Database &db, qint64 id)
{
    const QString name = m_cli.option(QStringLiteral("reason"));
    if (name.trimmed().isEmpty())
        return m_cli.usage(tr("deal lost needs --reason R"));
    LossReasonRepository reasons(db);
    const qint64 reason = reasons.find(name);
    if (!reason) {
        QStringList names;
        for (const auto &r : reasons.reasons())
            names << r.second;
        return m_cli.fail(tr("there is no loss reason \"%1\"; the reasons are: %2")
                              .arg(name, names.join(QStringLiteral(", "))));
    }
    QString error;
    if (!DealRepository(db, m_cli.user())
             .lose(id, reason, m_cli.option(QStringLiteral("comment")), &error))
        return m_cli.fail(error);
    return Cli::Ok;
}

int DealCommands::reopen(Database &db, qint64 id)
{
    QString error;
    if (!DealRepository(db, m_cli.user()).reopen(id, &error))
        return m_cli.fail(error);
    return Cli::Ok;
}

int DealCommands::addItem(Database &db, qint64 id)
{
    DealItem item;
    item.name = m_cli.option(QStringLiteral("product")).trimmed();
    if (item.name.isEmpty())
        return m_cli.usage(tr("deal item add needs --product NAME"));
    // A catalogue product gives its SKU, unit, price and VAT; the options win.
    if (const std::optional<Product> p = ProductRepository(db).find(item.name)) {
        item.productId = p->id;
        item.name = p->name;
        item.sku = p->sku;
        item.unit = p->unit;
        item.price = p->price;
        item.vatPercent = p->vatPercent;
    }
    const std::optional<qint64> quantity =
        DealItem::parseScaled(m_cli.option(QStringLiteral("quantity"), QStringLiteral("1")), 3);
    if (!quantity || *quantity <= 0)
        return m_cli.usage(tr("--quantity needs a number above 0 such as 2.5"));
    item.quantity = *quantity;
    if (m_cli.m_options.contains(QStringLiteral("price"))) {
        const std::optional<qint64> price = Money::parse(m_cli.option(QStringLiteral("price")));
        if (!price || *price < 0)
            return m_cli.usage(tr("--price needs an amount such as 1234.50"));
        item.price = *price;
    } else if (!item.productId) {
        return m_cli.usage(tr("--price is needed for a product not in the catalogue"));
    }
    if (m_cli.m_options.contains(QStringLiteral("discount"))) {
        const std::optional<qint64> discount =
            DealItem::parseScaled(m_cli.option(QStringLiteral("discount")), 2);
        if (!discount || *discount < 0 || *discount > 10000)
            return m_cli.usage(tr("--discount needs a percentage from 0 to 100"));
        item.discount = int(*discount);
    }
    if (m_cli.m_options.contains(QStringLiteral("vat"))) {
        const QString vat = m_cli.option(QStringLiteral("vat"));
        bool ok = false;
        item.vatPercent = vat == QLatin1String("none") ? -1 : vat.toInt(&ok);
        if (vat != QLatin1String("none") && (!ok || item.vatPercent < 0 || item.vatPercent > 100))
            return m_cli.usage(tr("--vat needs a percentage from 0 to 100, or none"));
    }
    item.sku = m_cli.option(QStringLiteral("sku"), item.sku);
    item.unit = m_cli.option(QStringLiteral("unit"), item.unit);
    DealRepository deals(db, m_cli.user());
    QString error;
    std::optional<Deal> d = deals.load(id, &error);
    if (!d)
        return m_cli.fail(error);
    d->items << item;
    if (!deals.update(*d, &error))
        return m_cli.fail(error);
    m_cli.m_out
        << tr("%1: %2, line total %3").arg(d->title, item.name, Money::toPlain(item.total()))
        << '\n';
    return Cli::Ok;
}

int DealCommands::list(Database &db)
{
    DealFilter filter;
    if (m_cli.m_options.contains(QStringLiteral("status"))) {
        Deal::Status status;
        if (!Deal::statusFromString(m_cli.option(QStringLiteral("status")), &status))
            return m_cli.usage(tr("--status must be open, won or lost"));
        filter.status = status;
    }
    if (m_cli.m_options.contains(QStringLiteral("pipeline"))) {
        const std::optional<Pipeline> p =
            PipelineRepository(db).findPipeline(m_cli.option(QStringLiteral("pipeline")));
        if (!p)
            return m_cli.fail(
                tr("there is no pipeline \"%1\"").arg(m_cli.option(QStringLiteral("pipeline"))));
        filter.pipelineId = p->id;
    }
    if (m_cli.m_options.contains(QStringLiteral("client"))) {
        bool ok = false;
        filter.clientId = m_cli.option(QStringLiteral("client")).toLongLong(&ok);
        if (!ok || filter.clientId <= 0)
            return m_cli.usage(tr("--client needs a client id"));
    }
    bool ok = true;
    const int limit = m_cli.option(QStringLiteral("limit"), QStringLiteral("0")).toInt(&ok);
    if (!ok || limit < 0)
        return m_cli.usage(tr("--limit needs a number"));
    DealRepository deals(db, m_cli.user());
    const QList<qint64> ids = deals.ids(filter, DealSort::Created, true, limit);
    if (m_cli.json()) {
        // Whole deals, with items and history, as `deal show` prints them.
        QJsonArray out;
        for (qint64 id : ids)
            if (const std::optional<Deal> d = deals.load(id))
                out.append(DealJson::toJson(*d, deals.history(id)));
        m_cli.m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Cli::Ok;
    }
    for (const Deal &d : deals.rows(ids))
        m_cli.m_out << d.id << '\t' << d.title << '\t' << d.clientName << '\t' << d.stageName
                    << '\t' << Deal::statusToString(d.status) << '\t' << Money::toPlain(d.amount)
                    << ' ' << d.currency << '\n';
    return Cli::Ok;
}

int DealCommands::show(Database &db, qint64 id)
{
    DealRepository deals(db, m_cli.user());
    QString error;
    const std::optional<Deal> d = deals.load(id, &error);
    if (!d)
        return m_cli.fail(error);
    const QList<StageStay> history = deals.history(id);
    if (m_cli.json()) {
        m_cli.m_out << QJsonDocument(DealJson::toJson(*d, history)).toJson(QJsonDocument::Indented);
        return Cli::Ok;
    }
    m_cli.m_out << d->title << " (" << d->clientName << ")\n";
    auto line = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            m_cli.m_out << "  " << label << ": " << value << '\n';
    };
    line(tr("Stage"), d->pipelineName + QStringLiteral(" / ") + d->stageName);
    line(tr("Status"), Deal::statusToString(d->status));
    line(tr("Amount"), Money::toPlain(d->amount) + QLatin1Char(' ') + d->currency);
    line(tr("Probability"), QString::number(d->probability) + QLatin1Char('%'));
    line(tr("Loss reason"), d->lossReason);
    for (const DealItem &i : d->items)
        line(tr("Item"),
             tr("%1 × %2 = %3")
                 .arg(i.name, DealItem::scaledToText(i.quantity, 3), Money::toPlain(i.total())));
    for (const StageStay &s : history)
        line(tr("History"),
             s.enteredAt + QLatin1Char(' ') + s.stageName + QLatin1Char(' ') + s.status +
                 (s.reason.isEmpty() ? QString()
                                     : QStringLiteral(" (") + s.reason + QLatin1Char(')')));
    return Cli::Ok;
}
