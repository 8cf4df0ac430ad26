#include "windealdialog.h"

#include "common/moneyedit.h"
#include "deals/money.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

WinDealDialog::WinDealDialog(const QString &title, qint64 amount, const QString &currency,
                             QWidget *parent)
    : QDialog(parent), m_amount(new MoneyEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("winDealDialog"));
    setWindowTitle(tr("Deal won"));
    m_amount->setObjectName(QStringLiteral("finalAmountMoneyEdit"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark as won"));
    m_amount->setValue(amount);

    auto *intro =
        new QLabel(tr("«%1» is closed as won on %2.")
                       .arg(title, QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)),
                   this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *amountLabel = new QLabel(tr("&Final amount, %1:").arg(Money::symbol(currency)), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, m_amount);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &MoneyEdit::edited, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(finalAmount().has_value());
    });
    m_amount->selectAll();
    resize(420, sizeHint().height());
}

std::optional<qint64> WinDealDialog::finalAmount() const
{
    const std::optional<qint64> v = m_amount->value();
    return v && *v >= 0 ? v : std::nullopt;
}
