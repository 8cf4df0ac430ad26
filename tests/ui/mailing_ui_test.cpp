// The Mailings section and single messages, in the real main window under
// the offscreen platform, sending to a real SMTP server on loopback
// (aiosmtpd with STARTTLS) whose received mail Python's email reads back.
#include "catchqt.h"
#include "smtpserverprocess.h"
#include "testdatabase.h"
#include "testmessenger.h"

#include "audit/auditrepository.h"
#include "clients/attachmentrepository.h"
#include "clients/clientcard.h"
#include "clients/clientlistmodel.h"
#include "clients/clientlistpane.h"
#include "clients/clientrepository.h"
#include "documents/companyrepository.h"
#include "interactions/interactionrepository.h"
#include "mailing/campaignrepository.h"
#include "mailing/composedialog.h"
#include "mailing/mailingssection.h"
#include "mailing/messagetemplaterepository.h"
#include "mailing/newmailingdialog.h"
#include "mailing/outboxrepository.h"
#include "mailing/segmentrepository.h"
#include "mainwindow/mainwindow.h"
#include "settings/businesssettings.h"
#include "settings/settingsrepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace {
const QString kTemplate = QStringLiteral("Новости");

// Runs `fill` on the modal dialog of that class as soon as it is up; the
// action that opens it returns once `fill` has closed it.
template <typename Dialog, typename Fill> void whenModal(Fill fill)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, fill] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        fill(*dialog);
    });
    timer->start();
}

template <typename T> T *child(const QObject &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

// The rows of a table as its cells read, joined by " | ".
QStringList rows(const QTableWidget *table)
{
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c)
            cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
        out << cells.join(QStringLiteral(" | "));
    }
    return out;
}

// The addresses the server received mail for, one entry per message.
QStringList receivedBy(const SmtpServerProcess &server)
{
    QStringList out;
    for (const QString &path : server.messages())
        out << SmtpServerProcess::readMail(path)
                   .value(QStringLiteral("to"))
                   .toArray()
                   .first()
                   .toObject()
                   .value(QStringLiteral("address"))
                   .toString();
    return out;
}

struct Fixture
{
    SmtpServerProcess server{{true, false, {}, {}}};
    TestDatabase tdb;
    SettingsRepository settings{tdb.db()};
    ClientRepository clients{tdb.db()};
    InteractionRepository interactions{tdb.db()};
    AttachmentRepository attachments{tdb.db()};
    AuditRepository audit{tdb.db()};
    TestMessenger messenger;
    std::unique_ptr<MainWindow> window;
    qint64 ivan = 0;
    qint64 maria = 0;
    qint64 petr = 0;

    Fixture()
    {
        REQUIRE(server.isRunning());
        BusinessSettings business(settings);
        const QList<QPair<QString, QString>> values = {
            {QStringLiteral("smtp.host"), QStringLiteral("localhost")},
            {QStringLiteral("smtp.port"), QString::number(server.port())},
            {QStringLiteral("smtp.security"), QStringLiteral("starttls")},
            {QStringLiteral("smtp.from"), QStringLiteral("sales@vector.example")},
            {QStringLiteral("smtp.from_name"), QStringLiteral("Отдел продаж «Вектор»")},
            {QStringLiteral("smtp.ca_file"), server.caFile()}};
        for (const auto &[key, value] : values) {
            QString error;
            INFO(error.toStdString());
            REQUIRE(business.setValue(key, value, &error));
        }
        CompanyProfile company = CompanyRepository(tdb.db()).profile();
        company.name = QStringLiteral("ООО «Вектор»");
        REQUIRE(CompanyRepository(tdb.db()).save(company));
        MessageTemplate t;
        t.channel = QStringLiteral("email");
        t.name = kTemplate;
        t.subject = QStringLiteral("Новости для {{contact.first_name}}");
        t.body = QStringLiteral("<p>Здравствуйте, {{contact.first_name}}!</p>");
        REQUIRE(MessageTemplateRepository(tdb.db()).save(t));

        ivan = person(QStringLiteral("Иван"), QStringLiteral("ivan@romashka.example"));
        maria = person(QStringLiteral("Мария"), QStringLiteral("maria@orlova.example"));
        petr = person(QStringLiteral("Пётр"), QStringLiteral("petr@kim.example"));
        person(QStringLiteral("Ольга"), QString());
        person(QStringLiteral("Олег"), QStringLiteral("ivan@romashka.example"));
        person(QStringLiteral("Елена"), QStringLiteral("elena@kazan.example"),
               QStringLiteral("Казань"));
        SegmentRepository::Segment tver;
        tver.name = QStringLiteral("Тверь");
        tver.filter.city = QStringLiteral("Тверь");
        REQUIRE(SegmentRepository(tdb.db()).save(tver));
    }

