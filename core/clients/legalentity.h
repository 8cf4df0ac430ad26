#pragma once

#include <QString>

// A company of the client that documents are made out to (юрлицо, контрагент).
struct LegalEntity
{
    qint64 id = 0;
    QString name;
    QString inn;
    QString kpp;
    QString ogrn;
    QString bankName;
    QString bik;
    QString bankAccount;
    QString corrAccount;
    QString legalAddress;
    bool operator==(const LegalEntity &) const = default;
};
