#include "backgroundtask.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

namespace {
// Often enough to look alive, rarely enough that a million rows cost nothing.
constexpr int PollInterval = 100;
} // namespace

BackgroundTask::BackgroundTask(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(PollInterval);
    connect(m_timer, &QTimer::timeout, this, &BackgroundTask::poll);
}

BackgroundTask::~BackgroundTask()
{
    stop();
}

void BackgroundTask::stop()
{
    m_timer->stop();
    m_running = false;
    if (!m_watcher)
        return;
    m_state->cancelled = true;
    disconnect(m_watcher, nullptr, this, nullptr);
    m_watcher->waitForFinished();
    delete m_watcher; // with any end it had posted and nobody heard
    m_watcher = nullptr;
}

void BackgroundTask::start(Work work)
{
    stop();
    m_state = std::make_shared<State>();
    m_shownDone = m_shownTotal = -1;
    m_running = true;
    m_watcher = new QFutureWatcher<bool>(this);
    connect(m_watcher, &QFutureWatcher<bool>::finished, this, [this] {
        m_timer->stop();
        poll();
        m_running = false;
        // Let go of the watcher first: a slot below may start the next run.
        QFutureWatcher<bool> *watcher = std::exchange(m_watcher, nullptr);
        watcher->deleteLater();
        Q_EMIT finished(watcher->result());
    });
    m_watcher->setFuture(QtConcurrent::run([state = m_state, work = std::move(work)] {
        // Cancelled before a thread was free: waitForFinished() may run it here.
        if (state->cancelled)
            return false;
        return work([&state](qint64 done, qint64 total) {
            state->done = done;
            state->total = total;
            return !state->cancelled.load();
        });
    }));
    m_timer->start();
}

void BackgroundTask::cancel()
{
    if (m_state)
        m_state->cancelled = true;
}

bool BackgroundTask::isCancelled() const
{
    return m_state && m_state->cancelled;
}

void BackgroundTask::poll()
{
    if (!m_state)
        return;
    const qint64 done = m_state->done;
    const qint64 total = m_state->total;
    if (done == m_shownDone && total == m_shownTotal)
        return;
    m_shownDone = done;
    m_shownTotal = total;
    Q_EMIT progressChanged(done, total);
}
