#include "backuprotation.h"

#include <QSet>
#include <algorithm>

QList<BackupFile> BackupRotation::toDelete(QList<BackupFile> files) const
{
    std::sort(files.begin(), files.end(), [](const BackupFile &a, const BackupFile &b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    QSet<QString> keep;
    QSet<QDate> days;
    QSet<qint64> weeks;
    for (const BackupFile &f : files) {
        // Newest first: the first file seen of a day or week is its newest.
        const QDate day = f.takenAt.date();
        if (!days.contains(day) && days.size() < m_daily) {
            days.insert(day);
            keep.insert(f.path);
        }
        int isoYear = 0;
        const int week = day.weekNumber(&isoYear);
        const qint64 weekKey = qint64(isoYear) * 100 + week;
        if (!weeks.contains(weekKey) && weeks.size() < m_weekly) {
            weeks.insert(weekKey);
            keep.insert(f.path);
        }
    }
    QList<BackupFile> doomed;
    for (const BackupFile &f : files)
        if (!keep.contains(f.path))
            doomed << f;
    return doomed;
}
