#include "proposalbuilder.h"

#include "amountinwords.h"
#include "clients/clientrepository.h"
#include "companyrepository.h"
#include "db/database.h"
#include "deals/dealrepository.h"
#include "deals/money.h"
#include "documenttemplaterepository.h"
#include "emptyfieldfinder.h"
#include "settings/settingsrepository.h"

#include <QLocale>
#include <kainjow/mustache.hpp>

namespace km = kainjow::mustache;
using Data = km::data;

namespace {
struct FieldText
{
    const char *key;
    const char *missing; // the words a refusal lists it by
};

// Fields outside our company's requisites (those come from CompanyProfile).
const FieldText kFields[] = {
    {"company.logo", QT_TRANSLATE_NOOP("ProposalBuilder", "our company's logo")},
    {"company.signature", QT_TRANSLATE_NOOP("ProposalBuilder", "the director's signature")},
    {"company.stamp", QT_TRANSLATE_NOOP("ProposalBuilder", "our company's stamp")},
    {"client.name", QT_TRANSLATE_NOOP("ProposalBuilder", "the client's legal entity")},
    {"client.inn", QT_TRANSLATE_NOOP("ProposalBuilder", "the client's INN")},
    {"client.kpp", QT_TRANSLATE_NOOP("ProposalBuilder", "the client's KPP")},
    {"client.ogrn", QT_TRANSLATE_NOOP("ProposalBuilder", "the client's OGRN")},
    {"client.address", QT_TRANSLATE_NOOP("ProposalBuilder", "the client's legal address")},
    {"client.bank_name", QT_TRANSLATE_NOOP("ProposalBuilder", "the client's bank")},
    {"client.bik", QT_TRANSLATE_NOOP("ProposalBuilder", "the client's BIK")},
    {"client.account", QT_TRANSLATE_NOOP("ProposalBuilder", "the client's bank account")},
    {"client.corr_account",
     QT_TRANSLATE_NOOP("ProposalBuilder", "the client's correspondent account")},
    {"contact.name", QT_TRANSLATE_NOOP("ProposalBuilder", "the contact person")},
    {"contact.position", QT_TRANSLATE_NOOP("ProposalBuilder", "the contact person's position")},
    {"deal.title", QT_TRANSLATE_NOOP("ProposalBuilder", "the deal's title")},
    {"manager", QT_TRANSLATE_NOOP("ProposalBuilder", "the deal's manager")},
    {"number", QT_TRANSLATE_NOOP("ProposalBuilder", "the proposal's number")},
    {"date", QT_TRANSLATE_NOOP("ProposalBuilder", "the proposal's date")},
    {"valid_until", QT_TRANSLATE_NOOP("ProposalBuilder", "the validity date")},
    {"items", QT_TRANSLATE_NOOP("ProposalBuilder", "line items")},
    {"items_count", QT_TRANSLATE_NOOP("ProposalBuilder", "the number of line items")},
    {"total", QT_TRANSLATE_NOOP("ProposalBuilder", "the total")},
    {"total_words", QT_TRANSLATE_NOOP("ProposalBuilder", "the total in words")},
    {"vat_total", QT_TRANSLATE_NOOP("ProposalBuilder", "the VAT total")},
    {"has_vat", QT_TRANSLATE_NOOP("ProposalBuilder", "whether any line has VAT")},
    {"has_discount", QT_TRANSLATE_NOOP("ProposalBuilder", "whether any line has a discount")},
    {"currency", QT_TRANSLATE_NOOP("ProposalBuilder", "the currency sign")},
};

// Fields of one line item, inside {{#items}}…{{/items}}.
const FieldText kItemFields[] = {
    {"n", QT_TRANSLATE_NOOP("ProposalBuilder", "the line's number")},
    {"name", QT_TRANSLATE_NOOP("ProposalBuilder", "the name")},
    {"sku", QT_TRANSLATE_NOOP("ProposalBuilder", "the article")},
    {"unit", QT_TRANSLATE_NOOP("ProposalBuilder", "the unit")},
    {"quantity", QT_TRANSLATE_NOOP("ProposalBuilder", "the quantity")},
    {"price", QT_TRANSLATE_NOOP("ProposalBuilder", "the price")},
    {"discount", QT_TRANSLATE_NOOP("ProposalBuilder", "the discount")},
    {"vat_rate", QT_TRANSLATE_NOOP("ProposalBuilder", "the VAT rate")},
    {"vat", QT_TRANSLATE_NOOP("ProposalBuilder", "the VAT")},
    {"total", QT_TRANSLATE_NOOP("ProposalBuilder", "the line's total")},
};

// An empty value is false, so that {{#field}}…{{/field}} leaves it out.
Data text(const QString &value)
{
    const QString t = value.trimmed();
    return t.isEmpty() ? Data(false) : Data(t.toStdString());
}

// 2500 thousandths -> "2,5"; 550 hundredths -> "5,5".
QString fixed(qint64 value, int scale, int digits, const QLocale &locale)
{
    QString out = locale.toString(value / scale);
    qint64 fraction = value % scale;
    if (fraction == 0)
        return out;
    QString decimals = QStringLiteral("%1").arg(fraction, digits, 10, QLatin1Char('0'));
    while (decimals.endsWith(QLatin1Char('0')))
        decimals.chop(1);
    return out + locale.decimalPoint() + decimals;
}

QString describe(const QString &key)
{
    if (key.startsWith(QLatin1String("company."))) {
        if (const CompanyProfile::Field *f = CompanyProfile::field(key.mid(8)))
            return CompanyProfile::tr(f->missing);
    }
    for (const FieldText &f : kFields)
        if (key == QLatin1String(f.key))
            return ProposalBuilder::tr(f.missing);
    return ProposalBuilder::tr("{{%1}}: no such field").arg(key);
}

QString describeItem(const QString &key, int line)
{
    for (const FieldText &f : kItemFields)
        if (key == QLatin1String(f.key))
            return ProposalBuilder::tr("line %1: %2").arg(line).arg(ProposalBuilder::tr(f.missing));
    return describe(key);
}

// Our requisites and, for the images we have, their resource URLs.
Data companyData(const CompanyProfile &profile, const QList<CompanyImage> &images)
{
    Data company;
    for (const CompanyProfile::Field &f : CompanyProfile::fields())
        company.set(f.key, text(profile.*(f.member)));
    for (CompanyImage::Kind kind : CompanyImage::kinds)
        company.set(CompanyImage::kindToString(kind).toStdString(), Data(false));
    for (const CompanyImage &image : images)
        if (!image.isNull())
            company.set(CompanyImage::kindToString(image.kind).toStdString(),
                        Data(Proposal::imageUrl(image.kind).toStdString()));
    return company;
}

// The first legal entity is the one documents are made out to; a client
// without one, by its own name.
QString customerName(const Client &client)
{
    const QString entity = client.legalEntities.value(0).name.trimmed();
    return entity.isEmpty() ? client.displayName() : entity;
}

Data customerData(const Client &client)
{
    const LegalEntity entity = client.legalEntities.value(0);
    Data customer;
    customer.set("name", text(customerName(client)));
    customer.set("inn", text(entity.inn));
    customer.set("kpp", text(entity.kpp));
    customer.set("ogrn", text(entity.ogrn));
    customer.set("address",
                 text(entity.legalAddress.isEmpty() ? client.address : entity.legalAddress));
    customer.set("bank_name", text(entity.bankName));
    customer.set("bik", text(entity.bik));
    customer.set("account", text(entity.bankAccount));
    customer.set("corr_account", text(entity.corrAccount));
    return customer;
}

Data contactData(const Client &client, qint64 contactId)
{
    ContactPerson person;
    for (const ContactPerson &c : client.contacts)
        if (c.id == contactId)
            person = c;
    Data contact;
    contact.set("name", text(person.fullName()));
    contact.set("position", text(person.position));
    return contact;
}

Data itemData(const DealItem &item, int n, const QString &currency, const QLocale &locale)
{
    Data d;
    d.set("n", QString::number(n).toStdString());
    d.set("name", text(item.name));
    d.set("sku", text(item.sku));
    d.set("unit", text(item.unit));
    d.set("quantity", fixed(item.quantity, 1000, 3, locale).toStdString());
    d.set("price", Money::format(item.price, currency, locale).toStdString());
    d.set("discount", item.discount > 0
                          ? text(fixed(item.discount, 100, 2, locale) + QStringLiteral(" %"))
                          : Data(false));
    const bool vat = item.vatPercent >= 0;
    d.set("vat_rate",
          vat ? text(QString::number(item.vatPercent) + QStringLiteral(" %")) : Data(false));
    d.set("vat",
          vat ? Data(Money::format(item.vat(), currency, locale).toStdString()) : Data(false));
    d.set("total", Money::format(item.total(), currency, locale).toStdString());
    return d;
}
} // namespace

