#pragma once

#include "reports/reportfilter.h"

#include <QWidget>

class Database;
class QComboBox;
class QDateEdit;
class QToolButton;

// What every report is narrowed by: a period (this month, last month, this
// quarter, this year or two dates of one's own) and the pipeline,
// responsible, source, client's region, importance and tag.
class ReportFilterBar : public QWidget
{
    Q_OBJECT

public:
    enum Period
    {
        ThisMonth,
        LastMonth,
        ThisQuarter,
        ThisYear,
        Custom
    };

    ReportFilterBar(const Database &db, QWidget *parent = nullptr);

    ReportFilter filter() const;
    // The funnel shows one pipeline: "All pipelines" is not offered then.
    void setPipelineRequired(bool required);
    // The pipeline and source are the deal's: hidden for a report of
    // something else (interactions), and left out of its filter.
    void setDealFiltersShown(bool shown);
    void setPeriod(Period period);
    // Custom: the two days given.
    void setPeriod(const QDate &from, const QDate &to);
    // The pipelines and the values deals and clients have, read again.
    void loadChoices();
    // "1 Mar 2026 – 31 Mar 2026; Pipeline: Sales; Source: Website": for a printed title.
    QString describe() const;

Q_SIGNALS:
    void filterChanged();

private:
    void periodChosen();
    static void fill(QComboBox *box, const QString &any, const QStringList &values);

    const Database &m_db;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_pipeline;
    QComboBox *m_responsible;
    QComboBox *m_source;
    QComboBox *m_region;
    QComboBox *m_importance;
    QComboBox *m_tag;
    QToolButton *m_reset;
    bool m_pipelineRequired = false;
    bool m_dealFilters = true;
};
