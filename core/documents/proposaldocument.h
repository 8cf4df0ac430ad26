#pragma once

#include "proposal.h"

#include <QByteArray>
#include <QCoreApplication>
#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QTextDocument;

// A filled proposal on paper: its HTML laid out by QTextDocument on A4 pages
// with the company images as resources, DejaVu Sans (it has ₽ and Cyrillic),
// table headers repeated on every page and the page number at the foot.
// Needs a QGuiApplication (fonts).
class ProposalDocument
{
    Q_DECLARE_TR_FUNCTIONS(ProposalDocument)

public:
    explicit ProposalDocument(const Proposal &proposal);
    ~ProposalDocument();

    // A4 portrait with the margins documents in Russia use (left 20 mm).
    static void setUpPage(QPagedPaintDevice *device);
    // Lays the document out on the device's pages and paints them all.
    bool print(QPagedPaintDevice *device) const;
    bool writePdf(QIODevice *out, QString *error = nullptr) const;
    QByteArray pdf() const;

    QTextDocument *textDocument() const { return m_document.get(); }

private:
    Proposal m_proposal;
    std::unique_ptr<QTextDocument> m_document;
};
