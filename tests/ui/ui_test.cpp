// UI tests: the real widgets under the offscreen platform, driven the way a
// person drives them (typing, shortcuts, actions by objectName).
#include "catchqt.h"
#include "testdatabase.h"
#include "testmessenger.h"
#include "windowfixture.h"

#include "audit/auditrepository.h"
#include "clients/attachmentrepository.h"
#include "clients/clientcard.h"
#include "clients/clientlistmodel.h"
#include "clients/clientlistpane.h"
#include "clients/clientpickerdialog.h"
#include "clients/clientrepository.h"
#include "clients/duplicatesdialog.h"
#include "clients/interactiondialog.h"
#include "common/messenger.h"
#include "demo/demogenerator.h"
#include "importer/exportdialog.h"
#include "importer/importhistorydialog.h"
#include "interactions/interactionrepository.h"
#include "io/clientimporter.h"
#include "mainwindow/mainwindow.h"
#include "settings/settingsrepository.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QStatusBar>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

namespace {
// QTest::keyClicks only knows ASCII: Cyrillic goes as key events with text,
// as an input method would send them.
void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, char(c.unicode()));
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

// A main window on a fresh database, with everything it needs.
struct Fixture : WindowFixture
{

    explicit Fixture(int demoClients = 0)
    {
        if (demoClients > 0) {
            DemoGenerator::Options o;
            o.clients = demoClients;
            o.seed = 42;
            REQUIRE(DemoGenerator(tdb.db()).generate(o));
        }
        openWindow();
    }

    QAction *action(const char *name) const { return find<QAction>(name); }
    // By its title (before the count), as a user finds it: rows move when sections are added.
    void openSection(const QString &title) const
    {
        auto *sidebar = find<QListWidget>("sectionsListWidget");
        const QList<QListWidgetItem *> items =
            sidebar->findItems(title + QStringLiteral("  "), Qt::MatchStartsWith);
        REQUIRE(items.size() == 1);
        sidebar->setCurrentItem(items.first());
    }
    ClientListModel *model() const { return window->listPane()->model(); }

    void typeInto(const char *name, const QString &text, bool replace = false)
    {
        auto *edit = find<QLineEdit>(name);
        edit->setFocus();
        if (replace)
            edit->selectAll();
        typeText(edit, text);
    }

    void search(const QString &text)
    {
        auto *edit = find<QLineEdit>("searchLineEdit");
        edit->clear();
        typeText(edit, text);
        // The list follows typing after a short pause.
        QTRY_COMPARE_WITH_TIMEOUT(model()->searchText(), text, 2000);
    }

    void setCell(const char *table, int row, int column, const QString &text)
    {
        auto *t = find<QTableWidget>(table);
        // What the item delegate does when the user commits an edit.
        t->model()->setData(t->model()->index(row, column), text);
    }
};
} // namespace

TEST_CASE("A new client is created through the form and found by search")
{
    Fixture f;
    f.action("newClientAction")->trigger();
    f.typeInto("nameLineEdit", QStringLiteral("ООО «Ёлочка»"));
    f.setCell("phonesTableWidget", 0, 0, QStringLiteral("8 (912) 345-67-89"));
    REQUIRE(f.window->card()->buffer().phones.size() == 1);
    f.typeInto("cityLineEdit", QStringLiteral("Екатеринбург"));
    CHECK(f.window->card()->isModified());
    CHECK(f.action("saveAction")->isEnabled());
    f.action("saveAction")->trigger();
    CHECK(f.messenger.errors.isEmpty());
    CHECK_FALSE(f.window->card()->isModified());

    const QList<ClientListRow> found = f.clients.search(QStringLiteral("елочка"), 10);
    REQUIRE(found.size() == 1);
    CHECK(found.first().city == QStringLiteral("Екатеринбург"));
    CHECK(found.first().phone == QStringLiteral("+79123456789"));

    f.search(QStringLiteral("ёлоч"));
    REQUIRE(f.model()->rowCount() == 1);
    CHECK(f.model()->index(0, ClientListModel::Name).data().toString() ==
          QStringLiteral("ООО «Ёлочка»"));
    f.search(QStringLiteral("912345"));
    REQUIRE(f.model()->rowCount() == 1);
    CHECK(f.model()->index(0, ClientListModel::Phone).data().toString() ==
          QStringLiteral("+7 912 345-67-89"));
}

