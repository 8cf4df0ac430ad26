#pragma once

#include "io/chunkqueue.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

// The search index of an import into an empty base, built by FTS5 on a thread
// of its own in a side database while the writer goes on, then copied in
// place of the base's empty clients_fts inside the writer's transaction.
// Tokenising and merging, a fifth of a big import's work, wait in a queue and
// mostly run on the second core while the writer builds the base's indexes
// at the end; copying the finished index's tables costs a tenth of building
// it. The copy is what SQLite's own .dump and VACUUM do with an FTS5 table:
// its shadow tables row for row, into a table made by the same statement.
class SideSearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SideSearchIndex)

public:
    // Before the transaction, on the writer's connection, when the base has no
    // clients (BulkLoad::intoEmptyBase()): makes the side database, attaches
    // it and starts the thread. If any of that fails it stays inactive, and
    // the writer indexes in the base as before.
    explicit SideSearchIndex(QSqlDatabase db);
    // Stops the thread, detaches and deletes the side database: after the
    // writer's transaction ended.
    ~SideSearchIndex();
    SideSearchIndex(const SideSearchIndex &) = delete;
    SideSearchIndex &operator=(const SideSearchIndex &) = delete;

    bool isActive() const { return m_attached && m_thread.joinable(); }
    // A new client's search documents; ids ascending.
    bool add(qint64 id, QString name, QString body, QString *error);
    // The documents of a client added before, anew.
    bool replace(qint64 id, QString name, QString body, QString *error);
    // No more documents: the thread finishes the index meanwhile.
    bool close(QString *error);
    // After close(), in the writer's transaction: the side's index becomes
    // the base's clients_fts.
    bool copyInto(QString *error);

private:
    struct Document
    {
        qint64 id = 0;
        QString name;
        QString body;
    };
    // Documents as the thread takes them: UTF-8 side by side in one buffer,
    // less than half their QStrings' memory, for a queue that may hold half
    // of a million-row import.
    struct Slice
    {
        struct Entry
        {
            qint64 id = 0;
            qsizetype nameEnd = 0; // the name runs from the previous bodyEnd
            qsizetype bodyEnd = 0;
            bool replace = false; // of a client whose documents went before
        };
        QByteArray text;
        QList<Entry> entries;
        void append(const Document &d, bool replace);
    };

    // Side databases of imports killed before they could delete theirs: each
    // folder's lock is held while its import runs.
    static void removeLeftovers();
    QString path() const;
    bool send(QString *error);
    // The thread: opens the side database, then indexes what comes.
    void build(std::promise<bool> *opened);
    void index(QSqlDatabase &db);
    void setFailure(const QString &message);
    QString failure();

    // Slices waiting for the thread, at most 576 KiB each (SliceBytes). The
    // thread leaves the two cores to the reading and writing threads until the
    // queue is nearly full, then keeps it there, and indexes the rest while
    // the writer builds the base's indexes at the end, when the second core
    // had nothing to do. At 1M rows that took 3 s off and put 70 MB on; 64
    // slices gained nothing, waking at 100 of 128 less. (An idle-priority
    // thread did as well, but could starve behind other programs, and an
    // unprivileged thread cannot be raised again.)
    static constexpr int SlicesAhead = 128;
    static constexpr int SlicesSlack = 8;
    // Documents handed over at a time: a slice the thread takes in about 40 ms.
    static constexpr qsizetype MaxSliceDocuments = 4096;

    QSqlDatabase m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QLockFile> m_lock; // in m_dir, released before it goes
    QString m_ftsSql;                  // the CREATE VIRTUAL TABLE of the base's clients_fts
    bool m_attached = false;
    std::thread m_thread;
    ChunkQueue<Slice> m_queue{SlicesAhead};
    QList<Document> m_added;    // not sent yet, ids ascending
    QList<Document> m_replaced; // not sent yet, of clients sent before
    // In the next slice: as many as fit in SliceBytes at the last one's size.
    qsizetype m_sliceDocuments = MaxSliceDocuments;
    std::mutex m_failureMutex;
    QString m_failure; // the thread's
};
