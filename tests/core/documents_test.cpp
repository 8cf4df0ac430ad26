// Commercial proposals: the total in words, our company's requisites, the
// templates, filling one from a deal (or refusing, with the missing fields)
// and the PDF read back with pdftotext.
#include "catchqt.h"
#include "proposalfixture.h"
#include "testdatabase.h"

#include "clients/attachmentrepository.h"
#include "clients/clientrepository.h"
#include "deals/dealrepository.h"
#include "documents/amountinwords.h"
#include "documents/companyrepository.h"
#include "documents/documenttemplaterepository.h"
#include "documents/proposalarchive.h"
#include "documents/proposalbuilder.h"
#include "documents/proposaldocument.h"
#include "interactions/interactionrepository.h"
#include "settings/settingsrepository.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {
QString ru(qint64 minor)
{
    return AmountInWords::russian(minor);
}

QByteArray png(int width, int height, QColor color)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(color);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}

// pdftotext -layout of the PDF, pages split at form feeds; no-break spaces
// as plain ones, so that "1 234,56" reads the same whichever it was.
QStringList pdfPages(const QByteArray &pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.pdf"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    if (qEnvironmentVariableIsSet("CLIENTELE_KEEP_PDF")) // to look at it
        QFile::copy(path, qEnvironmentVariable("CLIENTELE_KEEP_PDF"));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    QStringList pages = text.split(QLatin1Char('\f'));
    while (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

Proposal build(Database &db, const ProposalRequest &request)
{
    Proposal p;
    QStringList missing;
    QString error;
    const bool ok = ProposalBuilder(db).build(request, &p, &missing, &error);
    INFO("missing: " << missing.join(QStringLiteral("; ")).toStdString()
                     << " error: " << error.toStdString());
    REQUIRE(ok);
    return p;
}

ProposalRequest requestFor(qint64 dealId, const QString &templateName)
{
    ProposalRequest r;
    r.dealId = dealId;
    r.templateName = templateName;
    r.date = QDate(2026, 11, 28);
    return r;
}

const QString kRussian = QStringLiteral("Коммерческое предложение");
const QString kEnglish = QStringLiteral("Commercial proposal");
} // namespace

TEST_CASE("Amounts in Russian words take the right forms", "[documents]")
{
    CHECK(ru(123456) == QStringLiteral("Одна тысяча двести тридцать четыре рубля 56 копеек"));
    CHECK(ru(0) == QStringLiteral("Ноль рублей 00 копеек"));
    CHECK(ru(100) == QStringLiteral("Один рубль 00 копеек"));
    CHECK(ru(1100) == QStringLiteral("Одиннадцать рублей 00 копеек"));
    CHECK(ru(1200) == QStringLiteral("Двенадцать рублей 00 копеек"));
    CHECK(ru(2100) == QStringLiteral("Двадцать один рубль 00 копеек"));
    CHECK(ru(2200) == QStringLiteral("Двадцать два рубля 00 копеек"));
    CHECK(ru(10100) == QStringLiteral("Сто один рубль 00 копеек"));
    CHECK(ru(11100) == QStringLiteral("Сто одиннадцать рублей 00 копеек"));
    CHECK(ru(100000) == QStringLiteral("Одна тысяча рублей 00 копеек"));
    CHECK(ru(200000) == QStringLiteral("Две тысячи рублей 00 копеек"));
    CHECK(ru(500000) == QStringLiteral("Пять тысяч рублей 00 копеек"));
    CHECK(ru(1100000) == QStringLiteral("Одиннадцать тысяч рублей 00 копеек"));
    CHECK(ru(2100000) == QStringLiteral("Двадцать одна тысяча рублей 00 копеек"));
    CHECK(ru(2200000) == QStringLiteral("Двадцать две тысячи рублей 00 копеек"));
    CHECK(ru(100000000) == QStringLiteral("Один миллион рублей 00 копеек"));
    CHECK(ru(200000100) == QStringLiteral("Два миллиона один рубль 00 копеек"));
    CHECK(ru(500000000) == QStringLiteral("Пять миллионов рублей 00 копеек"));
    CHECK(ru(100000000000) == QStringLiteral("Один миллиард рублей 00 копеек"));
    CHECK(ru(300000000000) == QStringLiteral("Три миллиарда рублей 00 копеек"));
    CHECK(ru(99999999999) ==
          QStringLiteral("Девятьсот девяносто девять миллионов девятьсот девяносто девять тысяч "
                         "девятьсот девяносто девять рублей 99 копеек"));
    CHECK(ru(101440000) ==
          QStringLiteral("Один миллион четырнадцать тысяч четыреста рублей 00 копеек"));
    // Kopecks in figures, their noun agreeing with them.
    CHECK(ru(1) == QStringLiteral("Ноль рублей 01 копейка"));
    CHECK(ru(2) == QStringLiteral("Ноль рублей 02 копейки"));
    CHECK(ru(5) == QStringLiteral("Ноль рублей 05 копеек"));
    CHECK(ru(11) == QStringLiteral("Ноль рублей 11 копеек"));
    CHECK(ru(12) == QStringLiteral("Ноль рублей 12 копеек"));
    CHECK(ru(21) == QStringLiteral("Ноль рублей 21 копейка"));
    CHECK(ru(22) == QStringLiteral("Ноль рублей 22 копейки"));
    CHECK(ru(25) == QStringLiteral("Ноль рублей 25 копеек"));
    CHECK(ru(-150) == QStringLiteral("Минус один рубль 50 копеек"));
    CHECK(AmountInWords::russian(2100, QStringLiteral("USD")) ==
          QStringLiteral("Двадцать один доллар США 00 центов"));
    CHECK(AmountInWords::russianNumber(2, true) == QStringLiteral("две"));
}

TEST_CASE("Amounts in English words", "[documents]")
{
    CHECK(AmountInWords::english(123456) ==
          QStringLiteral("One thousand two hundred thirty-four roubles 56 kopecks"));
    CHECK(AmountInWords::english(0) == QStringLiteral("Zero roubles 00 kopecks"));
    CHECK(AmountInWords::english(101) == QStringLiteral("One rouble 01 kopeck"));
    CHECK(AmountInWords::english(200000100) ==
          QStringLiteral("Two million one roubles 00 kopecks"));
    CHECK(AmountInWords::english(1100000) == QStringLiteral("Eleven thousand roubles 00 kopecks"));
    CHECK(AmountInWords::english(9000) == QStringLiteral("Ninety roubles 00 kopecks"));
    CHECK(AmountInWords::english(2500, QStringLiteral("EUR")) ==
          QStringLiteral("Twenty-five euros 00 cents"));
    CHECK(AmountInWords::inLanguage(QStringLiteral("ru"), 100) ==
          QStringLiteral("Один рубль 00 копеек"));
}

TEST_CASE("Our company's requisites and images are kept in the database", "[documents]")
{
    TestDatabase t;
    CompanyRepository companies(t.db());
    CHECK(companies.profile() == CompanyProfile());
    ProposalFixture::fillCompany(t.db());
    const CompanyProfile p = companies.profile();
    CHECK(p.name == QStringLiteral("ООО «Вектор»"));
    CHECK(p.bik == QStringLiteral("046577674"));
    CHECK(SettingsRepository(t.db()).value(QStringLiteral("company.corr_account")) ==
          QStringLiteral("30101810500000000674"));
    CHECK(p.value(QStringLiteral("director_position")) == QStringLiteral("Генеральный директор"));

    CompanyProfile wrong = p;
    wrong.inn = QStringLiteral("1234567890");
    QString error;
    CHECK_FALSE(companies.save(wrong, &error));
    CHECK(error.contains(QStringLiteral("1234567890")));
    CHECK(companies.profile().inn == p.inn);

    CHECK(companies.image(CompanyImage::Kind::Logo).isNull());
    REQUIRE(companies.setImage(CompanyImage::Kind::Logo, png(40, 20, Qt::blue), &error));
    const CompanyImage logo = companies.image(CompanyImage::Kind::Logo);
    CHECK(logo.mime == QStringLiteral("image/png"));
    CHECK(QImage::fromData(logo.data).size() == QSize(40, 20));
    CHECK_FALSE(companies.setImage(CompanyImage::Kind::Stamp, QByteArray("not an image"), &error));
    CHECK(companies.image(CompanyImage::Kind::Stamp).isNull());
    REQUIRE(companies.removeImage(CompanyImage::Kind::Logo));
    CHECK(companies.image(CompanyImage::Kind::Logo).isNull());
}

TEST_CASE("Templates: built-ins, overridden, saved and restored", "[documents]")
{
    TestDatabase t;
    DocumentTemplateRepository templates(t.db());
    QList<DocumentTemplate> list = templates.list();
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).name == kRussian);
    CHECK(list.at(0).language() == QStringLiteral("ru"));
    CHECK(list.at(1).name == kEnglish);
    CHECK(list.at(1).language() == QStringLiteral("en"));
    CHECK_FALSE(list.at(0).isSaved());
    CHECK(list.at(0).body.contains(QStringLiteral("{{total_words}}")));
    CHECK(templates.defaultFor(QStringLiteral("ru")).name == kRussian);
    CHECK(templates.defaultFor(QStringLiteral("de")).name == kEnglish);

    DocumentTemplate changed = list.at(0);
    changed.body += QStringLiteral("<p>Спасибо!</p>");
    REQUIRE(templates.save(changed));
    CHECK(changed.isSaved());
    list = templates.list();
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).isSaved());
    CHECK(list.at(0).builtIn);
    CHECK(templates.defaultFor(QStringLiteral("ru")).body.endsWith(QStringLiteral("Спасибо!</p>")));

    DocumentTemplate own;
    own.name = QStringLiteral("Короткое");
    own.body = QStringLiteral("{{client.name}}: {{total}}");
    REQUIRE(templates.save(own));
    CHECK(templates.list().size() == 3);
    CHECK(templates.find(QStringLiteral("Короткое"))->body == own.body);

    DocumentTemplate broken;
    broken.name = QStringLiteral("Сломанный");
    broken.body = QStringLiteral("{{#items}} no end");
    QString error;
    CHECK_FALSE(templates.save(broken, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(templates.find(broken.name));

    REQUIRE(templates.remove(kRussian));
    CHECK_FALSE(templates.find(kRussian)->isSaved());
    REQUIRE(templates.remove(QStringLiteral("Короткое")));
    CHECK(templates.list().size() == 2);
}

TEST_CASE("A proposal is filled from the deal, the client and our requisites", "[documents]")
{
    TestDatabase t;
    const ProposalFixture f = ProposalFixture::create(t.db());
    ProposalFixture::fillCompany(t.db());
    Proposal p = build(t.db(), requestFor(f.dealId, kRussian));
    p.html.replace(QChar(0x00A0), QLatin1Char(' ')); // the Russian thousands separator
    CHECK(p.language == QStringLiteral("ru"));
    CHECK(p.number == QStringLiteral("1"));
    CHECK(p.validUntil == QDate(2026, 12, 12));
    CHECK(p.total == 101530868);
    CHECK(p.clientName == QStringLiteral("ООО «Ромашка»"));
    CHECK(p.html.contains(QStringLiteral("ООО «Вектор»")));
    CHECK(p.html.contains(QStringLiteral("ИНН 7707083893")));
    CHECK(p.html.contains(QStringLiteral("Сидоров Иван Петрович")));
    CHECK(p.html.contains(QStringLiteral("Анна Смирнова")));
    CHECK(p.html.contains(QStringLiteral("12.12.2026")));
    CHECK(p.html.contains(QStringLiteral("1 015 308,68 ₽")));
    CHECK(p.html.contains(QStringLiteral("169 218,12 ₽"))); // в т.ч. НДС
    CHECK(p.html.contains(QStringLiteral("2,5")));
    CHECK(p.html.contains(
        QStringLiteral("Один миллион пятнадцать тысяч триста восемь рублей 68 копеек")));
    CHECK_FALSE(p.html.contains(QStringLiteral("{{")));

    const Proposal en = build(t.db(), requestFor(f.dealId, kEnglish));
    CHECK(en.language == QStringLiteral("en"));
    CHECK(en.html.contains(QStringLiteral("1,015,308.68 ₽")));
    CHECK(en.html.contains(
        QStringLiteral("One million fifteen thousand three hundred eight roubles 68 kopecks")));
}

TEST_CASE("A proposal with empty fields is refused and the fields are listed", "[documents]")
{
    TestDatabase t;
    const ProposalFixture f = ProposalFixture::create(t.db());
    ProposalBuilder builder(t.db());
    Proposal p;
    QStringList missing;
    QString error;
    CHECK_FALSE(builder.build(requestFor(f.dealId, QStringLiteral("Commercial proposal")), &p,
                              &missing, &error));
    CHECK(error.isEmpty());
    CHECK(missing.contains(QStringLiteral("our company's name")));
    CHECK(missing.contains(QStringLiteral("our company's INN")));
    CHECK(missing.contains(QStringLiteral("our company's bank account")));
    CHECK(missing.contains(QStringLiteral("our director's name")));
    // Optional where the template tests them first.
    CHECK_FALSE(missing.contains(QStringLiteral("our company's KPP")));
    CHECK_FALSE(missing.contains(QStringLiteral("our company's logo")));

    ProposalFixture::fillCompany(t.db());
    CompanyRepository companies(t.db());
    CompanyProfile profile = companies.profile();
    profile.inn.clear();
    profile.kpp.clear();
    REQUIRE(companies.save(profile));
    CHECK_FALSE(builder.build(requestFor(f.dealId, kRussian), &p, &missing, &error));
    CHECK(missing == QStringList{QStringLiteral("our company's INN")});

    // A deal without line items offers nothing.
    ProposalFixture::fillCompany(t.db());
    DealRepository deals(t.db());
    Deal d = *deals.load(f.dealId);
    d.items.clear();
    d.responsible.clear();
    REQUIRE(deals.update(d));
    CHECK_FALSE(builder.build(requestFor(f.dealId, kRussian), &p, &missing, &error));
    CHECK(missing.contains(QStringLiteral("line items")));
    CHECK(missing.contains(QStringLiteral("the deal's manager")));

    // Fields of a line and fields that do not exist.
    DocumentTemplate own;
    own.name = QStringLiteral("Артикулы");
    own.body = QStringLiteral("{{#items}}{{sku}} {{name}}{{/items}} {{client.phone}}");
    REQUIRE(DocumentTemplateRepository(t.db()).save(own));
    d.items = {DealItem{}};
    d.items[0].name = QStringLiteral("Болт");
    d.items[0].price = 100;
    REQUIRE(deals.update(d));
    CHECK_FALSE(builder.build(requestFor(f.dealId, own.name), &p, &missing, &error));
    CHECK(missing == QStringList{QStringLiteral("line 1: the article"),
                                 QStringLiteral("{{client.phone}}: no such field")});

    ProposalRequest unknown = requestFor(f.dealId, QStringLiteral("Нет такого"));
    CHECK_FALSE(builder.build(unknown, &p, &missing, &error));
    CHECK(error.contains(QStringLiteral("Нет такого")));
    CHECK_FALSE(builder.build(requestFor(9999, kRussian), &p, &missing, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("Names in a proposal are HTML-escaped", "[documents]")
{
    TestDatabase t;
    const ProposalFixture f =
        ProposalFixture::create(t.db(), 1, QStringLiteral("ООО \"Рога & <b>Копыта</b>\""));
    ProposalFixture::fillCompany(t.db());
    const Proposal p = build(t.db(), requestFor(f.dealId, kRussian));
    CHECK(p.html.contains(QStringLiteral("Рога &amp; &lt;b&gt;Копыта&lt;/b&gt;")));
    CHECK_FALSE(p.html.contains(QStringLiteral("<b>Копыта")));
    const QStringList pages = pdfPages(ProposalDocument(p).pdf());
    REQUIRE(pages.size() == 1);
    CHECK(pages.first().contains(QStringLiteral("ООО \"Рога & <b>Копыта</b>\"")));
}

TEST_CASE("A client, contact, deal and product named like tags or placeholders read as typed "
          "in the proposal PDF",
          "[documents][security]")
{
    TestDatabase t;
    const ProposalFixture f =
        ProposalFixture::create(t.db(), 1, QStringLiteral("<script>alert(1)</script>"));
    ProposalFixture::fillCompany(t.db());
    ClientRepository clients(t.db());
    Client c = *clients.load(f.clientId);
    c.contacts[0].lastName = QStringLiteral("{{company.inn}}");
    c.contacts[0].middleName.clear();
    REQUIRE(clients.save(c));
    DealRepository deals(t.db(), QStringLiteral("anna"));
    Deal d = *deals.load(f.dealId);
    d.title = QStringLiteral("<b>Сделка</b>");
    d.items[0].name = QStringLiteral("{{{client.name}}} <i>Кабель</i>");
    REQUIRE(deals.update(d));

    const Proposal p = build(t.db(), requestFor(f.dealId, kRussian));
    CHECK(p.html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK_FALSE(p.html.contains(QStringLiteral("<script>")));
    const QStringList pages = pdfPages(ProposalDocument(p).pdf());
    REQUIRE(pages.size() == 1);
    const QString text = pages.first();
    INFO(text.toStdString());
    for (const QString &typed :
         {QStringLiteral("<script>alert(1)</script>"), QStringLiteral("{{company.inn}} Иван"),
          QStringLiteral("<b>Сделка</b>"), QStringLiteral("{{{client.name}}} <i>Кабель</i>")})
        CHECK(text.contains(typed));
    // Our INN only where the template prints it: the contact's name stayed a name.
    CHECK(text.count(QStringLiteral("6658021804")) == 1);
}

TEST_CASE("A proposal template that would put data in unescaped is refused", "[documents]")
{
    TestDatabase t;
    DocumentTemplate raw;
    raw.name = QStringLiteral("Raw");
    raw.body = QStringLiteral("<p>{{{client.name}}}</p>{{#items}}{{name}}{{/items}}");
    QString error;
    CHECK_FALSE(DocumentTemplateRepository(t.db()).save(raw, &error));
    CHECK(error.contains(QStringLiteral("{{client.name}} would be put into the HTML unescaped")));
    raw.body = QStringLiteral("<p>{{&client.name}}</p>");
    CHECK_FALSE(DocumentTemplateRepository(t.db()).save(raw, &error));
}

TEST_CASE("The proposal PDF reads back: client, items, total, total in words", "[documents]")
{
    TestDatabase t;
    const ProposalFixture f = ProposalFixture::create(t.db());
    ProposalFixture::fillCompany(t.db());
    CompanyRepository companies(t.db());
    REQUIRE(companies.setImage(CompanyImage::Kind::Logo, png(120, 40, Qt::darkBlue)));
    REQUIRE(companies.setImage(CompanyImage::Kind::Stamp, png(80, 80, Qt::blue)));
    const Proposal p = build(t.db(), requestFor(f.dealId, kRussian));
    CHECK(p.images.size() == 2);
    const QByteArray pdf = ProposalDocument(p).pdf();
    REQUIRE(pdf.startsWith("%PDF"));
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == 1);
    const QString text = pages.first();
    INFO(text.toStdString());
    for (const QString &s :
         {QStringLiteral("Коммерческое предложение № 1"), QStringLiteral("ООО «Ромашка»"),
          QStringLiteral("ООО «Вектор»"), QStringLiteral("Сервер Альфа-1"),
          QStringLiteral("Монтаж"), QStringLiteral("Кабель UTP"),
          QStringLiteral("1 015 308,68 ₽"), QStringLiteral("169 218,12 ₽"),
          QStringLiteral("Один миллион пятнадцать тысяч триста восемь рублей 68 копеек"),
          QStringLiteral("12.12.2026"), QStringLiteral("Анна Смирнова")})
        CHECK(text.contains(s));
}

TEST_CASE("A long items table spans pages with its header on each", "[documents]")
{
    TestDatabase t;
    const ProposalFixture f = ProposalFixture::create(t.db(), 60);
    ProposalFixture::fillCompany(t.db());
    const Proposal p = build(t.db(), requestFor(f.dealId, kRussian));
    const QStringList pages = pdfPages(ProposalDocument(p).pdf());
    REQUIRE(pages.size() >= 2);
    for (const QString &page : pages) {
        INFO(page.toStdString());
        // Every page that lists items starts its table with the header.
        if (page.contains(QStringLiteral("Позиция"))) {
            CHECK(page.contains(QStringLiteral("Наименование")));
            CHECK(page.indexOf(QStringLiteral("Наименование")) <
                  page.indexOf(QStringLiteral("Позиция")));
        }
    }
    CHECK(pages.first().contains(QStringLiteral("Сервер Альфа-1")));
    CHECK(pages.join(QString()).contains(QStringLiteral("Позиция 60")));
    CHECK(pages.join(QString()).contains(QStringLiteral("Сумма прописью")));
    // The signatures stay together on the last page, which is numbered.
    CHECK(pages.last().contains(QStringLiteral("Петров П. П.")));
    CHECK(pages.last().contains(QStringLiteral("М. П.")));
    CHECK(pages.last().contains(
        QRegularExpression(QStringLiteral("%1\\s*/\\s*%1").arg(pages.size()))));
}

TEST_CASE("A table header never ends a page without a row under it", "[documents]")
{
    TestDatabase t;
    const ProposalFixture f = ProposalFixture::create(t.db(), 3);
    // Text before the table pushes its header down the first page, line by
    // line, until the header falls at the foot of the page.
    const QRegularExpression item(QStringLiteral("Сервер|Монтаж|Кабель"));
    for (int lines = 30; lines <= 75; ++lines) {
        DocumentTemplate filler;
        filler.name = QStringLiteral("Filler %1").arg(lines);
        filler.body = QStringLiteral("<p>text</p>").repeated(lines) +
                      QStringLiteral("<table border=\"1\"><thead><tr><th>HEADER</th></tr></thead>"
                                     "{{#items}}<tr><td>{{name}}</td></tr>{{/items}}</table>");
        REQUIRE(DocumentTemplateRepository(t.db()).save(filler));
        const QStringList pages =
            pdfPages(ProposalDocument(build(t.db(), requestFor(f.dealId, filler.name))).pdf());
        for (const QString &page : pages) {
            INFO(lines << " lines before the table; page:\n" << page.toStdString());
            if (page.contains(QStringLiteral("HEADER")))
                CHECK(page.mid(page.indexOf(QStringLiteral("HEADER"))).contains(item));
        }
    }
}

TEST_CASE("A saved proposal is attached to the deal and noted on the client", "[documents]")
{
    TestDatabase t;
    const ProposalFixture f = ProposalFixture::create(t.db());
    ProposalFixture::fillCompany(t.db());
    const Proposal p = build(t.db(), requestFor(f.dealId, kRussian));
    const QByteArray pdf = ProposalDocument(p).pdf();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kp.pdf"));
    ProposalArchive::Saved saved;
    QString error;
    REQUIRE(ProposalArchive(t.db()).save(p, pdf, path, &saved, &error));
    CHECK(QFile(path).size() == pdf.size());

    AttachmentRepository files(t.db());
    const QList<Attachment> dealFiles = files.forDeal(f.dealId);
    REQUIRE(dealFiles.size() == 1);
    CHECK(dealFiles.first().id == saved.attachmentId);
    CHECK(dealFiles.first().name == QStringLiteral("kp.pdf"));
    CHECK(dealFiles.first().mime == QStringLiteral("application/pdf"));
    CHECK(files.data(saved.attachmentId) == pdf);
    CHECK(files.forClient(f.clientId).size() == 1);

    const QList<Interaction> timeline = InteractionRepository(t.db()).forClient(f.clientId);
    REQUIRE(timeline.size() == 1);
    CHECK(timeline.first().dealId == f.dealId);
    CHECK(timeline.first().contactId == f.contactId);
    CHECK(timeline.first().type == Interaction::Type::Note);
    CHECK(timeline.first().subject == QStringLiteral("Commercial proposal: Поставка оборудования"));

    // The next proposal gets the next number.
    CHECK(build(t.db(), requestFor(f.dealId, kRussian)).number == QStringLiteral("2"));

    // A file that cannot be written leaves no record behind.
    const Proposal second = build(t.db(), requestFor(f.dealId, kRussian));
    CHECK_FALSE(ProposalArchive(t.db()).save(
        second, pdf, dir.filePath(QStringLiteral("no/such/folder/kp.pdf")), &saved, &error));
    CHECK(files.forDeal(f.dealId).size() == 1);
    CHECK(InteractionRepository(t.db()).forClient(f.clientId).size() == 1);
    CHECK(build(t.db(), requestFor(f.dealId, kRussian)).number == QStringLiteral("2"));
}
