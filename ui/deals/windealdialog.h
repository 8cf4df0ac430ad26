#pragma once

#include <QDialog>
#include <optional>

class MoneyEdit;
class QDialogButtonBox;

// Asks the final amount of a deal being won; the potential amount is offered.
class WinDealDialog : public QDialog
{
    Q_OBJECT

public:
    WinDealDialog(const QString &title, qint64 amount, const QString &currency,
                  QWidget *parent = nullptr);

    std::optional<qint64> finalAmount() const;

private:
    MoneyEdit *m_amount;
    QDialogButtonBox *m_buttons;
};