TEST_CASE("An invalid phone is kept and marked in the form")
{
    Fixture f;
    f.action("newClientAction")->trigger();
    f.typeInto("nameLineEdit", QStringLiteral("ООО Звонок"));
    f.setCell("phonesTableWidget", 0, 0, QStringLiteral("12-34"));
    auto *phones = f.find<QTableWidget>("phonesTableWidget");
    CHECK(phones->item(0, 2)->text() == QStringLiteral("not a valid number"));
    f.action("saveAction")->trigger();
    const std::optional<Client> c = f.clients.load(f.window->card()->buffer().id);
    REQUIRE(c);
    REQUIRE(c->phones.size() == 1);
    CHECK(c->phones.first().raw == QStringLiteral("12-34"));
    CHECK_FALSE(c->phones.first().isValid());
}

TEST_CASE("Edits undo and redo with Ctrl+Z and Ctrl+Shift+Z, and saving records history")
{
    Fixture f(20);
    auto *view = f.find<QTableView>("clientsTableView");
    view->setFocus();
    view->selectRow(3);
    const qint64 id = f.window->card()->buffer().id;
    REQUIRE(id == f.model()->idAt(3));
    const QString oldCity = f.window->card()->buffer().city;

    f.typeInto("cityLineEdit", QStringLiteral("Кострома"), true);
    CHECK(f.find<QLineEdit>("cityLineEdit")->text() == QStringLiteral("Кострома"));
    CHECK(f.window->card()->isModified());

    QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.find<QLineEdit>("cityLineEdit")->text() == oldCity);
    CHECK_FALSE(f.window->card()->isModified());
    QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.find<QLineEdit>("cityLineEdit")->text() == QStringLiteral("Кострома"));

    QTest::keyClick(f.window.get(), Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(f.window->card()->isModified());
    CHECK(f.clients.load(id)->city == QStringLiteral("Кострома"));

    REQUIRE(f.audit.forClient(id).size() >= 1);
    // The History tab shows the change, newest first.
    auto *history = f.find<QTreeWidget>("historyTreeWidget");
    f.find<QTabWidget>("cardTabWidget")->setCurrentWidget(history->parentWidget());
    REQUIRE(history->topLevelItemCount() >= 2);
    CHECK(history->topLevelItem(0)->text(1) == QStringLiteral("City"));
    CHECK(history->topLevelItem(0)->text(2) == oldCity);
    CHECK(history->topLevelItem(0)->text(3) == QStringLiteral("Кострома"));
}

TEST_CASE("Delete archives from the list, the Archive restores, delete for good asks first")
{
    Fixture f(10);
    auto *view = f.find<QTableView>("clientsTableView");
    view->setFocus();
    view->selectRow(0);
    const qint64 id = f.window->card()->buffer().id;
    const QString name = f.window->card()->buffer().name;
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(f.clients.load(id)->archived);
    CHECK(f.model()->rowCount() == 9);
    f.search(name);
    for (int row = 0; row < f.model()->rowCount(); ++row)
        CHECK(f.model()->idAt(row) != id);
    f.search(QString());

    f.openSection(QStringLiteral("Archive"));
    REQUIRE(f.model()->rowCount() == 1);
    CHECK(f.model()->idAt(0) == id);
    CHECK(f.window->card()->buffer().id == id);
    f.action("restoreAction")->trigger();
    CHECK_FALSE(f.clients.load(id)->archived);
    CHECK(f.model()->rowCount() == 0);

    f.openSection(QStringLiteral("Clients"));
    CHECK(f.model()->rowCount() == 10);

    // For good: only from the archive, and only after a yes.
    f.clients.setArchived(id, true);
    f.openSection(QStringLiteral("Archive"));
    f.messenger.confirmAnswer = false;
    f.action("deleteForeverAction")->trigger();
    CHECK(f.messenger.confirmations == 1);
    CHECK(f.clients.load(id).has_value());
    f.messenger.confirmAnswer = true;
    f.action("deleteForeverAction")->trigger();
    CHECK_FALSE(f.clients.load(id).has_value());
}

