#pragma once

#include <QObject>

// Every QLabel shows its text as typed unless it asks for rich text itself
// (setTextFormat(Qt::RichText)). Qt's default, Qt::AutoText, renders text
// that looks like HTML: a client named "<b>ООО</b>" would show in bold and
// one named "<script>…</script>" as nothing at all, in a card, a message
// box or a tooltip (tooltips are labels too). Installed once on the
// application; a label is switched when it is first polished.
class PlainTextLabels : public QObject
{
    Q_OBJECT

public:
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
