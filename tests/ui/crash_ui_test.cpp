// The database file deleted under the running program, and an edit the disk
// refuses to hold: both told in words, nothing saved is lost, work goes on.
#include "backup/backupactions.h"
#include "calendar/clock.h"
#include "catchqt.h"
#include "clients/clientcard.h"
#include "clients/clientrepository.h"
#include "db/database.h"
#include "mainwindow/desktopsession.h"
#include "mainwindow/mainwindow.h"
#include "testclients.h"
#include "testdatabase.h"
#include "testmessenger.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

namespace {
// The clients in the file at `path`, as the next Clientele to open it sees them.
QStringList clientNames(const QString &path)
{
    Database db(path);
    QString error;
    INFO(error.toStdString());
    REQUIRE(db.open(Database::Mode::ReadOnly, &error));
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM clients ORDER BY id")));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

// The session's window up, its backup of the day written.
void startSession(DesktopSession &session)
{
    session.start();
    QSignalSpy backedUp(session.window()->backups(), &BackupActions::backupFinished);
    REQUIRE(backedUp.wait(60000));
}

// No file of this process may grow while it lives, as on a full disk;
// SIGXFSZ ignored, so that the write fails with EFBIG instead of killing.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        REQUIRE(getrlimit(RLIMIT_FSIZE, &m_old) == 0);
        const struct rlimit limit = {bytes, m_old.rlim_max};
        REQUIRE(setrlimit(RLIMIT_FSIZE, &limit) == 0);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    struct rlimit m_old = {};
    void (*m_handler)(int) = nullptr;
};
} // namespace

TEST_CASE("A database file deleted under the window is told at once; the copy saved keeps "
          "everything and work goes on in it",
          "[ui][crash]")
{
    QTemporaryDir elsewhere; // outlives the base opened there
    TestDatabase t;
    TestMessenger messenger;
    const SystemClock clock;
    addCompany(t.db(), QStringLiteral("Первый"));
    DesktopSession session(t.db(), messenger, clock);
    startSession(session);
    session.checkFile();
    CHECK(messenger.choiceQuestions.isEmpty()); // nothing is wrong yet
    addCompany(t.db(), QStringLiteral("Второй"));

    const QString copy = elsewhere.filePath(QStringLiteral("rescued.sqlite"));
    QString suggested;
    SECTION("the file deleted")
    {
        REQUIRE(QFile::remove(t.path()));
        suggested = t.path(); // back where it was
    }
    SECTION("its folder deleted")
    {
        REQUIRE(QDir(t.dir()).removeRecursively());
    }
    // Saved after the file went: in the open file only.
    addCompany(t.db(), QStringLiteral("Третий"));

    messenger.choiceAnswer = 0; // Save a copy as…
    messenger.saveFileAnswer = copy;
    QSignalSpy replaced(&session, &DesktopSession::windowReplaced);
    REQUIRE(replaced.wait(10000)); // the file is looked at every two seconds
    REQUIRE(messenger.choiceQuestions.size() == 1);
    CHECK(messenger.choiceQuestions.first().contains(t.dir()));
    CHECK(messenger.choiceQuestions.first().contains(QStringLiteral("deleted")));
    if (!suggested.isEmpty())
        CHECK(messenger.savePathsSuggested == QStringList{suggested});
    CHECK(messenger.errors.isEmpty());
    REQUIRE_FALSE(messenger.infos.isEmpty());
    CHECK(messenger.infos.last().contains(copy));
    CHECK(clientNames(copy) == QStringList{QStringLiteral("Первый"), QStringLiteral("Второй"),
                                           QStringLiteral("Третий")});

    // Work goes on, in the copy; which is no vanished file.
    REQUIRE(session.window() != nullptr);
    CHECK(session.window()->isVisible());
    CHECK(t.db().path() == copy);
    addCompany(t.db(), QStringLiteral("Четвёртый"));
    CHECK(clientNames(copy).size() == 4);
    session.checkFile();
    CHECK(messenger.choiceQuestions.size() == 1);
}

TEST_CASE("Put off, the offer of a copy of the vanished file comes again when the program ends",
          "[ui][crash]")
{
    TestDatabase t;
    TestMessenger messenger;
    const SystemClock clock;
    addCompany(t.db(), QStringLiteral("Первый"));
    DesktopSession session(t.db(), messenger, clock);
    startSession(session);
    MainWindow *window = session.window();

    messenger.choiceAnswer = 1; // Later
    REQUIRE(QFile::remove(t.path()));
    REQUIRE(QTest::qWaitFor([&] { return !messenger.choiceQuestions.isEmpty(); }, 10000));
    CHECK(session.window() == window); // nothing replaced
    addCompany(t.db(), QStringLiteral("Второй"));
    session.checkFile();
    CHECK(messenger.choiceQuestions.size() == 1); // asked once, not every two seconds

    QTemporaryDir elsewhere;
    const QString copy = elsewhere.filePath(QStringLiteral("rescued.sqlite"));
    messenger.choiceAnswer = 0;
    messenger.saveFileAnswer = copy;
    session.backUpAtExit();
    CHECK(messenger.choiceQuestions.size() == 2);
    CHECK(clientNames(copy) == QStringList{QStringLiteral("Первый"), QStringLiteral("Второй")});
}

TEST_CASE("An edit the disk refuses is told in words, kept in the card, and saved on retry",
          "[ui][crash]")
{
    TestDatabase t;
    TestMessenger messenger;
    const SystemClock clock;
    const qint64 id = addCompany(t.db(), QStringLiteral("ООО «Ромашка»"));
    DesktopSession session(t.db(), messenger, clock);
    startSession(session);
    MainWindow *window = session.window();
    window->openClient(id);
    auto *city = window->findChild<QLineEdit *>(QStringLiteral("cityLineEdit"));
    REQUIRE(city != nullptr);
    city->setFocus();
    QTest::keyClicks(city, QStringLiteral("Berlin"));
    REQUIRE(window->card()->isModified());
    auto *save = window->findChild<QAction *>(QStringLiteral("saveAction"));
    REQUIRE(save != nullptr);

    {
        const FileSizeLimit full(0); // the write-ahead log cannot take a byte
        save->trigger();
    }
    REQUIRE(messenger.errors.size() == 1);
    const QString told = messenger.errors.first();
    INFO(told.toStdString());
    CHECK(told.startsWith(QStringLiteral("Cannot save the client: ")));
    CHECK(told.contains(t.path()));
    CHECK(told.contains(QStringLiteral("cannot grow")));
    CHECK(window->card()->isModified());
    CHECK(city->text() == QStringLiteral("Berlin"));
    CHECK(ClientRepository(t.db()).load(id)->city.isEmpty());

    save->trigger(); // room again
    CHECK(messenger.errors.size() == 1);
    CHECK_FALSE(window->card()->isModified());
    CHECK(ClientRepository(t.db()).load(id)->city == QStringLiteral("Berlin"));
}
