// E-mail and SMS templates: the ready ones, the user's own, and filling them
// for a recipient without a hole, a raw {{...}} or unescaped client data.
#include "catchqt.h"
#include "testdatabase.h"

#include "documents/companyprofile.h"
#include "mailing/messagerenderer.h"
#include "mailing/messagetemplaterepository.h"

namespace {
CompanyProfile company()
{
    CompanyProfile c;
    c.name = QStringLiteral("ООО «Вектор»");
    c.phone = QStringLiteral("+7 343 555-12-34");
    c.email = QStringLiteral("sales@vector.example");
    return c;
}

RecipientData ivan()
{
    RecipientData r;
    r.clientId = 1;
    r.contactId = 2;
    r.dealId = 3;
    r.address = QStringLiteral("ivan@romashka.example");
    r.clientName = QStringLiteral("ООО «Ромашка» <script>alert(1)</script>");
    r.city = QStringLiteral("Екатеринбург");
    r.firstName = QStringLiteral("Иван");
    r.middleName = QStringLiteral("Петрович");
    r.lastName = QStringLiteral("Сидоров");
    r.dealTitle = QStringLiteral("Поставка бумаги & картриджей");
    r.dealStage = QStringLiteral("Отгрузка");
    r.dealAmount = 123450;
    r.currency = QStringLiteral("RUB");
    r.expectedClose = QDate(2026, 12, 20);
    r.manager = QStringLiteral("Анна Смирнова");
    return r;
}

MessageTemplate email(const QString &subject, const QString &body)
{
    MessageTemplate t;
    t.channel = QStringLiteral("email");
    t.name = QStringLiteral("Test");
    t.subject = subject;
    t.body = body;
    return t;
}
} // namespace

TEST_CASE("The ready templates come in Russian and English and fill for a full recipient", "[mail]")
{
    const QList<MessageTemplate> all = MessageTemplateRepository::builtIns();
    REQUIRE(all.size() == 16);
    QStringList languages;
    for (const MessageTemplate &t : all) {
        INFO(t.name.toStdString());
        languages << t.language;
        CHECK(MessageTemplateRepository::syntaxError(t.body).isEmpty());
        MessageRenderer renderer(t, company(), QLocale(QLocale::Russian, QLocale::Russia));
        REQUIRE(renderer.error().isEmpty());
        const RenderedMessage m = renderer.render(ivan());
        INFO(m.missing.join(QStringLiteral("; ")).toStdString());
        CHECK(m.isComplete());
        CHECK_FALSE(m.text.contains(QStringLiteral("{{")));
        CHECK_FALSE(m.html.contains(QStringLiteral("{{")));
        if (t.isEmail())
            CHECK_FALSE(m.subject.isEmpty());
    }
    CHECK(languages.count(QStringLiteral("ru")) == 8);
    CHECK(languages.count(QStringLiteral("en")) == 8);
}

