#pragma once

#include "documents/proposal.h"

#include <QDialog>
#include <memory>
#include <optional>

class Database;
class Messenger;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QPushButton;

// "Create proposal" of a deal: the template and the validity date, then
// print preview, print or save as PDF (attached to the deal, noted on the
// client). A proposal whose template uses empty fields is not made: the
// dialog lists them and offers the company settings.
class ProposalDialog : public QDialog
{
    Q_OBJECT

public:
    // Reports errors through a Messenger of its own.
    ProposalDialog(const Database &db, qint64 dealId, QWidget *parent = nullptr);
    ProposalDialog(const Database &db, qint64 dealId, Messenger &messenger,
                   QWidget *parent = nullptr);
    ~ProposalDialog() override;

    QString templateName() const;
    void setTemplateName(const QString &name);
    QDate validUntil() const;
    void setValidUntil(QDate date);
    // What the proposal lacks, in words; empty when it can be made.
    QStringList missingFields() const { return m_missing; }

    // The PDF written to `path`, attached to the deal and noted; false after
    // telling the user why.
    bool saveTo(const QString &path);

Q_SIGNALS:
    // A proposal was saved and attached to the deal.
    void saved(qint64 attachmentId);

private:
    ProposalDialog(const Database &db, qint64 dealId, Messenger *messenger,
                   std::unique_ptr<Messenger> own, QWidget *parent);
    void fillTemplates();
    // Fills the proposal anew from the database; shows what is missing.
    bool rebuild();
    void preview();
    void print();
    void saveAsPdf();
    void openCompanySettings();
    void paint(QPrinter *printer);

    const Database &m_db;
    qint64 m_dealId;
    std::unique_ptr<Messenger> m_ownMessenger;
    Messenger &m_messenger;
    std::optional<Proposal> m_proposal;
    QStringList m_missing;

    QComboBox *m_template;
    QDateEdit *m_validUntil;
    QLabel *m_client;
    QLabel *m_manager;
    QLabel *m_total;
    QLabel *m_problem;
    QPushButton *m_companySettings;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_save;
};
