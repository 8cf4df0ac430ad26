#pragma once

#include "catchqt.h"
#include "testdatabase.h"
#include "testmessenger.h"

#include "audit/auditrepository.h"
#include "clients/attachmentrepository.h"
#include "clients/clientrepository.h"
#include "interactions/interactionrepository.h"
#include "mainwindow/mainwindow.h"
#include "settings/settingsrepository.h"

#include <QListWidget>
#include <QSize>
#include <QTest>
#include <memory>

// What a UI test starts from: a fresh database, the services the main window
// takes, a messenger that answers for the user, and the window itself.
struct WindowFixture
{
    TestDatabase tdb;
    SettingsRepository settings{tdb.db()};
    ClientRepository clients{tdb.db()};
    InteractionRepository interactions{tdb.db()};
    AttachmentRepository attachments{tdb.db()};
    AuditRepository audit{tdb.db()};
    TestMessenger messenger;
    std::unique_ptr<MainWindow> window;

    // Opens the window as `user` (empty: as it is set) at `size` (empty: as
    // it opens) and waits until it is on screen.
    void openWindow(const QString &user = QString(), const QSize &size = QSize())
    {
        window = std::make_unique<MainWindow>(
            Services{tdb.db(), clients, interactions, attachments, audit, settings}, messenger);
        if (!user.isEmpty())
            window->setCurrentUser(user);
        // The offscreen screen is 800 x 600, where a first start is maximised.
        if (size.isValid()) {
            window->setWindowState(Qt::WindowNoState);
            window->resize(size);
        }
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    template <typename T> T *find(const char *name) const
    {
        T *w = window->findChild<T *>(QLatin1String(name));
        REQUIRE(w != nullptr);
        return w;
    }

    QListWidget *sidebar() const { return find<QListWidget>("sectionsListWidget"); }
};
