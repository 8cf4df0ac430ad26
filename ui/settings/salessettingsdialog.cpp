#include "salessettingsdialog.h"

#include "lossreasonspage.h"
#include "pipelinespage.h"
#include "productspage.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QVBoxLayout>

SalesSettingsDialog::SalesSettingsDialog(const Database &db, Messenger &messenger, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sales settings"));
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("salesSettingsTabWidget"));
    tabs->addTab(new PipelinesPage(db, messenger),
                 QIcon::fromTheme(QStringLiteral("view-process-tree")),
                 tr("&Pipelines and stages"));
    tabs->addTab(new LossReasonsPage(db, messenger),
                 QIcon::fromTheme(QStringLiteral("dialog-cancel")), tr("&Loss reasons"));
    tabs->addTab(new ProductsPage(db, messenger),
                 QIcon::fromTheme(QStringLiteral("package-x-generic")), tr("Pro&ducts"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(820, 620);
}
