#pragma once

#include "clients/client.h"
#include "companyprofile.h"
#include "deals/deal.h"
#include "documenttemplate.h"
#include "proposal.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

class Database;

// Fills a proposal template (mustache HTML) from a deal: our company's
// requisites, the client's legal entity, the contact person, the line items
// with VAT, the totals in figures and in words, the validity date and the
// manager. A template that uses a field with no value is not filled: every
// such field is listed instead, in words. A field is optional where the
// template tests it first ({{#client.kpp}}KPP {{client.kpp}}{{/client.kpp}}).
class ProposalBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ProposalBuilder)

public:
    // What a proposal is filled from, as build() reads it from the base.
    struct Content
    {
        Deal deal;
        Client client;
        CompanyProfile company;
        QList<CompanyImage> images; // the ones our company has
        QString number;
    };

    explicit ProposalBuilder(const Database &db) : m_db(db) {}

    // False with `missing` filled when the template uses empty fields (or
    // the deal has no line items); false with `error` when the deal or the
    // template cannot be read, or the template would put a value into the
    // HTML unescaped ({{{x}}} or {{&x}}).
    bool build(const ProposalRequest &request, Proposal *proposal, QStringList *missing,
               QString *error = nullptr) const;
    // build() after the reading: the template filled from `content`.
    static bool fill(const DocumentTemplate &tmpl, const ProposalRequest &request,
                     const Content &content, Proposal *proposal, QStringList *missing,
                     QString *error = nullptr);

    // The fields a template can use and what each is, for the template editor.
    static QList<QPair<QString, QString>> fields();
    // The next proposal number, as the next saved proposal will have it.
    static QString numberSettingKey() { return QStringLiteral("documents.proposal_next_number"); }

private:
    const Database &m_db;
};
