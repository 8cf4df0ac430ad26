#include "mailsettingspage.h"

#include "common/formbuddies.h"

#include "clients/phonenormalizer.h"
#include "common/messenger.h"
#include "common/secretstore.h"
#include "mailing/smsgateway.h"
#include "mailing/smtpsettings.h"
#include "mailing/smtptransport.h"
#include "settings/businesssettings.h"
#include "settings/settingsrepository.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
const char kSmtpPassword[] = "smtp.password";
const char kSmsKey[] = "sms.key";

QString describe(const SendResult &r)
{
    const QString answer =
        r.code ? QString::number(r.code) + QLatin1Char(' ') + r.answer : r.answer;
    return r.sent() ? MailSettingsPage::tr("Sent. The server answered: %1").arg(answer)
                    : MailSettingsPage::tr("Not sent: %1").arg(answer);
}
} // namespace

MailSettingsPage::MailSettingsPage(const Database &db, SecretStore &secrets, Messenger &messenger,
                                   QWidget *parent)
    : SettingsPage(parent), m_db(db), m_secrets(secrets), m_messenger(messenger)
{
    setObjectName(QStringLiteral("mailSettingsPage"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("mailSettingsTabWidget"));
    tabs->addTab(createMailTab(), QIcon::fromTheme(QStringLiteral("mail-send")), tr("&E-mail"));
    tabs->addTab(createSmsTab(), QIcon::fromTheme(QStringLiteral("smartphone")), tr("&SMS"));

    m_keychain = new QLabel(this);
    m_keychain->setObjectName(QStringLiteral("keychainLabel"));
    m_keychain->setWordWrap(true);
    m_keychain->setTextFormat(Qt::RichText); // the keychain's own error is escaped
    // Reading the secrets is also how we learn whether a keychain answers.
    m_password->setText(m_secrets.read(QString::fromLatin1(kSmtpPassword)));
    m_smsKey->setText(m_secrets.read(QString::fromLatin1(kSmsKey)));
    if (m_secrets.keychainAvailable()) {
        m_keychain->setText(tr("The password and the API key are kept in the system keychain, "
                               "never in the database."));
    } else {
        m_keychain->setText(
            tr("<b>No system keychain is available</b> (%1). The password and the API key are "
               "kept for this session only and must be typed again after a restart; they are "
               "never written to the database or a file.")
                .arg(m_secrets.keychainError().toHtmlEscaped()));
        m_keychain->setStyleSheet(QStringLiteral("QLabel { color: palette(highlight); }"));
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_keychain);
    updateProvider();
}

MailSettingsPage::~MailSettingsPage()
{
    // The test works on copies; waiting only keeps its thread from outliving us.
    if (m_watcher)
        m_watcher->waitForFinished();
}

QWidget *MailSettingsPage::createMailTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Se&rver:"), field(QStringLiteral("smtp.host"),
                                       addEdit(QStringLiteral("smtp.host"), "smtpHostLineEdit")));
    form->addRow(tr("&Port:"), field(QStringLiteral("smtp.port"),
                                     addEdit(QStringLiteral("smtp.port"), "smtpPortLineEdit")));
    form->addRow(
        tr("E&ncryption:"),
        field(QStringLiteral("smtp.security"),
              addCombo(QStringLiteral("smtp.security"), "smtpSecurityComboBox",
                       {{QStringLiteral("starttls"), tr("STARTTLS (port 587)")},
                        {QStringLiteral("tls"), tr("TLS from the start (port 465)")},
                        {QStringLiteral("none"), tr("None (a server on this machine)")}})));
    form->addRow(tr("&Login:"), field(QStringLiteral("smtp.user"),
                                      addEdit(QStringLiteral("smtp.user"), "smtpUserLineEdit")));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("smtpPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Sender's a&ddress:"),
                 field(QStringLiteral("smtp.from"),
                       addEdit(QStringLiteral("smtp.from"), "smtpFromLineEdit")));
    form->addRow(tr("Sender's na&me:"),
                 field(QStringLiteral("smtp.from_name"),
                       addEdit(QStringLiteral("smtp.from_name"), "smtpFromNameLineEdit")));

    form->addRow(tr("Trust &certificate:"),
                 addCaFile(QStringLiteral("smtp.ca_file"), "smtpCaFileLineEdit"));
    QLineEdit *unsubscribe = addEdit(QStringLiteral("smtp.unsubscribe"), "smtpUnsubscribeLineEdit");
    unsubscribe->setPlaceholderText(tr("mailto:unsubscribe@example.com"));
    form->addRow(tr("&Unsubscribe address:"),
                 field(QStringLiteral("smtp.unsubscribe"), unsubscribe));

    m_testMail =
        new QPushButton(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Send &test"), page);
    m_testMail->setObjectName(QStringLiteral("sendTestPushButton"));
    m_testMail->setToolTip(tr("Sends a message to the sender's own address with what is typed "
                              "here, saved or not"));
    m_testMailResult = new QLabel(page);
    m_testMailResult->setObjectName(QStringLiteral("sendTestResultLabel"));
    m_testMailResult->setWordWrap(true);
    m_testMailResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_testMail, m_testMailResult);
    connect(m_testMail, &QPushButton::clicked, this, &MailSettingsPage::sendTestMail);
    FormBuddies::link(form);
    return page;
}

