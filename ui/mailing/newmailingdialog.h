#pragma once

#include "mailing/audience.h"
#include "mailing/segmentfilter.h"

#include <QDialog>

class Database;
class Messenger;
class MoneyEdit;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

// "New mailing…": name, channel, template, the recipients as a segment (a
// saved one or a filter made here) or the clients selected in the list, with
// a live count and who is left out and why; when, pace and cost. Creating it queues every message
// through CampaignRepository in one transaction.
class NewMailingDialog : public QDialog
{
    Q_OBJECT

public:
    NewMailingDialog(const Database &db, Messenger &messenger, QString manager,
                     QWidget *parent = nullptr);

    // Offers the clients selected in the list as the recipients, and takes them.
    void setSelection(const QList<qint64> &clientIds);
    void accept() override;
    qint64 campaignId() const { return m_campaignId; }
    SegmentFilter filter() const;
    // The audience of the filter as shown, recounted.
    const Audience &audience() const { return m_audience; }

private:
    void fillTemplates();
    void loadSegment();
    void recount();
    void readFilterText();
    void showFilter(const SegmentFilter &filter);
    void updateMode();
    QString channel() const;
    bool toSelection() const;

    const Database &m_db;
    Messenger &m_messenger;
    QString m_manager;
    Audience m_audience;
    qint64 m_campaignId = 0;
    bool m_filling = false;
    QList<qint64> m_selection;

    QLineEdit *m_name;
    QComboBox *m_channel;
    QComboBox *m_template;
    QRadioButton *m_fromFilter;
    QRadioButton *m_fromSelection;
    QWidget *m_filterPane;
    QLineEdit *m_filterText;
    QComboBox *m_segment;
    QLineEdit *m_region;
    QLineEdit *m_city;
    QCheckBox *m_importanceA;
    QCheckBox *m_importanceB;
    QCheckBox *m_importanceC;
    QComboBox *m_kind;
    QLineEdit *m_tag;
    QLineEdit *m_source;
    QLineEdit *m_stage;
    QCheckBox *m_openDeal;
    QSpinBox *m_noContactDays;
    QCheckBox *m_birthday;
    QComboBox *m_recipients;
    QLineEdit *m_segmentName;
    QLabel *m_count;
    QRadioButton *m_now;
    QRadioButton *m_later;
    QDateTimeEdit *m_at;
    QSpinBox *m_rate;
    MoneyEdit *m_cost;
};
