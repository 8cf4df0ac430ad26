// Segments: the text form of a filter, and the audience of a selection of
// clients made in the list, which keeps the usual exclusions by reason.
#include "catchqt.h"
#include "testdatabase.h"

#include "clients/clientrepository.h"
#include "mailing/segmentfilter.h"
#include "mailing/segmentrepository.h"

namespace {
qint64 addPerson(ClientRepository &clients, const QString &first, const QString &email,
                 bool optedOut = false)
{
    Client c;
    c.kind = Client::Kind::Person;
    c.firstName = first;
    c.lastName = QStringLiteral("Петров");
    c.name = first + QStringLiteral(" Петров");
    c.emailOptOut = optedOut;
    if (!email.isEmpty())
        c.emails = {EmailEntry{0, {}, email, email}};
    REQUIRE(clients.save(c));
    return c.id;
}
} // namespace

TEST_CASE("A selection of clients reads and writes as a filter term", "[mail][segment]")
{
    QString error;
    const auto f = SegmentFilter::parse(QStringLiteral("city=Тверь; clients=12, 40,7"), &error);
    REQUIRE(f);
    CHECK(f->clientIds == QList<qint64>{12, 40, 7});
    CHECK(f->toText() == QStringLiteral("city=Тверь; clients=12,40,7"));
    CHECK(SegmentFilter::parse(f->toText()) == f);
    CHECK_FALSE(SegmentFilter::parse(QStringLiteral("clients=12,x"), &error));
    CHECK(error.contains(QStringLiteral("client ids")));
    CHECK_FALSE(SegmentFilter::parse(QStringLiteral("clients=-3"), &error));
}

TEST_CASE("The audience of a selection is those clients only, with exclusions by reason",
          "[mail][segment]")
{
    TestDatabase t;
    ClientRepository clients(t.db());
    const qint64 anna =
        addPerson(clients, QStringLiteral("Анна"), QStringLiteral("anna@a.example"));
    const qint64 boris =
        addPerson(clients, QStringLiteral("Борис"), QStringLiteral("boris@b.example"), true);
    const qint64 vera = addPerson(clients, QStringLiteral("Вера"), QString());
    const qint64 gleb =
        addPerson(clients, QStringLiteral("Глеб"), QStringLiteral("anna@a.example"));
    const qint64 other =
        addPerson(clients, QStringLiteral("Дарья"), QStringLiteral("darya@d.example"));

    SegmentFilter f;
    f.clientIds = {anna, boris, vera, gleb};
    const Audience audience = SegmentRepository(t.db()).audience(f, QStringLiteral("email"));
    REQUIRE(audience.recipients.size() == 1);
    CHECK(audience.recipients.first().clientId == anna);
    CHECK(audience.recipients.first().firstName == QStringLiteral("Анна"));
    CHECK(audience.excludedFor(QStringLiteral("opted_out")) == 1);
    CHECK(audience.excludedFor(QStringLiteral("no_address")) == 1);
    CHECK(audience.excludedFor(QStringLiteral("duplicate")) == 1);
    for (const Audience::Exclusion &e : audience.excluded)
        CHECK(e.clientId != other);

    // Every other term still holds: a city none of them has leaves nobody.
    f.city = QStringLiteral("Тверь");
    CHECK(SegmentRepository(t.db()).audience(f, QStringLiteral("email")).recipients.isEmpty());

    // Thousands selected go as one bound value, not one variable each.
    SegmentFilter many;
    for (qint64 id = 1; id <= 40000; ++id)
        many.clientIds << id;
    const Audience all = SegmentRepository(t.db()).audience(many, QStringLiteral("email"));
    CHECK(all.recipients.size() == 2); // Анна and Дарья; Глеб has Анна's address
    CHECK(all.excludedFor(QStringLiteral("duplicate")) == 1);
}
