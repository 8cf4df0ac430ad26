// Help: the Keyboard shortcuts window (F1) lists what the menus and the
// sections answer; About names the version, the licence and the libraries.
#include "accessiblenames.h"
#include "windowfixture.h"

#include "calendar/calendarsection.h"
#include "calendar/eventdialog.h"
#include "clients/interactiondialog.h"
#include "common/secretstore.h"
#include "deals/losedealdialog.h"
#include "deals/newdealdialog.h"
#include "deals/windealdialog.h"
#include "importer/exportdialog.h"
#include "mailing/composedialog.h"
#include "mailing/newmailingdialog.h"
#include "mainwindow/aboutdialog.h"
#include "mainwindow/shortcutsdialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSqlQuery>
#include <QTimer>
#include <QTreeWidget>
#include <functional>
#include <memory>
#include <vector>

namespace {
// Runs `look` on the modal dialog of type T that the next event opens, then
// closes it; whether it came.
template <typename T> void answerDialog(std::function<void(T *)> look, bool *seen)
{
    *seen = false;
    QTimer::singleShot(0, qApp, [look, seen] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        *seen = true;
        look(dialog);
        dialog->reject();
    });
}

// "Group / text / keys" for every row under a group.
QStringList rows(const QTreeWidget *tree)
{
    QStringList out;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            out << group->text(0) + QStringLiteral(" / ") + group->child(i)->text(0) +
                       QStringLiteral(" / ") + group->child(i)->text(1);
    }
    return out;
}

int menuShortcuts(const QMenu *menu)
{
    int n = 0;
    for (const QAction *a : menu->actions())
        n += a->menu() ? menuShortcuts(a->menu()) : (a->shortcuts().isEmpty() ? 0 : 1);
    return n;
}
} // namespace

TEST_CASE("F1 lists every menu shortcut and the calendar's own keys", "[ui][help]")
{
    WindowFixture f;
    f.openWindow();
    int inMenus = 0;
    for (const QAction *top : f.window->menuBar()->actions())
        if (top->menu())
            inMenus += menuShortcuts(top->menu());
    REQUIRE(inMenus > 10);

    QStringList listed;
    bool seen = false;
    answerDialog<ShortcutsDialog>(
        [&](ShortcutsDialog *d) {
            listed = rows(d->findChild<QTreeWidget *>(QStringLiteral("shortcutsList")));
        },
        &seen);
    QTest::keyClick(f.window.get(), Qt::Key_F1);
    REQUIRE(seen);
    const QString save = QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText);
    CHECK(listed.contains(QStringLiteral("File / Save / ") + save));
    CHECK(listed.contains(QStringLiteral("Help / Keyboard shortcuts / F1")));
    CHECK(listed.contains(QStringLiteral("Calendar / Go to today / T")));
    CHECK(listed.contains(QStringLiteral("Calendar / Day, week, month or agenda / D, W, M, A")));
    // Every menu action with a shortcut, and the calendar's seven keys.
    CHECK(listed.size() == inMenus + int(CalendarSection::keyHelp().size()));
    for (const QString &row : listed)
        CHECK_FALSE(row.contains(QLatin1Char('&'))); // menu mnemonics are not shown
}

TEST_CASE("About names the version, the licence and each library at the version it runs",
          "[ui][help]")
{
    WindowFixture f;
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));
    f.openWindow();
    QString text;
    bool icon = false;
    QStringList libraries;
    bool seen = false;
    answerDialog<AboutDialog>(
        [&](AboutDialog *d) {
            text = d->findChild<QLabel *>(QStringLiteral("aboutText"))->text();
            icon = !d->findChild<QLabel *>(QStringLiteral("aboutIcon"))->pixmap().isNull();
            const auto *list = d->findChild<QTreeWidget *>(QStringLiteral("librariesList"));
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                libraries << list->topLevelItem(i)->text(0) + QLatin1Char(' ') +
                                 list->topLevelItem(i)->text(1);
        },
        &seen);
    f.window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    REQUIRE(seen);
    CHECK(text.contains(QStringLiteral("Clientele " CLIENTELE_VERSION)));
    CHECK(text.contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(icon); // the program's own icon, from the resources
    QSqlQuery q(f.tdb.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT sqlite_version()")));
    REQUIRE(q.next());
    CHECK(libraries.contains(QStringLiteral("SQLite ") + q.value(0).toString()));
    CHECK(libraries.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    CHECK(libraries.size() == 9);
}

TEST_CASE("Every button in every section has a name a screen reader can say", "[ui][help]")
{
    WindowFixture f;
    f.openWindow(QStringLiteral("Ivan Petrov"), QSize(1280, 800));
    QStringList unnamed;
    for (const char *section : {"clients", "deals", "tasks", "assigned", "check", "calendar",
                                "mailings", "reports", "archive"}) {
        f.window->openSection(QString::fromLatin1(section));
        QApplication::processEvents();
        for (QAbstractButton *button : f.window->findChildren<QAbstractButton *>()) {
            if (!button->isVisible())
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(button);
            REQUIRE(a != nullptr);
            if (a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QString::fromLatin1(section) + QLatin1Char(' ') +
                               QString::fromLatin1(button->metaObject()->className()) +
                               QLatin1Char(' ') + button->objectName() + QLatin1Char(' ') +
                               button->toolTip();
        }
    }
    unnamed.removeDuplicates();
    INFO(unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamed.isEmpty());
}

TEST_CASE("Every field of the everyday dialogs has a name a screen reader can say", "[ui][help]")
{
    WindowFixture f;
    Client romashka;
    romashka.kind = Client::Kind::Company;
    romashka.name = QStringLiteral("ООО Ромашка");
    REQUIRE(f.clients.save(romashka));
    SecretStore secrets(QStringLiteral("Clientele tests"));
    ComposeDialog::Target target;
    target.channel = QStringLiteral("email");
    target.clientId = romashka.id;
    Interaction call;
    call.clientId = romashka.id;
    std::vector<std::pair<const char *, std::unique_ptr<QDialog>>> dialogs;
    dialogs.emplace_back("event", std::make_unique<EventDialog>(f.tdb.db(), f.clients));
    dialogs.emplace_back("new deal",
                         std::make_unique<NewDealDialog>(f.tdb.db(), f.clients, f.messenger));
    dialogs.emplace_back("win", std::make_unique<WinDealDialog>(QStringLiteral("Поставка"), 150000,
                                                                QStringLiteral("RUB")));
    dialogs.emplace_back("lose", std::make_unique<LoseDealDialog>(
                                     QStringLiteral("Поставка"),
                                     QList<QPair<qint64, QString>>{{1, QStringLiteral("Цена")}}));
    dialogs.emplace_back("interaction",
                         std::make_unique<InteractionDialog>(call, QList<ContactPerson>()));
    dialogs.emplace_back("export", std::make_unique<ExportDialog>(f.tdb.db(), f.messenger));
    dialogs.emplace_back("new mailing", std::make_unique<NewMailingDialog>(f.tdb.db(), f.messenger,
                                                                           QStringLiteral("Анна")));
    dialogs.emplace_back("compose",
                         std::make_unique<ComposeDialog>(f.tdb.db(), secrets, f.messenger,
                                                         QStringLiteral("Анна"), target));
    QStringList unnamed;
    for (auto &[name, dialog] : dialogs) {
        dialog->show();
        QApplication::processEvents();
        for (const QString &field : unnamedFields(dialog.get()))
            unnamed << QLatin1String(name) + QStringLiteral(": ") + field;
        dialog->hide();
    }
    INFO(unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamed.isEmpty());
}
