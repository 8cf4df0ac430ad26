// clientele-cli proposal and company: the PDF read back with pdftotext, the
// refusal that lists the missing fields, the requisites and images.
#include "catchqt.h"
#include "clifixture.h"
#include "db/database.h"
#include "proposalfixture.h"

#include <QFile>
#include <QImage>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {
// A deal made in-process, the database closed again before the CLI runs.
ProposalFixture proposalDeal(const Fixture &f, bool company, int items = 3)
{
    Database db(f.db);
    QString error;
    INFO(error.toStdString());
    REQUIRE(db.open(Database::Mode::ReadWrite, &error));
    const ProposalFixture deal = ProposalFixture::create(db, items);
    if (company)
        ProposalFixture::fillCompany(db);
    return deal;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    // One line: the total in words may wrap.
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(QChar(0x00A0), QLatin1Char(' '))
        .simplified();
}

int count(const QString &db, const QString &sql)
{
    const QString name = QStringLiteral("cli_test_count");
    int n = -1;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(db);
        REQUIRE(c.open());
        QSqlQuery q(c);
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        n = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}
} // namespace

TEST_CASE("proposal writes a PDF that pdftotext reads, attaches it and notes it", "[cli][proposal]")
{
    Fixture f;
    const ProposalFixture deal = proposalDeal(f, true);
    const QString pdf = f.dir.filePath(QStringLiteral("kp.pdf"));
    const Result r =
        f.ok({QStringLiteral("proposal"), QString::number(deal.dealId), QStringLiteral("-o"), pdf,
              QStringLiteral("--valid-until"), QStringLiteral("2027-01-31"),
              QStringLiteral("--template"), QStringLiteral("Коммерческое предложение")});
    CHECK(r.text().contains(QStringLiteral("kp.pdf")));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("ООО «Ромашка»")));
    CHECK(text.contains(QStringLiteral("Сервер Альфа-1")));
    CHECK(text.contains(QStringLiteral("Кабель UTP")));
    CHECK(text.contains(QStringLiteral("1 015 308,68 ₽")));
    CHECK(text.contains(
        QStringLiteral("Один миллион пятнадцать тысяч триста восемь рублей 68 копеек")));
    CHECK(text.contains(QStringLiteral("31.01.2027")));

    CHECK(count(f.db, QStringLiteral("SELECT COUNT(*) FROM attachments WHERE deal_id = %1 AND "
                                     "client_id = %2 AND name = 'kp.pdf'")
                          .arg(deal.dealId)
                          .arg(deal.clientId)) == 1);
    CHECK(count(f.db, QStringLiteral("SELECT COUNT(*) FROM interactions WHERE deal_id = %1 AND "
                                     "client_id = %2 AND type = 'note'")
                          .arg(deal.dealId)
                          .arg(deal.clientId)) == 1);

    // The English template, by name; the number moved on.
    const QString en = f.dir.filePath(QStringLiteral("en.pdf"));
    f.ok({QStringLiteral("proposal"), QString::number(deal.dealId), QStringLiteral("-o"), en,
          QStringLiteral("--template"), QStringLiteral("Commercial proposal")});
    const QString english = pdfText(en);
    INFO(english.toStdString());
    CHECK(english.contains(QStringLiteral("Commercial proposal No. 2")));
    CHECK(english.contains(
        QStringLiteral("One million fifteen thousand three hundred eight roubles 68 kopecks")));
}

