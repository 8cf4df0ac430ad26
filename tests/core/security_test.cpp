// What keeps the base and the user safe from what comes in: files that are
// programs are never opened, files saved out are the user's alone, secrets
// are masked in what servers answer and refused where they would be stored.
#include "catchqt.h"
#include "testdatabase.h"

#include "clients/attachmentopenpolicy.h"
#include "clients/attachmentrepository.h"
#include "clients/clientrepository.h"
#include "mailing/secretmask.h"
#include "mailing/smtptransport.h"
#include "settings/businesssettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUrl>
#include <sys/stat.h>

namespace {
AttachmentOpenPolicy::Verdict decide(const char *name, const QByteArray &data)
{
    return AttachmentOpenPolicy::decide(QString::fromUtf8(name), data);
}

const QByteArray kPdf("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
const QByteArray kPng("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
} // namespace

TEST_CASE("Documents open; programs, scripts and launchers never do", "[security]")
{
    SECTION("documents, pictures and archives are opened")
    {
        CHECK(decide("Коммерческое предложение.pdf", kPdf).open);
        CHECK(decide("photo.png", kPng).open);
        CHECK(decide("notes.txt", "Позвонить в пятницу\n").open);
        CHECK(decide("contract.docx", QByteArray("PK\x03\x04", 4) + "word/document.xml").open);
        CHECK(decide("no name", "plain words").open);
    }
    SECTION("programs are refused by their name, whatever the case")
    {
        for (const char *name :
             {"setup.exe", "SETUP.EXE", "run.bat", "run.cmd", "install.msi", "tool.jar",
              "App.AppImage", "launch.desktop", "build.sh", "script.py", "invoice.pdf.exe",
              "macro.vbs", "lib.so", "package.deb"}) {
            INFO(name);
            const AttachmentOpenPolicy::Verdict v = decide(name, "just some bytes");
            CHECK_FALSE(v.open);
            CHECK(v.reason.contains(QString::fromUtf8(name)));
            CHECK(v.reason.contains(QStringLiteral("program or a script")));
        }
    }
    SECTION("and by their bytes when the name lies")
    {
        CHECK_FALSE(decide("report.pdf", QByteArray("\x7f"
                                                    "ELF\x02\x01\x01",
                                                    7))
                        .open);
        CHECK_FALSE(decide("scan.jpg", QByteArray("MZ\x90\x00", 4)).open);
        CHECK_FALSE(decide("notes.txt", "#!/bin/sh\nrm -rf ~\n").open);
        CHECK_FALSE(decide("price.txt", "# a comment\n\n[Desktop Entry]\nExec=sh -c x\n").open);
        CHECK_FALSE(decide("readme", QByteArray("\xcf\xfa\xed\xfe\x07", 5)).open);
    }
}

TEST_CASE("A stored file saved out is readable by its owner only", "[security]")
{
    TestDatabase t;
    Client c;
    c.kind = Client::Kind::Company;
    c.name = QStringLiteral("ООО Ромашка");
    REQUIRE(ClientRepository(t.db()).save(c));
    AttachmentRepository files(t.db());
    Attachment added;
    REQUIRE(files.addData(c.id, 0, QStringLiteral("price.pdf"), kPdf, &added));

    // Whatever the umask lets through (the usual 022 gives 0644).
    const mode_t before = ::umask(022);
    const QString path = t.dir() + QStringLiteral("/price.pdf");
    const bool saved = files.saveTo(added.id, path);
    ::umask(before);
    REQUIRE(saved);
    QFile out(path);
    REQUIRE(out.open(QIODevice::ReadOnly));
    CHECK(out.readAll() == kPdf);
    CHECK(QFile::permissions(path) ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}

TEST_CASE("A secret is masked in an answer as typed, URL-encoded and in base64", "[security]")
{
    const QString key = QStringLiteral("k&y=1 секрет");
    const QByteArray utf8 = key.toUtf8();
    QByteArray form = QUrl::toPercentEncoding(key, " ");
    form.replace(' ', '+');
    const QString answer =
        QStringLiteral("wrong key %1; GET /send?api_id=%2; form api_id=%3; AUTH %4; to 79120000401")
            .arg(key, QString::fromLatin1(QUrl::toPercentEncoding(key)), QString::fromLatin1(form),
                 QString::fromLatin1(utf8.toBase64()));
    const QString masked = SecretMask::apply(answer, {QString(), key});
    CHECK(masked == QStringLiteral("wrong key ***; GET /send?api_id=***; form api_id=***; "
                                   "AUTH ***; to 79120000401"));
    CHECK(SecretMask::apply(answer, {}) == answer);
}

TEST_CASE("Settings refuse a secret written where it would be stored, never quoting it",
          "[security]")
{
    const QString key = QStringLiteral("a1b2c3d4-e5f6");
    for (const QString &name : {QStringLiteral("smtp.password"), QStringLiteral("sms.key")}) {
        const QString why = BusinessSettings::check(name, key);
        CHECK(why.contains(QStringLiteral("keychain")));
        CHECK_FALSE(why.contains(key));
    }
    SECTION("an SMS gateway's address with the key written in, or a login in it")
    {
        for (const QString &url :
             {QStringLiteral("https://sms.example/send?api_id=%1&to={phone}&msg={text}"),
              QStringLiteral("https://sms.example/send?to={phone}&token=%1"),
              QStringLiteral("https://user:%1@sms.example/send?to={phone}")}) {
            const QString why = BusinessSettings::check(QStringLiteral("sms.url"), url.arg(key));
            INFO(why.toStdString());
            CHECK(why.startsWith(QStringLiteral("sms.url: ")));
            CHECK_FALSE(why.contains(key));
        }
        CHECK(BusinessSettings::check(QStringLiteral("sms.url"),
                                      QStringLiteral("https://sms.example/send?api_id={key}"
                                                     "&to={phone}&msg={text}"))
                  .isEmpty());
    }
    SECTION("plain http only to a gateway on this machine")
    {
        CHECK(BusinessSettings::check(QStringLiteral("sms.url"),
                                      QStringLiteral("http://sms.example/send?to={phone}"))
                  .contains(QStringLiteral("https:")));
        CHECK(BusinessSettings::check(QStringLiteral("sms.url"),
                                      QStringLiteral("http://127.0.0.1:8080/send?to={phone}"))
                  .isEmpty());
    }
    SECTION("a mail server's name with a login in it")
    {
        CHECK_FALSE(BusinessSettings::check(QStringLiteral("smtp.host"),
                                            QStringLiteral("robot:%1@smtp.example").arg(key))
                        .isEmpty());
        CHECK(BusinessSettings::check(QStringLiteral("smtp.host"), QStringLiteral("smtp.example"))
                  .isEmpty());
    }
}

TEST_CASE("A password never goes unencrypted to another machine", "[security]")
{
    SmtpSettings s;
    s.host = QStringLiteral("smtp.example");
    s.port = 25;
    s.security = SmtpSettings::Security::None;
    s.user = QStringLiteral("robot");
    s.password = QStringLiteral("s3cret");
    MailMessage m;
    m.from = {QString(), QStringLiteral("sales@vector.example")};
    m.to = {{QString(), QStringLiteral("ivan@romashka.example")}};
    m.subject = QStringLiteral("Test");
    m.text = QStringLiteral("Test");
    const SendResult r = SmtpTransport(s).send(m);
    CHECK(r.outcome == SendResult::Outcome::Permanent);
    CHECK(r.code == 0);
    CHECK(r.answer.contains(QStringLiteral("unencrypted")));
    CHECK(r.answer.contains(QStringLiteral("STARTTLS")));
}
