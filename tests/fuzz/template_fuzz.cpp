// libFuzzer target: a hostile template filled with hostile client data, the
// way e-mails, SMS and commercial proposals are made. The input is split on
// the byte 0x1E: the HTML template (the e-mail's body and the proposal), the
// subject (also the SMS text), the plain-text part, then the values of the
// client, contact, deal, manager and our company in the order of fill()
// below; values the input does not give come from a list of hostile ones.
//
// Every template is filled twice: once with the values, once with a marker
// in place of each value (STX, its number, ETX; those bytes are taken out of
// templates and values). Which parts a template prints depends only on which
// values are empty, so the two fillings must agree on errors and missing
// fields, and the first must be the second with each marker replaced by its
// value: HTML-escaped in HTML, as typed in the subject, plain text and SMS.
// So a client named <script> or {{company.inn}} comes out as that text, never
// as markup or as another field.

#include "documents/companyprofile.h"
#include "documents/proposalbuilder.h"
#include "mailing/messagerenderer.h"

#include <QLocale>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace {

const char16_t MarkerStart = 0x02;
const char16_t MarkerEnd = 0x03;
const char Separator = 0x1e;

void check(bool ok, const char *what, const QString &expected = {}, const QString &got = {})
{
    if (!ok) {
        std::fprintf(stderr, "template_fuzz: %s\nexpected: %s\ngot:      %s\n", what,
                     qPrintable(expected), qPrintable(got));
        std::abort();
    }
}

QString marker(qsizetype i)
{
    return QChar(MarkerStart) + QString::number(i) + QChar(MarkerEnd);
}

QString withoutMarkers(QString text)
{
    return text.remove(QChar(MarkerStart)).remove(QChar(MarkerEnd));
}

