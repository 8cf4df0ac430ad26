#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The libraries Clientele is built on, for Help → About: the version each
// runs at where it tells (else the one built against, else none), its
// licence and what it does here.
class UsedLibraries
{
    Q_DECLARE_TR_FUNCTIONS(UsedLibraries)

public:
    struct Library
    {
        QString name;
        QString version;
        QString licence;
        QString purpose;
    };
    static QList<Library> list();
};
