#include "proposalfixture.h"

#include "clients/clientrepository.h"
#include "db/database.h"
#include "deals/dealrepository.h"
#include "deals/pipelinerepository.h"
#include "documents/companyrepository.h"

#include <stdexcept>

namespace {
void check(bool ok, const QString &error)
{
    if (!ok)
        throw std::runtime_error(error.toStdString());
}
} // namespace

ProposalFixture ProposalFixture::create(Database &db, int items, const QString &clientName)
{
    QString error;
    check(PipelineRepository(db).ensureDefaults(&error), error);
    Client c;
    c.kind = Client::Kind::Company;
    c.name = clientName;
    LegalEntity entity;
    entity.name = clientName;
    entity.inn = QStringLiteral("7707083893");
    entity.kpp = QStringLiteral("773601001");
    entity.legalAddress = QStringLiteral("г. Москва, ул. Вавилова, д. 19");
    c.legalEntities << entity;
    ContactPerson person;
    person.lastName = QStringLiteral("Сидоров");
    person.firstName = QStringLiteral("Иван");
    person.middleName = QStringLiteral("Петрович");
    person.position = QStringLiteral("Генеральный директор");
    c.contacts << person;
    check(ClientRepository(db).save(c, &error), error);

    Deal d;
    d.clientId = c.id;
    d.contactId = c.contacts.first().id;
    d.title = QStringLiteral("Поставка оборудования");
    d.responsible = QStringLiteral("Анна Смирнова");
    const QStringList names = {QStringLiteral("Сервер Альфа-1"), QStringLiteral("Монтаж"),
                               QStringLiteral("Кабель UTP")};
    for (int i = 0; i < items; ++i) {
        DealItem item;
        item.name = i < names.size() ? names.at(i) : QStringLiteral("Позиция %1").arg(i + 1);
        item.unit = i == 1 ? QStringLiteral("усл.") : QStringLiteral("шт.");
        item.quantity = i == 2 ? 2500 : 1000; // 2,5
        item.price = i == 0 ? 100000000 : (i == 1 ? 1500000 : 12345 + i);
        item.vatPercent = 20;
        d.items << item;
    }
    DealRepository deals(db, QStringLiteral("anna"));
    check(deals.create(d, &error), error);
    return ProposalFixture{c.id, d.contactId, d.id};
}

void ProposalFixture::fillCompany(Database &db)
{
    CompanyProfile p;
    p.name = QStringLiteral("ООО «Вектор»");
    p.inn = QStringLiteral("6658021804");
    p.kpp = QStringLiteral("665801001");
    p.ogrn = QStringLiteral("1026602346583");
    p.address = QStringLiteral("620014, г. Екатеринбург, ул. Малышева, д. 5");
    p.phone = QStringLiteral("+7 343 555-12-34");
    p.email = QStringLiteral("sales@vector.example");
    p.bankName = QStringLiteral("ПАО Сбербанк");
    p.bik = QStringLiteral("046577674");
    p.account = QStringLiteral("40702810916540000001");
    p.corrAccount = QStringLiteral("30101810500000000674");
    p.director = QStringLiteral("Петров П. П.");
    p.directorPosition = QStringLiteral("Генеральный директор");
    QString error;
    check(CompanyRepository(db).save(p, &error), error);
}
