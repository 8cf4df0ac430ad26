#include "messagerenderer.h"

#include "deals/money.h"
#include "documents/companyprofile.h"
#include "documents/emptyfieldfinder.h"

#include <QRegularExpression>
#include <kainjow/mustache.hpp>

namespace km = kainjow::mustache;
using Data = km::data;

namespace {
struct PlaceholderText
{
    const char *key;
    const char *description;
};

const PlaceholderText kPlaceholders[] = {
    {"client.name", QT_TRANSLATE_NOOP("MessageRenderer", "the client's name")},
    {"client.city", QT_TRANSLATE_NOOP("MessageRenderer", "the client's city")},
    {"client.region", QT_TRANSLATE_NOOP("MessageRenderer", "the client's region")},
    {"client.address", QT_TRANSLATE_NOOP("MessageRenderer", "the client's address")},
    {"client.inn", QT_TRANSLATE_NOOP("MessageRenderer", "the client's INN")},
    {"contact.greeting",
     QT_TRANSLATE_NOOP("MessageRenderer", "how to address the person (first name and patronymic)")},
    {"contact.first_name", QT_TRANSLATE_NOOP("MessageRenderer", "the person's first name")},
    {"contact.middle_name", QT_TRANSLATE_NOOP("MessageRenderer", "the person's patronymic")},
    {"contact.last_name", QT_TRANSLATE_NOOP("MessageRenderer", "the person's last name")},
    {"contact.full_name", QT_TRANSLATE_NOOP("MessageRenderer", "the person's full name")},
    {"contact.position", QT_TRANSLATE_NOOP("MessageRenderer", "the person's position")},
    {"deal.title", QT_TRANSLATE_NOOP("MessageRenderer", "the deal's title")},
    {"deal.amount", QT_TRANSLATE_NOOP("MessageRenderer", "the deal's amount")},
    {"deal.stage", QT_TRANSLATE_NOOP("MessageRenderer", "the deal's stage")},
    {"deal.expected_close", QT_TRANSLATE_NOOP("MessageRenderer", "the deal's expected close")},
    {"manager.name", QT_TRANSLATE_NOOP("MessageRenderer", "the manager's name")},
};

// An empty value is false, so that {{#field}}…{{/field}} leaves it out.
Data text(const QString &value)
{
    const QString t = value.trimmed();
    return t.isEmpty() ? Data(false) : Data(t.toStdString());
}

QString describe(const QString &key)
{
    if (key.startsWith(QLatin1String("company."))) {
        if (const CompanyProfile::Field *f = CompanyProfile::field(key.mid(8)))
            return CompanyProfile::tr(f->missing);
    }
    for (const PlaceholderText &p : kPlaceholders)
        if (key == QLatin1String(p.key))
            return MessageRenderer::tr(p.description);
    return MessageRenderer::tr("{{%1}}: no such placeholder").arg(key);
}

// The plain-text part of our own HTML templates: paragraphs and line breaks
// kept, tags dropped, entities decoded.
QString plainText(const QString &html)
{
    static const QRegularExpression paragraphEnds(
        QStringLiteral("</p\\s*>|</div\\s*>|</h[1-6]\\s*>|</tr\\s*>|</table\\s*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression lineBreaks(QStringLiteral("<br\\s*/?>|</li\\s*>"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression blankLines(QStringLiteral("\\n{3,}"));
    QString s = html;
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(paragraphEnds, QStringLiteral("\n\n"));
    s.replace(lineBreaks, QStringLiteral("\n"));
    s.remove(tags);
    s.replace(QLatin1String("&nbsp;"), QLatin1String(" "))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&apos;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    // Spaces from the HTML's layout go; no-break spaces in money stay.
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r]+"));
    QStringList lines = s.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.replace(spaces, QStringLiteral(" ")).trimmed();
    s = lines.join(QLatin1Char('\n'));
    s.replace(blankLines, QStringLiteral("\n\n"));
    return s.trimmed() + QLatin1Char('\n');
}

std::string noEscape(const std::string &s)
{
    return s;
}
} // namespace

struct MessageRenderer::Parts
{
    struct Part
    {
        bool used = false;
        std::unique_ptr<km::mustache> renderer;
        km::component<std::string> tree;
    };
    bool email = true;
    Part subject;
    Part body;
    Part textBody;
    Data company;
    QLocale locale;
    QString error;

