#include "historypage.h"

#include "audit/auditrepository.h"
#include "clientcard.h"
#include "common/uiformat.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

HistoryPage::HistoryPage(ClientCard *card, QWidget *parent)
    : QWidget(parent), m_card(card), m_tree(new QTreeWidget(this))
{
    m_tree->setObjectName(QStringLiteral("historyTreeWidget"));
    m_tree->setHeaderLabels({tr("When"), tr("What"), tr("Was"), tr("Became")});
    m_tree->setRootIsDecorated(false);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Interactive);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    header->resizeSection(1, 180);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
}

QString HistoryPage::fieldText(const QString &table, const QString &field)
{
    static const QHash<QString, const char *> fields = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("first_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("middle_name"), QT_TR_NOOP("Middle name")},
        {QStringLiteral("last_name"), QT_TR_NOOP("Last name")},
        {QStringLiteral("parent_id"), QT_TR_NOOP("Group")},
        {QStringLiteral("region"), QT_TR_NOOP("Region")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("importance"), QT_TR_NOOP("Importance")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("responsible"), QT_TR_NOOP("Responsible")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("email_opt_out"), QT_TR_NOOP("No e-mail mailings")},
        {QStringLiteral("sms_opt_out"), QT_TR_NOOP("No SMS mailings")},
        {QStringLiteral("archived"), QT_TR_NOOP("Archived")},
        {QStringLiteral("position"), QT_TR_NOOP("Position")},
        {QStringLiteral("birthday"), QT_TR_NOOP("Birthday")},
        {QStringLiteral("inn"), QT_TR_NOOP("INN")},
        {QStringLiteral("kpp"), QT_TR_NOOP("KPP")},
        {QStringLiteral("ogrn"), QT_TR_NOOP("OGRN")},
        {QStringLiteral("bank_name"), QT_TR_NOOP("Bank")},
        {QStringLiteral("bik"), QT_TR_NOOP("BIK")},
        {QStringLiteral("bank_account"), QT_TR_NOOP("Account")},
        {QStringLiteral("corr_account"), QT_TR_NOOP("Corr. account")},
        {QStringLiteral("legal_address"), QT_TR_NOOP("Legal address")},
        {QStringLiteral("raw"), QT_TR_NOOP("Value")},
        {QStringLiteral("label"), QT_TR_NOOP("Label")},
    };
    static const QHash<QString, const char *> tables = {
        {QStringLiteral("clients"), QT_TR_NOOP("Client")},
        {QStringLiteral("contact_persons"), QT_TR_NOOP("Contact person")},
        {QStringLiteral("legal_entities"), QT_TR_NOOP("Legal entity")},
        {QStringLiteral("phones"), QT_TR_NOOP("Phone")},
        {QStringLiteral("emails"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("attachments"), QT_TR_NOOP("File")},
        {QStringLiteral("client_tags"), QT_TR_NOOP("Tag")},
    };
    const QString what = tr(tables.value(table, QT_TR_NOOP("Record")));
    if (field.isEmpty())
        return what;
    const QString f = tr(fields.value(field, QT_TR_NOOP("Field")));
    return table == QLatin1String("clients") ? f : QStringLiteral("%1: %2").arg(what, f);
}

void HistoryPage::reload()
{
    m_tree->clear();
    const Client &c = m_card->buffer();
    if (c.id == 0)
        return;
    for (const AuditEntry &e : m_card->services().audit.forClient(c.id)) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, UiFormat::dateTime(e.changedAt));
        QString what = fieldText(e.table, e.field);
        if (e.action == QLatin1String("insert"))
            what = tr("Added: %1").arg(what);
        else if (e.action == QLatin1String("delete"))
            what = tr("Removed: %1").arg(what);
        item->setText(1, what);
        item->setText(2, e.oldValue.toString());
        item->setText(3, e.newValue.toString());
        item->setToolTip(2, e.oldValue.toString());
        item->setToolTip(3, e.newValue.toString());
    }
    auto *created = new QTreeWidgetItem(m_tree);
    created->setText(0, UiFormat::dateTime(c.createdAt));
    created->setText(1, tr("Client created"));
}
