#include "companysettingspage.h"

#include "common/messenger.h"
#include "db/database.h"
#include "db/transaction.h"
#include "documents/companyrepository.h"
#include "documents/documenttemplaterepository.h"
#include "documents/proposalbuilder.h"

#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
// "bank_name" -> "bankNameLineEdit".
QString objectNameFor(const char *key)
{
    QString name;
    bool upper = false;
    for (const char *c = key; *c; ++c) {
        if (*c == '_') {
            upper = true;
            continue;
        }
        name += upper ? QChar(QLatin1Char(*c)).toUpper() : QChar(QLatin1Char(*c));
        upper = false;
    }
    return name + QStringLiteral("LineEdit");
}

const QSize kThumbnail(160, 64);
} // namespace

CompanySettingsPage::CompanySettingsPage(const Database &db, Messenger &messenger, QWidget *parent)
    : SettingsPage(parent), m_db(db), m_messenger(messenger), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("companySettingsPage"));
    m_tabs->setObjectName(QStringLiteral("tabsTabWidget"));
    m_tabs->addTab(createRequisitesTab(), tr("&Requisites"));
    m_tabs->addTab(createTemplatesTab(), tr("Proposal &templates"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

QWidget *CompanySettingsPage::createRequisitesTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout;
    const CompanyRepository companies(m_db);
    const CompanyProfile profile = companies.profile();
    for (const CompanyProfile::Field &f : CompanyProfile::fields()) {
        auto *edit = new QLineEdit(profile.*(f.member), page);
        edit->setObjectName(objectNameFor(f.key));
        m_fields.insert(QLatin1String(f.key), edit);
        form->addRow(CompanyProfile::tr(f.label) + QLatin1Char(':'), edit);
    }
    m_fields.value(QStringLiteral("inn"))
        ->setPlaceholderText(tr("10 digits, or 12 for a sole trader"));
    m_fields.value(QStringLiteral("kpp"))->setPlaceholderText(tr("none for a sole trader"));

    auto *images = new QGroupBox(tr("Images for documents"), page);
    auto *grid = new QGridLayout(images);
    const QStringList titles = {tr("Logo"), tr("Signature"), tr("Stamp")};
    int row = 0;
    for (CompanyImage::Kind kind : CompanyImage::kinds) {
        const QString key = CompanyImage::kindToString(kind);
        auto *thumbnail = new QLabel(images);
        thumbnail->setObjectName(key + QStringLiteral("ThumbnailLabel"));
        thumbnail->setFixedSize(kThumbnail);
        thumbnail->setAlignment(Qt::AlignCenter);
        thumbnail->setFrameShape(QFrame::StyledPanel);
        auto *choose = new QPushButton(tr("Choose…"), images);
        choose->setObjectName(key + QStringLiteral("ChoosePushButton"));
        auto *remove = new QPushButton(tr("Remove"), images);
        remove->setObjectName(key + QStringLiteral("RemovePushButton"));
        grid->addWidget(new QLabel(titles.at(row) + QLatin1Char(':'), images), row, 0);
        grid->addWidget(thumbnail, row, 1);
        grid->addWidget(choose, row, 2);
        grid->addWidget(remove, row, 3);
        m_thumbnails.insert(kind, thumbnail);
        m_removeButtons.insert(kind, remove);
        showImage(kind, companies.image(kind).data);
        connect(choose, &QPushButton::clicked, this, [this, kind] {
            const QString path =
                QFileDialog::getOpenFileName(this, tr("Choose an image"), QString(),
                                             tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.svg)"));
            if (!path.isEmpty())
                chooseImage(kind, path);
        });
        connect(remove, &QPushButton::clicked, this, [this, kind] { removeImage(kind); });
        ++row;
    }
    grid->setColumnStretch(4, 1);
    auto *hint = new QLabel(tr("A stamp and a signature look best as PNG with a transparent "
                               "background."),
                            images);
    hint->setWordWrap(true);
    grid->addWidget(hint, row, 0, 1, 5);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(images);
    layout->addStretch();
    return page;
}

QWidget *CompanySettingsPage::createTemplatesTab()
{
    auto *page = new QWidget(this);
    m_templates = new QListWidget(page);
    m_templates->setObjectName(QStringLiteral("templatesListWidget"));
    m_body = new QPlainTextEdit(page);
    m_body->setObjectName(QStringLiteral("templateBodyPlainTextEdit"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_fieldList = new QListWidget(page);
    m_fieldList->setObjectName(QStringLiteral("fieldsListWidget"));
    m_fieldList->setToolTip(tr("Double-click a field to insert it at the cursor"));
    for (const auto &[key, description] : ProposalBuilder::fields()) {
        const bool item = key.startsWith(QLatin1String("items."));
        const QString tag = QStringLiteral("{{") + (item ? key.mid(6) : key) + QStringLiteral("}}");
        auto *entry = new QListWidgetItem(tag + QStringLiteral(" — ") + description, m_fieldList);
        entry->setData(Qt::UserRole, tag);
        if (item)
            entry->setToolTip(tr("Inside {{#items}} … {{/items}}: one line item"));
    }
    m_saveTemplate = new QPushButton(tr("&Save template"), page);
    m_saveTemplate->setObjectName(QStringLiteral("saveTemplatePushButton"));
    m_saveTemplateAs = new QPushButton(tr("Save &as new…"), page);
    m_saveTemplateAs->setObjectName(QStringLiteral("saveTemplateAsPushButton"));
    m_removeTemplate = new QPushButton(page);
    m_removeTemplate->setObjectName(QStringLiteral("removeTemplatePushButton"));

    auto *help = new QLabel(tr("Mustache HTML: {{field}} prints a value, HTML-escaped; "
                               "{{#field}} … {{/field}} prints its inside only when the field "
                               "has a value, {{^field}} … {{/field}} only when it has none. A "
                               "field used outside such a test must be filled in, or the "
                               "proposal is not made."),
                            page);
    help->setWordWrap(true);
    help->setTextFormat(Qt::PlainText);

    auto *left = new QWidget(page);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Templates:"), left));
    leftLayout->addWidget(m_templates, 1);
    leftLayout->addWidget(new QLabel(tr("Fields:"), left));
    leftLayout->addWidget(m_fieldList, 2);
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->addWidget(left);
    splitter->addWidget(m_body);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 480});

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveTemplate);
    buttons->addWidget(m_saveTemplateAs);
    buttons->addWidget(m_removeTemplate);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(help);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_templates, &QListWidget::currentRowChanged, this, &CompanySettingsPage::showTemplate);
    connect(m_fieldList, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        m_body->insertPlainText(item->data(Qt::UserRole).toString());
        m_body->setFocus();
    });
    connect(m_saveTemplate, &QPushButton::clicked, this, &CompanySettingsPage::saveTemplate);
    connect(m_saveTemplateAs, &QPushButton::clicked, this, &CompanySettingsPage::saveTemplateAs);
    connect(m_removeTemplate, &QPushButton::clicked, this, &CompanySettingsPage::removeTemplate);
    fillTemplates();
    return page;
}

