#include "reminderchoices.h"

#include <QComboBox>

void ReminderChoices::fill(QComboBox *box)
{
    box->addItem(tr("none"), kNone);
    box->addItem(tr("at the start"), 0);
    box->addItem(tr("5 minutes before"), 5);
    box->addItem(tr("15 minutes before"), 15);
    box->addItem(tr("30 minutes before"), 30);
    box->addItem(tr("1 hour before"), 60);
    box->addItem(tr("1 day before"), 24 * 60);
}

void ReminderChoices::select(QComboBox *box, int minutes)
{
    int index = box->findData(minutes);
    if (index < 0) {
        // After the offsets, before anything else the box offers.
        int at = 0;
        while (at < box->count() && box->itemData(at).toInt() >= kNone &&
               box->itemData(at).toInt() < minutes)
            ++at;
        box->insertItem(at, tr("%n minute(s) before", nullptr, minutes), minutes);
        index = at;
    }
    box->setCurrentIndex(index);
}
