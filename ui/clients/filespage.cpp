#include "filespage.h"

#include "clientcard.h"
#include "clients/attachmentrepository.h"
#include "common/attachmentactions.h"
#include "common/messenger.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

FilesPage::FilesPage(ClientCard *card, QWidget *parent)
    : QWidget(parent), m_card(card), m_tree(new QTreeWidget(this)),
      m_add(new QPushButton(QIcon::fromTheme(QStringLiteral("mail-attachment")), tr("Attach…"),
                            this)),
      m_open(new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open"), this)),
      m_saveAs(new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save as…"),
                               this)),
      m_remove(new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), this))
{
    m_tree->setObjectName(QStringLiteral("filesTreeWidget"));
    m_add->setObjectName(QStringLiteral("attachPushButton"));
    m_open->setObjectName(QStringLiteral("openFilePushButton"));
    m_saveAs->setObjectName(QStringLiteral("saveFileAsPushButton"));
    m_remove->setObjectName(QStringLiteral("removeFilePushButton"));
    m_tree->setHeaderLabels({tr("Name"), tr("Size"), tr("Added"), tr("Belongs to")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    auto *hint = new QLabel(tr("Drop files here to attach them (up to 50 MB each)."), this);
    hint->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_saveAs);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(hint);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        m_card->attachFiles(QFileDialog::getOpenFileNames(this, tr("Attach files")), 0);
    });
    connect(m_open, &QPushButton::clicked, this, &FilesPage::openSelected);
    connect(m_tree, &QTreeWidget::itemActivated, this, &FilesPage::openSelected);
    connect(m_saveAs, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_tree->currentItem())
            AttachmentActions::saveAs(this, m_card->services().attachments, m_card->messenger(),
                                      selectedId(), item->text(0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_tree->currentItem();
        if (!item ||
            !m_card->messenger().confirm(
                this, tr("Remove file"),
                tr("Remove «%1» from the client's files?").arg(item->text(0)), tr("Remove")))
            return;
        QString error;
        if (!m_card->services().attachments.remove(selectedId(), &error))
            m_card->messenger().error(this, tr("Cannot remove the file"), error);
        reload();
    });
}

qint64 FilesPage::selectedId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void FilesPage::openSelected()
{
    if (const QTreeWidgetItem *item = m_tree->currentItem())
        AttachmentActions::open(this, m_card->services().attachments, m_card->messenger(),
                                selectedId(), item->text(0));
}

void FilesPage::reload()
{
    m_tree->clear();
    const Client &c = m_card->buffer();
    for (QPushButton *b : {m_add, m_open, m_saveAs, m_remove})
        b->setEnabled(c.id != 0);
    if (c.id == 0)
        return;
    for (const Attachment &a : m_card->services().attachments.forClient(c.id)) {
        auto *item = new QTreeWidgetItem(m_tree);
        AttachmentActions::fillItem(item, a);
        QString owner = c.name;
        for (const ContactPerson &p : c.contacts)
            if (p.id == a.contactId)
                owner = p.fullName();
        item->setText(3, owner);
    }
}
