#include "dealfilespage.h"

#include "clients/attachmentrepository.h"
#include "common/attachmentactions.h"
#include "common/messenger.h"
#include "dealactions.h"
#include "dealform.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

DealFilesPage::DealFilesPage(DealForm *form, QWidget *parent)
    : QWidget(parent), m_form(form), m_tree(new QTreeWidget(this)),
      m_add(new QPushButton(QIcon::fromTheme(QStringLiteral("mail-attachment")), tr("Attach…"),
                            this)),
      m_open(new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open"), this)),
      m_saveAs(new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save as…"),
                               this)),
      m_remove(new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), this))
{
    m_tree->setObjectName(QStringLiteral("dealFilesTreeWidget"));
    m_add->setObjectName(QStringLiteral("attachDealFilePushButton"));
    m_tree->setHeaderLabels({tr("Name"), tr("Size"), tr("Added")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    auto *hint = new QLabel(tr("Drop files on the deal to attach them (up to 50 MB each); they "
                               "are also among the client's files."),
                            this);
    hint->setWordWrap(true);
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

    connect(m_add, &QPushButton::clicked, this,
            [this] { attach(QFileDialog::getOpenFileNames(this, tr("Attach files"))); });
    auto open = [this] {
        if (const QTreeWidgetItem *item = m_tree->currentItem())
            AttachmentActions::open(this, m_form->attachments(), m_form->actions().messenger(),
                                    selectedId(), item->text(0));
    };
    connect(m_open, &QPushButton::clicked, this, open);
    connect(m_tree, &QTreeWidget::itemActivated, this, open);
    connect(m_saveAs, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_tree->currentItem())
            AttachmentActions::saveAs(this, m_form->attachments(), m_form->actions().messenger(),
                                      selectedId(), item->text(0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_tree->currentItem();
        Messenger &messenger = m_form->actions().messenger();
        if (!item ||
            !messenger.confirm(
                this, tr("Remove file"),
                tr("Remove «%1» from the deal's and the client's files?").arg(item->text(0)),
                tr("Remove")))
            return;
        QString error;
        if (!m_form->attachments().remove(selectedId(), &error))
            messenger.error(this, tr("Cannot remove the file"), error);
        reload();
    });
}

qint64 DealFilesPage::selectedId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void DealFilesPage::attach(const QStringList &paths)
{
    const Deal &deal = m_form->buffer();
    if (deal.id == 0 || paths.isEmpty())
        return;
    QStringList errors;
    for (const QString &path : paths) {
        QString error;
        if (!m_form->attachments().addDealFile(deal.clientId, deal.id, path, nullptr, &error))
            errors << error;
    }
    if (!errors.isEmpty())
        m_form->actions().messenger().error(this, tr("Some files were not attached"),
                                            errors.join(QLatin1Char('\n')));
    reload();
}

void DealFilesPage::reload()
{
    m_tree->clear();
    const qint64 id = m_form->buffer().id;
    for (QPushButton *b : {m_add, m_open, m_saveAs, m_remove})
        b->setEnabled(id != 0);
    if (id == 0)
        return;
    for (const Attachment &a : m_form->attachments().forDeal(id))
        AttachmentActions::fillItem(new QTreeWidgetItem(m_tree), a);
}
