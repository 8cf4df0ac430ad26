#include "demogenerator.h"
#include "demotasks.h"

#include "clients/client.h"
#include "clients/phonenormalizer.h"
#include "clients/searchindex.h"
#include "db/bulkload.h"
#include "db/bulkstatement.h"
#include "db/database.h"
#include "db/deferredschema.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "demodeals.h"
#include "demoevents.h"
#include "interactions/interaction.h"
#include "io/chunkqueue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QScopeGuard>
#include <QStringList>
#include <random>
#include <thread>

namespace {
// Space-separated words; an underscore stands for a space inside one.
QStringList words(const char *text)
{
    QStringList out = QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : out)
        w.replace(QLatin1Char('_'), QLatin1Char(' '));
    return out;
}

struct Names
{
    QStringList maleFirst =
        words("Александр Алексей Андрей Антон Артём Борис Вадим Валентин Василий Виктор Виталий "
              "Владимир Вячеслав Геннадий Георгий Григорий Денис Дмитрий Евгений Егор Иван Игорь "
              "Илья Кирилл Константин Леонид Максим Михаил Никита Николай Олег Павел Пётр Роман "
              "Руслан Сергей Станислав Степан Тимофей Фёдор Юрий Ярослав Семён Матвей Аркадий");
    QStringList femaleFirst =
        words("Алёна Александра Алина Алла Анастасия Анна Валентина Валерия Вера Виктория Галина "
              "Дарья Евгения Екатерина Елена Жанна Зоя Ирина Карина Кристина Ксения Лариса Любовь "
              "Людмила Маргарита Марина Мария Надежда Наталья Нина Оксана Ольга Полина Светлана "
              "София Таисия Татьяна Ульяна Юлия Яна Майя");
    QStringList patronymicRoot =
        words("Александров Алексеев Андреев Борисов Васильев Викторов Владимиров Геннадьев "
              "Дмитриев Евгеньев Иванов Игорев Максимов Михайлов Николаев Олегов Павлов Петров "
              "Романов Сергеев Степанов Фёдоров Юрьев Семёнов Аркадьев Анатольев Валерьев");
    QStringList surnames =
        words("Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров "
              "Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев "
              "Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев "
              "Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв "
              "Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов "
              "Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров "
              "Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов "
              "Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов "
              "Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Чернышёв Быков Маслов "
              "Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев "
              "Прохоров Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков "
              "Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин Ефремов Архипов "
              "Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов "
              "Анисимов Ерёмин Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров "
              "Симонов Прокофьев Харитонов Князев Цветков Левин Митрофанов Воронов Аксёнов Ёлкин "
              "Софронов Мальцев Логинов Горшков Савин Краснов Майоров Демидов Елисеев Рыбаков");
    QStringList latinFirst =
        words("James John Robert Michael William David Richard Thomas Daniel Paul Mark George "
              "Peter Anna Maria Emma Olivia Sophie Laura Julia Sarah Hannah Lucas Max Leon Felix "
              "Oliver Jack Harry Charlotte Amelia Lena Mia Noah Liam Ethan Chloe Grace");
    QStringList latinLast =
        words("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore "
              "Martin Jackson White Harris Clark Lewis Walker Hall Young King Wright Scott Green "
              "Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner "
              "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schulz Koch "
              "Dubois Laurent Bernard Moreau Rossi Russo Ferrari Esposito Bianchi Novak Kowalski");
    QStringList companyAdj =
        words("Северная Южная Западная Восточная Первая Новая Главная Русская Уральская Сибирская "
              "Волжская Балтийская Столичная Торговая Строительная Промышленная Технологическая "
              "Инженерная Логистическая Медицинская Аграрная Энергетическая Цифровая Городская "
              "Народная Деловая Альфа Бета Гамма Дельта Омега Вектор Прогресс Форвард");
    QStringList companyNoun =
        words("Компания Группа Сеть Линия Звезда Стройка Торговля Сервис Логистика Техника Система "
              "Мануфактура Фабрика Корпорация Лаборатория Мастерская Ферма Гавань Пристань "
              "Энергия Механика Оптика Электроника Сталь Трейд Снаб Маркет Консалт Девелопмент");
    QStringList companyForm = words("ООО ООО ООО АО ИП ПАО ЗАО");
    QStringList latinCompanyA =
        words("Acme Global Nordic Blue Green Silver Golden Pacific Atlantic Alpine Prime Bright "
              "Quantum Vertex Summit Pioneer Horizon Urban Royal Smart Rapid Solid Crystal");
    QStringList latinCompanyB =
        words("Trading Logistics Systems Solutions Foods Motors Energy Software Labs Partners "
              "Consulting Industries Textiles Pharma Media Robotics Supply Works Holdings");
    QStringList latinCompanyForm = words("Ltd GmbH Inc LLC AG SA BV Oy");
    QStringList positions =
        words("Генеральный_директор Коммерческий_директор Главный_бухгалтер Менеджер_по_закупкам "
              "Руководитель_отдела_продаж Офис-менеджер Инженер Юрист Финансовый_директор "
              "Технический_директор Секретарь Специалист_по_снабжению");
    QStringList sources =
        words("Выставка Сайт Рекомендация Холодный_звонок Реклама_в_интернете Соцсети Тендер "
              "Рассылка Партнёр Входящий_звонок");
    QStringList tags =
        words("Клиенты Поставщики Партнёры VIP Дилеры Оптовики Розница Госзаказчик Новые "
              "Постоянные Конкуренты Холодные");
    QStringList mailDomains =
        words("mail.ru yandex.ru gmail.com bk.ru inbox.ru list.ru rambler.ru");
    QStringList mobilePrefixes =
        words("903 905 906 909 912 915 916 917 919 921 922 925 926 950 951 960 961 977 985 999");
    QStringList subjects =
        words("Первичный_контакт Уточнение_потребности Презентация_продукта Обсуждение_цены "
              "Отправка_КП Согласование_договора Счёт_на_оплату Отгрузка Рекламация "
              "Поздравление Повторная_продажа Сверка_взаиморасчётов");
    QStringList results =
        words("Договорились_о_встрече Отправить_КП Перезвонить Не_дозвонились Интересуется "
              "Отказ Согласовано Ждёт_счёт Думает");
    QStringList importance = {QString(), QStringLiteral("A"), QStringLiteral("B"),
                              QStringLiteral("C"), QStringLiteral("C")};
    QStringList streets =
        words("ул._Ленина ул._Мира пр._Победы ул._Гагарина ул._Советская ул._Садовая ул._Лесная "
              "ул._Заводская ул._Пушкина ул._Молодёжная пр._Строителей ул._Набережная ул._Школьная "
              "ул._Чкалова ул._Кирова ул._Первомайская ул._Луговая ул._Энтузиастов");
    struct City
    {
        QString city, region, phoneCode;
    };
    QList<City> cities = {
        {QStringLiteral("Москва"), QStringLiteral("Москва"), QStringLiteral("495")},
        {QStringLiteral("Санкт-Петербург"), QStringLiteral("Санкт-Петербург"),
         QStringLiteral("812")},
        {QStringLiteral("Екатеринбург"), QStringLiteral("Свердловская обл."),
         QStringLiteral("343")},
        {QStringLiteral("Новосибирск"), QStringLiteral("Новосибирская обл."),
         QStringLiteral("383")},
        {QStringLiteral("Казань"), QStringLiteral("Республика Татарстан"), QStringLiteral("843")},
        {QStringLiteral("Нижний Новгород"), QStringLiteral("Нижегородская обл."),
         QStringLiteral("831")},
        {QStringLiteral("Челябинск"), QStringLiteral("Челябинская обл."), QStringLiteral("351")},
        {QStringLiteral("Самара"), QStringLiteral("Самарская обл."), QStringLiteral("846")},
        {QStringLiteral("Омск"), QStringLiteral("Омская обл."), QStringLiteral("381")},
        {QStringLiteral("Ростов-на-Дону"), QStringLiteral("Ростовская обл."),
         QStringLiteral("863")},
        {QStringLiteral("Уфа"), QStringLiteral("Республика Башкортостан"), QStringLiteral("347")},
        {QStringLiteral("Красноярск"), QStringLiteral("Красноярский край"), QStringLiteral("391")},
        {QStringLiteral("Пермь"), QStringLiteral("Пермский край"), QStringLiteral("342")},
        {QStringLiteral("Воронеж"), QStringLiteral("Воронежская обл."), QStringLiteral("473")},
        {QStringLiteral("Краснодар"), QStringLiteral("Краснодарский край"), QStringLiteral("861")},
        {QStringLiteral("Тюмень"), QStringLiteral("Тюменская обл."), QStringLiteral("345")},
        {QStringLiteral("Ёлкино"), QStringLiteral("Свердловская обл."), QStringLiteral("343")},
    };
};

