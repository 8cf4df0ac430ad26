#include "reportexporter.h"

#include "db/privatefile.h"
#include "io/csvwriter.h"
#include "reports/reporttable.h"

#include <QAbstractItemModel>
#include <QChartView>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

bool ReportExporter::writeCsv(const ReportTable &table, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFile::restrict(file)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    CsvWriter::Options options;
    options.bom = true;
    CsvWriter csv(&file, options);
    bool ok = csv.writeRow(table.headers);
    for (const QStringList &row : table.rows)
        ok = ok && csv.writeRow(row);
    if (!ok || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool ReportExporter::writePdf(const Document &document, const QString &path, QString *error)
{
    // Through a QSaveFile of mode 0600: whole or not at all, and the user's alone.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFile::restrict(file)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QPdfWriter pdf(&file);
    if (!pdf.setPageSize(QPageSize(QPageSize::A4))) {
        if (error)
            *error = tr("The page size is not supported.");
        return false;
    }
    pdf.setResolution(150);
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setTitle(document.title);
    pdf.setCreator(QCoreApplication::applicationName());
    paint(document, &pdf);
    if (!file.commit()) {
        if (error)
            *error = tr("The PDF file could not be written: %1").arg(file.errorString());
        return false;
    }
    return true;
}

void ReportExporter::paint(const Document &document, QPagedPaintDevice *device)
{
    QPainter painter(device);
    const QRect page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const int width = page.width();
    QFont titleFont = painter.font();
    titleFont.setPointSizeF(16);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    int y = 0;
    QRect box =
        painter.boundingRect(QRect(0, y, width, page.height()), Qt::TextWordWrap, document.title);
    painter.drawText(box, Qt::TextWordWrap, document.title);
    y = box.bottom() + painter.fontMetrics().height() / 3;
    QFont plain = painter.font();
    plain.setPointSizeF(9);
    plain.setBold(false);
    painter.setFont(plain);
    const QString subtitle =
        document.subtitle.isEmpty()
            ? QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)
            : document.subtitle;
    box = painter.boundingRect(QRect(0, y, width, page.height()), Qt::TextWordWrap, subtitle);
    painter.drawText(box, Qt::TextWordWrap, subtitle);
    y = box.bottom() + painter.fontMetrics().height();

    for (QChartView *view : document.charts) {
        // As it looks on screen, scaled to the page's width, never taller than half a page.
        const QSize size = view->size().isEmpty() ? QSize(800, 500) : view->size();
        QSize target = size.scaled(width, page.height() / 2, Qt::KeepAspectRatio);
        if (y + target.height() > page.height()) {
            device->newPage();
            y = 0;
        }
        view->render(&painter, QRectF(QPointF(0, y), target), view->rect());
        y += target.height() + painter.fontMetrics().height();
    }
    QList<const QAbstractItemModel *> tables = document.moreTables;
    if (document.table)
        tables.prepend(document.table);
    for (const QAbstractItemModel *table : tables) {
        if (table->rowCount() == 0)
            continue;
        const int gap = painter.fontMetrics().height();
        y = paintTable(painter, device, *table, y) + gap;
    }
}

int ReportExporter::paintTable(QPainter &painter, QPagedPaintDevice *device,
                               const QAbstractItemModel &model, int top)
{
    const QRect page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const int columns = model.columnCount();
    const QFont original = painter.font(); // the next table starts from it again
    // Widths as the bold totals need them; a smaller font where the page is narrow.
    QFont font = painter.font();
    font.setBold(true);
    QList<int> widths(columns, 0);
    int total = 0;
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QFontMetrics bold(font, device);
        const int padding = bold.averageCharWidth();
        total = 0;
        for (int c = 0; c < columns; ++c) {
            widths[c] = 0;
            for (const QString &line :
                 model.headerData(c, Qt::Horizontal).toString().split(QLatin1Char('\n')))
                widths[c] = std::max(widths.at(c), bold.horizontalAdvance(line));
            for (int r = 0; r < model.rowCount(); ++r)
                widths[c] = std::max(widths.at(c),
                                     bold.horizontalAdvance(model.index(r, c).data().toString()));
            widths[c] += 2 * padding;
            total += widths.at(c);
        }
        if (total <= page.width() || font.pointSizeF() <= 6)
            break;
        font.setPointSizeF(std::max(6.0, font.pointSizeF() * page.width() / total));
    }
    // Still too wide: every column narrower alike.
    if (total > page.width())
        for (int &w : widths)
            w = w * page.width() / total;
    font.setBold(false);
    painter.setFont(font);
    const QFontMetrics metrics = painter.fontMetrics();
    const int padding = QFontMetrics(font, device).averageCharWidth();
    const int rowHeight = metrics.height() * 3 / 2;
    const int headerHeight = metrics.height() * 5 / 2; // two lines
    int y = top;
    auto line = [&](int row) {
        const int height = row < 0 ? headerHeight : rowHeight;
        if (y + height > page.height()) {
            device->newPage();
            y = 0;
        }
        int x = 0;
        QFont cellFont = painter.font();
        cellFont.setBold(row < 0 || model.index(row, 0).data(Qt::FontRole).value<QFont>().bold());
        painter.setFont(cellFont);
        for (int c = 0; c < columns; ++c) {
            int align = (row < 0 ? model.headerData(c, Qt::Horizontal, Qt::TextAlignmentRole)
                                 : model.index(row, c).data(Qt::TextAlignmentRole))
                            .toInt();
            if (align == 0)
                align = Qt::AlignLeft | Qt::AlignVCenter;
            const QRect cell(x + padding, y, widths.at(c) - 2 * padding, height);
            // A header keeps its two lines; a cell too narrow ends in "…".
            painter.drawText(cell, align,
                             row < 0 ? model.headerData(c, Qt::Horizontal).toString()
                                     : metrics.elidedText(model.index(row, c).data().toString(),
                                                          Qt::ElideRight, cell.width()));
            x += widths.at(c);
        }
        y += height;
        painter.drawLine(0, y, x, y);
    };
    line(-1);
    for (int r = 0; r < model.rowCount(); ++r)
        line(r);
    painter.setFont(original);
    return y;
}
