#pragma once

#include "clients/client.h"
#include "clients/clientlistrow.h"

#include <QJsonObject>

// The JSON of a client as DESIGN.md section 5 fixes it: every key present,
// unknown values null or empty arrays, phones E.164, e-mails lower case.
class ClientJson
{
public:
    static QJsonObject toJson(const Client &client);
    // The short form printed by `search`.
    static QJsonObject toJson(const ClientListRow &row, const Client &client);
};