TEST_CASE("Leaving a modified card asks to save")
{
    Fixture f(5);
    auto *view = f.find<QTableView>("clientsTableView");
    view->selectRow(0);
    const qint64 first = f.window->card()->buffer().id;
    f.typeInto("cityLineEdit", QStringLiteral("Тверь"), true);
    f.messenger.saveAnswer = Messenger::Answer::Save;
    view->selectRow(1);
    CHECK(f.clients.load(first)->city == QStringLiteral("Тверь"));
    CHECK(f.window->card()->buffer().id == f.model()->idAt(1));
}

TEST_CASE("An empty database offers demo data")
{
    Fixture f;
    auto *demo = f.find<QPushButton>("emptyDemoPushButton");
    CHECK(demo->isVisible());
    QTest::mouseClick(demo, Qt::LeftButton);
    CHECK(f.model()->rowCount() == 300);
    CHECK_FALSE(demo->isVisible());
    CHECK(f.find<QLabel>("countLabel")->text() == QStringLiteral("300 client(s)"));
}

TEST_CASE("A wrong INN is flagged in the legal entity form and kept")
{
    Fixture f;
    f.action("newClientAction")->trigger();
    f.typeInto("nameLineEdit", QStringLiteral("ООО Проверка"));
    f.find<QTabWidget>("cardTabWidget")->setCurrentIndex(2);
    QTest::mouseClick(f.find<QPushButton>("addLegalEntityPushButton"), Qt::LeftButton);
    f.typeInto("innLineEdit", QStringLiteral("7707083894"));
    CHECK(f.find<QLabel>("innCheckLabel")
              ->text()
              .contains(QStringLiteral("fails its control digits")));
    f.typeInto("innLineEdit", QStringLiteral("7707083893"), true);
    CHECK(f.find<QLabel>("innCheckLabel")->text().contains(QStringLiteral("control digits match")));
    f.typeInto("kppLineEdit", QStringLiteral("773601001"));
    f.action("saveAction")->trigger();
    const std::optional<Client> c = f.clients.load(f.window->card()->buffer().id);
    REQUIRE(c);
    REQUIRE(c->legalEntities.size() == 1);
    CHECK(c->legalEntities.first().name == QStringLiteral("ООО Проверка"));
    CHECK(c->legalEntities.first().inn == QStringLiteral("7707083893"));
    CHECK(c->legalEntities.first().kpp == QStringLiteral("773601001"));
    // Undo takes back the last field edit, not the whole entity.
    f.typeInto("kppLineEdit", QStringLiteral("1"));
    QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.find<QLineEdit>("kppLineEdit")->text() == QStringLiteral("773601001"));
}

