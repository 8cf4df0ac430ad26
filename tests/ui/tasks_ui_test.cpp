// The Tasks section as people use it: a task created through the card, an
// assignment given, done, found in To check, returned with a comment and
// back in the executor's list; the sidebar's counts with the overdue badge.
#include "catchqt.h"
#include "testdatabase.h"
#include "testmessenger.h"
#include "windowfixture.h"

#include "audit/auditrepository.h"
#include "clients/attachmentrepository.h"
#include "clients/clientrepository.h"
#include "demo/demogenerator.h"
#include "demo/demotasks.h"
#include "interactions/interactionrepository.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/sidebardelegate.h"
#include "people/personrepository.h"
#include "settings/settingsrepository.h"
#include "tasks/taskeditor.h"
#include "tasks/taskrepository.h"
#include "tasks/taskssection.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

namespace {
const QString kAnna = QStringLiteral("Анна Смирнова");
const QString kIvan = QStringLiteral("Иван Петров");

enum Row
{
    MyTasks = 2,
    Assigned = 3,
    ToCheck = 4
};

struct Fixture : WindowFixture
{

    Fixture()
    {
        PersonRepository people(tdb.db());
        for (const QString &name : {kAnna, kIvan}) {
            Person p;
            p.name = name;
            REQUIRE(people.add(p));
        }
    }

    void show(const QString &user) { openWindow(user, QSize(1440, 860)); }

    void open(Row row) const { sidebar()->setCurrentRow(row); }
    QString sideText(Row row) const { return sidebar()->item(row)->text(); }

    // The titles of the list, under their group headings.
    QStringList shown() const
    {
        QStringList out;
        QTreeWidget *tree = window->tasks()->tree();
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = tree->topLevelItem(g);
            out << QStringLiteral("# ") + group->text(0);
            for (int i = 0; i < group->childCount(); ++i)
                out << group->child(i)->text(0) + QStringLiteral(" | ") + group->child(i)->text(4);
        }
        return out;
    }

    void select(const QString &title) const
    {
        QTreeWidget *tree = window->tasks()->tree();
        const QList<QTreeWidgetItem *> found =
            tree->findItems(title, Qt::MatchExactly | Qt::MatchRecursive);
        REQUIRE(found.size() == 1);
        tree->setCurrentItem(found.first());
    }
};
} // namespace

TEST_CASE("A task is created through the card and listed in My tasks with its count", "[ui][tasks]")
{
    Fixture f;
    f.show(kAnna);
    f.open(MyTasks);
    TasksSection *section = f.window->tasks();
    REQUIRE(section->isVisible());
    // The empty list says what it is for and offers the next step.
    QWidget *empty = f.find<QWidget>("tasksEmptyWidget");
    CHECK(empty->isVisible());
    CHECK(f.find<QLabel>("tasksEmptyLabel")->text().contains(QStringLiteral("given to you")));
    CHECK(f.sideText(MyTasks).endsWith(QStringLiteral("  0")));

    QTest::mouseClick(f.find<QPushButton>("tasksEmptyNewPushButton"), Qt::LeftButton);
    auto *title = f.find<QLineEdit>("taskTitleLineEdit");
    REQUIRE(title->isVisible());
    CHECK(title->hasFocus());
    QTest::keyClicks(title, QStringLiteral("Call Romashka"));
    f.find<QCheckBox>("taskHasDueCheckBox")->click();
    f.find<QCheckBox>("taskAllDayCheckBox")->click();
    auto *priority = f.find<QComboBox>("taskPriorityComboBox");
    priority->setCurrentIndex(priority->findData(QStringLiteral("high")));
    CHECK(f.find<QAction>("saveAction")->isEnabled());
    QTest::mouseClick(f.find<QPushButton>("taskSavePushButton"), Qt::LeftButton);
    CHECK(f.messenger.errors.isEmpty());

    const QList<Task> mine = TaskRepository(f.tdb.db(), kAnna)
                                 .list(TaskView::Mine, kAnna, QDateTime::currentDateTimeUtc());
    REQUIRE(mine.size() == 1);
    CHECK(mine.at(0).title == QStringLiteral("Call Romashka"));
    CHECK(mine.at(0).allDay);
    CHECK(mine.at(0).priority == QStringLiteral("high"));
    CHECK(mine.at(0).author == kAnna);
    CHECK(mine.at(0).executor == kAnna);
    CHECK_FALSE(empty->isVisible());
    CHECK(f.shown() ==
          QStringList{QStringLiteral("# Today  1"), QStringLiteral("Call Romashka | Open")});
    CHECK(f.sideText(MyTasks).endsWith(QStringLiteral("  1")));
    CHECK(f.find<QTreeWidget>("taskHistoryTreeWidget")->topLevelItemCount() == 1);

    // An edit of the title goes through the undo stack and is saved.
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Call Romashka before lunch"));
    CHECK(f.find<QAction>("undoAction")->isEnabled());
    f.find<QAction>("undoAction")->trigger();
    CHECK(title->text() == QStringLiteral("Call Romashka"));
    f.find<QAction>("redoAction")->trigger();
    f.find<QAction>("saveAction")->trigger();
    CHECK(TaskRepository(f.tdb.db()).load(mine.at(0).id)->title ==
          QStringLiteral("Call Romashka before lunch"));
}

