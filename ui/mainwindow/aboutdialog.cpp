#include "aboutdialog.h"

#include "about/usedlibraries.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Clientele"));
    auto *layout = new QVBoxLayout(this);

    auto *head = new QHBoxLayout;
    auto *icon = new QLabel;
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(QIcon(QStringLiteral(":/icons/clientele.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("Clientele icon"));
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QLabel(
        tr("<h2>Clientele %1</h2><p>A desktop CRM for one salesperson's workstation: clients, "
           "deals, tasks, calendar, mailings and sales reports in one file on your computer.</p>"
           "<p>License: <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU GPL version 3 "
           "or later</a> (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText); // our own text; the version is escaped
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    head->addWidget(text, 1);
    layout->addLayout(head);

    layout->addWidget(new QLabel(tr("Built on these libraries:")));
    auto *libraries = new QTreeWidget;
    libraries->setObjectName(QStringLiteral("librariesList"));
    libraries->setAccessibleName(tr("Libraries"));
    libraries->setRootIsDecorated(false);
    libraries->setHeaderLabels({tr("Library"), tr("Version"), tr("License"), tr("Used for")});
    for (const UsedLibraries::Library &l : UsedLibraries::list())
        libraries->addTopLevelItem(new QTreeWidgetItem(
            {l.name, l.version.isEmpty() ? QStringLiteral("—") : l.version, l.licence, l.purpose}));
    libraries->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    libraries->header()->setStretchLastSection(true);
    layout->addWidget(libraries, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 460);
}
