#pragma once

#include "reports/reportfilter.h"
#include "reports/reporttable.h"

#include <QWidget>
#include <functional>
#include <memory>

class BackgroundTask;
class Database;
class Messenger;
class QChartView;
class QLabel;
class QSplitter;
class QTableView;
class QAbstractItemModel;
class ReportTableModel;

// One report: its chart beside its table, run for the filter given, off the
// GUI thread (a report over a large base may take a moment). Pages tell
// what they are called, what their CSV holds and which charts go on paper.
class ReportPage : public QWidget
{
    Q_OBJECT

public:
    ReportPage(const Database &db, Messenger &messenger, QWidget *parent = nullptr);
    ~ReportPage() override;

    virtual QString title() const = 0;
    // The table as plain text, for CSV, PDF and print.
    virtual ReportTable table() const = 0;
    // Shown on paper above the table.
    virtual QList<QChartView *> charts() const = 0;
    // The dashboard has figures of its own and no filter.
    virtual bool usesFilter() const { return true; }
    // The funnel shows one pipeline at a time.
    virtual bool needsPipeline() const { return false; }
    // The deal's pipeline and source narrow it (not interactions).
    virtual bool usesDealFilters() const { return true; }
    // Tables beside the main one, printed after it.
    virtual QList<const QAbstractItemModel *> moreTables() const { return {}; }

    // Runs the report for `filter` (again when it is the same).
    void setFilter(const ReportFilter &filter);
    const ReportFilter &filter() const { return m_filter; }
    bool isBusy() const;
    QTableView *tableView() const { return m_table; }
    ReportTableModel *model() const { return m_model; }

Q_SIGNALS:
    // The report was read and is shown.
    void updated();
    // The deals behind a row or a bar; `caption` says what they are.
    void dealsRequested(const QList<qint64> &ids, const QString &caption);
    // The client behind a row, for its card.
    void clientRequested(qint64 id);

protected:
    // Reads the report off the GUI thread: `work` runs there and keeps its
    // result (false with the error set when it failed); `show` runs here after.
    using Work = std::function<bool(QString *error)>;
    void run(Work work, std::function<void()> show);
    virtual void refresh() = 0;
    // A row of the table was double-clicked; its DrillRole value given.
    // Only rows with something behind them have one.
    virtual void drill(const QVariant &) {}
    // The chart beside the table; `header` sits above both (e.g. a mode
    // toggle), `underTable` below the table.
    void setContent(QWidget *chart, QWidget *header = nullptr, QWidget *underTable = nullptr);
    // A further table, looking like the main one; `drill` gets the DrillRole
    // value of a row double-clicked.
    QTableView *addTable(ReportTableModel *model, const QString &objectName,
                         std::function<void(const QVariant &)> drill);
    void showError(const QString &error);

    const Database &m_db;
    Messenger &m_messenger;

private:
    BackgroundTask *m_task;
    ReportFilter m_filter;
    std::function<void()> m_show;
    std::shared_ptr<QString> m_error;
    QSplitter *m_splitter;
    QTableView *m_table;
    ReportTableModel *m_model;
    QLabel *m_status;
};