QList<QPair<QString, QString>> ProposalBuilder::fields()
{
    QList<QPair<QString, QString>> out;
    for (const CompanyProfile::Field &f : CompanyProfile::fields())
        out << qMakePair(QStringLiteral("company.") + QLatin1String(f.key),
                         CompanyProfile::tr(f.missing));
    for (const FieldText &f : kFields)
        out << qMakePair(QString::fromLatin1(f.key), tr(f.missing));
    for (const FieldText &f : kItemFields)
        out << qMakePair(QStringLiteral("items.") + QLatin1String(f.key), tr(f.missing));
    return out;
}

bool ProposalBuilder::build(const ProposalRequest &request, Proposal *proposal,
                            QStringList *missing, QString *error) const
{
    const std::optional<Deal> deal = DealRepository(m_db).load(request.dealId, error);
    if (!deal)
        return false;
    const std::optional<Client> client = ClientRepository(m_db).load(deal->clientId, error);
    if (!client)
        return false;

    const DocumentTemplateRepository templates(m_db);
    const QString uiLanguage = QLocale().name().left(2);
    const std::optional<DocumentTemplate> tmpl = request.templateName.isEmpty()
                                                     ? templates.defaultFor(uiLanguage)
                                                     : templates.find(request.templateName);
    if (!tmpl) {
        if (error)
            *error = tr("There is no proposal template \"%1\".").arg(request.templateName);
        return false;
    }
    const CompanyRepository companies(m_db);
    Content content{*deal, *client, companies.profile(), {}, {}};
    for (CompanyImage::Kind kind : CompanyImage::kinds)
        if (const CompanyImage image = companies.image(kind); !image.isNull())
            content.images << image;
    content.number = SettingsRepository(m_db).value(numberSettingKey(), QStringLiteral("1"));
    return fill(*tmpl, request, content, proposal, missing, error);
}

