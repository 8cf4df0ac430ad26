#include "lossreasonspage.h"

#include "common/messenger.h"
#include "deals/lossreasonrepository.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int ArchivedRole = Qt::UserRole + 1;
} // namespace

LossReasonsPage::LossReasonsPage(const Database &db, Messenger &messenger, QWidget *parent)
    : QWidget(parent), m_db(db), m_messenger(messenger), m_list(new QListWidget),
      m_name(new QLineEdit),
      m_archive(
          new QPushButton(QIcon::fromTheme(QStringLiteral("archive-insert")), tr("&Archive"))),
      m_showArchived(new QCheckBox(tr("Show &archived")))
{
    m_list->setObjectName(QStringLiteral("lossReasonsListWidget"));
    m_name->setObjectName(QStringLiteral("lossReasonLineEdit"));
    m_archive->setObjectName(QStringLiteral("archiveReasonPushButton"));
    m_showArchived->setObjectName(QStringLiteral("showArchivedCheckBox"));
    m_name->setPlaceholderText(tr("New reason, e.g. \"Delivery too slow\""));
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("A&dd"));
    add->setObjectName(QStringLiteral("addReasonPushButton"));

    auto *note = new QLabel(tr("A lost deal needs one of these reasons; the loss report groups "
                               "by them. Double-click a reason to rename it. A reason in use is "
                               "archived rather than deleted, so old deals keep it."));
    note->setWordWrap(true);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_name, 1);
    addRow->addWidget(add);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_showArchived);
    bottom->addStretch(1);
    bottom->addWidget(m_archive);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(addRow);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);

    connect(add, &QPushButton::clicked, this, &LossReasonsPage::add);
    connect(m_name, &QLineEdit::returnPressed, this, &LossReasonsPage::add);
    connect(m_list, &QListWidget::itemChanged, this, &LossReasonsPage::renamed);
    connect(m_archive, &QPushButton::clicked, this, &LossReasonsPage::toggleArchived);
    connect(m_showArchived, &QCheckBox::toggled, this, &LossReasonsPage::reload);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_archive->setEnabled(item);
        m_archive->setText(item && item->data(ArchivedRole).toBool() ? tr("&Restore")
                                                                     : tr("&Archive"));
    });
    reload();
}

void LossReasonsPage::reload()
{
    m_loading = true;
    LossReasonRepository reasons(m_db);
    const QList<QPair<qint64, QString>> active = reasons.reasons();
    m_list->clear();
    for (const auto &[id, name] : reasons.reasons(m_showArchived->isChecked())) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setData(IdRole, id);
        const bool archived = !active.contains({id, name});
        item->setData(ArchivedRole, archived);
        if (archived) {
            item->setForeground(palette().placeholderText());
            item->setToolTip(tr("Archived: not offered for new lost deals"));
        }
    }
    m_archive->setEnabled(false);
    m_loading = false;
}

void LossReasonsPage::add()
{
    QString error;
    if (!LossReasonRepository(m_db).add(m_name->text(), &error)) {
        m_messenger.error(this, tr("Loss reasons"), error);
        return;
    }
    m_name->clear();
    reload();
}

void LossReasonsPage::renamed(QListWidgetItem *item)
{
    if (m_loading)
        return;
    QString error;
    if (!LossReasonRepository(m_db).rename(item->data(IdRole).toLongLong(), item->text(), &error))
        m_messenger.error(this, tr("Loss reasons"), error);
    reload();
}

void LossReasonsPage::toggleArchived()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    QString error;
    if (!LossReasonRepository(m_db).setArchived(item->data(IdRole).toLongLong(),
                                                !item->data(ArchivedRole).toBool(), &error))
        m_messenger.error(this, tr("Loss reasons"), error);
    reload();
}