TEST_CASE("proposal without our requisites exits 1 listing them and writes nothing",
          "[cli][proposal]")
{
    Fixture f;
    const ProposalFixture deal = proposalDeal(f, false);
    const QString pdf = f.dir.filePath(QStringLiteral("kp.pdf"));
    const Result r = f.cli(
        {QStringLiteral("proposal"), QString::number(deal.dealId), QStringLiteral("-o"), pdf});
    CHECK(r.code == 1);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    INFO(r.err.toStdString());
    REQUIRE(lines.size() >= 3);
    CHECK(lines.first().startsWith(QStringLiteral("clientele-cli: ")));
    CHECK(lines.contains(QStringLiteral("  our company's INN")));
    CHECK(lines.contains(QStringLiteral("  our company's name")));
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(count(f.db, QStringLiteral("SELECT COUNT(*) FROM attachments")) == 0);
    CHECK(count(f.db, QStringLiteral("SELECT COUNT(*) FROM interactions")) == 0);

    // Filled in through the CLI, the same deal goes through.
    f.ok({QStringLiteral("company"), QStringLiteral("set"), QStringLiteral("--name"),
          QStringLiteral("ИП Петров"), QStringLiteral("--inn"), QStringLiteral("7707083893"),
          QStringLiteral("--address"), QStringLiteral("г. Пермь"), QStringLiteral("--bank-name"),
          QStringLiteral("ПАО Банк"), QStringLiteral("--bik"), QStringLiteral("045773603"),
          QStringLiteral("--account"), QStringLiteral("40802810000000000001"),
          QStringLiteral("--director"), QStringLiteral("Петров П. П."),
          QStringLiteral("--director-position"), QStringLiteral("Индивидуальный предприниматель")});
    const Result shown = f.ok({QStringLiteral("company"), QStringLiteral("show"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject company = QJsonDocument::fromJson(shown.out).object();
    CHECK(company.value(QStringLiteral("bank_name")).toString() == QStringLiteral("ПАО Банк"));
    CHECK(company.value(QStringLiteral("kpp")).toString().isEmpty());
    CHECK(
        company.value(QStringLiteral("images")).toObject().value(QStringLiteral("logo")).isNull());
    f.ok({QStringLiteral("proposal"), QString::number(deal.dealId), QStringLiteral("-o"), pdf});
    CHECK(pdfText(pdf).contains(QStringLiteral("ИП Петров")));
}

TEST_CASE("proposal and company refuse bad arguments", "[cli][proposal]")
{
    Fixture f;
    const ProposalFixture deal = proposalDeal(f, true);
    const QString id = QString::number(deal.dealId);
    const QString pdf = f.dir.filePath(QStringLiteral("kp.pdf"));
    CHECK(f.cli({QStringLiteral("proposal"), id}).code == 2);
    CHECK(
        f.cli({QStringLiteral("proposal"), QStringLiteral("x"), QStringLiteral("-o"), pdf}).code ==
        2);
    CHECK(f.cli({QStringLiteral("proposal"), id, QStringLiteral("-o"), pdf,
                 QStringLiteral("--valid-until"), QStringLiteral("31.01.2027")})
              .code == 2);
    CHECK(f.cli({QStringLiteral("proposal"), QStringLiteral("999"), QStringLiteral("-o"), pdf})
              .code == 1);
    const Result noTemplate = f.cli({QStringLiteral("proposal"), id, QStringLiteral("-o"), pdf,
                                     QStringLiteral("--template"), QStringLiteral("Нет")});
    CHECK(noTemplate.code == 1);
    CHECK(noTemplate.err.contains(QStringLiteral("Нет")));
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(f.cli({QStringLiteral("company"), QStringLiteral("set")}).code == 2);
    CHECK(f.cli({QStringLiteral("company"), QStringLiteral("set"), QStringLiteral("--inn"),
                 QStringLiteral("1234567890")})
              .code == 1);
    CHECK(f.cli({QStringLiteral("company"), QStringLiteral("image"), QStringLiteral("photo"), pdf})
              .code == 2);
    const QString notImage = f.dir.filePath(QStringLiteral("stamp.txt"));
    QFile file(notImage);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("no picture here");
    file.close();
    CHECK(f.cli({QStringLiteral("company"), QStringLiteral("image"), QStringLiteral("stamp"),
                 notImage})
              .code == 1);
}

TEST_CASE("company image keeps a logo, signature and stamp and removes them", "[cli][proposal]")
{
    Fixture f;
    f.ok({QStringLiteral("init")});
    const QString logo = f.dir.filePath(QStringLiteral("logo.png"));
    QImage image(60, 20, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    REQUIRE(image.save(logo));
    f.ok({QStringLiteral("company"), QStringLiteral("image"), QStringLiteral("logo"), logo});
    const Result shown = f.ok({QStringLiteral("company"), QStringLiteral("show"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject images =
        QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("images")).toObject();
    CHECK(images.value(QStringLiteral("logo")).toString() == QStringLiteral("image/png"));
    CHECK(images.value(QStringLiteral("stamp")).isNull());
    f.ok({QStringLiteral("company"), QStringLiteral("image"), QStringLiteral("logo"),
          QStringLiteral("--remove")});
    CHECK(count(f.db, QStringLiteral("SELECT COUNT(*) FROM company_images")) == 0);
}
