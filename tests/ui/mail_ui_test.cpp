// The mail and SMS settings under the offscreen platform: what is saved goes
// to the database through BusinessSettings, the password never does, and
// "Send test" reaches a real SMTP server on loopback (aiosmtpd with
// STARTTLS and a login), whose received message Python's email reads back.
#include "catchqt.h"
#include "filebytes.h"
#include "smtpserverprocess.h"
#include "testdatabase.h"
#include "testmessenger.h"

#include "clients/clientrepository.h"
#include "common/secretstore.h"
#include "documents/companyrepository.h"
#include "mailing/mailsettingspage.h"
#include "mailing/messagetemplaterepository.h"
#include "mailing/templatesdialog.h"
#include "settings/businesssettings.h"
#include "settings/settingsdialog.h"
#include "settings/settingsrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

namespace {
template <typename T> T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

void type(QWidget &parent, const char *name, const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(parent, name);
    // insert() as typing does; QTest::keyClicks cannot type Cyrillic.
    edit->selectAll();
    edit->insert(text);
}

void choose(QWidget &parent, const char *name, const QString &data)
{
    QComboBox *combo = child<QComboBox>(parent, name);
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// Every byte SQLite wrote for the base: the file, its journal and WAL.
QByteArray databaseBytes(const TestDatabase &t)
{
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        QFile f(t.path() + suffix);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}
} // namespace

TEST_CASE("The mail settings are saved in the base and the password is not", "[ui][mail]")
{
    TestDatabase t;
    TestMessenger messenger;
    SecretStore secrets(QStringLiteral("Clientele tests"));
    const QString password = QStringLiteral("Пароль-7f3a9c-секрет");
    const QString smsKey = QStringLiteral("key-0b5e1d77-ключ");
    {
        SettingsDialog dialog;
        dialog.addPage(new MailSettingsPage(t.db(), secrets, messenger), QIcon(),
                       QStringLiteral("Mail and SMS"));
        dialog.show();
        QPushButton *ok =
            child<QDialogButtonBox>(dialog, "settingsButtonBox")->button(QDialogButtonBox::Ok);
        type(dialog, "smtpHostLineEdit", QStringLiteral("smtp.vector.example"));
        type(dialog, "smtpPortLineEdit", QStringLiteral("99999"));
        // The check shows under the field as it is typed, and saving is refused.
        QLabel *portCheck = child<QLabel>(dialog, "smtp.portCheckLabel");
        CHECK(portCheck->isVisibleTo(&dialog));
        CHECK(portCheck->text().contains(QStringLiteral("99999")));
        QTest::mouseClick(ok, Qt::LeftButton);
        REQUIRE(messenger.errors.size() == 1);
        CHECK(messenger.errors.first().contains(QStringLiteral("smtp.port")));
        SettingsRepository repository(t.db());
        CHECK(BusinessSettings(repository).value(QStringLiteral("smtp.host")).isEmpty());

        type(dialog, "smtpPortLineEdit", QStringLiteral("465"));
        CHECK_FALSE(portCheck->isVisibleTo(&dialog));
        choose(dialog, "smtpSecurityComboBox", QStringLiteral("tls"));
        type(dialog, "smtpUserLineEdit", QStringLiteral("robot"));
        type(dialog, "smtpPasswordLineEdit", password);
        type(dialog, "smtpFromLineEdit", QStringLiteral("sales@vector.example"));
        type(dialog, "smtpFromNameLineEdit", QStringLiteral("Отдел продаж «Вектор»"));
        type(dialog, "smtpUnsubscribeLineEdit",
             QStringLiteral("mailto:unsubscribe@vector.example"));
        choose(dialog, "smsProviderComboBox", QStringLiteral("smsru"));
        CHECK_FALSE(child<QLineEdit>(dialog, "smsUrlLineEdit")->isEnabled());
        type(dialog, "smsSenderLineEdit", QStringLiteral("Vector"));
        type(dialog, "smsKeyLineEdit", smsKey);
        QTest::mouseClick(ok, Qt::LeftButton);
        CHECK(messenger.errors.size() == 1);
        CHECK(dialog.result() == QDialog::Accepted);
        // Without a keychain service the dialog said so before anything was typed.
        if (!secrets.keychainAvailable())
            CHECK(
                child<QLabel>(dialog, "keychainLabel")->text().contains(QStringLiteral("session")));
    }

    SettingsRepository repository(t.db());
    const BusinessSettings settings(repository);
    CHECK(settings.value(QStringLiteral("smtp.host")) == QStringLiteral("smtp.vector.example"));
    CHECK(settings.value(QStringLiteral("smtp.port")) == QStringLiteral("465"));
    CHECK(settings.value(QStringLiteral("smtp.security")) == QStringLiteral("tls"));
    CHECK(settings.value(QStringLiteral("smtp.user")) == QStringLiteral("robot"));
    CHECK(settings.value(QStringLiteral("smtp.from")) == QStringLiteral("sales@vector.example"));
    CHECK(settings.value(QStringLiteral("smtp.from_name")) ==
          QStringLiteral("Отдел продаж «Вектор»"));
    CHECK(settings.value(QStringLiteral("sms.provider")) == QStringLiteral("smsru"));
    CHECK(settings.value(QStringLiteral("sms.sender")) == QStringLiteral("Vector"));

    // The secrets are there for this session (keychain or memory)...
    CHECK(secrets.read(QStringLiteral("smtp.password")) == password);
    CHECK(secrets.read(QStringLiteral("sms.key")) == smsKey);
    // ...and nowhere in the database's bytes, in UTF-8 or UTF-16.
    t.db().close();
    const QByteArray bytes = databaseBytes(t);
    REQUIRE(bytes.contains("smtp.vector.example"));
    for (const QString &secret : {password, smsKey}) {
        CHECK_FALSE(bytes.contains(secret.toUtf8()));
        CHECK_FALSE(bytes.contains(
            QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)));
    }
    // ...nor in any settings file: the program's own, or a keychain's plain-file fallback.
    QSettings().sync();
    const QByteArray config =
        bytesUnder(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    for (const QString &secret : {password, smsKey})
        CHECK_FALSE(config.contains(secret.toUtf8()));
    // A dialog opened again shows the secret from the store, not from the base.
    if (!secrets.keychainAvailable()) {
        TestDatabase other;
        MailSettingsPage again(other.db(), secrets, messenger);
        CHECK(child<QLineEdit>(again, "smtpPasswordLineEdit")->text() == password);
    }

    // Clean up after a real keychain, so that a developer's stays tidy.
    secrets.write(QStringLiteral("smtp.password"), QString());
    secrets.write(QStringLiteral("sms.key"), QString());
}

TEST_CASE("Send test reaches the SMTP server and shows its answer", "[ui][mail]")
{
    SmtpServerProcess server({true, false, QStringLiteral("robot"), QStringLiteral("s3cret")});
    REQUIRE(server.isRunning());
    TestDatabase t;
    TestMessenger messenger;
    SecretStore secrets(QStringLiteral("Clientele tests"));
    MailSettingsPage dialog(t.db(), secrets, messenger);
    dialog.show();
    type(dialog, "smtpHostLineEdit", QStringLiteral("localhost"));
    type(dialog, "smtpPortLineEdit", QString::number(server.port()));
    choose(dialog, "smtpSecurityComboBox", QStringLiteral("starttls"));
    type(dialog, "smtpUserLineEdit", QStringLiteral("robot"));
    type(dialog, "smtpFromLineEdit", QStringLiteral("sales@vector.example"));
    type(dialog, "smtpFromNameLineEdit", QStringLiteral("Отдел продаж"));
    type(dialog, "smtpCaFileLineEdit", server.caFile());
    QLabel *result = child<QLabel>(dialog, "sendTestResultLabel");

    SECTION("a wrong password: the server's refusal is shown")
    {
        type(dialog, "smtpPasswordLineEdit", QStringLiteral("wrong"));
        QSignalSpy finished(&dialog, &MailSettingsPage::testFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "sendTestPushButton"), Qt::LeftButton);
        REQUIRE(finished.wait(60000));
        CHECK(result->text().startsWith(QStringLiteral("Not sent")));
        CHECK(server.messages().isEmpty());
    }
    SECTION("the right one: the message arrives at the sender's own address")
    {
        type(dialog, "smtpPasswordLineEdit", QStringLiteral("s3cret"));
        QSignalSpy finished(&dialog, &MailSettingsPage::testFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "sendTestPushButton"), Qt::LeftButton);
        CHECK(dialog.isTesting());
        REQUIRE(finished.wait(60000));
        INFO(result->text().toStdString());
        CHECK(result->text().startsWith(QStringLiteral("Sent. The server answered: 250")));
        REQUIRE(server.messages().size() == 1);
        const QJsonObject mail = SmtpServerProcess::readMail(server.messages().first());
        CHECK(mail.value(QStringLiteral("subject")).toString() ==
              QStringLiteral("Clientele: a test message"));
        const QJsonObject to = mail.value(QStringLiteral("to")).toArray().first().toObject();
        CHECK(to.value(QStringLiteral("address")).toString() ==
              QStringLiteral("sales@vector.example"));
        const QJsonObject from = mail.value(QStringLiteral("from")).toArray().first().toObject();
        CHECK(from.value(QStringLiteral("name")).toString() == QStringLiteral("Отдел продаж"));
        // Nothing was saved by a test.
        SettingsRepository repository(t.db());
        CHECK(BusinessSettings(repository).value(QStringLiteral("smtp.host")).isEmpty());
    }
}

