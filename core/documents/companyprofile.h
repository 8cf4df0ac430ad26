#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// Our own company's requisites, printed on documents.
struct CompanyProfile
{
    Q_DECLARE_TR_FUNCTIONS(CompanyProfile)

public:
    QString name;
    QString inn;
    QString kpp;
    QString ogrn;
    QString address;
    QString phone;
    QString email;
    QString bankName;
    QString bik;
    QString account;
    QString corrAccount;
    QString director;
    QString directorPosition;

    // One requisite: its settings key (`company.` + key), the CLI's option,
    // the form's label and the words a refusal lists it by.
    struct Field
    {
        const char *key; // "bank_name"
        QString CompanyProfile::*member;
        const char *label;   // "Bank" (translated in CompanyProfile's context)
        const char *missing; // "our company's bank"
    };
    static const QList<Field> &fields();
    static const Field *field(const QString &key);

    QString value(const QString &key) const;
    void setValue(const QString &key, const QString &value);
    bool operator==(const CompanyProfile &) const = default;
};