TEST_CASE("Files dropped on the card are attached; on the Contacts tab, to the contact")
{
    Fixture f(30);
    qint64 id = 0;
    for (int row = 0; row < f.model()->rowCount() && id == 0; ++row) {
        const std::optional<Client> c = f.clients.load(f.model()->idAt(row));
        if (c && !c->contacts.isEmpty()) {
            f.find<QTableView>("clientsTableView")->selectRow(row);
            id = c->id;
        }
    }
    REQUIRE(id != 0);
    QTemporaryDir dir;
    const QString contract = dir.filePath(QStringLiteral("Договор.txt"));
    const QString photo = dir.filePath(QStringLiteral("визитка.txt"));
    for (const QString &path : {contract, photo}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("данные");
    }
    auto drop = [&](const QString &path) {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        ClientCard *card = f.window->card();
        const QPoint at = card->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(card, &enter);
        REQUIRE(enter.isAccepted());
        QDropEvent dropEvent(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(card, &dropEvent);
    };
    drop(contract);
    auto *tabs = f.find<QTabWidget>("cardTabWidget");
    tabs->setCurrentIndex(1); // Contacts, first contact selected
    drop(photo);

    const QList<Attachment> files = f.attachments.forClient(id);
    REQUIRE(files.size() == 2);
    const Client c = *f.clients.load(id);
    for (const Attachment &a : files) {
        if (a.name == QStringLiteral("Договор.txt")) {
            CHECK(a.clientId == id);
            CHECK(a.contactId == 0);
        } else {
            CHECK(a.name == QStringLiteral("визитка.txt"));
            CHECK(a.contactId == c.contacts.first().id);
        }
        CHECK(f.attachments.data(a.id) == QByteArray("данные"));
    }
    // The card switches to the Files tab to show what was attached.
    CHECK(tabs->currentWidget() == f.find<QTreeWidget>("filesTreeWidget")->parentWidget());
    CHECK(f.find<QTreeWidget>("filesTreeWidget")->topLevelItemCount() == 2);
}

TEST_CASE("A call recorded in the dialog shows on the timeline and as last contact")
{
    Fixture f(8);
    auto *view = f.find<QTableView>("clientsTableView");
    view->selectRow(2);
    const Client client = f.window->card()->buffer();
    Interaction blank;
    blank.clientId = client.id;
    InteractionDialog dialog(blank, client.contacts);
    auto *type = dialog.findChild<QComboBox *>(QStringLiteral("interactionTypeComboBox"));
    type->setCurrentIndex(type->findData(int(Interaction::Type::CallIn)));
    typeText(dialog.findChild<QLineEdit *>(QStringLiteral("interactionSubjectLineEdit")),
             QStringLiteral("Звонок о поставке"));
    typeText(dialog.findChild<QLineEdit *>(QStringLiteral("interactionResultLineEdit")),
             QStringLiteral("Ждёт счёт"));
    Interaction call = dialog.interaction();
    CHECK(call.type == Interaction::Type::CallIn);
    CHECK(call.subject == QStringLiteral("Звонок о поставке"));
    REQUIRE(f.interactions.save(call));
    f.window->card()->interactionsChanged();

    auto *timeline = f.find<QTreeWidget>("interactionsTreeWidget");
    REQUIRE(timeline->topLevelItemCount() >= 1);
    CHECK(timeline->topLevelItem(0)->text(1) == QStringLiteral("Incoming call"));
    CHECK(timeline->topLevelItem(0)->text(3) == QStringLiteral("Звонок о поставке"));
    CHECK(timeline->topLevelItem(0)->text(4) == QStringLiteral("Ждёт счёт"));
    // The list's "Last contact" column follows.
    const int row = f.model()->loadedRowOf(client.id);
    REQUIRE(row >= 0);
    CHECK(f.model()->index(row, ClientListModel::LastContact).data().toString() ==
          QStringLiteral("today"));
}

TEST_CASE("A relation added through the picker shows on both cards")
{
    Fixture f(6);
    auto *view = f.find<QTableView>("clientsTableView");
    view->selectRow(0);
    const qint64 first = f.window->card()->buffer().id;
    const QString otherName = f.model()->index(1, ClientListModel::Name).data().toString();
    const qint64 other = f.model()->idAt(1);

    ClientPickerDialog picker(f.clients, first, true);
    typeText(picker.findChild<QLineEdit *>(QStringLiteral("pickerSearchLineEdit")),
             otherName.left(6));
    auto *results = picker.findChild<QListWidget *>(QStringLiteral("pickerResultsListWidget"));
    REQUIRE(results->count() >= 1);
    for (int i = 0; i < results->count(); ++i)
        CHECK(results->item(i)->data(Qt::UserRole).toLongLong() != first);
    for (int i = 0; i < results->count(); ++i)
        if (results->item(i)->data(Qt::UserRole).toLongLong() == other)
            results->setCurrentRow(i);
    REQUIRE(picker.selectedId() == other);
    auto *type = picker.findChild<QComboBox *>(QStringLiteral("relationTypeComboBox"));
    type->setCurrentIndex(type->findData(int(Relation::Type::ReferredBy)));
    f.window->card()->addRelation(picker.selectedId(), picker.relationType());

    auto *relations = f.find<QListWidget>("relationsListWidget");
    REQUIRE(relations->count() == 1);
    CHECK(relations->item(0)->text() == QStringLiteral("Referred by: ") + otherName);
    view->selectRow(1);
    REQUIRE(f.window->card()->buffer().id == other);
    REQUIRE(relations->count() == 1);
    CHECK(relations->item(0)->text().startsWith(QStringLiteral("Referred: ")));
}

TEST_CASE("Ctrl+F focuses search and Ctrl+N opens a new card")
{
    Fixture f(3);
    f.find<QTableView>("clientsTableView")->setFocus();
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == f.find<QLineEdit>("searchLineEdit"));
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    CHECK(f.window->card()->buffer().id == 0);
    CHECK(QApplication::focusWidget() == f.find<QLineEdit>("nameLineEdit"));
}

