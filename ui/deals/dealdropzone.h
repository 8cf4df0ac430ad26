#pragma once

#include <QFrame>

class QLabel;

// "Won" or "Lost" under the board: a card dropped here closes the deal.
class DealDropZone : public QFrame
{
    Q_OBJECT

public:
    DealDropZone(const QIcon &icon, const QString &text, const QColor &accent,
                 QWidget *parent = nullptr);

Q_SIGNALS:
    void dealDropped(qint64 dealId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void setHover(bool on);

    QColor m_accent;
    bool m_hover = false;
};
