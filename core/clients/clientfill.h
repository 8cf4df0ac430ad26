#pragma once

#include "client.h"

#include <QCoreApplication>
#include <functional>

// Fills one client from another without overwriting: empty fields take the
// other's value, new phones, e-mails, tags, legal entities and contacts are
// added. What an import merge and a duplicate merge share.
class ClientFill
{
    Q_DECLARE_TR_FUNCTIONS(ClientFill)

public:
    // Told of each value that differs from a kept one: what it is (translated),
    // the kept value and the value not taken.
    using Conflict =
        std::function<void(const QString &what, const QString &kept, const QString &offered)>;

    // True when `into` gained anything.
    static bool fill(Client &into, const Client &from, const Conflict &conflict);
};