    qint64 person(const QString &first, const QString &email,
                  const QString &city = QStringLiteral("Тверь"))
    {
        Client c;
        c.kind = Client::Kind::Person;
        c.firstName = first;
        c.lastName = QStringLiteral("Смирнов");
        c.name = first + QStringLiteral(" Смирнов");
        c.city = city;
        if (!email.isEmpty())
            c.emails = {EmailEntry{0, {}, email, email}};
        REQUIRE(clients.save(c));
        return c.id;
    }

    void show()
    {
        window = std::make_unique<MainWindow>(
            Services{tdb.db(), clients, interactions, attachments, audit, settings}, messenger);
        window->resize(1440, 860);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    MailingsSection *section() const { return window->mailings(); }

    // The row of the client in the Clients list.
    int rowOf(qint64 id) const
    {
        const QAbstractItemModel *model = window->listPane()->view()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data(ClientListModel::IdRole).toLongLong() == id)
                return r;
        return -1;
    }

    // The client's card in the Clients section, as a click in the list opens it.
    void openClient(qint64 id)
    {
        window->openSection(QStringLiteral("clients"));
        const int row = rowOf(id);
        REQUIRE(row >= 0);
        window->listPane()->view()->selectRow(row);
        REQUIRE(window->card()->buffer().id == id);
    }

    // New mailing… with the Тверь segment, filled and created as a user would.
    void createMailing(const QString &name, int perMinute, QString *count = nullptr)
    {
        window->openSection(QStringLiteral("mailings"));
        bool filled = false;
        whenModal<NewMailingDialog>([&, name, perMinute, count](NewMailingDialog &d) {
            child<QLineEdit>(d, "mailingNameLineEdit")->setText(name);
            auto *templates = child<QComboBox>(d, "templateComboBox");
            templates->setCurrentIndex(templates->findData(kTemplate));
            auto *segments = child<QComboBox>(d, "segmentComboBox");
            segments->setCurrentIndex(segments->findText(QStringLiteral("Тверь")));
            child<QSpinBox>(d, "rateSpinBox")->setValue(perMinute);
            if (count)
                *count = child<QLabel>(d, "audienceCountLabel")->text();
            filled = templates->currentIndex() >= 0 && segments->currentIndex() > 0;
            QTest::mouseClick(child<QPushButton>(d, "createPushButton"), Qt::LeftButton);
            if (d.isVisible())
                d.reject();
        });
        child<QAction>(*window, "newMailingAction")->trigger();
        REQUIRE(filled);
        INFO(messenger.errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(messenger.errors.isEmpty());
    }

    QStringList campaignRows() const { return rows(section()->campaigns()); }
    QStringList outboxRows() const { return rows(section()->outbox()); }
};
} // namespace