// What HTML needs escaped: written here, not taken from the library under test.
QString htmlEscaped(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\'':
            out += QLatin1String("&apos;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString unmarked(QString text, const QStringList &values, bool html)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        text.replace(marker(i), html ? htmlEscaped(values.at(i)) : values.at(i));
    return text;
}

// Everything a template can print about a recipient or a deal, and our company.
struct Subject
{
    RecipientData recipient;
    CompanyProfile company;
    ProposalBuilder::Content proposal;
};

// The values go in this order; the harness and the corpus rely on it.
Subject fill(const QStringList &values)
{
    qsizetype next = 0;
    auto take = [&]() { return values.at(next++); };
    Subject s;
    RecipientData &r = s.recipient;
    r.clientId = 1;
    r.contactId = 2;
    r.dealId = 3;
    r.dealAmount = 1234567;
    r.currency = QStringLiteral("RUB");
    r.expectedClose = QDate(2026, 12, 1);
    r.clientName = take();
    r.city = take();
    r.region = take();
    r.postalAddress = take();
    r.inn = take();
    r.firstName = take();
    r.middleName = take();
    r.lastName = take();
    r.position = take();
    r.dealTitle = take();
    r.dealStage = take();
    r.manager = take();
    for (const CompanyProfile::Field &f : CompanyProfile::fields())
        s.company.*(f.member) = take();

    ProposalBuilder::Content &p = s.proposal;
    p.company = s.company;
    p.images << CompanyImage{CompanyImage::Kind::Logo, QStringLiteral("image/png"), "png"};
    p.number = take();
    Client &client = p.client;
    client.id = r.clientId;
    client.name = r.clientName;
    client.address = r.postalAddress;
    LegalEntity entity;
    entity.name = take();
    entity.inn = r.inn;
    entity.kpp = take();
    entity.ogrn = take();
    entity.bankName = take();
    entity.bik = take();
    entity.bankAccount = take();
    entity.corrAccount = take();
    entity.legalAddress = take();
    client.legalEntities << entity;
    ContactPerson person;
    person.id = r.contactId;
    person.lastName = r.lastName;
    person.firstName = r.firstName;
    person.middleName = r.middleName;
    person.position = r.position;
    client.contacts << person;
    Deal &deal = p.deal;
    deal.id = r.dealId;
    deal.clientId = r.clientId;
    deal.contactId = r.contactId;
    deal.title = r.dealTitle;
    deal.responsible = r.manager;
    for (int i = 0; i < 2; ++i) {
        DealItem item;
        item.name = take();
        item.sku = take();
        item.unit = take();
        item.quantity = 2500;
        item.price = 99990;
        item.discount = i * 550;
        item.vatPercent = i ? 20 : -1;
        deal.items << item;
    }
    return s;
}

constexpr int ValueCount = 12 + 13 + 1 + 8 + 2 * 3;

// Values the input leaves out: markup, mustache and entities a client could be named.
const char *const Hostile[] = {
    "<script>alert(1)</script>",
    "{{company.inn}}",
    "{{{client.name}}}",
    "Smith & Sons",
    "\"quoted\" and 'single'",
    "</p><img src=x onerror=alert(1)>",
    "&lt;b&gt; &amp;",
    "{{#items}}x{{/items}}",
    "ООО «Ромашка»",
    "{{=<% %>=}}<%client.inn%>",
};

void compareMessages(const MessageTemplate &t, const Subject &hostile, const Subject &marked,
                     const QStringList &values)
{
    const QLocale locale(QLocale::Russian, QLocale::Russia);
    MessageRenderer hostileRenderer(t, hostile.company, locale);
    MessageRenderer markedRenderer(t, marked.company, locale);
    check(hostileRenderer.error() == markedRenderer.error(), "the same template errors",
          markedRenderer.error(), hostileRenderer.error());
    const RenderedMessage h = hostileRenderer.render(hostile.recipient);
    const RenderedMessage m = markedRenderer.render(marked.recipient);
    check(h.missing == m.missing, "the same missing fields", m.missing.join(QLatin1Char('|')),
          h.missing.join(QLatin1Char('|')));
    if (!h.isComplete())
        return;
    if (!t.isEmail()) {
        const QString sms = unmarked(m.text, values, false).trimmed();
        check(h.text == sms, "SMS: values as typed", sms, h.text);
        return;
    }
    const QString html = unmarked(m.html, values, true);
    check(h.html == html, "e-mail HTML: values escaped", html, h.html);
    const QString subject = unmarked(m.subject, values, false).simplified();
    check(h.subject == subject, "e-mail subject: values as typed", subject, h.subject);
    if (!t.textBody.isEmpty()) {
        const QString text = unmarked(m.text, values, false);
        check(h.text == text, "e-mail plain text: values as typed", text, h.text);
    }
}

void compareProposals(const DocumentTemplate &t, const Subject &hostile, const Subject &marked,
                      const QStringList &values)
{
    ProposalRequest request;
    request.dealId = hostile.proposal.deal.id;
    request.date = QDate(2026, 11, 28);
    Proposal h, m;
    QStringList hMissing, mMissing;
    QString hError, mError;
    const bool hOk = ProposalBuilder::fill(t, request, hostile.proposal, &h, &hMissing, &hError);
    const bool mOk = ProposalBuilder::fill(t, request, marked.proposal, &m, &mMissing, &mError);
    check(hOk == mOk && hError == mError, "proposal: the same errors", mError, hError);
    check(hMissing == mMissing, "proposal: the same missing fields",
          mMissing.join(QLatin1Char('|')), hMissing.join(QLatin1Char('|')));
    if (!hOk)
        return;
    const QString html = unmarked(m.html, values, true);
    check(h.html == html, "proposal HTML: values escaped", html, h.html);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> parts = bytes.split(Separator);
    auto part = [&](qsizetype i) { return withoutMarkers(QString::fromUtf8(parts.value(i))); };

    // Values as a form would keep them: trimmed. Which of them are empty
    // decides what a template prints, so a marker stands only for a non-empty one.
    QStringList values;
    QStringList markers;
    for (qsizetype i = 0; i < ValueCount; ++i) {
        const qsizetype at = 3 + i;
        const QString value = at < parts.size()
                                  ? part(at).trimmed()
                                  : QString::fromUtf8(Hostile[i % std::size(Hostile)]);
        values << value;
        markers << (value.isEmpty() ? QString() : marker(i));
    }
    const Subject hostile = fill(values);
    const Subject marked = fill(markers);

    MessageTemplate email;
    email.name = QStringLiteral("fuzz");
    email.body = part(0);
    email.subject = part(1);
    email.textBody = part(2);
    compareMessages(email, hostile, marked, values);

    MessageTemplate sms;
    sms.channel = QStringLiteral("sms");
    sms.name = QStringLiteral("fuzz");
    sms.body = part(1);
    compareMessages(sms, hostile, marked, values);

    DocumentTemplate proposal;
    proposal.name = QStringLiteral("fuzz");
    proposal.body = part(0);
    compareProposals(proposal, hostile, marked, values);
    return 0;
}
