// File → Back up now and Restore from backup…, through the real window, with
// the Messenger answering the questions.
#include "backup/backupactions.h"
#include "backup/backupservice.h"
#include "backup/databaserecovery.h"
#include "calendar/clock.h"
#include "clients/clientrepository.h"
#include "db/database.h"
#include "mainwindow/desktopsession.h"
#include "mainwindow/mainwindow.h"
#include "testclients.h"
#include "testdatabase.h"
#include "testmessenger.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

namespace {
int clientCount(const Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM clients")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QAction *action(MainWindow *window, const char *name)
{
    auto *a = window->findChild<QAction *>(QLatin1String(name));
    REQUIRE(a != nullptr);
    return a;
}

// Answers the open Restore dialog: the newest backup, Restore; `rows` tells
// how many it listed.
void chooseNewestBackup(int *rows)
{
    auto *dialog = QApplication::activeModalWidget();
    REQUIRE(dialog != nullptr);
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupsTreeWidget"));
    REQUIRE(list != nullptr);
    *rows = list->topLevelItemCount();
    list->setCurrentItem(list->topLevelItem(0));
    dialog->findChild<QPushButton *>(QStringLiteral("restorePushButton"))->click();
}
} // namespace

TEST_CASE("Back up now writes a backup and Restore puts it back in a new window", "[ui][backup]")
{
    TestDatabase t;
    TestMessenger messenger;
    const SystemClock clock;
    addCompany(t.db(), QStringLiteral("Первый"));

    DesktopSession session(t.db(), messenger, clock);
    session.start();
    MainWindow *window = session.window();
    REQUIRE(window != nullptr);
    QSignalSpy backedUp(window->backups(), &BackupActions::backupFinished);
    // The backup of the day at start: there was none yet.
    REQUIRE(backedUp.wait(60000));
    CHECK(backedUp.takeFirst().at(0).toBool());
    CHECK(messenger.infos.isEmpty()); // automatic: the status bar only

    addCompany(t.db(), QStringLiteral("Второй"));
    action(window, "backupNowAction")->trigger();
    REQUIRE(backedUp.wait(60000));
    const QList<QVariant> done = backedUp.takeFirst();
    INFO(done.at(1).toString().toStdString());
    REQUIRE(done.at(0).toBool());
    const QString path = done.at(1).toString();
    CHECK(QFileInfo::exists(path));
    REQUIRE(messenger.infos.size() == 1);
    CHECK(messenger.infos.last().contains(path));
    // The same day's first backup made way for this one.
    const QList<BackupFile> backups = BackupService(t.db(), clock).backups();
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().path == path);

    addCompany(t.db(), QStringLiteral("Третий"));
    QSignalSpy replaced(&session, &DesktopSession::windowReplaced);
    int rows = -1;
    auto chooseNewest = [&rows] { chooseNewestBackup(&rows); };

    SECTION("answered No, nothing changes")
    {
        messenger.confirmAnswer = false;
        QTimer::singleShot(0, qApp, chooseNewest);
        action(window, "restoreBackupAction")->trigger();
        CHECK(rows == 1);
        CHECK(messenger.confirmations == 1);
        CHECK_FALSE(replaced.wait(300));
        CHECK(session.window() == window);
        CHECK(clientCount(t.db()) == 3);
    }
    SECTION("answered Yes, the window opens the backup")
    {
        messenger.confirmAnswer = true;
        QTimer::singleShot(0, qApp, chooseNewest);
        action(window, "restoreBackupAction")->trigger();
        CHECK(messenger.confirmations == 1);
        REQUIRE(replaced.wait(60000));
        CHECK(messenger.errors.isEmpty());
        REQUIRE(session.window() != nullptr);
        CHECK(session.window()->isVisible());
        CHECK(clientCount(t.db()) == 2);
        REQUIRE(messenger.infos.size() == 2);
        const QString told = messenger.infos.last();
        CHECK(told.contains(QStringLiteral(".replaced-")));
        const qsizetype at = told.indexOf(t.path() + QStringLiteral(".replaced-"));
        REQUIRE(at >= 0);
        QString aside = told.mid(at).trimmed();
        aside.chop(1); // the sentence's full stop
        CHECK(QFileInfo::exists(aside));
    }
}

TEST_CASE("A damaged base at start is told as such and a backup can take its place", "[ui][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
    const SystemClock clock;
    {
        Database db(path);
        REQUIRE(db.open());
        addCompany(db, QStringLiteral("Сохранённый"));
        QString error;
        REQUIRE_FALSE(BackupService(db, clock).backupNow(&error).isEmpty());
    }
    QFile file(path);
    REQUIRE(file.resize(file.size() / 2));
    const qint64 damagedSize = file.size();

    TestMessenger messenger;
    Database db(path);
    SECTION("Quit leaves the file as it is")
    {
        messenger.choiceAnswer = 1;
        CHECK_FALSE(DatabaseRecovery(db, messenger, clock).open());
        REQUIRE(messenger.choiceQuestions.size() == 1);
        CHECK(messenger.choiceQuestions.first().contains(QStringLiteral("cut short")));
        CHECK(QFileInfo(path).size() == damagedSize);
        CHECK(QDir(dir.path()).entryList({QStringLiteral("*.replaced-*")}).isEmpty());
    }
    SECTION("Restore from backup opens the backup and keeps the damaged file aside")
    {
        messenger.choiceAnswer = 0;
        int rows = -1;
        QTimer::singleShot(0, qApp, [&rows] { chooseNewestBackup(&rows); });
        REQUIRE(DatabaseRecovery(db, messenger, clock).open());
        CHECK(rows == 1);
        CHECK(messenger.errors.isEmpty());
        CHECK(db.status() == Database::Status::Ok);
        CHECK(clientCount(db) == 1);
        REQUIRE(messenger.infos.size() == 1);
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("*.replaced-*")});
        REQUIRE(aside.size() == 1);
        CHECK(messenger.infos.first().contains(aside.first()));
        CHECK(QFileInfo(dir.filePath(aside.first())).size() == damagedSize);
    }
}
