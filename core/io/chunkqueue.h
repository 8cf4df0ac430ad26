#pragma once

#include <QList>
#include <QString>
#include <condition_variable>
#include <deque>
#include <mutex>

// Hands chunks of work from one producer thread to one consumer, at most
// `capacity` chunks ahead, so memory stays bounded whatever the file size.
template <typename T> class ChunkQueue
{
public:
    explicit ChunkQueue(int capacity = 4) : m_capacity(capacity) {}

    // False when the consumer stopped the queue. Frees the chunks the consumer
    // handed back, on this thread.
    bool push(QList<T> &&chunk)
    {
        std::deque<QList<T>> spent; // freed after the lock is let go
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return int(m_chunks.size()) < m_capacity || m_stopped; });
        if (m_stopped)
            return false;
        m_chunks.push_back(std::move(chunk));
        spent.swap(m_spent);
        m_changed.notify_all();
        return true;
    }
    // The consumer is done with a chunk: the producer frees it, so that the
    // consumer, the slower side, spends no time on it.
    void recycle(QList<T> &&chunk)
    {
        std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(chunk));
    }
    // False when the producer is done (or stopped) and everything was taken.
    // Waits until more than `keep` chunks wait, or the producer is done.
    bool pop(QList<T> *chunk, int keep = 0)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock,
                       [&] { return int(m_chunks.size()) > keep || m_finished || m_stopped; });
        if (m_chunks.empty() || m_stopped)
            return false;
        *chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_changed.notify_all();
        return true;
    }
    // The producer's last word; `error` non-empty for a failure.
    void finish(const QString &error = {})
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_error = error;
        m_changed.notify_all();
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_chunks.clear();
        m_changed.notify_all();
    }
    bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }
    QString error()
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<T>> m_chunks;
    std::deque<QList<T>> m_spent;
    const int m_capacity;
    bool m_finished = false;
    bool m_stopped = false;
    QString m_error;
};