QWidget *MailSettingsPage::createSmsTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    QComboBox *provider = addCombo(QStringLiteral("sms.provider"), "smsProviderComboBox",
                                   {{QStringLiteral("generic"), tr("Any HTTP gateway")},
                                    {QStringLiteral("smsru"), tr("SMS.ru")}});
    form->addRow(tr("&Provider:"), field(QStringLiteral("sms.provider"), provider));
    QLineEdit *url = addEdit(QStringLiteral("sms.url"), "smsUrlLineEdit");
    url->setPlaceholderText(
        QStringLiteral("https://gateway.example/send?to={phone}&text={text}&key={key}"));
    form->addRow(tr("Add&ress:"), field(QStringLiteral("sms.url"), url));
    form->addRow(tr("Met&hod:"),
                 field(QStringLiteral("sms.method"),
                       addCombo(QStringLiteral("sms.method"), "smsMethodComboBox",
                                {{QStringLiteral("GET"), QStringLiteral("GET")},
                                 {QStringLiteral("POST"), QStringLiteral("POST")}})));
    form->addRow(tr("Sender &name:"),
                 field(QStringLiteral("sms.sender"),
                       addEdit(QStringLiteral("sms.sender"), "smsSenderLineEdit")));
    QLineEdit *success = addEdit(QStringLiteral("sms.success_field"), "smsSuccessLineEdit");
    success->setPlaceholderText(tr("status=OK; empty: an HTTP status 2xx"));
    form->addRow(tr("Success &field:"), field(QStringLiteral("sms.success_field"), success));
    form->addRow(tr("Trust &certificate:"),
                 addCaFile(QStringLiteral("sms.ca_file"), "smsCaFileLineEdit"));
    m_smsKey = new QLineEdit(page);
    m_smsKey->setObjectName(QStringLiteral("smsKeyLineEdit"));
    m_smsKey->setEchoMode(QLineEdit::Password);
    form->addRow(tr("API &key:"), m_smsKey);
    connect(provider, &QComboBox::currentIndexChanged, this, &MailSettingsPage::updateProvider);

    m_testPhone = new QLineEdit(page);
    m_testPhone->setObjectName(QStringLiteral("testPhoneLineEdit"));
    m_testPhone->setPlaceholderText(tr("+7 912 345-67-89"));
    m_testSms =
        new QPushButton(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Send test S&MS"), page);
    m_testSms->setObjectName(QStringLiteral("sendTestSmsPushButton"));
    auto *testRow = new QWidget(page);
    auto *testLayout = new QHBoxLayout(testRow);
    testLayout->setContentsMargins(0, 0, 0, 0);
    testLayout->addWidget(m_testPhone, 1);
    testLayout->addWidget(m_testSms);
    form->addRow(tr("Test t&o:"), testRow);
    m_testSmsResult = new QLabel(page);
    m_testSmsResult->setObjectName(QStringLiteral("sendTestSmsResultLabel"));
    m_testSmsResult->setWordWrap(true);
    m_testSmsResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_testSmsResult);
    connect(m_testSms, &QPushButton::clicked, this, &MailSettingsPage::sendTestSms);
    FormBuddies::link(form);
    return page;
}