TEST_CASE("The lazy list model pages through every client in sort order")
{
    TestDatabase tdb;
    DemoGenerator::Options o;
    o.clients = 1234;
    REQUIRE(DemoGenerator(tdb.db()).generate(o));
    ClientRepository clients(tdb.db());
    ClientListModel model(clients);
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model.rowCount() == 1234);

    const QList<qint64> expected = clients.allIds(); // name order
    // Jump around like a scrollbar drag: far pages, backwards, the end.
    for (int row : {0, 1233, 617, 618, 99, 100, 1100, 5, 700, 1232})
        CHECK(model.idAt(row) == expected.at(row));
    for (int row = 0; row < 1234; ++row)
        REQUIRE(model.idAt(row) == expected.at(row));

    model.sort(ClientListModel::City, Qt::DescendingOrder);
    QString previous = model.index(0, ClientListModel::City).data().toString();
    for (int row = 1; row < 1234; row += 37) {
        const QString city = model.index(row, ClientListModel::City).data().toString();
        CHECK(city <= previous);
        previous = city;
    }
}

TEST_CASE("Every tab of a demo company's card shows its data")
{
    Fixture f(60);
    f.window->resize(1440, 860);
    // The first company with contacts, a legal entity and interactions.
    qint64 id = 0;
    for (int row = 0; row < f.model()->rowCount() && id == 0; ++row) {
        const std::optional<Client> c = f.clients.load(f.model()->idAt(row));
        if (c && !c->contacts.isEmpty() && !c->legalEntities.isEmpty() &&
            !f.interactions.forClient(c->id).isEmpty()) {
            f.find<QTableView>("clientsTableView")->selectRow(row);
            id = c->id;
        }
    }
    REQUIRE(id != 0);
    REQUIRE(f.window->card()->buffer().id == id);
    QTemporaryFile file(QDir::temp().filePath(QStringLiteral("price-XXXXXX.txt")));
    REQUIRE(file.open());
    file.write("Прайс-лист\n");
    file.close();
    f.window->card()->attachFiles({file.fileName()}, 0);

    const QString shots = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR");
    auto *tabs = f.find<QTabWidget>("cardTabWidget");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        if (!shots.isEmpty())
            f.window->grab().save(QDir(shots).filePath(QStringLiteral("card-tab-%1.png").arg(tab)));
    }
    CHECK(f.find<QListWidget>("contactsListWidget")->count() ==
          f.clients.load(id)->contacts.size());
    CHECK(f.find<QListWidget>("legalEntitiesListWidget")->count() == 1);
    CHECK(f.find<QLabel>("innCheckLabel")->text().contains(QStringLiteral("control digits match")));
    CHECK(f.find<QTreeWidget>("interactionsTreeWidget")->topLevelItemCount() ==
          f.interactions.forClient(id).size());
    auto *files = f.find<QTreeWidget>("filesTreeWidget");
    REQUIRE(files->topLevelItemCount() == 1);
    CHECK(files->topLevelItem(0)->text(0) == QFileInfo(file.fileName()).fileName());
    // Newest first: the file just attached; the creation of the client last.
    auto *history = f.find<QTreeWidget>("historyTreeWidget");
    REQUIRE(history->topLevelItemCount() >= 2);
    CHECK(history->topLevelItem(0)->text(1) == QStringLiteral("Added: File"));
    CHECK(history->topLevelItem(0)->text(3) == QFileInfo(file.fileName()).fileName());
    CHECK(history->topLevelItem(history->topLevelItemCount() - 1)->text(1) ==
          QStringLiteral("Client created"));
}