void CompanySettingsPage::showImage(CompanyImage::Kind kind, const QByteArray &data)
{
    QLabel *thumbnail = m_thumbnails.value(kind);
    const QImage image = QImage::fromData(data);
    m_removeButtons.value(kind)->setEnabled(!image.isNull());
    if (image.isNull()) {
        thumbnail->setPixmap(QPixmap());
        thumbnail->setText(tr("(none)"));
        return;
    }
    thumbnail->setPixmap(QPixmap::fromImage(
        image.scaled(kThumbnail - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

bool CompanySettingsPage::chooseImage(CompanyImage::Kind kind, const QString &path)
{
    QFile file(path);
    if (file.size() > CompanyRepository::kMaxImageSize || !file.open(QIODevice::ReadOnly)) {
        m_messenger.error(this, tr("Cannot use the image"),
                          tr("%1 cannot be read or is over 5 MB.").arg(path));
        return false;
    }
    const QByteArray data = file.readAll();
    if (QImage::fromData(data).isNull()) {
        m_messenger.error(this, tr("Cannot use the image"),
                          tr("%1 is not an image Clientele can read.").arg(path));
        return false;
    }
    m_changedImages.insert(kind, data);
    showImage(kind, data);
    return true;
}

void CompanySettingsPage::removeImage(CompanyImage::Kind kind)
{
    m_changedImages.insert(kind, QByteArray());
    showImage(kind, QByteArray());
}

bool CompanySettingsPage::apply()
{
    CompanyProfile profile;
    for (const CompanyProfile::Field &f : CompanyProfile::fields())
        profile.*(f.member) = m_fields.value(QLatin1String(f.key))->text();
    CompanyRepository companies(m_db);
    QString error;
    Transaction t(m_db.connection());
    bool ok = companies.save(profile, &error);
    for (auto it = m_changedImages.cbegin(); ok && it != m_changedImages.cend(); ++it)
        ok = it.value().isEmpty() ? companies.removeImage(it.key(), &error)
                                  : companies.setImage(it.key(), it.value(), &error);
    if (!ok || !t.commit(&error)) {
        m_messenger.error(this, tr("Cannot save the requisites"), error);
        m_tabs->setCurrentIndex(0);
        return false;
    }
    m_changedImages.clear();
    return true;
}

void CompanySettingsPage::fillTemplates(const QString &select)
{
    const QString wanted = select.isEmpty() ? currentTemplateName() : select;
    const QSignalBlocker block(m_templates);
    m_templates->clear();
    for (const DocumentTemplate &t : DocumentTemplateRepository(m_db).list()) {
        QString text = t.name;
        if (t.builtIn && t.isSaved())
            text = tr("%1 (changed)").arg(t.name);
        else if (t.builtIn)
            text = tr("%1 (built-in)").arg(t.name);
        auto *item = new QListWidgetItem(text, m_templates);
        item->setData(Qt::UserRole, t.name);
        if (t.name == wanted)
            m_templates->setCurrentItem(item);
    }
    if (!m_templates->currentItem() && m_templates->count() > 0)
        m_templates->setCurrentRow(0);
    showTemplate();
}

QString CompanySettingsPage::currentTemplateName() const
{
    const QListWidgetItem *item = m_templates->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void CompanySettingsPage::showTemplate()
{
    const std::optional<DocumentTemplate> t =
        DocumentTemplateRepository(m_db).find(currentTemplateName());
    m_body->setPlainText(t ? t->body : QString());
    m_saveTemplate->setEnabled(t.has_value());
    m_removeTemplate->setText(t && t->builtIn ? tr("&Restore built-in") : tr("&Delete"));
    m_removeTemplate->setEnabled(t && t->isSaved());
}

void CompanySettingsPage::saveTemplate()
{
    DocumentTemplate t;
    t.name = currentTemplateName();
    t.body = m_body->toPlainText();
    QString error;
    if (!DocumentTemplateRepository(m_db).save(t, &error)) {
        m_messenger.error(this, tr("Cannot save the template"), error);
        return;
    }
    fillTemplates(t.name);
}

void CompanySettingsPage::saveTemplateAs()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save template as"), tr("Name of the new template:"),
                              QLineEdit::Normal, currentTemplateName() + tr(" (copy)"), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    DocumentTemplateRepository templates(m_db);
    if (templates.find(name) &&
        !m_messenger.confirm(this, tr("Save template as"),
                             tr("A template named \"%1\" exists. Replace it?").arg(name),
                             tr("Replace")))
        return;
    DocumentTemplate t;
    t.name = name;
    t.body = m_body->toPlainText();
    QString error;
    if (!templates.save(t, &error)) {
        m_messenger.error(this, tr("Cannot save the template"), error);
        return;
    }
    fillTemplates(t.name);
}

void CompanySettingsPage::removeTemplate()
{
    const std::optional<DocumentTemplate> t =
        DocumentTemplateRepository(m_db).find(currentTemplateName());
    if (!t || !t->isSaved())
        return;
    const QString question =
        t->builtIn ? tr("Put back the built-in template \"%1\"? Your changes to it are lost.")
                   : tr("Delete the template \"%1\"?");
    if (!m_messenger.confirm(this, windowTitle(), question.arg(t->name),
                             t->builtIn ? tr("Restore") : tr("Delete")))
        return;
    QString error;
    if (!DocumentTemplateRepository(m_db).remove(t->name, t->kind, &error)) {
        m_messenger.error(this, tr("Cannot remove the template"), error);
        return;
    }
    fillTemplates(t->builtIn ? t->name : QString());
}
