#include "proposaldocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

namespace {
const QString kFontFamily = QStringLiteral("DejaVu Sans");
constexpr qreal kFontPointSize = 9.5;
constexpr int kPdfResolution = 300;

// A table without a header row (the letterhead, the totals, the signatures)
// reads wrong when a page cuts it: one that straddles a page and fits on one
// starts on the next page instead. A table with a header row (the items)
// breaks between rows and repeats the header; Qt moves the header to the
// next page with the first row when they do not fit together.
void keepSmallTablesWhole(QTextDocument *document)
{
    const qreal pageHeight = document->pageSize().height();
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->format().headerRowCount() > 0)
            continue;
        document->pageCount(); // finishes the layout the last break changed
        const QRectF box = document->documentLayout()->frameBoundingRect(table);
        if (int(box.top() / pageHeight) == int((box.bottom() - 1) / pageHeight) ||
            box.height() >= pageHeight)
            continue;
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format); // lays the rest out again
    }
}
} // namespace

ProposalDocument::ProposalDocument(const Proposal &proposal)
    : m_proposal(proposal), m_document(std::make_unique<QTextDocument>())
{
    QFont font(kFontFamily);
    font.setPointSizeF(kFontPointSize);
    // Any letter spacing turns Qt's ligatures off: "ﬁ" as one glyph would
    // make "fifteen" unsearchable, and uncopyable, in the PDF.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05); // 1/64 px is the least
    m_document->setDefaultFont(font);
    m_document->setDocumentMargin(0);
    for (const CompanyImage &image : m_proposal.images)
        m_document->addResource(QTextDocument::ImageResource, QUrl(Proposal::imageUrl(image.kind)),
                                QImage::fromData(image.data));
    m_document->setHtml(m_proposal.html);
    m_document->setMetaInformation(QTextDocument::DocumentTitle, m_proposal.dealTitle);
}

ProposalDocument::~ProposalDocument() = default;

void ProposalDocument::setUpPage(QPagedPaintDevice *device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(20, 15, 12, 12), QPageLayout::Millimeter));
}

bool ProposalDocument::print(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    // The page number sits below the text, in a band of its own.
    const QFontMetricsF metrics(m_document->defaultFont(), device);
    const qreal footer = metrics.height() * 2;
    m_document->documentLayout()->setPaintDevice(device);
    m_document->setPageSize(QSizeF(page.width(), page.height() - footer));
    keepSmallTablesWhole(m_document.get());
    const int pages = m_document->pageCount();
    const qreal pageHeight = m_document->pageSize().height();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        painter.save();
        const QRectF visible(0, i * pageHeight, page.width(), pageHeight);
        painter.translate(0, -visible.top());
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        context.palette.setColor(QPalette::Text, Qt::black);
        m_document->documentLayout()->draw(&painter, context);
        painter.restore();
        if (pages > 1) {
            painter.setFont(m_document->defaultFont());
            painter.setPen(Qt::darkGray);
            painter.drawText(QRectF(0, page.height() - footer * 0.75, page.width(), footer * 0.75),
                             Qt::AlignRight | Qt::AlignVCenter,
                             QStringLiteral("%1 / %2").arg(i + 1).arg(pages));
        }
    }
    return painter.end();
}

bool ProposalDocument::writePdf(QIODevice *out, QString *error) const
{
    QPdfWriter writer(out);
    writer.setResolution(kPdfResolution);
    writer.setCreator(QStringLiteral("Clientele"));
    writer.setTitle(m_proposal.dealTitle);
    setUpPage(&writer);
    if (!print(&writer)) {
        if (error)
            *error = tr("Cannot lay out the PDF.");
        return false;
    }
    return true;
}

QByteArray ProposalDocument::pdf() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writePdf(&buffer);
    return buffer.data();
}
