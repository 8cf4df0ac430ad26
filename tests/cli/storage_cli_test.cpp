// A disk that fills up and a base that cannot be written, met by
// clientele-cli: exit codes and words a person understands, the base left as
// it was, and the same command going through once the cause is gone.
#include "basestate.h"
#include "clifixture.h"

#include <QDir>
#include <QFile>

#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {
// The largest file the child may write, as `ulimit -f` sets it: a full disk
// without mounting one. SIGXFSZ ignored, so a write beyond it fails with
// EFBIG instead of killing the program.
std::function<void()> fileSizeLimit(rlim_t bytes)
{
    return [bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        const struct rlimit limit = {bytes, RLIM_INFINITY};
        setrlimit(RLIMIT_FSIZE, &limit);
    };
}

// root may write whatever the permissions say; the child runs as nobody then.
constexpr uid_t kNobody = 65534;

void asNobody()
{
    // The supplementary groups first, while still allowed to change them.
    if (setgroups(0, nullptr) != 0 || setgid(kNobody) != 0 || setuid(kNobody) != 0)
        _exit(126);
}

// What is in the folder: names, sizes and the bytes of the base.
QString folderState(const QString &folder, const QString &base)
{
    QString out;
    for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden))
        out +=
            info.fileName() + QLatin1Char(' ') + QString::number(info.size()) + QLatin1Char('\n');
    QFile file(base);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return out + QString::fromLatin1(
                     QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1).toHex());
}
} // namespace

TEST_CASE("A full disk stops client add, import and demo with words naming the base; nothing "
          "changes, and the same command goes through once there is room",
          "[cli][storage]")
{
    Fixture f;
    f.ok({QStringLiteral("init")});
    f.add({QStringLiteral("--name"), utf8("ООО «Первый»")});
    const QString csv = f.dir.filePath(QStringLiteral("clients.csv"));
    writeFile(csv, clientsCsv(2000));
    const QList<QStringList> commands = {
        {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
         utf8("ООО «Второй»"), QStringLiteral("--phone"), QStringLiteral("+7 912 555-00-11"),
         QStringLiteral("--email"), QStringLiteral("second@example.ru"), QStringLiteral("--tag"),
         utf8("Опт")},
        {QStringLiteral("import"), QStringLiteral("csv"), csv},
        {QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("300")}};
    for (const QStringList &command : commands) {
        INFO("clientele-cli " << command.join(QLatin1Char(' ')).toStdString());
        const QString before = signature(f.db);
        // Room for the shared memory index beside the base (32 KiB) and a page
        // or two of the write-ahead log, not for the command's writes.
        f.childModifier = fileSizeLimit(40 * 1024);
        const Result full = f.cli(command);
        f.childModifier = {};
        INFO(full.err.toStdString());
        CHECK(full.code == 1);
        CHECK(full.err.contains(f.db));
        CHECK(full.err.contains(QStringLiteral("cannot grow")));
        CHECK(full.err.contains(QStringLiteral("This change was not saved")));
        CHECK(signature(f.db) == before);
        requireSound(f);

        f.ok(command);
        CHECK(signature(f.db) != before);
    }
}

TEST_CASE("A base that cannot be written is refused at open with what to do; nothing changes",
          "[cli][storage]")
{
    Fixture f;
    f.ok({QStringLiteral("init")});
    f.add({QStringLiteral("--name"), utf8("ООО «Только чтение»")});
    // A folder others may enter, holding a copy of the base.
    QTemporaryDir area;
    REQUIRE(QFile::setPermissions(area.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                   QFile::ExeOwner | QFile::ReadOther |
                                                   QFile::ExeOther));
    const QString folder = area.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkdir(folder));
    const QString base = QDir(folder).filePath(QStringLiteral("crm.sqlite"));
    REQUIRE(QFile::copy(f.db, base));
    const bool root = geteuid() == 0;
    if (root)
        f.childModifier = asNobody;
    const auto readable = QFile::ReadOwner | QFile::ReadOther | QFile::ExeOwner | QFile::ExeOther;
    const auto writable = QFile::WriteOwner | QFile::WriteOther;

    QString expected;
    SECTION("the file is read-only")
    {
        REQUIRE(QFile::setPermissions(base, QFile::ReadOwner | QFile::ReadOther));
        REQUIRE(QFile::setPermissions(folder, readable | writable));
        expected = QStringLiteral("The database %1 is read-only").arg(base);
    }
    SECTION("its folder is read-only")
    {
        // root: the folder is root's, the file anyone's; otherwise both ours.
        REQUIRE(QFile::setPermissions(base, QFile::ReadOwner | QFile::ReadOther |
                                                (root ? writable : QFile::WriteOwner)));
        REQUIRE(QFile::setPermissions(folder, readable));
        expected = QStringLiteral("The folder %1 is read-only").arg(folder);
    }
    const QString before = folderState(folder, base);
    for (const QStringList &command : {QStringList{QStringLiteral("init")},
                                       QStringList{QStringLiteral("client"), QStringLiteral("add"),
                                                   QStringLiteral("--name"), utf8("ООО «Новый»")},
                                       QStringList{QStringLiteral("demo")}}) {
        const Result r = f.run(QStringList{QStringLiteral("--db"), base} + command);
        INFO("clientele-cli " << command.join(QLatin1Char(' ')).toStdString() << "\n"
                              << r.err.toStdString());
        CHECK(r.code == 3);
        CHECK(r.err.contains(expected));
        CHECK(r.err.contains(QStringLiteral("Nothing was changed")));
    }
    CHECK(folderState(folder, base) == before);

    // Reading needs no writing: the client is found all the same.
    const Result found =
        f.run({QStringLiteral("--db"), base, QStringLiteral("search"), utf8("чтение")});
    INFO(found.err.toStdString());
    CHECK(found.code == 0);
    CHECK(found.text().contains(utf8("ООО «Только чтение»")));
    QFile::setPermissions(folder, readable | QFile::WriteOwner); // for the clean-up
}