class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}
    int below(int n) { return int(m_engine() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    const QString &pick(const QStringList &list) { return list.at(below(int(list.size()))); }
    QString digits(int n)
    {
        QString s;
        for (int i = 0; i < n; ++i)
            s += QChar(u'0' + below(10));
        return s;
    }

private:
    std::mt19937_64 m_engine;
};

QString feminine(const QString &surname)
{
    if (surname.endsWith(QStringLiteral("ов")) || surname.endsWith(QStringLiteral("ев")) ||
        surname.endsWith(QStringLiteral("ёв")) || surname.endsWith(QStringLiteral("ин")))
        return surname + QStringLiteral("а");
    return surname;
}

// A valid INN: random digits closed by their control digit(s).
QString makeInn(Random &rnd, bool person)
{
    static const int w10[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    static const int w11[] = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    static const int w12[] = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    auto control = [](const QString &s, const int *w, int n) {
        int sum = 0;
        for (int i = 0; i < n; ++i)
            sum += w[i] * s.at(i).digitValue();
        return QChar(u'0' + sum % 11 % 10);
    };
    QString s = QStringLiteral("66") + rnd.digits(person ? 8 : 7);
    if (!person)
        return s + control(s, w10, 9);
    s += control(s, w11, 10);
    return s + control(s, w12, 11);
}

// Typed the many ways people type a phone; E.164 computed the same way.
PhoneEntry makeMobile(Random &rnd, const Names &n)
{
    const QString code = rnd.pick(n.mobilePrefixes);
    const QString rest = rnd.digits(7);
    PhoneEntry p;
    p.label = QCoreApplication::translate("DemoGenerator", "mobile");
    p.e164 = QStringLiteral("+7") + code + rest;
    switch (rnd.below(3)) {
    case 0:
        p.raw =
            QStringLiteral("8 (%1) %2-%3-%4").arg(code, rest.left(3), rest.mid(3, 2), rest.mid(5));
        break;
    case 1:
        p.raw = QStringLiteral("+7 %1 %2").arg(code, rest);
        break;
    default:
        p.raw = QStringLiteral("8") + code + rest;
    }
    return p;
}

PhoneEntry makeLandline(Random &rnd, const QString &code)
{
    const QString rest = rnd.digits(7);
    PhoneEntry p;
    p.label = QCoreApplication::translate("DemoGenerator", "work");
    p.e164 = QStringLiteral("+7") + code + rest;
    p.raw = QStringLiteral("+7 (%1) %2-%3-%4").arg(code, rest.left(3), rest.mid(3, 2), rest.mid(5));
    return p;
}

QString translit(const QString &text)
{
    static const char *const table[] = {
        "a", "b", "v", "g", "d", "e",  "zh", "z",  "i",  "y",   "k", "l", "m", "n", "o",  "p",
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "",  "y", "",  "e", "yu", "ya"};
    QString out;
    for (QChar c : text.toLower()) {
        if (c >= QChar(0x0430) && c <= QChar(0x044F))
            out += QLatin1String(table[c.unicode() - 0x0430]);
        else if (c == QChar(0x0451))
            out += QLatin1Char('e');
        else if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
    }
    return out;
}

QString isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}
} // namespace