    void parse(Part &part, const QString &source, bool html, const QString &what)
    {
        if (source.isEmpty() || !error.isEmpty())
            return;
        part.used = true;
        const std::string s = source.toStdString();
        part.renderer = std::make_unique<km::mustache>(s);
        if (!html)
            part.renderer->set_custom_escape(&noEscape);
        QString syntax;
        if (!part.renderer->is_valid() || !EmptyFieldFinder::parse(s, &part.tree, &syntax)) {
            error = MessageRenderer::tr("The template's %1 has an error: %2")
                        .arg(what, QString::fromStdString(part.renderer->error_message()));
        } else if (const QString raw = html ? EmptyFieldFinder::unescapedTag(part.tree) : QString();
                   !raw.isEmpty()) {
            error = MessageRenderer::tr("The template's %1 puts {{%2}} into HTML unescaped: "
                                        "write {{%2}} with two braces.")
                        .arg(what, raw);
        }
    }
};

MessageRenderer::MessageRenderer(const MessageTemplate &t, const CompanyProfile &company,
                                 const QLocale &locale)
    : m_parts(std::make_unique<Parts>())
{
    m_parts->email = t.isEmail();
    m_parts->locale = locale;
    for (const CompanyProfile::Field &f : CompanyProfile::fields())
        m_parts->company.set(f.key, text(company.*(f.member)));
    if (m_parts->email)
        m_parts->parse(m_parts->subject, t.subject, false, tr("subject"));
    m_parts->parse(m_parts->body, t.body, m_parts->email, tr("text"));
    if (m_parts->email)
        m_parts->parse(m_parts->textBody, t.textBody, false, tr("plain-text part"));
    if (m_parts->error.isEmpty() && !m_parts->body.used)
        m_parts->error = tr("The template \"%1\" has no text.").arg(t.name);
}

MessageRenderer::~MessageRenderer() = default;

QString MessageRenderer::error() const
{
    return m_parts->error;
}

RenderedMessage MessageRenderer::render(const RecipientData &r)
{
    RenderedMessage out;
    if (!m_parts->error.isEmpty()) {
        out.missing << m_parts->error;
        return out;
    }
    Data client;
    client.set("name", text(r.clientName));
    client.set("city", text(r.city));
    client.set("region", text(r.region));
    client.set("address", text(r.postalAddress));
    client.set("inn", text(r.inn));
    Data contact;
    contact.set("first_name", text(r.firstName));
    contact.set("middle_name", text(r.middleName));
    contact.set("last_name", text(r.lastName));
    contact.set("full_name", text(QStringList{r.lastName, r.firstName, r.middleName}
                                      .filter(QRegularExpression(QStringLiteral("\\S")))
                                      .join(QLatin1Char(' '))));
    // Russian business letters address people by first name and patronymic.
    contact.set("greeting",
                text(r.middleName.trimmed().isEmpty() || r.firstName.trimmed().isEmpty()
                         ? r.firstName
                         : r.firstName.trimmed() + QLatin1Char(' ') + r.middleName.trimmed()));
    contact.set("position", text(r.position));
    Data deal;
    deal.set("title", text(r.dealTitle));
    deal.set("stage", text(r.dealStage));
    deal.set("amount",
             r.dealId ? text(Money::format(
                            r.dealAmount, r.currency.isEmpty() ? QStringLiteral("RUB") : r.currency,
                            m_parts->locale))
                      : Data(false));
    deal.set("expected_close",
             text(m_parts->locale.toString(r.expectedClose, QLocale::ShortFormat)));
    Data manager;
    manager.set("name", text(r.manager));
    Data root;
    root.set("client", client);
    root.set("contact", contact);
    root.set("deal", deal);
    root.set("company", m_parts->company);
    root.set("manager", manager);

    for (const Parts::Part *part : {&m_parts->subject, &m_parts->body, &m_parts->textBody}) {
        if (!part->used)
            continue;
        for (const EmptyFieldFinder::Field &f : EmptyFieldFinder::find(part->tree, root)) {
            const QString words = describe(f.key);
            if (!out.missing.contains(words))
                out.missing << words;
        }
    }
    if (!out.missing.isEmpty())
        return out;

    auto fill = [&root](Parts::Part &part) {
        return part.used ? QString::fromStdString(part.renderer->render(root)) : QString();
    };
    if (m_parts->email) {
        out.subject = fill(m_parts->subject).simplified();
        out.html = fill(m_parts->body);
        out.text = m_parts->textBody.used ? fill(m_parts->textBody) : plainText(out.html);
    } else {
        out.text = fill(m_parts->body).trimmed();
    }
    return out;
}

QList<MessageRenderer::Placeholder> MessageRenderer::placeholders()
{
    QList<Placeholder> out;
    for (const PlaceholderText &p : kPlaceholders)
        out << Placeholder{QString::fromLatin1(p.key), tr(p.description)};
    for (const CompanyProfile::Field &f : CompanyProfile::fields())
        out << Placeholder{QStringLiteral("company.") + QLatin1String(f.key),
                           CompanyProfile::tr(f.missing)};
    return out;
}