bool ProposalBuilder::fill(const DocumentTemplate &tmpl, const ProposalRequest &request,
                           const Content &content, Proposal *proposal, QStringList *missing,
                           QString *error)
{
    const Deal &deal = content.deal;
    const Client &client = content.client;
    const std::string body = tmpl.body.toStdString();
    km::component<std::string> tree;
    // Checked again here: a template saved before {{{x}}} was refused (found by
    // tests/fuzz/template_fuzz), and one inserted by hand.
    QString syntax = DocumentTemplateRepository::syntaxError(tmpl.body);
    if (!syntax.isEmpty() || !EmptyFieldFinder::parse(body, &tree, &syntax)) {
        if (error)
            *error = tr("The template \"%1\" has an error: %2").arg(tmpl.name, syntax);
        return false;
    }
    Proposal p;
    p.dealId = deal.id;
    p.clientId = deal.clientId;
    p.contactId = deal.contactId;
    p.dealTitle = deal.title;
    p.templateName = tmpl.name;
    p.language = request.language.isEmpty() ? tmpl.language() : request.language;
    p.date = request.date.isValid() ? request.date : QDate::currentDate();
    p.validUntil =
        request.validUntil.isValid() ? request.validUntil : p.date.addDays(request.kValidDays);
    p.currency = deal.currency;
    p.total = deal.itemsTotal();
    p.number = content.number;
    p.images = content.images;
    const QLocale locale = p.language == QLatin1String("ru")
                               ? QLocale(QLocale::Russian, QLocale::Russia)
                               : QLocale(QLocale::English, QLocale::UnitedStates);
    auto money = [&](qint64 minor) {
        return Money::format(minor, p.currency, locale).toStdString();
    };
    const QString dateFormat = QStringLiteral("dd.MM.yyyy");

    p.clientName = customerName(client);
    Data dealData;
    dealData.set("title", text(deal.title));

    Data items = Data::type::list;
    qint64 vatTotal = 0;
    bool hasVat = false;
    bool hasDiscount = false;
    for (qsizetype i = 0; i < deal.items.size(); ++i) {
        const DealItem &item = deal.items.at(i);
        items.push_back(itemData(item, int(i + 1), p.currency, locale));
        vatTotal += item.vat();
        hasVat = hasVat || item.vatPercent >= 0;
        hasDiscount = hasDiscount || item.discount > 0;
    }

    Data root;
    root.set("company", companyData(content.company, content.images));
    root.set("client", customerData(client));
    root.set("contact", contactData(client, deal.contactId));
    root.set("deal", dealData);
    root.set("manager", text(deal.responsible));
    root.set("number", text(p.number));
    root.set("date", p.date.toString(dateFormat).toStdString());
    root.set("valid_until", p.validUntil.toString(dateFormat).toStdString());
    root.set("items", items);
    root.set("items_count", QString::number(deal.items.size()).toStdString());
    root.set("total", money(p.total));
    root.set("vat_total", money(vatTotal));
    root.set("has_vat", hasVat);
    root.set("has_discount", hasDiscount);
    root.set("total_words",
             AmountInWords::inLanguage(p.language, p.total, p.currency).toStdString());
    root.set("currency", Money::symbol(p.currency).toStdString());

    QStringList empty;
    for (const EmptyFieldFinder::Field &f : EmptyFieldFinder::find(tree, root)) {
        const QString words =
            f.list == QLatin1String("items") ? describeItem(f.key, f.line) : describe(f.key);
        if (!empty.contains(words))
            empty << words;
    }
    // A proposal offers something: without line items there is nothing to print.
    if (deal.items.isEmpty() && !empty.contains(tr("line items")))
        empty.prepend(tr("line items"));
    if (!empty.isEmpty()) {
        if (missing)
            *missing = empty;
        return false;
    }

    km::mustache renderer(body);
    p.html = QString::fromStdString(renderer.render(root));
    if (!renderer.is_valid()) {
        if (error)
            *error = QString::fromStdString(renderer.error_message());
        return false;
    }
    if (proposal)
        *proposal = p;
    if (missing)
        missing->clear();
    return true;
}
