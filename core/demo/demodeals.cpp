#include "demodeals.h"

#include "clients/searchtext.h"
#include "db/bulkstatement.h"
#include "db/database.h"
#include "db/deferredindexes.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "deals/dealitem.h"
#include "deals/lossreasonrepository.h"
#include "deals/pipelinerepository.h"
#include "deals/productrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <random>

namespace {
QStringList split(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

class Dice
{
public:
    explicit Dice(quint64 seed) : m_engine(seed) {}
    int below(int n) { return int(m_engine() % quint64(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    const QString &pick(const QStringList &list) { return list.at(below(int(list.size()))); }
    // An index drawn with the given weights.
    int weighted(const QList<int> &weights)
    {
        int sum = 0;
        for (int w : weights)
            sum += w;
        int r = below(sum);
        for (int i = 0; i < weights.size(); ++i) {
            if (r < weights.at(i))
                return i;
            r -= weights.at(i);
        }
        return int(weights.size()) - 1;
    }

private:
    std::mt19937_64 m_engine;
};

QString iso(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

constexpr qint64 kDay = 24 * 3600;

const QStringList &catalogue()
{
    // name|sku|unit|price in roubles
    static const QStringList items = {
        QStringLiteral("Ноутбук ProBook 450|NB-450|шт|78900"),
        QStringLiteral("Монитор 27\" IPS|MN-27|шт|24500"),
        QStringLiteral("Сервер стоечный 2U|SRV-2U|шт|412000"),
        QStringLiteral("Коммутатор 24 порта|SW-24|шт|38700"),
        QStringLiteral("ИБП 1500 ВА|UPS-15|шт|21300"),
        QStringLiteral("Лицензия CRM на год|LIC-CRM|шт|14400"),
        QStringLiteral("Внедрение, час работы|SRV-IMPL|ч|3500"),
        QStringLiteral("Обучение персонала, день|SRV-EDU|дн|45000"),
        QStringLiteral("Техническая поддержка, месяц|SRV-SUP|мес|29000"),
        QStringLiteral("Принтер лазерный А4|PR-A4|шт|18900"),
        QStringLiteral("Кабель UTP cat.6|CB-UTP6|м|48"),
        QStringLiteral("Стол офисный 140 см|FR-T140|шт|12600"),
    };
    return items;
}
} // namespace

bool DemoDeals::generate(const Options &options, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    PipelineRepository pipelines(m_db);
    if (!pipelines.ensureDefaults(error))
        return false;
    const Pipeline pipeline = pipelines.pipelines().first();
    const QList<QPair<qint64, QString>> reasons = LossReasonRepository(m_db).reasons();

    ProductRepository productRepo(m_db);
    if (productRepo.products().isEmpty()) {
        for (const QString &line : catalogue()) {
            const QStringList f = line.split(QLatin1Char('|'));
            Product p;
            p.name = f.at(0);
            p.sku = f.at(1);
            p.unit = f.at(2);
            p.price = f.at(3).toLongLong() * 100;
            if (!productRepo.save(p, error))
                return false;
        }
    }
    const QList<Product> products = productRepo.products();

    QSqlQuery q(db);
    q.setForwardOnly(true);
    QList<qint64> clients;
    if (!q.exec(QStringLiteral("SELECT id FROM clients WHERE archived = 0")))
        return fail(q.lastError().text());
    while (q.next())
        clients << q.value(0).toLongLong();
    q.finish();
    if (clients.isEmpty())
        return fail(QCoreApplication::translate("DemoDeals", "Demo deals need clients first."));

    // Bulk rows need no audit trail of their own insertion.
    bool auditWasOn = true;
    if (q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'audit_inserts'")) &&
        q.next())
        auditWasOn = q.value(0).toString() != QLatin1String("0");
    q.finish();
    q.exec(QStringLiteral(
        "INSERT OR REPLACE INTO settings(key, value) VALUES ('audit_inserts', '0')"));

    const int total = options.open + options.closed;
    DeferredIndexes indexes;
    // The open-amount trigger sums a client's deals on every insert: its index stays.
    if (total >= 20000 &&
        !indexes.take(db,
                      {QStringLiteral("deals"), QStringLiteral("deal_items"),
                       QStringLiteral("deal_stage_history"), QStringLiteral("tasks")},
                      {QStringLiteral("deals_by_client")}, error))
        return false;

    BulkStatement insDeal(
        db, "INSERT INTO deals(client_id, title, search_key, pipeline_id, stage_id, status, kind, "
            "probability, amount, final_amount, currency, budget, interest, needs, source, "
            "expected_close, responsible, loss_reason_id, loss_comment, stage_entered_at, "
            "created_at, updated_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RUB', ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    BulkStatement insItem(db, "INSERT INTO deal_items(deal_id, product_id, name, sku, unit, "
                              "quantity, price, discount, vat_percent, position) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    BulkStatement insStay(db, "INSERT INTO deal_stage_history(deal_id, stage_id, status, "
                              "entered_at, left_at, user, reason) VALUES (?, ?, ?, ?, ?, ?, ?)");
    BulkStatement insTask(db, "INSERT INTO tasks(title, client_id, deal_id, stage_id, status, "
                              "priority, due_at, author, executor, created_at) "
                              "VALUES (?, ?, ?, ?, 'open', ?, ?, ?, ?, ?)");
    for (const BulkStatement *s : {&insDeal, &insItem, &insStay, &insTask})
        if (!s->isValid())
            return fail(s->error());

    const QStringList subjects =
        split("Поставка ноутбуков|Поставка серверного оборудования|Внедрение CRM|Сопровождение "
              "1С|Модернизация сети|Оснащение склада|Лицензии на ПО|Техническая поддержка на "
              "год|Обучение персонала|Видеонаблюдение для офиса|Печатная техника|Офисная "
              "мебель|Облачное хранилище|Аудит ИТ-инфраструктуры|Рабочие места для нового отдела");
    const QStringList suffixes = split("||| — второй этап| (пилот)| для филиала| на 2026 год");
    const QStringList sources = split("Сайт|Выставка|Рекомендация|Холодный звонок|Реклама в "
                                      "интернете|Повторное обращение");
    const QStringList people =
        split("Анна Петрова|Игорь Смирнов|Мария Козлова|Дмитрий Орлов|Елена Васильева");
    const QStringList interests =
        split("Оборудование для офиса|Программное обеспечение|Услуги внедрения|Сервисный "
              "контракт|Сетевое оборудование");
    const QStringList needs = split("|Срок поставки до конца квартала|Нужна рассрочка "
                                    "платежа|Сравнивают с двумя поставщиками|Важна "
                                    "скорость монтажа|Согласование у собственника");
    const QStringList taskTitles = split("Позвонить и уточнить потребность|Отправить коммерческое "
                                         "предложение|Встреча в офисе клиента|Согласовать "
                                         "договор|Выставить счёт|Уточнить сроки поставки");
    const QStringList lossComments =
        split("||Выбрали поставщика с отсрочкой платежа|Бюджет перенесли на следующий год");
    const QList<int> openWeights = {25, 20, 17, 14, 11, 8, 5};

    Dice dice(options.seed);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString user = QStringLiteral("demo");
    const int stageCount = int(pipeline.stages.size());
    for (int n = 0; n < total; ++n) {
        const bool open = n < options.open;
        const bool won = !open && dice.chance(55);
        const int stage =
            open ? std::min(dice.weighted(openWeights), stageCount - 1) : dice.below(stageCount);
        const Stage &s = pipeline.stages.at(stage);
        const bool simple = dice.chance(12);

        // The deal's life: created, then a stay in each stage up to its own.
        const qint64 end = open ? now : now - dice.between(1, 200) * kDay;
        QList<qint64> entered;
        qint64 t = end - dice.between(0, 40) * kDay - dice.below(int(kDay));
        entered.prepend(t);
        for (int i = stage - 1; i >= 0; --i) {
            t -= dice.between(1, 14) * kDay + dice.below(int(kDay));
            entered.prepend(t);
        }
        const qint64 created = entered.first();

        QList<DealItem> items;
        if (dice.chance(50)) {
            for (int i = 0, k = dice.between(1, 3); i < k; ++i) {
                const Product &p = products.at(dice.below(int(products.size())));
                DealItem item;
                item.productId = p.id;
                item.name = p.name;
                item.sku = p.sku;
                item.unit = p.unit;
                item.price = p.price;
                item.vatPercent = p.vatPercent;
                item.quantity =
                    qint64(p.price < 100000 ? dice.between(10, 200) : dice.between(1, 20)) * 1000;
                item.discount = dice.chance(30) ? dice.pick(split("300|500|1000")).toInt() : 0;
                items << item;
            }
        }
        qint64 amount = 0;
        for (const DealItem &i : std::as_const(items))
            amount += i.total();
        if (items.isEmpty())
            amount = qint64(dice.between(2, 3000)) * 1000 * 100;

        const qint64 clientId = clients.at(dice.below(int(clients.size())));
        int col = 1;
        insDeal.bind(col++, clientId);
        const QString title = dice.pick(subjects) + dice.pick(suffixes);
        insDeal.bind(col++, title);
        insDeal.bind(col++, SearchText::fold(title));
        insDeal.bind(col++, pipeline.id);
        insDeal.bind(col++, s.id);
        insDeal.bind(col++, open  ? QStringLiteral("open")
                            : won ? QStringLiteral("won")
                                  : QStringLiteral("lost"));
        insDeal.bind(col++, simple ? QStringLiteral("simple") : QStringLiteral("manual"));
        insDeal.bind(col++, qint64(open ? s.probability : won ? 100 : 0));
        insDeal.bind(col++, amount);
        if (won)
            insDeal.bind(col++, dice.chance(70) ? amount : amount / 100 * 95);
        else
            insDeal.bindNull(col++);
        if (dice.chance(40))
            insDeal.bind(col++, amount / 100000 * qint64(dice.between(80, 150)) * 1000);
        else
            insDeal.bindNull(col++);
        insDeal.bind(col++, dice.pick(interests));
        insDeal.bind(col++, dice.pick(needs));
        insDeal.bind(col++, dice.pick(sources));
        insDeal.bind(col++, QDateTime::fromSecsSinceEpoch(
                                entered.last() + dice.between(10, 90) * kDay, Qt::UTC)
                                .date()
                                .toString(Qt::ISODate));
        const QString responsible = dice.pick(people);
        insDeal.bind(col++, responsible);
        const bool lost = !open && !won;
        const qint64 reasonIndex = reasons.isEmpty() ? -1 : dice.below(int(reasons.size()));
        insDeal.bindId(col++, lost && reasonIndex >= 0 ? reasons.at(reasonIndex).first : 0);
        const QString comment = lost ? dice.pick(lossComments) : QString();
        insDeal.bind(col++, comment);
        insDeal.bind(col++, iso(entered.last()));
        insDeal.bind(col++, iso(created));
        insDeal.bind(col++, iso(open ? entered.last() : end));
        if (open)
            insDeal.bindNull(col++);
        else
            insDeal.bind(col++, iso(end));
        if (!insDeal.exec())
            return fail(insDeal.error());
        const qint64 dealId = insDeal.lastInsertId();

        for (int i = 0; i < items.size(); ++i) {
            const DealItem &item = items.at(i);
            insItem.bind(1, dealId);
            insItem.bind(2, item.productId);
            insItem.bind(3, item.name);
            insItem.bind(4, item.sku);
            insItem.bind(5, item.unit);
            insItem.bind(6, item.quantity);
            insItem.bind(7, item.price);
            insItem.bind(8, qint64(item.discount));
            if (item.vatPercent < 0)
                insItem.bindNull(9);
            else
                insItem.bind(9, qint64(item.vatPercent));
            insItem.bind(10, qint64(i));
            if (!insItem.exec())
                return fail(insItem.error());
        }

        // History as DealRepository writes it: a simple deal keeps only its start and end.
        auto stay = [&](qint64 stageId, const QString &status, qint64 in, qint64 out,
                        const QString &reason) {
            insStay.bind(1, dealId);
            insStay.bind(2, stageId);
            insStay.bind(3, status);
            insStay.bind(4, iso(in));
            if (out)
                insStay.bind(5, iso(out));
            else
                insStay.bindNull(5);
            insStay.bind(6, user);
            insStay.bind(7, reason);
            return insStay.exec();
        };
        const int stays = simple ? 1 : stage + 1;
        for (int i = 0; i < stays; ++i) {
            const qint64 left = i + 1 < stays ? entered.at(i + 1) : (open ? 0 : end);
            const qint64 stageId = simple ? pipeline.stages.first().id : pipeline.stages.at(i).id;
            if (!stay(stageId, QStringLiteral("open"), entered.at(i), left, QString()))
                return fail(insStay.error());
        }
        if (!open) {
            QString reason;
            if (lost && reasonIndex >= 0)
                reason = comment.isEmpty()
                             ? reasons.at(reasonIndex).second
                             : reasons.at(reasonIndex).second + QStringLiteral(": ") + comment;
            if (!stay(s.id, won ? QStringLiteral("won") : QStringLiteral("lost"), end, 0, reason))
                return fail(insStay.error());
        }

        if (open && dice.chance(45)) {
            // Due at 10:00 local time, from a few days ago (overdue) to two weeks ahead.
            const QDate day = QDate::currentDate().addDays(dice.between(-6, 14));
            insTask.bind(1, dice.pick(taskTitles));
            insTask.bind(2, clientId);
            insTask.bind(3, dealId);
            insTask.bind(4, s.id);
            insTask.bind(5, dice.chance(20) ? QStringLiteral("high") : QStringLiteral("normal"));
            insTask.bind(6, QDateTime(day, QTime(10, 0)).toUTC().toString(Qt::ISODate));
            insTask.bind(7, user);
            insTask.bind(8, responsible);
            insTask.bind(9, iso(entered.last()));
            if (!insTask.exec())
                return fail(insTask.error());
        }
    }
    if (!indexes.restore(error))
        return false;
    if (auditWasOn)
        q.exec(QStringLiteral("DELETE FROM settings WHERE key = 'audit_inserts'"));
    return tx.commit(error);
}
