#include "companyprofile.h"

const QList<CompanyProfile::Field> &CompanyProfile::fields()
{
    static const QList<Field> kFields = {
        {"name", &CompanyProfile::name, QT_TR_NOOP("Name"), QT_TR_NOOP("our company's name")},
        {"inn", &CompanyProfile::inn, QT_TR_NOOP("INN"), QT_TR_NOOP("our company's INN")},
        {"kpp", &CompanyProfile::kpp, QT_TR_NOOP("KPP"), QT_TR_NOOP("our company's KPP")},
        {"ogrn", &CompanyProfile::ogrn, QT_TR_NOOP("OGRN"), QT_TR_NOOP("our company's OGRN")},
        {"address", &CompanyProfile::address, QT_TR_NOOP("Address"),
         QT_TR_NOOP("our company's address")},
        {"phone", &CompanyProfile::phone, QT_TR_NOOP("Phone"), QT_TR_NOOP("our company's phone")},
        {"email", &CompanyProfile::email, QT_TR_NOOP("E-mail"), QT_TR_NOOP("our company's e-mail")},
        {"bank_name", &CompanyProfile::bankName, QT_TR_NOOP("Bank"),
         QT_TR_NOOP("our company's bank")},
        {"bik", &CompanyProfile::bik, QT_TR_NOOP("BIK"), QT_TR_NOOP("our bank's BIK")},
        {"account", &CompanyProfile::account, QT_TR_NOOP("Account"),
         QT_TR_NOOP("our company's bank account")},
        {"corr_account", &CompanyProfile::corrAccount, QT_TR_NOOP("Correspondent account"),
         QT_TR_NOOP("our bank's correspondent account")},
        {"director", &CompanyProfile::director, QT_TR_NOOP("Director"),
         QT_TR_NOOP("our director's name")},
        {"director_position", &CompanyProfile::directorPosition, QT_TR_NOOP("Director's position"),
         QT_TR_NOOP("our director's position")},
    };
    return kFields;
}

const CompanyProfile::Field *CompanyProfile::field(const QString &key)
{
    for (const Field &f : fields())
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

QString CompanyProfile::value(const QString &key) const
{
    const Field *f = field(key);
    return f ? this->*(f->member) : QString();
}

void CompanyProfile::setValue(const QString &key, const QString &value)
{
    if (const Field *f = field(key))
        this->*(f->member) = value;
}
