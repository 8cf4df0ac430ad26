#pragma once

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

template <typename T> class QFutureWatcher;
class QTimer;

// Runs one piece of work off the GUI thread. The work reports its progress as
// often as it likes; the GUI hears of it a few times a second. cancel() makes
// the work's next report return false.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    // Units done of the total (bytes, rows); false: stop now.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    using Work = std::function<bool(const Progress &progress)>;

    explicit BackgroundTask(QObject *parent = nullptr);
    // Cancels and waits: the work may use what the owner holds.
    ~BackgroundTask() override;

    // A run still going is cancelled and waited for first; its end is not announced.
    void start(Work work);
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelled() const;

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    // `ok` is what the work returned.
    void finished(bool ok);

private:
    struct State
    {
        std::atomic<bool> cancelled{false};
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
    };
    void stop();
    void poll();

    std::shared_ptr<State> m_state;
    QFutureWatcher<bool> *m_watcher = nullptr;
    QTimer *m_timer;
    bool m_running = false;
    qint64 m_shownDone = -1;
    qint64 m_shownTotal = -1;
};