TEST_CASE("A mailing to a segment counts who is left out, sends to the rest and keeps it in "
          "the history",
          "[ui][mailing]")
{
    Fixture f;
    f.show();

    // Пётр does not want e-mail: ticked on his card and saved.
    f.openClient(f.petr);
    auto *optOut = child<QCheckBox>(*f.window, "emailOptOutCheckBox");
    CHECK_FALSE(optOut->isChecked());
    optOut->click();
    child<QAction>(*f.window, "saveAction")->trigger();
    REQUIRE(f.clients.load(f.petr)->emailOptOut);
    CHECK(child<QCheckBox>(*f.window, "emailOptOutCheckBox")->isChecked());

    // The empty section says what it is for and offers the next step.
    f.window->openSection(QStringLiteral("mailings"));
    QWidget *empty = child<QWidget>(*f.window, "emptyMailingsWidget");
    CHECK(empty->isVisible());
    CHECK(child<QLabel>(*f.window, "emptyLabel")->text().contains(QStringLiteral("No mailings")));
    CHECK(child<QPushButton>(*f.window, "emptyNewMailingPushButton")->isVisible());

    QSignalSpy finished(f.section(), &MailingsSection::mailingFinished);
    QString count;
    f.createMailing(QStringLiteral("Декабрь"), 6000, &count);
    // Иван and Мария; Пётр said no, Ольга has no address, Олег has Иван's.
    CHECK(count == QStringLiteral("<b>2 recipient(s)</b>; left out: 1 opted out, 1 no address, "
                                  "1 same address as another"));
    CHECK_FALSE(empty->isVisible());
    REQUIRE((finished.count() > 0 || finished.wait(60000)));

    auto *progress = child<QProgressBar>(*f.window, "mailingProgressBar");
    CHECK(progress->maximum() == 2);
    CHECK(progress->value() == 2);
    CHECK(child<QLabel>(*f.window, "progressLabel")->text() ==
          QStringLiteral("«Декабрь»: 2 sent, 0 failed of 2; done"));

    QStringList to = receivedBy(f.server);
    to.sort();
    CHECK(to == QStringList{QStringLiteral("ivan@romashka.example"),
                            QStringLiteral("maria@orlova.example")});
    for (const QString &path : f.server.messages()) {
        const QJsonObject mail = SmtpServerProcess::readMail(path);
        const QString address = mail.value(QStringLiteral("to"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("address"))
                                    .toString();
        const QString name = address.startsWith(QLatin1String("ivan")) ? QStringLiteral("Иван")
                                                                       : QStringLiteral("Мария");
        CHECK(mail.value(QStringLiteral("subject")).toString() ==
              QStringLiteral("Новости для ") + name);
        CHECK(mail.value(QStringLiteral("html"))
                  .toString()
                  .contains(QStringLiteral("Здравствуйте, ") + name + QLatin1Char('!')));
    }

    // The mailing's row and its outbox, as the section shows them.
    REQUIRE(f.campaignRows().size() == 1);
    CHECK(f.campaignRows().first().startsWith(
        QStringLiteral("Декабрь | E-mail | done | 0 | 2 | 0 | 0 | 3 |")));
    QStringList outbox = f.outboxRows();
    CHECK(outbox.size() == 2);
    for (const QString &row : outbox)
        CHECK(row.contains(QStringLiteral(" | sent | 1 | ")));

    // Each message is in its recipient's history, with its text.
    f.openClient(f.ivan);
    auto *history = child<QTreeWidget>(*f.window->card(), "interactionsTreeWidget");
    REQUIRE(history->topLevelItemCount() == 1);
    CHECK(history->topLevelItem(0)->text(3) == QStringLiteral("Новости для Иван"));
    CHECK(history->topLevelItem(0)->toolTip(3).contains(QStringLiteral("Здравствуйте, Иван!")));
    f.openClient(f.petr);
    CHECK(child<QTreeWidget>(*f.window->card(), "interactionsTreeWidget")->topLevelItemCount() ==
          0);
}

TEST_CASE("Pause and Cancel leave the rest queued, and Send / resume sends it once",
          "[ui][mailing]")
{
    Fixture f;
    // Four who can be reached: Иван, Мария, Пётр, and Вера.
    f.person(QStringLiteral("Вера"), QStringLiteral("vera@tver.example"));
    f.show();
    QSignalSpy finished(f.section(), &MailingsSection::mailingFinished);

    const bool cancel = GENERATE(false, true);
    // One a second: the run is stopped in the wait after the first message.
    f.createMailing(cancel ? QStringLiteral("Отменённая") : QStringLiteral("Приостановленная"), 60);
    QTRY_COMPARE_WITH_TIMEOUT(f.server.messages().size(), 1, 30000);
    if (cancel)
        QTest::mouseClick(child<QPushButton>(*f.window, "cancelMailingPushButton"), Qt::LeftButton);
    else
        QTest::mouseClick(child<QPushButton>(*f.window, "pausePushButton"), Qt::LeftButton);
    REQUIRE((finished.count() > 0 || finished.wait(30000)));
    CHECK(f.messenger.confirmations == (cancel ? 1 : 0));
    CHECK(f.server.messages().size() == 1);
    const QString state = cancel ? QStringLiteral("cancelled") : QStringLiteral("paused");
    REQUIRE(f.campaignRows().size() == 1);
    CHECK(f.campaignRows().first().contains(QStringLiteral(" | E-mail | ") + state +
                                            QStringLiteral(" | 3 | 1 | 0 | 0 | 2 |")));
    CHECK(f.outboxRows().filter(QStringLiteral(" | queued | ")).size() == 3);
    CHECK(child<QLabel>(*f.window, "progressLabel")->text().endsWith(state));

    // Taken up again, the rest goes, and nobody gets it twice.
    finished.clear();
    QAction *resume = child<QAction>(*f.window, "runMailingAction");
    REQUIRE(resume->isEnabled());
    resume->trigger();
    REQUIRE(finished.wait(60000));
    QStringList to = receivedBy(f.server);
    CHECK(to.size() == 4);
    CHECK(QSet<QString>(to.begin(), to.end()).size() == 4);
    CHECK(f.campaignRows().first().contains(QStringLiteral(" | done | 0 | 4 | 0 | 0 | 2 |")));
}

TEST_CASE("A message left sending by a stop is unknown at start, never resent, until the user "
          "decides",
          "[ui][mailing]")
{
    Fixture f;
    // A mailing that was sending when the program was killed: one row
    // claimed and never finished.
    SegmentFilter tver;
    tver.city = QStringLiteral("Тверь");
    Campaign c;
    c.name = QStringLiteral("Прерванная");
    c.ratePerMinute = 6000;
    const Audience audience =
        SegmentRepository(f.tdb.db()).audience(tver, QStringLiteral("email"), QString());
    REQUIRE(
        CampaignRepository(f.tdb.db())
            .create(c,
                    *MessageTemplateRepository(f.tdb.db()).find(QStringLiteral("email"), kTemplate),
                    audience, CompanyRepository(f.tdb.db()).profile()));
    REQUIRE(CampaignRepository(f.tdb.db()).setStatus(c.id, QStringLiteral("running")));
    OutboxRepository outbox(f.tdb.db());
    const QList<OutboxMessage> queued = outbox.list(c.id);
    REQUIRE(queued.size() == 3); // Иван, Мария, Пётр
    REQUIRE(outbox.claim(queued.first().id));
    const QString interrupted = queued.first().address;

    f.show();
    QSignalSpy finished(f.section(), &MailingsSection::mailingFinished);
    // At start the mailing goes on by itself, without the interrupted one.
    REQUIRE(finished.wait(60000));
    QStringList to = receivedBy(f.server);
    to.sort();
    CHECK(to.size() == 2);
    CHECK_FALSE(to.contains(interrupted));

    f.window->openSection(QStringLiteral("mailings"));
    REQUIRE(f.campaignRows().size() == 1);
    CHECK(f.campaignRows().first().contains(QStringLiteral(" | sending | 0 | 2 | 0 | 1 |")));
    QTableWidget *table = f.section()->outbox();
    int unknownRow = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == interrupted)
            unknownRow = r;
    REQUIRE(unknownRow >= 0);
    CHECK(table->item(unknownRow, 2)->text() == QStringLiteral("unknown"));
    CHECK(table->item(unknownRow, 2)->toolTip().contains(QStringLiteral("check whether")));

    auto *wasSent = child<QPushButton>(*f.window, "wasSentPushButton");
    CHECK_FALSE(wasSent->isEnabled());
    table->setCurrentCell(unknownRow, 0);
    REQUIRE(wasSent->isEnabled());
    QTest::mouseClick(wasSent, Qt::LeftButton);
    CHECK(f.campaignRows().first().contains(QStringLiteral(" | done | 0 | 3 | 0 | 0 |")));
    CHECK(f.outboxRows().filter(QStringLiteral(" | sent | ")).size() == 3);
    // Decided, not sent again.
    QTest::qWait(200);
    CHECK(f.server.messages().size() == 2);
}

