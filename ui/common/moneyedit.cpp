#include "moneyedit.h"

#include "deals/money.h"

#include <QLocale>
#include <QSignalBlocker>

MoneyEdit::MoneyEdit(QWidget *parent) : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setClearButtonEnabled(false);
    connect(this, &QLineEdit::textEdited, this, [this] {
        markValidity();
        Q_EMIT edited();
    });
}

std::optional<qint64> MoneyEdit::value() const
{
    if (text().trimmed().isEmpty())
        return std::nullopt;
    return Money::parse(text());
}

bool MoneyEdit::isAcceptable() const
{
    return text().trimmed().isEmpty() || Money::parse(text()).has_value();
}

void MoneyEdit::setValue(std::optional<qint64> minor)
{
    const QString shown = minor ? editText(*minor) : QString();
    // An equal amount typed another way stays as typed, with the cursor where it is.
    if (value() == minor && isAcceptable())
        return;
    const QSignalBlocker block(this);
    setText(shown);
    markValidity();
}

QString MoneyEdit::editText(qint64 minor)
{
    const qint64 a = minor < 0 ? -minor : minor;
    QString whole = QString::number(a / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(' '));
    if (a % 100 != 0)
        whole +=
            QLocale().decimalPoint() + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
    return minor < 0 ? QLatin1Char('-') + whole : whole;
}

void MoneyEdit::markValidity()
{
    const bool ok = isAcceptable();
    setToolTip(ok ? QString() : tr("Type an amount, such as 1 250 000 or 1250000,50."));
    QPalette p = palette();
    p.setColor(QPalette::Text, ok ? QPalette().color(QPalette::Text) : QColor(0xc0, 0x39, 0x2b));
    setPalette(p);
}