TEST_CASE("Client data is escaped in HTML and kept as typed in the subject and the text", "[mail]")
{
    MessageRenderer renderer(
        email(QStringLiteral("{{deal.title}} для {{client.name}}"),
              QStringLiteral(
                  "<p>Здравствуйте, {{contact.greeting}}!</p>\n<p>Сделка «{{deal.title}}» "
                  "на {{deal.amount}}, клиент {{client.name}}.<br>До {{deal.expected_close}}"
                  ".</p>")),
        company(), QLocale(QLocale::Russian, QLocale::Russia));
    const RenderedMessage m = renderer.render(ivan());
    REQUIRE(m.isComplete());
    CHECK(m.subject == QStringLiteral("Поставка бумаги & картриджей для ООО «Ромашка» "
                                      "<script>alert(1)</script>"));
    CHECK(m.html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK_FALSE(m.html.contains(QStringLiteral("<script>")));
    CHECK(m.html.contains(QStringLiteral("бумаги &amp; картриджей")));
    CHECK(m.html.contains(QStringLiteral("Иван Петрович")));
    // Russian money: a no-break space between the thousands.
    CHECK(m.html.contains(QStringLiteral("1\u00a0234,50 ₽")));
    CHECK(
        m.text ==
        QStringLiteral(
            "Здравствуйте, Иван Петрович!\n\nСделка «Поставка бумаги & "
            "картриджей» на 1\u00a0234,50 ₽, клиент ООО «Ромашка» "
            "<script>alert(1)</script>.\nДо 20.12.2026.\n"));
}

TEST_CASE("Client data that looks like a tag or a placeholder reads as typed, in mail and SMS",
          "[mail][security]")
{
    CompanyProfile ours = company();
    ours.inn = QStringLiteral("6658021804");
    RecipientData r = ivan();
    r.clientName = QStringLiteral("<script>alert(1)</script>");
    r.firstName = QStringLiteral("{{company.inn}}");
    r.middleName.clear();
    r.dealTitle = QStringLiteral("<b>Поставка</b> {{#deal.title}}x{{/deal.title}}");
    r.manager = QStringLiteral("{{{client.name}}}");
    MessageRenderer mail(email(QStringLiteral("{{client.name}}: {{deal.title}}"),
                               QStringLiteral("<p>{{contact.greeting}}, {{client.name}}</p>"
                                              "<p>{{deal.title}}</p><p>{{manager.name}}, ИНН "
                                              "{{company.inn}}</p>")),
                         ours);
    const RenderedMessage m = mail.render(r);
    REQUIRE(m.isComplete());
    CHECK(m.html == QStringLiteral("<p>{{company.inn}}, &lt;script&gt;alert(1)&lt;/script&gt;"
                                   "</p><p>&lt;b&gt;Поставка&lt;/b&gt; {{#deal.title}}x"
                                   "{{/deal.title}}</p><p>{{{client.name}}}, ИНН 6658021804</p>"));
    CHECK(m.text == QStringLiteral("{{company.inn}}, <script>alert(1)</script>\n\n<b>Поставка</b> "
                                   "{{#deal.title}}x{{/deal.title}}\n\n{{{client.name}}}, ИНН "
                                   "6658021804\n"));
    CHECK(m.subject == QStringLiteral("<script>alert(1)</script>: <b>Поставка</b> "
                                      "{{#deal.title}}x{{/deal.title}}"));

    MessageTemplate sms;
    sms.channel = QStringLiteral("sms");
    sms.name = QStringLiteral("Status");
    sms.body = QStringLiteral("{{contact.first_name}}, {{client.name}}: {{company.inn}}");
    const RenderedMessage text = MessageRenderer(sms, ours).render(r);
    CHECK(text.text == QStringLiteral("{{company.inn}}, <script>alert(1)</script>: 6658021804"));
}

TEST_CASE("A message with an empty or unknown placeholder is held and says which", "[mail]")
{
    MessageRenderer renderer(
        email(QStringLiteral("Для {{contact.greeting}}"),
              QStringLiteral("<p>{{client.city}} {{client.flavour}}</p>"
                             "{{#deal.title}}<p>Сделка {{deal.title}}</p>{{/deal.title}}")),
        company());
    RecipientData r = ivan();
    r.firstName.clear();
    r.middleName.clear();
    r.city = QStringLiteral("  ");
    const RenderedMessage m = renderer.render(r);
    CHECK_FALSE(m.isComplete());
    CHECK(m.missing == QStringList{QStringLiteral("how to address the person (first name and "
                                                  "patronymic)"),
                                   QStringLiteral("the client's city"),
                                   QStringLiteral("{{client.flavour}}: no such placeholder")});
    CHECK(m.html.isEmpty());
    CHECK(m.text.isEmpty());

    // A section over an empty field is left out, not a hole.
    MessageRenderer optional(
        email(QStringLiteral("Hi"), QStringLiteral("<p>Hi{{#client.inn}}, INN {{client.inn}}"
                                                   "{{/client.inn}}</p>")),
        company());
    const RenderedMessage fine = optional.render(ivan());
    CHECK(fine.isComplete());
    CHECK(fine.text == QStringLiteral("Hi\n"));
}

TEST_CASE("Templates that would put data into HTML unescaped, or do not parse, are refused",
          "[mail]")
{
    MessageRenderer raw(email(QStringLiteral("Hi"), QStringLiteral("<p>{{{client.name}}}</p>")),
                        company());
    CHECK(raw.error().contains(QStringLiteral("unescaped")));
    CHECK_FALSE(raw.render(ivan()).isComplete());
    MessageRenderer broken(email(QStringLiteral("Hi {{client.name"), QStringLiteral("<p>x</p>")),
                           company());
    CHECK(broken.error().startsWith(QStringLiteral("The template's subject has an error")));

    // SMS: plain text, nothing escaped.
    MessageTemplate sms;
    sms.channel = QStringLiteral("sms");
    sms.name = QStringLiteral("Status");
    sms.body = QStringLiteral("{{company.name}}: заказ «{{deal.title}}» — {{deal.stage}}.");
    MessageRenderer smsRenderer(sms, company());
    const RenderedMessage m = smsRenderer.render(ivan());
    CHECK(m.text ==
          QStringLiteral("ООО «Вектор»: заказ «Поставка бумаги & картриджей» — Отгрузка."));
}

TEST_CASE("A saved template overrides a ready one of its name until removed", "[mail]")
{
    TestDatabase t;
    MessageTemplateRepository templates(t.db());
    const int ready = int(MessageTemplateRepository::builtIns().size());
    CHECK(templates.list().size() == ready);

    MessageTemplate welcome = *templates.find(QStringLiteral("email"), QStringLiteral("welcome"));
    CHECK(welcome.builtIn);
    CHECK_FALSE(welcome.isSaved());
    welcome.subject = QStringLiteral("Рады знакомству, {{contact.greeting}}");
    QString error;
    REQUIRE(templates.save(welcome, &error));
    CHECK(welcome.isSaved());
    CHECK(templates.list().size() == ready);
    CHECK(templates.find(QStringLiteral("email"), QStringLiteral("Welcome"))->subject ==
          QStringLiteral("Рады знакомству, {{contact.greeting}}"));

    MessageTemplate own = email(QStringLiteral("Акция"), QStringLiteral("<p>Скидки!</p>"));
    own.name = QStringLiteral("Акция декабря");
    REQUIRE(templates.save(own, &error));
    REQUIRE(
        templates.setAttachments(own.id,
                                 {{QStringLiteral("Прайс.pdf"), QStringLiteral("application/pdf"),
                                   QByteArray("%PDF-1.4 price")}},
                                 &error));
    CHECK(templates.attachments(own.id).first().fileName == QStringLiteral("Прайс.pdf"));
    CHECK(templates.list().size() == ready + 1);
    CHECK(templates.list().last().name == QStringLiteral("Акция декабря"));

    MessageTemplate bad = email(QString(), QStringLiteral("<p>x</p>"));
    bad.name = QStringLiteral("No subject");
    CHECK_FALSE(templates.save(bad, &error));
    CHECK(error == QStringLiteral("An e-mail template needs a subject."));
    bad.subject = QStringLiteral("{{#x}}");
    CHECK_FALSE(templates.save(bad, &error));
    CHECK(error.startsWith(QStringLiteral("The template's subject has an error")));

    REQUIRE(templates.remove(QStringLiteral("email"), QStringLiteral("Welcome"), &error));
    CHECK(templates.find(QStringLiteral("email"), QStringLiteral("Welcome"))->subject ==
          QStringLiteral("Welcome to {{company.name}}"));
    CHECK_FALSE(templates.remove(QStringLiteral("email"), QStringLiteral("Welcome"), &error));
    CHECK(error.contains(QStringLiteral("ready template")));
}
