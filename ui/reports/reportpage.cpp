#include "reportpage.h"

#include "common/backgroundtask.h"
#include "common/messenger.h"
#include "db/database.h"
#include "reporttablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>

#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace {
void setUpTable(QTableView *view, ReportTableModel *model)
{
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(false);
}
} // namespace

ReportPage::ReportPage(const Database &db, Messenger &messenger, QWidget *parent)
    : QWidget(parent), m_db(db), m_messenger(messenger), m_task(new BackgroundTask(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_table(new QTableView(this)),
      m_model(new ReportTableModel(this)), m_status(new QLabel(this))
{
    m_splitter->setObjectName(QStringLiteral("reportSplitter"));
    m_table->setObjectName(QStringLiteral("reportTableView"));
    m_status->setObjectName(QStringLiteral("reportStatusLabel"));
    setUpTable(m_table, m_model);
    m_status->setWordWrap(true);
    m_status->hide();
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_splitter, 1);

    connect(m_model, &QAbstractItemModel::modelReset, m_table, [this] {
        m_table->resizeColumnsToContents();
        // Wide enough for every column when the page has the room, up to
        // three fifths of it; never narrower than the user made it.
        const int needed = m_table->horizontalHeader()->length() + 2 * m_table->frameWidth() +
                           m_table->verticalScrollBar()->sizeHint().width();
        const QList<int> sizes = m_splitter->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        const int table = std::min(needed, total * 3 / 5);
        if (sizes.size() == 2 && sizes.at(1) < table && m_table->isVisible())
            m_splitter->setSizes({total - table, table});
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QVariant key = index.data(ReportTableModel::DrillRole);
        if (key.isValid())
            drill(key);
    });
    connect(m_task, &BackgroundTask::finished, this, [this](bool ok) {
        setCursor(Qt::ArrowCursor);
        if (!ok) {
            showError(*m_error);
            return;
        }
        m_status->hide();
        if (m_show)
            m_show();
        Q_EMIT updated();
    });
}

ReportPage::~ReportPage() = default;

void ReportPage::setContent(QWidget *chart, QWidget *header, QWidget *underTable)
{
    if (header)
        static_cast<QVBoxLayout *>(layout())->insertWidget(0, header);
    m_splitter->addWidget(chart);
    if (underTable) {
        auto *right = new QSplitter(Qt::Vertical, this);
        right->setObjectName(QStringLiteral("reportTablesSplitter"));
        right->addWidget(m_table);
        right->addWidget(underTable);
        right->setChildrenCollapsible(false);
        m_splitter->addWidget(right);
    } else {
        m_splitter->addWidget(m_table);
    }
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // The chart gets the larger part: its labels need the width.
    m_splitter->setSizes({600, 400});
}

QTableView *ReportPage::addTable(ReportTableModel *model, const QString &objectName,
                                 std::function<void(const QVariant &)> drill)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    setUpTable(view, model);
    connect(model, &QAbstractItemModel::modelReset, view,
            [view] { view->resizeColumnsToContents(); });
    connect(view, &QTableView::doubleClicked, this,
            [drill = std::move(drill)](const QModelIndex &index) {
                const QVariant key = index.data(ReportTableModel::DrillRole);
                if (key.isValid() && drill)
                    drill(key);
            });
    return view;
}

void ReportPage::setFilter(const ReportFilter &filter)
{
    m_filter = filter;
    refresh();
}

bool ReportPage::isBusy() const
{
    return m_task->isRunning();
}

void ReportPage::run(Work work, std::function<void()> show)
{
    m_show = std::move(show);
    m_error = std::make_shared<QString>();
    setCursor(Qt::BusyCursor);
    // A year of a large base takes seconds: say so until it is shown.
    m_status->setText(tr("Reading the report…"));
    m_status->show();
    m_task->start([db = &m_db, work = std::move(work), error = m_error](const auto &) {
        const bool ok = work(error.get());
        db->releaseConnection(); // the pool's thread keeps no connection
        return ok;
    });
}

void ReportPage::showError(const QString &error)
{
    m_status->setText(tr("The report could not be read: %1").arg(error));
    m_status->show();
}