QWidget *MailSettingsPage::field(const QString &key, QWidget *editor)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    auto *check = new QLabel(box);
    check->setObjectName(key + QStringLiteral("CheckLabel"));
    check->setWordWrap(true);
    check->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    check->hide();
    layout->addWidget(check);
    m_checks.insert(key, check);
    if (const BusinessSettings::Key *k = BusinessSettings::key(key))
        editor->setToolTip(BusinessSettings::tr(k->description));
    return box;
}

QLineEdit *MailSettingsPage::addEdit(const QString &key, const char *objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    SettingsRepository repository(m_db);
    edit->setText(BusinessSettings(repository).value(key));
    m_edits.insert(key, edit);
    connect(edit, &QLineEdit::textChanged, this, [this, key] { showCheck(key); });
    return edit;
}

QWidget *MailSettingsPage::addCaFile(const QString &key, const char *objectName)
{
    QLineEdit *ca = addEdit(key, objectName);
    ca->setPlaceholderText(tr("The system's certificates"));
    auto *row = new QWidget(this);
    auto *browse = new QPushButton(tr("Choose…"), row);
    browse->setObjectName(key + QStringLiteral("PushButton"));
    connect(browse, &QPushButton::clicked, this, [this, ca] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Certificate to trust"), ca->text(),
                                         tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            ca->setText(path);
    });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(ca, 1);
    layout->addWidget(browse);
    return field(key, row);
}

QComboBox *MailSettingsPage::addCombo(const QString &key, const char *objectName,
                                      const QList<QPair<QString, QString>> &items)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(objectName));
    for (const auto &[data, text] : items)
        combo->addItem(text, data);
    SettingsRepository repository(m_db);
    const int index = combo->findData(BusinessSettings(repository).value(key));
    combo->setCurrentIndex(qMax(0, index));
    m_combos.insert(key, combo);
    return combo;
}

QString MailSettingsPage::value(const QString &key) const
{
    if (const QLineEdit *edit = m_edits.value(key))
        return edit->text().trimmed();
    if (const QComboBox *combo = m_combos.value(key))
        return combo->currentData().toString();
    return {};
}

void MailSettingsPage::showCheck(const QString &key)
{
    QLabel *label = m_checks.value(key);
    if (!label)
        return;
    const QString why = BusinessSettings::check(key, value(key));
    label->setText(why);
    label->setVisible(!why.isEmpty());
}

void MailSettingsPage::updateProvider()
{
    // SMS.ru's address, method and answer are known: only the key and sender matter.
    const bool generic = value(QStringLiteral("sms.provider")) == QLatin1String("generic");
    for (const char *key : {"sms.url", "sms.method", "sms.success_field", "sms.ca_file"}) {
        if (QWidget *w = m_edits.value(QLatin1String(key)))
            w->setEnabled(generic);
        if (QWidget *w = m_combos.value(QLatin1String(key)))
            w->setEnabled(generic);
    }
}

bool MailSettingsPage::apply()
{
    QStringList problems;
    QStringList keys = m_edits.keys() + m_combos.keys();
    keys.sort();
    for (const QString &key : keys) {
        showCheck(key);
        const QString why = BusinessSettings::check(key, value(key));
        if (!why.isEmpty())
            problems << why;
    }
    if (!problems.isEmpty()) {
        m_messenger.error(this, tr("Cannot save the mail settings"),
                          problems.join(QLatin1Char('\n')));
        return false;
    }
    SettingsRepository repository(m_db);
    BusinessSettings settings(repository);
    for (const QString &key : keys) {
        QString error;
        if (!settings.setValue(key, value(key), &error)) {
            m_messenger.error(this, tr("Cannot save the mail settings"), error);
            return false;
        }
    }
    // Secrets last: a refused keychain keeps them for the session and says so.
    QString keychainError;
    const bool passwordKept =
        m_secrets.write(QString::fromLatin1(kSmtpPassword), m_password->text(), &keychainError);
    const bool keyKept =
        m_secrets.write(QString::fromLatin1(kSmsKey), m_smsKey->text(), &keychainError);
    if (!(passwordKept && keyKept) &&
        (!m_password->text().isEmpty() || !m_smsKey->text().isEmpty()))
        m_messenger.info(this, tr("Mail and SMS"), keychainError);
    return true;
}