TEST_CASE("Find duplicates shows a group side by side, merges it and undoes the merge", "[ui]")
{
    Fixture f;
    Client a;
    a.name = QStringLiteral("ООО «Ромашка»");
    a.city = QStringLiteral("Пермь");
    a.phones << PhoneEntry{0, QString(), QStringLiteral("+7 912 345-67-89"), QString()};
    REQUIRE(f.clients.save(a));
    Client b;
    b.name = QStringLiteral("Ромашка");
    b.city = QStringLiteral("Екатеринбург");
    b.phones << PhoneEntry{0, QString(), QStringLiteral("8 912 345 67 89"), QString()};
    b.emails << EmailEntry{0, QString(), QStringLiteral("info@romashka.example"), QString()};
    REQUIRE(f.clients.save(b));
    f.window->listPane()->refresh();
    REQUIRE(f.model()->rowCount() == 2);

    DuplicatesDialog dialog(
        Services{f.tdb.db(), f.clients, f.interactions, f.attachments, f.audit, f.settings},
        f.messenger, f.window.get());
    QObject::connect(&dialog, &DuplicatesDialog::databaseChanged, f.window.get(),
                     [&f] { f.window->listPane()->refresh(); });
    dialog.show();
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isSearching(); }, 10000));
    QApplication::processEvents();
    auto *groups = dialog.findChild<QListWidget *>(QStringLiteral("groupsListWidget"));
    REQUIRE(groups->count() == 1);
    CHECK(groups->item(0)->text() == QStringLiteral("ООО «Ромашка» · Ромашка"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("comparisonTableWidget"));
    REQUIRE(table->columnCount() == 2);
    CHECK(table->item(3, 0)->text() == QStringLiteral("Пермь"));
    CHECK(table->item(3, 1)->text() == QStringLiteral("Екатеринбург"));
    CHECK(table->item(0, 1)->checkState() == Qt::Checked);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))
              ->text()
              .contains(QStringLiteral("+79123456789")));
    const QString shots = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("duplicates.png")));

    // Keep the second one this time.
    dialog.findChild<QComboBox *>(QStringLiteral("keepComboBox"))->setCurrentIndex(1);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("mergePushButton")),
                      Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isSearching(); }, 10000));
    QApplication::processEvents();
    CHECK(f.messenger.errors.isEmpty());
    CHECK(f.model()->rowCount() == 1);
    CHECK(f.clients.load(b.id)->emails.size() == 1);
    CHECK(f.clients.load(b.id)->city == QStringLiteral("Екатеринбург"));
    CHECK(groups->count() == 0);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("noticeLabel"))
              ->text()
              .contains(QStringLiteral("Пермь")));

    auto *undo = dialog.findChild<QPushButton *>(QStringLiteral("undoPushButton"));
    REQUIRE(undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isSearching(); }, 10000));
    QApplication::processEvents();
    CHECK(f.model()->rowCount() == 2);
    CHECK(groups->count() == 1);
    CHECK_FALSE(undo->isEnabled());
}

TEST_CASE("Import history lists the imports and undoes one after asking", "[ui]")
{
    Fixture f;
    ClientImporter importer(f.tdb.db(), f.clients);
    ImportReport report;
    QString error;
    REQUIRE(importer.importCsv(QStringLiteral(CLIENTELE_TEST_DATA "/csv/excel_cp1251.csv"), {}, {},
                               {}, &report, &error));
    f.window->listPane()->refresh();
    REQUIRE(f.model()->rowCount() == 5);

    ImportHistoryDialog dialog(
        Services{f.tdb.db(), f.clients, f.interactions, f.attachments, f.audit, f.settings},
        f.messenger, f.window.get());
    QObject::connect(&dialog, &ImportHistoryDialog::databaseChanged, f.window.get(),
                     [&f] { f.window->listPane()->refresh(); });
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("batchesTableWidget"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("excel_cp1251.csv"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("5"));
    const QString shots = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("import-history.png")));

    auto *undo = dialog.findChild<QPushButton *>(QStringLiteral("undoImportPushButton"));
    f.messenger.confirmAnswer = false;
    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(f.model()->rowCount() == 5);
    f.messenger.confirmAnswer = true;
    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(f.messenger.errors.isEmpty());
    CHECK(f.model()->rowCount() == 0);
    CHECK(table->item(0, 6)->text().startsWith(QStringLiteral("Undone")));
    CHECK_FALSE(undo->isEnabled());
}

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Checks only the given columns, in the list's order.
void checkColumns(QListWidget *columns, const QStringList &keys)
{
    for (int i = 0; i < columns->count(); ++i)
        columns->item(i)->setCheckState(
            keys.contains(columns->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                           : Qt::Unchecked);
}

// Opens File → Export…, lets `fill` set the dialog up and presses Export.
void exportThroughMenu(Fixture &f, const std::function<void(ExportDialog *)> &fill)
{
    bool filled = false;
    QTimer::singleShot(0, f.window.get(), [&] {
        auto *dialog = f.window->findChild<ExportDialog *>();
        if (!dialog)
            return;
        filled = true;
        fill(dialog);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        if (dialog->isVisible()) // refused: the test looks at the messenger
            dialog->reject();
    });
    f.action("exportAction")->trigger();
    REQUIRE(filled);
}
} // namespace

