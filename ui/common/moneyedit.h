#pragma once

#include <QLineEdit>
#include <optional>

// An amount typed as people type it ("1 234 500", "1234,50"), kept in minor
// units. Empty means "not given"; text that is not an amount is marked and
// has no value.
class MoneyEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget *parent = nullptr);

    // nullopt when empty or not an amount.
    std::optional<qint64> value() const;
    // True when empty or an amount.
    bool isAcceptable() const;
    // Shows the value without emitting edited(); nullopt empties the field.
    void setValue(std::optional<qint64> minor);
    // "1 234 500" or "1 234 500,50": spaces between thousands, the locale's
    // decimal point, as Money::parse reads it back.
    static QString editText(qint64 minor);

Q_SIGNALS:
    // The user changed the text (to an amount, to empty or to something else).
    void edited();

private:
    void markValidity();
};