bool MailSettingsPage::isTesting() const
{
    return m_watcher && m_watcher->isRunning();
}

void MailSettingsPage::startTest(QLabel *label, const std::function<SendResult()> &work)
{
    if (isTesting())
        return;
    delete m_watcher;
    m_watcher = new QFutureWatcher<SendResult>(this);
    label->setText(tr("Sending…"));
    m_testMail->setEnabled(false);
    m_testSms->setEnabled(false);
    connect(m_watcher, &QFutureWatcher<SendResult>::finished, this, [this, label] {
        const QString text = describe(m_watcher->result());
        label->setText(text);
        m_testMail->setEnabled(true);
        m_testSms->setEnabled(true);
        Q_EMIT testFinished(text);
    });
    m_watcher->setFuture(QtConcurrent::run(work));
}

void MailSettingsPage::sendTestMail()
{
    SmtpSettings smtp;
    smtp.host = value(QStringLiteral("smtp.host"));
    smtp.port = value(QStringLiteral("smtp.port")).toInt();
    SmtpSettings::securityFromName(value(QStringLiteral("smtp.security")), &smtp.security);
    smtp.user = value(QStringLiteral("smtp.user"));
    smtp.password = m_password->text();
    smtp.caFile = value(QStringLiteral("smtp.ca_file"));
    smtp.fromAddress = value(QStringLiteral("smtp.from"));
    smtp.fromName = value(QStringLiteral("smtp.from_name"));
    if (smtp.port == 0)
        smtp.port = smtp.security == SmtpSettings::Security::Tls ? 465 : 587;
    for (const QString &key : {QStringLiteral("smtp.host"), QStringLiteral("smtp.from")}) {
        const QString why = value(key).isEmpty()
                                ? tr("Fill in the server and the sender's address first.")
                                : BusinessSettings::check(key, value(key));
        if (!why.isEmpty()) {
            m_testMailResult->setText(why);
            return;
        }
    }
    MailMessage message;
    message.from = {smtp.fromName, smtp.fromAddress};
    message.to = {{smtp.fromName, smtp.fromAddress}};
    message.subject = tr("Clientele: a test message");
    message.text = tr("This message was sent from Clientele's mail settings to check the "
                      "server %1.")
                       .arg(smtp.host);
    startTest(m_testMailResult, [smtp, message] { return SmtpTransport(smtp).send(message); });
}

void MailSettingsPage::sendTestSms()
{
    SmsGateway::Settings sms;
    sms.key = m_smsKey->text();
    sms.sender = value(QStringLiteral("sms.sender"));
    sms.caFile = value(QStringLiteral("sms.ca_file"));
    if (value(QStringLiteral("sms.provider")) == QLatin1String("smsru")) {
        // The preset's address and answer, as the outbox will use them.
        sms = SmsGateway::Settings::smsRu(sms.key, sms.sender);
    } else {
        sms.url = value(QStringLiteral("sms.url"));
        sms.method = value(QStringLiteral("sms.method"));
        sms.successField = value(QStringLiteral("sms.success_field"));
    }
    SettingsRepository repository(m_db);
    const QString phone = PhoneNormalizer(repository.phoneRegion()).toE164(m_testPhone->text());
    if (phone.isEmpty()) {
        m_testSmsResult->setText(tr("\"%1\" is not a phone number.").arg(m_testPhone->text()));
        return;
    }
    if (!sms.isConfigured()) {
        m_testSmsResult->setText(tr("Fill in the gateway's address first."));
        return;
    }
    OutboxMessage message;
    message.channel = QStringLiteral("sms");
    message.address = phone;
    message.body = tr("Clientele: a test SMS");
    startTest(m_testSmsResult,
              [sms, message]() mutable { return SmsGateway(sms).send(message, {}); });
}