TEST_CASE("File → Export writes the list as filtered, or the selection, in the format chosen")
{
    Fixture f;
    auto add = [&f](Client c) {
        REQUIRE(f.clients.save(c));
        return c.id;
    };
    Client romashka;
    romashka.name = QStringLiteral("ООО Ромашка");
    romashka.city = QStringLiteral("Екатеринбург");
    romashka.phones << PhoneEntry{0, QString(), QStringLiteral("8 912 345-67-89"), QString()};
    add(romashka);
    Client lutik;
    lutik.name = QStringLiteral("=ООО Лютик");
    lutik.city = QStringLiteral("Пермь");
    add(lutik);
    Client elkin;
    elkin.kind = Client::Kind::Person;
    elkin.lastName = QStringLiteral("Ёлкин");
    elkin.firstName = QStringLiteral("Пётр");
    const qint64 elkinId = add(elkin);
    f.window->listPane()->refresh();
    QTemporaryDir dir;

    SECTION("CSV in windows-1251 of what the search shows")
    {
        f.search(QStringLiteral("ромашка"));
        REQUIRE(f.model()->rowCount() == 1);
        const QString path = dir.filePath(QStringLiteral("excel.csv"));
        exportThroughMenu(f, [&](ExportDialog *d) {
            auto *encoding = d->findChild<QComboBox *>(QStringLiteral("encodingComboBox"));
            auto *delimiter = d->findChild<QComboBox *>(QStringLiteral("delimiterComboBox"));
            const int cp1251 =
                encoding->findText(QStringLiteral("windows-1251"), Qt::MatchStartsWith);
            encoding->setCurrentIndex(cp1251);
            Q_EMIT encoding->activated(cp1251); // as a click on the item does
            CHECK(delimiter->currentData().value<QChar>() == QLatin1Char(';'));
            checkColumns(
                d->findChild<QListWidget *>(QStringLiteral("columnsListWidget")),
                {QStringLiteral("name"), QStringLiteral("phones"), QStringLiteral("city")});
            d->findChild<QLineEdit *>(QStringLiteral("fileLineEdit"))->setText(path);
        });
        CHECK(f.messenger.errors.isEmpty());
        CHECK(fileBytes(path) ==
              QByteArray(QStringEncoder("windows-1251")
                             .encode(QStringLiteral("name;phones;city\r\n"
                                                    "ООО Ромашка;+79123456789;Екатеринбург\r\n"))));
        CHECK(f.window->statusBar()->currentMessage().contains(QStringLiteral("1")));
    }

    SECTION("CSV with a BOM of all clients, the formula guarded")
    {
        const QString path = dir.filePath(QStringLiteral("all.csv"));
        exportThroughMenu(f, [&](ExportDialog *d) {
            auto *scope = d->findChild<QComboBox *>(QStringLiteral("scopeComboBox"));
            scope->setCurrentIndex(scope->findData(int(ExportDialog::AllScope)));
            checkColumns(d->findChild<QListWidget *>(QStringLiteral("columnsListWidget")),
                         {QStringLiteral("name")});
            d->setFileName(path);
        });
        CHECK(
            fileBytes(path) ==
            QStringLiteral("\uFEFFname\r\n'=ООО Лютик\r\nЁлкин Пётр\r\nООО Ромашка\r\n").toUtf8());
    }

    SECTION("vCard of the selected client")
    {
        f.window->listPane()->selectId(elkinId);
        REQUIRE(f.window->listPane()->selectedIds() == QList<qint64>{elkinId});
        const QString path = dir.filePath(QStringLiteral("chosen.csv"));
        QString written;
        exportThroughMenu(f, [&](ExportDialog *d) {
            d->setFileName(path);
            auto *format = d->findChild<QComboBox *>(QStringLiteral("formatComboBox"));
            format->setCurrentIndex(format->findData(int(ClientExporter::Format::VCard)));
            // The CSV settings step aside; the file takes the vCard suffix.
            CHECK_FALSE(d->findChild<QComboBox *>(QStringLiteral("encodingComboBox"))->isVisible());
            written = d->fileName();
            auto *scope = d->findChild<QComboBox *>(QStringLiteral("scopeComboBox"));
            CHECK(scope->itemData(0).toInt() == int(ExportDialog::SelectedScope));
            scope->setCurrentIndex(0);
        });
        CHECK(written.endsWith(QStringLiteral("chosen.vcf")));
        const QByteArray bytes = fileBytes(dir.filePath(QStringLiteral("chosen.vcf")));
        CHECK(bytes.count("BEGIN:VCARD") == 1);
        CHECK(bytes.contains(QStringLiteral("\r\nFN:Ёлкин Пётр\r\n").toUtf8()));
        CHECK(bytes.contains(QStringLiteral("\r\nN:Ёлкин;Пётр;;;\r\n").toUtf8()));
    }

    SECTION("Nothing to write to, no columns or an unwritable folder: told, no file")
    {
        const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/x.csv"));
        exportThroughMenu(f, [&](ExportDialog *d) { d->setFileName(nowhere); });
        REQUIRE(f.messenger.errors.size() == 1);
        CHECK(f.messenger.errors.at(0).contains(QStringLiteral("no/such/folder")));
        CHECK_FALSE(QFile::exists(nowhere));

        const QString path = dir.filePath(QStringLiteral("none.csv"));
        exportThroughMenu(f, [&](ExportDialog *d) {
            checkColumns(d->findChild<QListWidget *>(QStringLiteral("columnsListWidget")), {});
            d->setFileName(path);
        });
        CHECK(f.messenger.errors.size() == 2);
        CHECK_FALSE(QFile::exists(path));
        exportThroughMenu(f, [&](ExportDialog *d) { d->setFileName(QString()); });
        CHECK(f.messenger.errors.size() == 3);
    }
}

