#include "peopledialog.h"

#include "common/messenger.h"
#include "people/personrepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

PeopleDialog::PeopleDialog(const Database &db, Messenger &messenger, QWidget *parent)
    : QDialog(parent), m_db(db), m_messenger(messenger), m_list(new QListWidget(this)),
      m_name(new QLineEdit(this)), m_position(new QLineEdit(this)),
      m_add(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add"), this)),
      m_archive(new QPushButton(this))
{
    setObjectName(QStringLiteral("peopleDialog"));
    setWindowTitle(tr("People"));
    m_list->setObjectName(QStringLiteral("peopleListWidget"));
    m_name->setObjectName(QStringLiteral("personNameLineEdit"));
    m_position->setObjectName(QStringLiteral("personPositionLineEdit"));
    m_add->setObjectName(QStringLiteral("addPersonPushButton"));
    m_archive->setObjectName(QStringLiteral("archivePersonPushButton"));
    m_name->setPlaceholderText(tr("Name, e.g. Anna Smirnova"));
    m_position->setPlaceholderText(tr("Position (optional)"));
    m_add->setEnabled(false);

    auto *intro = new QLabel(tr("The colleagues who give and take tasks and answer for deals. "
                                "Double-click a name to rename it; tasks and deals follow. "
                                "Archive someone who left: their history stays."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Position:"), m_position);
    auto *addRow = new QHBoxLayout;
    addRow->addStretch();
    addRow->addWidget(m_add);
    auto *side = new QHBoxLayout;
    side->addStretch();
    side->addWidget(m_archive);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(side);
    layout->addLayout(form);
    layout->addLayout(addRow);
    layout->addWidget(buttons);
    resize(460, 480);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_name, &QLineEdit::returnPressed, this, &PeopleDialog::add);
    connect(m_add, &QPushButton::clicked, this, &PeopleDialog::add);
    connect(m_archive, &QPushButton::clicked, this, &PeopleDialog::toggleArchived);
    connect(m_list, &QListWidget::currentRowChanged, this, &PeopleDialog::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        QString error;
        if (!PersonRepository(m_db).rename(id, item->text(), &error))
            m_messenger.error(this, tr("Cannot rename"), error);
        reload(id);
    });
    reload();
}

void PeopleDialog::reload(qint64 select)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Person &p : PersonRepository(m_db).list(true)) {
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setData(Qt::UserRole, p.id);
        item->setData(Qt::UserRole + 1, p.archived);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(p.position);
        if (p.archived) {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            item->setToolTip(tr("Archived"));
        }
        if (p.id == select)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

void PeopleDialog::add()
{
    Person p;
    p.name = m_name->text();
    p.position = m_position->text();
    QString error;
    if (!PersonRepository(m_db).add(p, &error)) {
        m_messenger.error(this, tr("Cannot add the person"), error);
        return;
    }
    m_name->clear();
    m_position->clear();
    reload(p.id);
}

void PeopleDialog::toggleArchived()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    QString error;
    if (!PersonRepository(m_db).setArchived(id, !item->data(Qt::UserRole + 1).toBool(), &error))
        m_messenger.error(this, tr("Cannot change the person"), error);
    reload(id);
}

void PeopleDialog::updateButtons()
{
    const QListWidgetItem *item = m_list->currentItem();
    const bool archived = item && item->data(Qt::UserRole + 1).toBool();
    m_archive->setText(archived ? tr("&Restore") : tr("A&rchive"));
    m_archive->setIcon(QIcon::fromTheme(archived ? QStringLiteral("archive-extract")
                                                 : QStringLiteral("archive-insert")));
    m_archive->setEnabled(item != nullptr);
}