namespace {
// A random client, as a person would have typed it in.
Client makeClient(Random &rnd, const Names &n, qint64 now)
{
    const qint64 threeYears = 3LL * 365 * 24 * 3600;
    auto makePerson = [&](ContactPerson &p, bool latin) {
        if (latin) {
            p.firstName = rnd.pick(n.latinFirst);
            p.lastName = rnd.pick(n.latinLast);
            return;
        }
        const bool male = rnd.chance(55);
        const QString surname = rnd.pick(n.surnames);
        p.lastName = male ? surname : feminine(surname);
        p.firstName = rnd.pick(male ? n.maleFirst : n.femaleFirst);
        p.middleName =
            rnd.pick(n.patronymicRoot) + (male ? QStringLiteral("ич") : QStringLiteral("на"));
    };
    Client c;
    const auto &city = n.cities.at(rnd.below(int(n.cities.size())));
    const bool latin = rnd.chance(15);
    c.kind = rnd.chance(60) ? Client::Kind::Company : Client::Kind::Person;
    c.city = city.city;
    c.region = city.region;
    c.importance = n.importance.at(rnd.below(int(n.importance.size())));
    c.source = rnd.pick(n.sources);
    c.address = QStringLiteral("%1, д. %2").arg(rnd.pick(n.streets)).arg(1 + rnd.below(120));
    c.createdAt = isoTime(now - threeYears + rnd.below(int(threeYears)));
    if (c.kind == Client::Kind::Company) {
        if (latin)
            c.name = rnd.pick(n.latinCompanyA) + QLatin1Char(' ') + rnd.pick(n.latinCompanyB) +
                     QLatin1Char(' ') + rnd.pick(n.latinCompanyForm);
        else
            c.name = rnd.pick(n.companyForm) + QStringLiteral(" «") + rnd.pick(n.companyAdj) +
                     QLatin1Char(' ') + rnd.pick(n.companyNoun) + QStringLiteral("»");
        c.phones << makeLandline(rnd, city.phoneCode);
        if (rnd.chance(40))
            c.phones << makeMobile(rnd, n);
        const QString domain = translit(c.name.section(QLatin1Char(' '), 1, 1)) + rnd.digits(2) +
                               QStringLiteral(".example");
        const QString info = QStringLiteral("info@") + domain;
        c.emails << EmailEntry{0, QCoreApplication::translate("DemoGenerator", "work"), info, info};
        const int contacts = 1 + rnd.below(3);
        for (int k = 0; k < contacts; ++k) {
            ContactPerson p;
            makePerson(p, latin);
            p.position = rnd.pick(n.positions);
            p.phones << makeMobile(rnd, n);
            const QString mail = translit(p.firstName).left(1) + QLatin1Char('.') +
                                 translit(p.lastName) + QLatin1Char('@') + domain;
            p.emails << EmailEntry{0, QCoreApplication::translate("DemoGenerator", "work"), mail,
                                   mail};
            c.contacts << p;
        }
        if (!latin) {
            LegalEntity l;
            l.name = c.name;
            l.inn = makeInn(rnd, false);
            l.kpp = l.inn.left(4) + QStringLiteral("01001");
            l.ogrn = QStringLiteral("1") + rnd.digits(12);
            l.legalAddress = c.city + QStringLiteral(", ") + c.address;
            c.legalEntities << l;
        }
    } else {
        ContactPerson p;
        makePerson(p, latin);
        c.lastName = p.lastName;
        c.firstName = p.firstName;
        c.middleName = p.middleName;
        c.name = c.displayName();
        c.phones << makeMobile(rnd, n);
        if (rnd.chance(70)) {
            const QString mail = translit(c.firstName) + QLatin1Char('.') + translit(c.lastName) +
                                 rnd.digits(2) + QLatin1Char('@') + rnd.pick(n.mailDomains);
            c.emails << EmailEntry{0, QCoreApplication::translate("DemoGenerator", "personal"),
                                   mail, mail};
        }
    }
    if (rnd.chance(50))
        c.tags << rnd.pick(n.tags);
    return c;
}

struct DemoInteraction
{
    Interaction::Type type;
    int contact; // index into the client's contacts, -1 for none
    QString occurredAt;
    qint64 durationSec;
    QString subject;
    QString result;
    QString user;
};

// One client with everything derived from it, ready to insert.
struct DemoRecord
{
    Client client;
    QString nameKey;
    QString nameDocument;
    QString bodyDocument;
    QList<DemoInteraction> interactions;
};

// `count` interactions, or 0 to 3 when it is negative.
DemoRecord makeRecord(Random &rnd, const Names &n, const QStringList &managers, qint64 now,
                      int count)
{
    static const Interaction::Type types[] = {
        Interaction::Type::CallIn, Interaction::Type::CallOut, Interaction::Type::Meeting,
        Interaction::Type::Email,  Interaction::Type::Sms,     Interaction::Type::Note};
    DemoRecord r;
    r.client = makeClient(rnd, n, now);
    const Client &c = r.client;
    r.nameKey = SearchIndex::nameKey(c.name);
    SearchIndex::Documents d = SearchIndex::documents(c);
    r.nameDocument = std::move(d.name);
    r.bodyDocument = std::move(d.body);
    const qint64 created = QDateTime::fromString(c.createdAt, Qt::ISODate).toSecsSinceEpoch();
    if (count < 0)
        count = rnd.below(4);
    for (int k = 0; k < count; ++k) {
        DemoInteraction i;
        i.type = types[rnd.below(6)];
        i.contact = c.contacts.isEmpty() ? -1 : rnd.below(int(c.contacts.size()));
        i.occurredAt = isoTime(created + rnd.below(int(std::max<qint64>(1, now - created))));
        const bool call =
            i.type == Interaction::Type::CallIn || i.type == Interaction::Type::CallOut;
        i.durationSec = call ? 30 + rnd.below(900) : 0;
        i.subject = rnd.pick(n.subjects);
        i.result = rnd.pick(n.results);
        i.user = rnd.pick(managers);
        r.interactions << i;
    }
    return r;
}

} // namespace

