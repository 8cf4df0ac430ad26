#pragma once

#include <QString>

// This machine, as a host name or address: the one place a password or a key
// may be sent unencrypted (a relay or a gateway running here).
class Loopback
{
public:
    static bool isHost(const QString &host);
};
