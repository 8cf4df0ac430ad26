#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

// Asks why a deal is lost: a reason from the list (required) and a comment.
class LoseDealDialog : public QDialog
{
    Q_OBJECT

public:
    LoseDealDialog(const QString &title, const QList<QPair<qint64, QString>> &reasons,
                   QWidget *parent = nullptr);

    qint64 reasonId() const;
    QString comment() const;

private:
    QComboBox *m_reason;
    QPlainTextEdit *m_comment;
    QDialogButtonBox *m_buttons;
};