TEST_CASE("The template editor previews a message and lists what would hold it", "[ui][mail]")
{
    TestDatabase t;
    TestMessenger messenger;
    ClientRepository clients(t.db());
    Client ivan;
    ivan.kind = Client::Kind::Person;
    ivan.firstName = QStringLiteral("Иван");
    ivan.middleName = QStringLiteral("Петрович");
    ivan.lastName = QStringLiteral("Сидоров <Ромашка & Co>");
    ivan.name = QStringLiteral("Иван Петрович Сидоров");
    ivan.emails = {EmailEntry{
        0, {}, QStringLiteral("ivan@romashka.example"), QStringLiteral("ivan@romashka.example")}};
    ivan.phones = {
        PhoneEntry{0, {}, QStringLiteral("+7 912 345-67-89"), QStringLiteral("+79123456789")}};
    REQUIRE(clients.save(ivan));

    TemplatesDialog dialog(t.db(), clients, messenger, QStringLiteral("Анна Смирнова"));
    dialog.show();
    auto *list = child<QListWidget>(dialog, "templatesListWidget");
    // The ready ones, in both languages and both channels, are there and marked.
    REQUIRE(list->count() == 16);
    CHECK(list->item(0)->text().endsWith(QStringLiteral("(ready)")));
    REQUIRE(dialog.selectTemplate(QStringLiteral("email"), QStringLiteral("Welcome")));
    auto *preview = child<QTextBrowser>(dialog, "previewTextBrowser");
    CHECK(preview->toPlainText().contains(QStringLiteral("Choose a client")));

    // Our company has no name yet: the message would be held, and says why.
    dialog.setPreviewClient(ivan.id, ivan.name);
    QLabel *held = child<QLabel>(dialog, "heldLabel");
    CHECK(held->isVisibleTo(&dialog));
    CHECK(held->text().contains(QStringLiteral("would be held")));
    CHECK(preview->toPlainText().isEmpty());

    CompanyProfile company = CompanyRepository(t.db()).profile();
    company.name = QStringLiteral("ООО «Вектор»");
    REQUIRE(CompanyRepository(t.db()).save(company));
    dialog.setPreviewClient(ivan.id, ivan.name);
    CHECK_FALSE(held->isVisibleTo(&dialog));
    const QString shown = preview->toPlainText();
    INFO(shown.toStdString());
    CHECK(shown.contains(QStringLiteral("Subject: Welcome to ООО «Вектор»")));
    CHECK(shown.contains(QStringLiteral("ivan@romashka.example")));
    CHECK(shown.contains(QStringLiteral("Анна Смирнова")));

    // A placeholder inserted from the menu fills in at once; the client's
    // own text stays text, never markup.
    auto *body = child<QPlainTextEdit>(dialog, "templateBodyPlainTextEdit");
    QTextCursor end = body->textCursor();
    end.movePosition(QTextCursor::End);
    body->setTextCursor(end);
    body->setFocus();
    dialog.insertPlaceholder(QStringLiteral("contact.last_name"));
    CHECK(body->toPlainText().endsWith(QStringLiteral("{{contact.last_name}}")));
    CHECK(preview->toPlainText().contains(QStringLiteral("Сидоров <Ромашка & Co>")));

    // Saved, the ready one is overridden; restored, it is back as it was.
    REQUIRE(dialog.save());
    INFO(messenger.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(list->currentItem()->text() == QStringLiteral("Welcome (ready, changed)"));
    MessageTemplateRepository templates(t.db());
    CHECK(templates.find(QStringLiteral("email"), QStringLiteral("Welcome"))->isSaved());
    REQUIRE(dialog.restore());
    CHECK(messenger.confirmations == 1);
    CHECK(list->currentItem()->text() == QStringLiteral("Welcome (ready)"));
    CHECK_FALSE(templates.find(QStringLiteral("email"), QStringLiteral("Welcome"))->isSaved());
    CHECK_FALSE(body->toPlainText().contains(QStringLiteral("{{contact.last_name}}")));

    // SMS: the length and parts under the text, Cyrillic in UCS-2.
    REQUIRE(dialog.selectTemplate(QStringLiteral("sms"), QStringLiteral("Приветствие")));
    QLabel *length = child<QLabel>(dialog, "smsLengthLabel");
    CHECK(length->isVisibleTo(&dialog));
    // "ООО «Вектор»: спасибо, что выбрали нас! Ваш менеджер Анна Смирнова." is 67
    // characters: one part of 70.
    CHECK(length->text() ==
          QStringLiteral("This message: 67 character(s), 1 part(s) (Cyrillic: 70 a part)"));
    CHECK(preview->toPlainText().startsWith(QStringLiteral("ООО «Вектор»: спасибо")));
}
