#pragma once

#include "client.h"

#include <QByteArray>

// A client with every field and the ids of what it holds, as compact JSON: what
// an import or a merge keeps so that it can put the client back as it was.
class ClientSnapshot
{
public:
    static QByteArray toJson(const Client &client);
    static Client fromJson(const QByteArray &json);
};
