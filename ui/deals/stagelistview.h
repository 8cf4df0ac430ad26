#pragma once

#include <QListView>

// A board column's list of cards. Cards are dragged out with the deal's id
// (DealMime) and dropped on another column; the drop only announces the move,
// the board makes it (questions, rules, errors) and reloads the columns.
class StageListView : public QListView
{
    Q_OBJECT

public:
    StageListView(qint64 stageId, QWidget *parent = nullptr);

    qint64 stageId() const { return m_stageId; }
    // The id of the selected card, 0 for none.
    qint64 currentDealId() const;
    void setEmptyText(const QString &text) { m_emptyText = text; }

Q_SIGNALS:
    void dealDropped(qint64 dealId);
    void openRequested(qint64 dealId);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    bool accepts(const QMimeData *data) const;
    void setDropHover(bool on);

    qint64 m_stageId;
    bool m_dropHover = false;
    QString m_emptyText;
};
