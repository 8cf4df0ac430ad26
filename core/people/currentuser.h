#pragma once

#include <QString>

class Database;

// Who sits at this screen. That is personal, so it lives in the app's
// QSettings (chosen in the GUI's Settings menu), not in the shared base. The
// CLI and the GUI resolve it the same way: the name given (--user), else
// $CLIENTELE_USER, else the GUI's setting, else the login name.
class CurrentUser
{
public:
    static QString resolve(const QString &given = {});
    // The GUI's choice, empty when none was made.
    static QString saved();
    static void save(const QString &name);
    // Makes `name` the user here: added to the people directory when new (so
    // others can give them tasks) and saved. The name as the directory spells
    // it, or empty with the reason.
    static QString adopt(const Database &db, const QString &name, QString *error = nullptr);
    // $USER, $LOGNAME, else the account's name in the system's user list.
    static QString loginName();
    // What the first start offers as the name: resolve(), but the person's
    // full name from the user list (GECOS) rather than a bare login.
    static QString suggestion();
};
