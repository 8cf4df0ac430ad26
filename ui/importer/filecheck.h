#pragma once

#include "importsetup.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

class BackgroundTask;

// Reads a whole contact file off the GUI thread before anything is written,
// so that a broken quote or a bad byte on line 90 000 stops the wizard where
// the preview of the first rows could not see it.
class FileCheck : public QObject
{
    Q_OBJECT

public:
    explicit FileCheck(QObject *parent = nullptr);

    // A check still going is dropped.
    void start(const ImportSetup &setup);
    bool isRunning() const;
    // Once finished: "FILE:LINE: why", or empty when the file reads to the end.
    QString error() const;
    // Rows (CSV, header not counted) or cards (vCard) found.
    qint64 records() const;

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    void finished();

private:
    struct Outcome
    {
        QString error;
        qint64 records = 0;
    };

    BackgroundTask *m_task;
    std::shared_ptr<Outcome> m_outcome;
};
