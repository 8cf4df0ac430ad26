#pragma once

#include <QDialog>
#include <QList>
#include <QSet>

class QIcon;
class QListWidget;
class QStackedWidget;
class SettingsPage;

// Settings: the pages in a list on the left, one shown on the right, and
// OK, Apply and Cancel under them. Only the pages the person opened are
// applied; the first page that refuses a value is shown again and the dialog
// stays open. With a single page (the calendar's Working hours…) the list
// is hidden.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void addPage(SettingsPage *page, const QIcon &icon, const QString &title);
    void showPage(SettingsPage *page);
    SettingsPage *currentPage() const;
    QListWidget *pageList() const { return m_list; }

    bool apply();
    void accept() override;

Q_SIGNALS:
    // Some page was written: what reads the settings reads them again.
    void applied();

private:
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QList<SettingsPage *> m_pages;
    QSet<SettingsPage *> m_opened;
};
