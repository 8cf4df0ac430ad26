#include "plaintextlabels.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>

void PlainTextLabels::install()
{
    static PlainTextLabels *filter = nullptr;
    if (!filter) {
        filter = new PlainTextLabels(qApp);
        qApp->installEventFilter(filter);
    }
}

bool PlainTextLabels::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish) {
        if (auto *label = qobject_cast<QLabel *>(watched);
            label && label->textFormat() == Qt::AutoText)
            label->setTextFormat(Qt::PlainText);
    }
    return false;
}
