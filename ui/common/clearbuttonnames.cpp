#include "clearbuttonnames.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLineEdit>

void ClearButtonNames::install()
{
    static ClearButtonNames *filter = nullptr;
    if (!filter) {
        filter = new ClearButtonNames(qApp);
        qApp->installEventFilter(filter);
    }
}

bool ClearButtonNames::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish) {
        if (auto *edit = qobject_cast<QLineEdit *>(watched)) {
            // The action Qt makes for the button, named so since Qt 5.2.
            auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"),
                                                     Qt::FindDirectChildrenOnly);
            if (clear && clear->text().isEmpty())
                clear->setText(tr("Clear"));
        }
    }
    return false;
}