TEST_CASE("Mailing to selected takes the clients selected in the list", "[ui][mailing]")
{
    Fixture f;
    f.show();
    f.window->openSection(QStringLiteral("clients"));
    ClientListPane *list = f.window->listPane();
    f.openClient(f.ivan);
    QTableView *view = list->view();
    const int maria = f.rowOf(f.maria);
    REQUIRE(maria >= 0);
    view->selectionModel()->select(view->model()->index(maria, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(list->selectedIds().size() == 2);

    QString choice;
    QString count;
    bool filterShown = true;
    whenModal<NewMailingDialog>([&](NewMailingDialog &d) {
        auto *selection = child<QRadioButton>(d, "fromSelectionRadioButton");
        choice = selection->isChecked() ? selection->text() : QString();
        count = child<QLabel>(d, "audienceCountLabel")->text();
        filterShown = child<QComboBox>(d, "segmentComboBox")->isVisible();
        d.reject();
    });
    QAction *action = child<QAction>(*f.window, "mailSelectedAction");
    REQUIRE(action->isVisible());
    action->trigger();
    CHECK(choice == QStringLiteral("The 2 client(s) selected in the list"));
    CHECK(count == QStringLiteral("<b>2 recipient(s)</b>"));
    CHECK_FALSE(filterShown);
    CHECK(f.section()->isVisible());
}

TEST_CASE("A single e-mail from the client card arrives with its file and is in the history",
          "[ui][mailing]")
{
    Fixture f;
    f.show();
    f.openClient(f.ivan);
    f.window->card()->writeEmailAction()->trigger();
    auto *dialog = f.window->findChild<ComposeDialog *>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    auto *to = child<QComboBox>(*dialog, "toComboBox");
    REQUIRE(to->count() == 1);
    CHECK(to->currentText() == QStringLiteral("Смирнов Иван <ivan@romashka.example>"));

    // A placeholder that would come out empty holds the message and says which.
    child<QLineEdit>(*dialog, "subjectLineEdit")->setText(QStringLiteral("Договор"));
    auto *body = child<QPlainTextEdit>(*dialog, "bodyPlainTextEdit");
    body->setPlainText(QStringLiteral("ИНН: {{client.inn}}"));
    QTest::mouseClick(child<QPushButton>(*dialog, "sendPushButton"), Qt::LeftButton);
    QLabel *held = child<QLabel>(*dialog, "heldLabel");
    CHECK(held->isVisible());
    INFO(held->text().toStdString());
    CHECK(held->text().contains(QStringLiteral("the client's INN")));
    CHECK(dialog->messageId() == 0);

    // Free text with a placeholder, and a file with a Cyrillic name.
    QByteArray bytes;
    for (int i = 0; i < 3000; ++i)
        bytes.append(char(i * 7 % 256));
    const QString path = f.tdb.dir() + QStringLiteral("/Договор №5.pdf");
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    dialog->addAttachment(path);
    CHECK(child<QListWidget>(*dialog, "attachmentsListWidget")->count() == 1);
    body->setPlainText(
        QStringLiteral("Здравствуйте, {{contact.first_name}}!\nДоговор во вложении."));
    QSignalSpy finished(dialog, &ComposeDialog::sendFinished);
    QTest::mouseClick(child<QPushButton>(*dialog, "sendPushButton"), Qt::LeftButton);
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(held->isVisible());
    const QString result = child<QLabel>(*dialog, "resultLabel")->text();
    INFO(result.toStdString());
    CHECK(result.startsWith(QStringLiteral("Sent. The server answered: 250")));

    REQUIRE(f.server.messages().size() == 1);
    const QJsonObject mail = SmtpServerProcess::readMail(f.server.messages().first());
    CHECK(mail.value(QStringLiteral("subject")).toString() == QStringLiteral("Договор"));
    CHECK(mail.value(QStringLiteral("text"))
              .toString()
              .contains(QStringLiteral("Здравствуйте, Иван!")));
    const QJsonArray files = mail.value(QStringLiteral("attachments")).toArray();
    REQUIRE(files.size() == 1);
    CHECK(files.first().toObject().value(QStringLiteral("filename")).toString() ==
          QStringLiteral("Договор №5.pdf"));
    CHECK(files.first().toObject().value(QStringLiteral("data")).toString() ==
          QString::fromLatin1(bytes.toHex()));
    const std::optional<OutboxMessage> row = OutboxRepository(f.tdb.db()).load(dialog->messageId());
    REQUIRE(row);
    CHECK(row->state == QStringLiteral("sent"));

    // The card's history has it at once.
    auto *history = child<QTreeWidget>(*f.window->card(), "interactionsTreeWidget");
    REQUIRE(history->topLevelItemCount() == 1);
    CHECK(history->topLevelItem(0)->text(3) == QStringLiteral("Договор"));
    dialog->close();

    // Someone who does not want e-mail gets none, and the user is told why.
    f.messenger.errors.clear();
    f.openClient(f.petr);
    child<QCheckBox>(*f.window, "emailOptOutCheckBox")->click();
    child<QAction>(*f.window, "saveAction")->trigger();
    f.window->card()->writeEmailAction()->trigger();
    ComposeDialog *toPetr = nullptr;
    for (ComposeDialog *d : f.window->findChildren<ComposeDialog *>())
        if (d->isVisible())
            toPetr = d;
    REQUIRE(toPetr);
    child<QLineEdit>(*toPetr, "subjectLineEdit")->setText(QStringLiteral("Привет"));
    child<QPlainTextEdit>(*toPetr, "bodyPlainTextEdit")->setPlainText(QStringLiteral("Текст"));
    QTest::mouseClick(child<QPushButton>(*toPetr, "sendPushButton"), Qt::LeftButton);
    REQUIRE(f.messenger.errors.size() == 1);
    INFO(f.messenger.errors.first().toStdString());
    CHECK(toPetr->messageId() == 0);
    QTest::qWait(200);
    CHECK(f.server.messages().size() == 1);
}

TEST_CASE("A single message the server put off goes again by itself when due", "[ui][mailing]")
{
    Fixture f;
    f.show();
    // As the compose dialog leaves it after a 421: queued, its retry due now.
    OutboxRepository outbox(f.tdb.db());
    OutboxMessage m;
    m.clientId = f.ivan;
    m.address = QStringLiteral("ivan@romashka.example");
    m.name = QStringLiteral("Иван Смирнов");
    m.subject = QStringLiteral("Счёт №12");
    m.body = QStringLiteral("<p>Счёт во вложении.</p>");
    m.textBody = QStringLiteral("Счёт во вложении.");
    REQUIRE(outbox.enqueue(m));
    REQUIRE(outbox.claim(m.id));
    SendResult later;
    later.outcome = SendResult::Outcome::Temporary;
    later.code = 421;
    later.answer = QStringLiteral("421 Try again later");
    REQUIRE(
        outbox.finish(*outbox.load(m.id), later, QDateTime::currentDateTimeUtc().addSecs(-3600)));
    REQUIRE(outbox.load(m.id)->state == QStringLiteral("queued"));
    CHECK(outbox.nextDue(OutboxRepository::SingleMessages) <= QDateTime::currentDateTimeUtc());

    QSignalSpy finished(f.section(), &MailingsSection::mailingFinished);
    f.section()->startDue();
    REQUIRE((finished.count() > 0 || finished.wait(60000)));
    CHECK(outbox.load(m.id)->state == QStringLiteral("sent"));
    CHECK(receivedBy(f.server) == QStringList{QStringLiteral("ivan@romashka.example")});
    // In Иван's history, as any message sent.
    f.openClient(f.ivan);
    auto *history = child<QTreeWidget>(*f.window->card(), "interactionsTreeWidget");
    REQUIRE(history->topLevelItemCount() == 1);
    CHECK(history->topLevelItem(0)->text(3) == QStringLiteral("Счёт №12"));
}

// Screenshots for looking at: the New mailing dialog with its live count and
// the compose dialog of a client card. Run by name with CLIENTELE_SCREENSHOT_DIR set.
TEST_CASE("Mailing screens", "[.screens]")
{
    const QString shots = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR");
    REQUIRE_FALSE(shots.isEmpty());
    Fixture f;
    f.show();
    f.window->openSection(QStringLiteral("mailings"));
    bool saved = false;
    whenModal<NewMailingDialog>([&](NewMailingDialog &d) {
        child<QLineEdit>(d, "mailingNameLineEdit")->setText(QStringLiteral("Декабрь"));
        auto *templates = child<QComboBox>(d, "templateComboBox");
        templates->setCurrentIndex(templates->findData(kTemplate));
        auto *segments = child<QComboBox>(d, "segmentComboBox");
        segments->setCurrentIndex(segments->findText(QStringLiteral("Тверь")));
        QApplication::processEvents();
        saved = d.grab().save(QDir(shots).filePath(QStringLiteral("mailing-new.png")));
        d.reject();
    });
    child<QAction>(*f.window, "newMailingAction")->trigger();
    CHECK(saved);
    f.openClient(f.ivan);
    f.window->card()->writeEmailAction()->trigger();
    auto *dialog = f.window->findChild<ComposeDialog *>();
    REQUIRE(dialog);
    child<QLineEdit>(*dialog, "subjectLineEdit")->setText(QStringLiteral("Договор поставки"));
    child<QPlainTextEdit>(*dialog, "bodyPlainTextEdit")
        ->setPlainText(
            QStringLiteral("{{contact.greeting}}, добрый день!\n\nДоговор во вложении."));
    QApplication::processEvents();
    CHECK(dialog->grab().save(QDir(shots).filePath(QStringLiteral("mailing-compose.png"))));
    dialog->reject();
}
