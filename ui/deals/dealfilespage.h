#pragma once

#include <QWidget>

class DealForm;
class QPushButton;
class QTreeWidget;

// The deal's files: what was attached to it (proposals, estimates,
// contracts); they are also among its client's files.
class DealFilesPage : public QWidget
{
    Q_OBJECT

public:
    DealFilesPage(DealForm *form, QWidget *parent = nullptr);

    void reload();
    void attach(const QStringList &paths);

private:
    qint64 selectedId() const;

    DealForm *m_form;
    QTreeWidget *m_tree;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_saveAs;
    QPushButton *m_remove;
};
