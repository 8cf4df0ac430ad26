#include "legalentitiespage.h"

#include "clientcard.h"
#include "clients/inn.h"
#include "common/fieldsync.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {
struct FieldInfo
{
    QString LegalEntity::*member;
    const char *label;
    const char *objectName;
};
const FieldInfo kFields[] = {
    {&LegalEntity::name, QT_TRANSLATE_NOOP("LegalEntitiesPage", "&Name:"), "legalNameLineEdit"},
    {&LegalEntity::inn, QT_TRANSLATE_NOOP("LegalEntitiesPage", "&INN:"), "innLineEdit"},
    {&LegalEntity::kpp, QT_TRANSLATE_NOOP("LegalEntitiesPage", "&KPP:"), "kppLineEdit"},
    {&LegalEntity::ogrn, QT_TRANSLATE_NOOP("LegalEntitiesPage", "&OGRN:"), "ogrnLineEdit"},
    {&LegalEntity::bankName, QT_TRANSLATE_NOOP("LegalEntitiesPage", "&Bank:"), "bankLineEdit"},
    {&LegalEntity::bik, QT_TRANSLATE_NOOP("LegalEntitiesPage", "BI&K:"), "bikLineEdit"},
    {&LegalEntity::bankAccount, QT_TRANSLATE_NOOP("LegalEntitiesPage", "&Account:"),
     "accountLineEdit"},
    {&LegalEntity::corrAccount, QT_TRANSLATE_NOOP("LegalEntitiesPage", "&Corr. account:"),
     "corrAccountLineEdit"},
    {&LegalEntity::legalAddress, QT_TRANSLATE_NOOP("LegalEntitiesPage", "Legal a&ddress:"),
     "legalAddressLineEdit"},
};
constexpr int kInnField = 1;

QString entityTitle(const LegalEntity &l)
{
    const QString name = l.name.isEmpty() ? LegalEntitiesPage::tr("(new legal entity)") : l.name;
    return l.inn.isEmpty() ? name : LegalEntitiesPage::tr("%1\nINN %2").arg(name, l.inn);
}
} // namespace

LegalEntitiesPage::LegalEntitiesPage(ClientCard *card, QWidget *parent)
    : QWidget(parent), m_card(card), m_list(new QListWidget(this)),
      m_add(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add legal entity"),
                            this)),
      m_remove(
          new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), this)),
      m_formBox(new QWidget(this)), m_innCheck(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("legalEntitiesListWidget"));
    m_add->setObjectName(QStringLiteral("addLegalEntityPushButton"));
    m_innCheck->setObjectName(QStringLiteral("innCheckLabel"));
    m_list->setWordWrap(true);
    m_list->setMinimumWidth(200);

    auto *form = new QFormLayout(m_formBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < int(std::size(kFields)); ++i) {
        auto *edit = new QLineEdit(m_formBox);
        edit->setObjectName(QLatin1String(kFields[i].objectName));
        m_edits << edit;
        form->addRow(tr(kFields[i].label), edit);
        if (i == kInnField)
            form->addRow(QString(), m_innCheck);
        connect(edit, &QLineEdit::textEdited, this, [this, i](const QString &text) {
            const int row = m_list->currentRow();
            Client c = m_card->buffer();
            if (row < 0 || row >= c.legalEntities.size())
                return;
            c.legalEntities[row].*kFields[i].member = text;
            if (i == kInnField)
                updateInnCheck(text);
            m_card->edit(c, tr("Edit legal entity"), 300 + row * 10 + i);
        });
    }
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    left->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(m_formBox, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, &LegalEntitiesPage::showEntity);
    connect(m_add, &QPushButton::clicked, this, [this] {
        Client c = m_card->buffer();
        LegalEntity l;
        l.name = c.name;
        c.legalEntities << l;
        m_card->edit(c, tr("Add legal entity"), -1);
        m_list->setCurrentRow(int(c.legalEntities.size()) - 1);
        m_edits.at(kInnField)->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        Client c = m_card->buffer();
        const int row = m_list->currentRow();
        if (row < 0 || row >= c.legalEntities.size())
            return;
        c.legalEntities.removeAt(row);
        m_card->edit(c, tr("Remove legal entity"), -1);
    });
}

void LegalEntitiesPage::updateInnCheck(const QString &inn)
{
    if (inn.trimmed().isEmpty()) {
        m_innCheck->clear();
        return;
    }
    const bool valid = Inn::isValid(inn.trimmed());
    m_innCheck->setText(valid ? tr("✓ control digits match")
                              : tr("⚠ This INN fails its control digits: check it against the "
                                   "client's documents."));
    m_innCheck->setStyleSheet(valid ? QString() : QStringLiteral("color: #c0392b;"));
    m_edits.at(kInnField)->setToolTip(valid ? QString() : m_innCheck->text());
}

void LegalEntitiesPage::setClient(const Client &client)
{
    const int current = m_list->currentRow();
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const LegalEntity &l : client.legalEntities)
            new QListWidgetItem(QIcon::fromTheme(QStringLiteral("view-bank"),
                                                 QIcon::fromTheme(QStringLiteral("folder"))),
                                entityTitle(l), m_list);
        m_list->setCurrentRow(
            std::min(current < 0 ? 0 : current, int(client.legalEntities.size()) - 1));
    }
    showEntity(m_list->currentRow());
}

void LegalEntitiesPage::showEntity(int index)
{
    const Client &c = m_card->buffer();
    const bool has = index >= 0 && index < c.legalEntities.size();
    m_formBox->setEnabled(has);
    m_remove->setEnabled(has);
    const LegalEntity l = has ? c.legalEntities.at(index) : LegalEntity();
    for (int i = 0; i < m_edits.size(); ++i)
        FieldSync::setText(m_edits.at(i), l.*kFields[i].member);
    updateInnCheck(l.inn);
}