bool DemoGenerator::generate(const Options &options, const Progress &progress, QString *error)
{
    const Names n;
    QSqlDatabase db = m_db.connection();
    const BulkLoad bulk(db);
    Transaction tx(db);
    QSqlQuery q(db);
    // Bulk rows need no audit trail of their own insertion.
    q.exec(QStringLiteral(
        "INSERT OR REPLACE INTO settings(key, value) VALUES ('audit_inserts', '0')"));
    // A big page cache keeps the indexes of a million-client load in memory.
    q.exec(QStringLiteral("PRAGMA cache_size = -524288"));
    DeferredSchema indexes;
    if (options.clients >= 20000 &&
        !indexes.takeIndexes(db,
                             {QStringLiteral("clients"), QStringLiteral("phones"),
                              QStringLiteral("emails"), QStringLiteral("contact_persons"),
                              QStringLiteral("legal_entities"), QStringLiteral("interactions"),
                              QStringLiteral("client_tags")},
                             {}, error))
        return false;

    BulkStatement insClient(
        db, "INSERT INTO clients(kind, name, name_key, first_name, middle_name, last_name, region, "
            "city, address, importance, source, responsible, notes, created_at, updated_at, "
            "list_phone, list_email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, ?, ?, ?)");
    BulkStatement insPhone(db, "INSERT INTO phones(client_id, contact_id, label, raw, e164, "
                               "position) VALUES (?, ?, ?, ?, ?, ?)");
    BulkStatement insEmail(db, "INSERT INTO emails(client_id, contact_id, label, raw, address, "
                               "position) VALUES (?, ?, ?, ?, ?, 0)");
    BulkStatement insContact(db, "INSERT INTO contact_persons(client_id, last_name, first_name, "
                                 "middle_name, position) VALUES (?, ?, ?, ?, ?)");
    BulkStatement insLegal(db, "INSERT INTO legal_entities(client_id, name, inn, kpp, ogrn, "
                               "legal_address) VALUES (?, ?, ?, ?, ?, ?)");
    BulkStatement insTag(db, "INSERT INTO client_tags(client_id, tag_id) "
                             "SELECT ?, id FROM tags WHERE name = ?");
    // Search documents are staged and indexed in one statement at the end:
    // FTS5 builds its segments far faster from one stream than row by row.
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS demo_fts(id INTEGER PRIMARY KEY, "
                               "name TEXT, body TEXT)")) ||
        !q.exec(QStringLiteral("DELETE FROM demo_fts"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    BulkStatement insFts(db, "INSERT INTO demo_fts(id, name, body) VALUES (?, ?, ?)");
    BulkStatement insInteraction(
        db, "INSERT INTO interactions(client_id, contact_id, type, occurred_at, duration_sec, "
            "subject, body, result, user) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?)");
    BulkStatement insTagName(db, "INSERT OR IGNORE INTO tags(name) VALUES (?)");
    for (const BulkStatement *s : {&insClient, &insPhone, &insEmail, &insContact, &insLegal,
                                   &insTag, &insFts, &insInteraction, &insTagName}) {
        if (!s->isValid()) {
            if (error)
                *error = s->error();
            return false;
        }
    }
    auto fail = [&](const BulkStatement &failed) {
        if (error)
            *error = failed.error();
        return false;
    };
    for (const QString &tag : n.tags) {
        insTagName.bind(1, tag);
        if (!insTagName.exec())
            return fail(insTagName);
    }
    auto addPhone = [&](qint64 clientId, qint64 contactId, const PhoneEntry &p, int pos) {
        insPhone.bindId(1, clientId);
        insPhone.bindId(2, contactId);
        insPhone.bind(3, p.label);
        insPhone.bind(4, p.raw);
        insPhone.bind(5, p.e164);
        insPhone.bind(6, qint64(pos));
        return insPhone.exec();
    };
    auto addEmail = [&](qint64 clientId, qint64 contactId, const EmailEntry &e) {
        insEmail.bindId(1, clientId);
        insEmail.bindId(2, contactId);
        insEmail.bind(3, e.label);
        insEmail.bind(4, e.raw);
        insEmail.bind(5, e.address);
        return insEmail.exec();
    };

    // Making a client costs about as much as inserting it: a second core makes them.
    ChunkQueue<DemoRecord> queue;
    const QStringList managers = DemoTasks::people(); // translated here, not in the thread
    std::thread producer([&queue, &n, &managers, &options, total = options.clients] {
        Random rnd(options.seed);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        // An exact total: each client a few around its share of what is left,
        // so the running sum stays within a couple of the even spread.
        const qint64 busy =
            std::min<qint64>(options.busyClientInteractions, std::max(0, options.interactions));
        const qint64 rest = std::max(0, options.interactions) - busy;
        const qint64 others = busy > 0 ? total - 1 : total;
        qint64 made = 0;
        auto countFor = [&](int i) -> int {
            if (options.interactions < 0)
                return -1;
            if (busy > 0 && i == 0)
                return int(busy);
            const qint64 k = busy > 0 ? i : i + 1; // clients served after this one
            const qint64 target = others > 0 ? rest * k / others : 0;
            const qint64 c =
                k == others ? target - made : std::max<qint64>(0, target - made + rnd.below(5) - 2);
            made += c;
            return int(c);
        };
        QList<DemoRecord> batch;
        for (int i = 0; i < total && !queue.stopped(); ++i) {
            batch << makeRecord(rnd, n, managers, now, countFor(i));
            if (batch.size() == 1000 || i == total - 1) {
                queue.push(std::move(batch));
                batch = {};
            }
        }
        queue.finish();
    });
    const auto joinProducer = qScopeGuard([&] {
        queue.stop();
        producer.join();
    });

    int done = 0;
    struct BusyInteraction
    {
        qint64 clientId;
        qint64 contactId;
        DemoInteraction interaction;
    };
    QList<BusyInteraction> busyPending;
    const int busyStride = options.busyClientInteractions > 0 && options.interactions >= 0
                               ? std::max(1, options.clients / options.busyClientInteractions)
                               : 0;
    qint64 firstId = 0; // the clients of this run, for their deals
    qint64 lastId = 0;
    const auto addInteraction = [&](qint64 clientId, qint64 contactId, const DemoInteraction &i) {
        insInteraction.bind(1, clientId);
        insInteraction.bindId(2, contactId);
        insInteraction.bind(3, Interaction::typeToString(i.type));
        insInteraction.bind(4, i.occurredAt);
        insInteraction.bind(5, i.durationSec);
        insInteraction.bind(6, i.subject);
        insInteraction.bind(7, i.result);
        insInteraction.bind(8, i.user);
        return insInteraction.exec();
    };
    QList<DemoRecord> batch;
    while (queue.pop(&batch)) {
        for (const DemoRecord &r : std::as_const(batch)) {
            const Client &c = r.client;
            insClient.bind(1, Client::kindToString(c.kind));
            insClient.bind(2, c.name);
            insClient.bind(3, r.nameKey);
            for (int k = 0; k < 3; ++k) {
                const QString &part = k == 0 ? c.firstName : k == 1 ? c.middleName : c.lastName;
                if (part.isEmpty())
                    insClient.bindNull(4 + k);
                else
                    insClient.bind(4 + k, part);
            }
            insClient.bind(7, c.region);
            insClient.bind(8, c.city);
            insClient.bind(9, c.address);
            insClient.bind(10, c.importance);
            insClient.bind(11, c.source);
            insClient.bind(12, c.createdAt);
            insClient.bind(13, c.createdAt);
            insClient.bind(14, c.phones.isEmpty() ? QString() : c.phones.first().e164);
            insClient.bind(15, c.emails.isEmpty() ? QString() : c.emails.first().address);
            if (!insClient.exec())
                return fail(insClient);
            const qint64 id = insClient.lastInsertId();
            firstId = firstId ? firstId : id;
            lastId = id;
            for (int k = 0; k < c.phones.size(); ++k)
                if (!addPhone(id, 0, c.phones.at(k), k))
                    return fail(insPhone);
            for (const EmailEntry &e : c.emails)
                if (!addEmail(id, 0, e))
                    return fail(insEmail);
            QList<qint64> contactIds;
            for (const ContactPerson &p : c.contacts) {
                insContact.bind(1, id);
                insContact.bind(2, p.lastName);
                insContact.bind(3, p.firstName);
                insContact.bind(4, p.middleName);
                insContact.bind(5, p.position);
                if (!insContact.exec())
                    return fail(insContact);
                const qint64 pid = insContact.lastInsertId();
                contactIds << pid;
                for (int k = 0; k < p.phones.size(); ++k)
                    if (!addPhone(0, pid, p.phones.at(k), k))
                        return fail(insPhone);
                for (const EmailEntry &e : p.emails)
                    if (!addEmail(0, pid, e))
                        return fail(insEmail);
            }
            for (const LegalEntity &l : c.legalEntities) {
                insLegal.bind(1, id);
                insLegal.bind(2, l.name);
                insLegal.bind(3, l.inn);
                insLegal.bind(4, l.kpp);
                insLegal.bind(5, l.ogrn);
                insLegal.bind(6, l.legalAddress);
                if (!insLegal.exec())
                    return fail(insLegal);
            }
            for (const QString &tag : c.tags) {
                insTag.bind(1, id);
                insTag.bind(2, tag);
                if (!insTag.exec())
                    return fail(insTag);
            }
            insFts.bind(1, id);
            insFts.bind(2, r.nameDocument);
            insFts.bind(3, r.bodyDocument);
            if (!insFts.exec())
                return fail(insFts);
            if (busyStride > 0 && done == 0) {
                // The busy client's history is logged over the years between
                // everyone else's, so its rows lie apart as in a real base.
                for (const DemoInteraction &i : r.interactions)
                    busyPending.append({id, i.contact < 0 ? 0 : contactIds.at(i.contact), i});
            } else {
                for (const DemoInteraction &i : r.interactions)
                    if (!addInteraction(id, i.contact < 0 ? 0 : contactIds.at(i.contact), i))
                        return fail(insInteraction);
            }
            if (busyStride > 0 && done % busyStride == 0 && !busyPending.isEmpty()) {
                const BusyInteraction b = busyPending.takeFirst();
                if (!addInteraction(b.clientId, b.contactId, b.interaction))
                    return fail(insInteraction);
            }
            ++done;
            if (progress && done % 5000 == 0 && !progress(done, options.clients)) {
                if (error)
                    *error = QCoreApplication::translate("DemoGenerator", "Cancelled.");
                return false;
            }
        }
    }
    for (const BusyInteraction &b : std::as_const(busyPending))
        if (!addInteraction(b.clientId, b.contactId, b.interaction))
            return fail(insInteraction);
    DemoDeals deals(m_db);
    deals.setOpenPercent(options.openDealsPercent);
    deals.setSpanDays(options.historyDays);
    deals.setTaskPercent(options.dealTasksPercent);
    deals.setCloseSpreadDays(options.closeSpreadDays);
    if (!deals.generate(options.deals, firstId, lastId, options.seed, error))
        return false;
    if (options.clients > 0 && !DemoEvents(m_db).generate(firstId, lastId, options.seed, error))
        return false;
    if (options.events > 0 &&
        !DemoEvents(m_db).generateMany(options.events, firstId, lastId, options.historyDays,
                                       options.seed, error))
        return false;
    const QString user = options.user.isEmpty() ? DemoTasks::people().first() : options.user;
    if (!DemoTasks(m_db).generate(user, firstId, lastId, options.seed, error))
        return false;
    if (options.tasks > 0 &&
        !DemoTasks(m_db).generateMany(options.tasks, firstId, lastId, options.historyDays,
                                      options.seed, error))
        return false;
    // Fewer, later segment merges while a million documents stream in.
    q.exec(QStringLiteral("INSERT INTO clients_fts(clients_fts, rank) VALUES ('automerge', 16)"));
    if (!q.exec(QStringLiteral("INSERT INTO clients_fts(rowid, name, body) "
                               "SELECT id, name, body FROM demo_fts")) ||
        !q.exec(QStringLiteral("DELETE FROM demo_fts"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (!indexes.restore(error))
        return false;
    q.exec(QStringLiteral("DELETE FROM settings WHERE key = 'audit_inserts'"));
    if (!tx.commit(error))
        return false;
    if (progress)
        progress(options.clients, options.clients);
    return true;
}
