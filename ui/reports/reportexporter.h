#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QChartView;
class QPagedPaintDevice;
class QPainter;
struct ReportTable;

// A report leaving the program: its table as CSV, or on paper (a PDF file
// or a printer) with a title, the period and filters, the charts and the
// table as the screen shows it.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)

public:
    struct Document
    {
        QString title;
        QString subtitle; // the period and filters
        QList<QChartView *> charts;
        const QAbstractItemModel *table = nullptr;
        QList<const QAbstractItemModel *> moreTables; // after the main one
    };

    // UTF-8 with a BOM, so that a spreadsheet reads Cyrillic right.
    static bool writeCsv(const ReportTable &table, const QString &path, QString *error);
    static bool writePdf(const Document &document, const QString &path, QString *error);
    // Onto any paged device: a PDF writer or a printer.
    static void paint(const Document &document, QPagedPaintDevice *device);

private:
    // The table from `top` down, on new pages as needed.
    // Returns where the table ends on its last page.
    static int paintTable(QPainter &painter, QPagedPaintDevice *device,
                          const QAbstractItemModel &model, int top);
};
