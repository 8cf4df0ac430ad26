#pragma once

#include "deals/deal.h"
#include "deals/stagestay.h"

#include <QJsonObject>

// The JSON of a deal for `clientele-cli deal show/list`: every key present,
// unknown values null, money as a string with two decimals ("1234.50").
class DealJson
{
public:
    static QJsonObject toJson(const Deal &deal, const QList<StageStay> &history);
};