TEST_CASE("An assignment round trip: given, done, in To check, returned with a comment, back",
          "[ui][tasks]")
{
    Fixture f;
    f.show(kAnna);
    f.open(Assigned);
    f.find<QAction>("newTaskAction")->trigger();
    QTest::keyClicks(f.find<QLineEdit>("taskTitleLineEdit"),
                     QStringLiteral("Prepare the proposal"));
    auto *executor = f.find<QComboBox>("taskExecutorComboBox");
    CHECK(executor->findText(kIvan) >= 0); // the people directory
    executor->setCurrentIndex(executor->findText(kIvan));
    f.find<QCheckBox>("taskCheckRequiredCheckBox")->click();
    QTest::mouseClick(f.find<QPushButton>("taskSavePushButton"), Qt::LeftButton);
    REQUIRE(f.messenger.errors.isEmpty());
    CHECK(f.shown() == QStringList{QStringLiteral("# No date  1"),
                                   QStringLiteral("Prepare the proposal | Open")});
    CHECK(f.sideText(Assigned).endsWith(QStringLiteral("  1")));
    CHECK(f.sideText(MyTasks).endsWith(QStringLiteral("  0")));
    // Anna gave it: she can neither start it in Ivan's place nor accept it yet.
    CHECK_FALSE(f.find<QAction>("acceptTaskAction")->isEnabled());

    // Ivan at the same screen: the task is his, he marks it done.
    f.window->setCurrentUser(kIvan);
    f.open(MyTasks);
    CHECK(f.sideText(MyTasks).endsWith(QStringLiteral("  1")));
    f.select(QStringLiteral("Prepare the proposal"));
    QAction *done = f.find<QAction>("doneTaskAction");
    REQUIRE(done->isEnabled());
    done->trigger();
    REQUIRE(f.messenger.errors.isEmpty());
    CHECK(f.find<QWidget>("tasksEmptyWidget")->isVisible());
    CHECK(f.sideText(MyTasks).endsWith(QStringLiteral("  0")));

    // Anna finds it in To check and returns it with a comment.
    f.window->setCurrentUser(kAnna);
    CHECK(f.sideText(ToCheck).endsWith(QStringLiteral("  1")));
    f.open(ToCheck);
    CHECK(f.shown() == QStringList{QStringLiteral("# No date  1"),
                                   QStringLiteral("Prepare the proposal | To check")});
    f.select(QStringLiteral("Prepare the proposal"));
    REQUIRE(f.find<QAction>("acceptTaskAction")->isEnabled());
    f.messenger.textAnswer = QStringLiteral("Добавьте сроки доставки");
    f.find<QAction>("returnTaskAction")->trigger();
    CHECK(f.messenger.textQuestions == 1);
    REQUIRE(f.messenger.errors.isEmpty());
    CHECK(f.find<QWidget>("tasksEmptyWidget")->isVisible());
    CHECK(f.sideText(ToCheck).endsWith(QStringLiteral("  0")));
    QTreeWidget *history = f.find<QTreeWidget>("taskHistoryTreeWidget");
    REQUIRE(history->topLevelItemCount() == 3);
    CHECK(history->topLevelItem(2)->text(1) == kAnna);
    CHECK(history->topLevelItem(2)->text(3) == QStringLiteral("Добавьте сроки доставки"));

    // Back in Ivan's list, returned.
    f.window->setCurrentUser(kIvan);
    f.open(MyTasks);
    CHECK(f.shown() == QStringList{QStringLiteral("# No date  1"),
                                   QStringLiteral("Prepare the proposal | Returned")});

    // A return without a comment is refused, and the task stays where it is.
    f.select(QStringLiteral("Prepare the proposal"));
    done->trigger();
    f.window->setCurrentUser(kAnna);
    f.open(ToCheck);
    f.select(QStringLiteral("Prepare the proposal"));
    f.messenger.textAnswer = QStringLiteral("  ");
    f.find<QAction>("returnTaskAction")->trigger();
    REQUIRE(f.messenger.errors.size() == 1);
    CHECK(f.messenger.errors.first().contains(QStringLiteral("comment")));
    f.find<QAction>("acceptTaskAction")->trigger();
    CHECK(f.sideText(ToCheck).endsWith(QStringLiteral("  0")));
    CHECK(f.sideText(Assigned).endsWith(QStringLiteral("  0")));
}

