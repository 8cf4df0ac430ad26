// File → Back up now and Restore from backup…, through the real window, with
// the Messenger answering the questions.
#include "backup/backupactions.h"
#include "backup/backupservice.h"
#include "calendar/clock.h"
#include "clients/clientrepository.h"
#include "db/database.h"
#include "mainwindow/desktopsession.h"
#include "mainwindow/mainwindow.h"
#include "testdatabase.h"
#include "testmessenger.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTimer>
#include <QTreeWidget>

namespace {
void addClient(Database &db, const QString &name)
{
    Client c;
    c.kind = Client::Kind::Company;
    c.name = name;
    QString error;
    if (!ClientRepository(db).save(c, &error))
        FAIL(error.toStdString());
}

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
} // namespace

TEST_CASE("Back up now writes a backup and Restore puts it back in a new window", "[ui][backup]")
{
    TestDatabase t;
    TestMessenger messenger;
    const SystemClock clock;
    addClient(t.db(), QStringLiteral("Первый"));

    DesktopSession session(t.db(), messenger, clock);
    session.start();
    MainWindow *window = session.window();
    REQUIRE(window != nullptr);
    QSignalSpy backedUp(window->backups(), &BackupActions::backupFinished);
    // The backup of the day at start: there was none yet.
    REQUIRE(backedUp.wait(60000));
    CHECK(backedUp.takeFirst().at(0).toBool());
    CHECK(messenger.infos.isEmpty()); // automatic: the status bar only

    addClient(t.db(), QStringLiteral("Второй"));
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

    addClient(t.db(), QStringLiteral("Третий"));
    QSignalSpy replaced(&session, &DesktopSession::windowReplaced);
    int rows = -1;
    auto chooseNewest = [&rows] {
        auto *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog != nullptr);
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupsTreeWidget"));
        REQUIRE(list != nullptr);
        rows = list->topLevelItemCount();
        list->setCurrentItem(list->topLevelItem(0));
        dialog->findChild<QPushButton *>(QStringLiteral("restorePushButton"))->click();
    };

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
