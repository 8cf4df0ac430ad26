#include "filecheck.h"

#include "common/backgroundtask.h"
#include "io/textdecoding.h"
#include "io/vcardreader.h"

namespace {
constexpr int ReportEvery = 1000;
} // namespace

FileCheck::FileCheck(QObject *parent)
    : QObject(parent), m_task(new BackgroundTask(this)), m_outcome(std::make_shared<Outcome>())
{
    connect(m_task, &BackgroundTask::progressChanged, this, &FileCheck::progressChanged);
    connect(m_task, &BackgroundTask::finished, this, &FileCheck::finished);
}

void FileCheck::start(const ImportSetup &setup)
{
    m_outcome = std::make_shared<Outcome>();
    m_task->start([setup, outcome = m_outcome](const BackgroundTask::Progress &progress) {
        if (setup.kind == ImportSetup::Kind::Csv) {
            CsvReader reader(setup.path, setup.csv);
            qint64 records = 0;
            while (reader.next(nullptr)) {
                if (++records % ReportEvery == 0 && !progress(reader.bytesRead(), reader.size()))
                    return false;
            }
            if (reader.hasError()) {
                outcome->error = reader.error();
                return false;
            }
            outcome->records = records - 1;
            if (outcome->records <= 0) {
                outcome->error = TextDecoding::located(
                    setup.path, 2, tr("the file has a header row and no rows under it"));
                return false;
            }
            progress(reader.size(), reader.size());
            return true;
        }
        VCardReader reader(setup.path);
        VCard card;
        qint64 cards = 0;
        while (reader.next(&card)) {
            if (++cards % ReportEvery == 0 && !progress(reader.bytesRead(), reader.size()))
                return false;
        }
        if (reader.hasError()) {
            outcome->error = reader.error();
            return false;
        }
        outcome->records = cards;
        if (cards == 0) {
            outcome->error = TextDecoding::located(setup.path, 0, tr("the file has no cards"));
            return false;
        }
        progress(reader.size(), reader.size());
        return true;
    });
}

bool FileCheck::isRunning() const
{
    return m_task->isRunning();
}

QString FileCheck::error() const
{
    return m_outcome->error;
}

qint64 FileCheck::records() const
{
    return m_outcome->records;
}