TEST_CASE("A birthday without a year shows as day and month and is kept so", "[ui]")
{
    // Russian dates, as the date editors take them from the language.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    Fixture f;
    Client person;
    person.kind = Client::Kind::Person;
    person.lastName = QStringLiteral("Иванова");
    person.firstName = QStringLiteral("Мария");
    person.birthday = QDate(ContactPerson::NoYear, 2, 29);
    REQUIRE(f.clients.save(person));
    f.window->listPane()->refresh();
    f.window->listPane()->selectId(person.id);
    QApplication::processEvents();
    REQUIRE(f.window->card()->buffer().id == person.id);

    // The person's own birthday, not a contact's (the Contacts tab has one too).
    auto *edit = f.find<QWidget>("birthdayEdit");
    auto *date = edit->findChild<QDateEdit *>(QStringLiteral("birthdayDateEdit"));
    auto *noYear = edit->findChild<QCheckBox *>(QStringLiteral("birthdayNoYearCheckBox"));
    REQUIRE(date);
    REQUIRE(noYear);
    CHECK(noYear->isChecked());
    CHECK(date->text() == QStringLiteral("29.02"));

    // The year becomes known: typed into the date once the box is cleared.
    noYear->click();
    date->setDate(QDate(1985, 2, 28));
    CHECK(f.window->card()->buffer().birthday == QDate(1985, 2, 28));
    f.action("saveAction")->trigger();
    CHECK(f.clients.load(person.id)->birthday == QDate(1985, 2, 28));
    noYear->click();
    f.action("saveAction")->trigger();
    CHECK(f.clients.load(person.id)->birthday == QDate(ContactPerson::NoYear, 2, 28));
    CHECK(date->text() == QStringLiteral("28.02"));
}

TEST_CASE(
    "A first start on a screen smaller than 1440 by 860 is maximised and names its folded buttons")
{
    WindowFixture f;
    f.openWindow(QStringLiteral("Анна Смирнова"));
    // What the window can shrink to in height, whatever section is open: a
    // 768 px laptop screen less a panel of 40 px.
    CHECK(f.window->minimumSizeHint().expandedTo(f.window->minimumSize()).height() <= 728);
    // The offscreen screen (800 x 600) is smaller than a first start's 1440
    // x 860: the window starts maximised, and a toolbar folds its last
    // buttons behind a » that a screen reader can name.
    CHECK(f.window->isMaximized());
    f.window->openSection(QStringLiteral("tasks"));
    QApplication::processEvents();
    int folded = 0;
    for (QToolButton *more :
         f.window->findChildren<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))) {
        if (!more->isVisible())
            continue;
        ++folded;
        CHECK(QAccessible::queryAccessibleInterface(more)->text(QAccessible::Name) ==
              QStringLiteral("More buttons"));
    }
    CHECK(folded >= 1);
}