TEST_CASE("The sidebar counts tasks and shows the overdue ones in a badge", "[ui][tasks]")
{
    Fixture f;
    TaskRepository anna(f.tdb.db(), kAnna);
    auto add = [&](const char *title, int daysFromNow) {
        Task t;
        t.title = QLatin1String(title);
        t.dueAt = QDateTime::currentDateTimeUtc().addDays(daysFromNow).toString(Qt::ISODate);
        REQUIRE(anna.create(t));
        return t.id;
    };
    add("late 1", -2);
    add("late 2", -1);
    add("next week", 7);
    f.show(kAnna);
    CHECK(f.sideText(MyTasks).endsWith(QStringLiteral("  3")));
    CHECK(f.sidebar()->item(MyTasks)->data(SidebarDelegate::BadgeRole).toString() ==
          QStringLiteral("2"));
    f.open(MyTasks);
    const QStringList shown = f.shown();
    REQUIRE(shown.size() == 5);
    CHECK(shown.at(0) == QStringLiteral("# Overdue  2"));
    CHECK(shown.at(3) == QStringLiteral("# Upcoming  1"));
    // Done from the toolbar: the badge follows.
    f.select(QStringLiteral("late 1"));
    f.find<QAction>("doneTaskAction")->trigger();
    CHECK(f.sidebar()->item(MyTasks)->data(SidebarDelegate::BadgeRole).toString() ==
          QStringLiteral("1"));
    CHECK(f.sideText(MyTasks).endsWith(QStringLiteral("  2")));
}

// Screenshots for the README and for looking at. Run by name with
// CLIENTELE_SCREENSHOT_DIR set.
TEST_CASE("Tasks screens", "[.screens]")
{
    const QString shots = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR");
    REQUIRE_FALSE(shots.isEmpty());
    Fixture f;
    DemoGenerator::Options o;
    o.clients = 200;
    o.deals = 150;
    // The demo's first manager, as the language of the run spells the name.
    o.user = DemoTasks::people().first();
    REQUIRE(DemoGenerator(f.tdb.db()).generate(o));
    f.show(o.user);
    auto save = [&](QWidget *w, const char *name) {
        QApplication::processEvents();
        REQUIRE(w->grab().save(QDir(shots).filePath(QLatin1String(name))));
    };
    f.open(MyTasks);
    f.window->tasks()->tree()->setCurrentItem(f.window->tasks()->tree()->topLevelItem(0)->child(0));
    save(f.window.get(), "tasks-mine.png");
    f.open(ToCheck);
    f.window->tasks()->tree()->setCurrentItem(f.window->tasks()->tree()->topLevelItem(0)->child(0));
    save(f.window.get(), "tasks-check.png");
    f.open(Assigned);
    f.find<QAction>("newTaskAction")->trigger();
    save(f.window.get(), "tasks-new.png");
}
