#pragma once

#include "deals/dealfilter.h"

#include <QWidget>

class MoneyEdit;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;
class QToolButton;

// Narrows the board and the table: words of the title or the client's name,
// responsible, source, the client's tag, the period the deals were created
// in and an amount range; the table also by status.
class DealFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit DealFilterBar(QWidget *parent = nullptr);

    // What the bar says; the pipeline is left to the caller.
    DealFilter filter() const;
    bool isFiltering() const;
    // The table shows won and lost deals too; the board only open ones.
    void setStatusVisible(bool visible);
    void setChoices(const QStringList &responsibles, const QStringList &sources,
                    const QStringList &tags);
    QLineEdit *searchEdit() const { return m_search; }
    void clear();
    // Won, lost and open alike, as a report's deals are; says nothing.
    void setAnyStatus();

Q_SIGNALS:
    void filterChanged();

private:
    void changed();

    QLineEdit *m_search;
    QComboBox *m_responsible;
    QComboBox *m_source;
    QComboBox *m_tag;
    QDateEdit *m_from;
    QDateEdit *m_to;
    MoneyEdit *m_minAmount;
    MoneyEdit *m_maxAmount;
    QComboBox *m_status;
    QToolButton *m_reset;
    QTimer *m_typing;
    bool m_statusVisible = false;
};
