#include "settingsdialog.h"

#include "settingspage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_list->setObjectName(QStringLiteral("pagesListWidget"));
    m_list->setAccessibleName(tr("Settings pages"));
    m_list->setIconSize(QSize(22, 22));
    m_list->setSpacing(2);
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->setObjectName(QStringLiteral("pagesStackedWidget"));

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtonBox"));
    auto *pages = new QHBoxLayout;
    pages->addWidget(m_list);
    pages->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pages, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pages.size())
            return;
        m_stack->setCurrentIndex(row);
        m_opened.insert(m_pages.at(row));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);
}

void SettingsDialog::addPage(SettingsPage *page, const QIcon &icon, const QString &title)
{
    m_pages << page;
    m_stack->addWidget(page);
    new QListWidgetItem(icon, title, m_list);
    m_list->setVisible(m_pages.size() > 1);
    if (m_pages.size() == 1) {
        m_list->setCurrentRow(0);
        setWindowTitle(title);
    } else {
        setWindowTitle(tr("Settings"));
    }
}

void SettingsDialog::showPage(SettingsPage *page)
{
    const int row = int(m_pages.indexOf(page));
    if (row >= 0)
        m_list->setCurrentRow(row);
}

SettingsPage *SettingsDialog::currentPage() const
{
    return m_pages.value(m_stack->currentIndex());
}

bool SettingsDialog::apply()
{
    bool any = false;
    for (SettingsPage *page : std::as_const(m_pages)) {
        if (!m_opened.contains(page))
            continue;
        if (!page->apply()) {
            showPage(page);
            if (any)
                Q_EMIT applied();
            return false;
        }
        any = true;
    }
    if (any)
        Q_EMIT applied();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}
