#pragma once

#include "clients/clientlistquery.h"
#include "io/clientexporter.h"

#include <QDialog>
#include <QList>

class Database;
class Messenger;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPushButton;

// File → Export…: clients as CSV (encoding, delimiter, columns), vCard or
// JSON; the selected clients, the list as it is filtered, or all of them.
// The export runs off the GUI thread behind a progress dialog with Cancel; a
// failed or cancelled export leaves no file behind.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Scope
    {
        SelectedScope,
        FilteredScope,
        AllScope
    };

    ExportDialog(Database &db, Messenger &messenger, QWidget *parent = nullptr);

    // What the client list shows: its selection, its filters and search text.
    void setListState(const QList<qint64> &selectedIds, const ClientListQuery &filter,
                      const QString &searchText);
    ClientExporter::Options options() const;
    QString fileName() const;
    void setFileName(const QString &path);
    // Clients in the file the last export wrote.
    qint64 exportedCount() const { return m_exported; }

    // Exports; closes the dialog once the file is written.
    void accept() override;

private:
    void updateForm();
    void updateSuffix();
    void browse();
    QString suffix() const;
    bool runExport(const ClientExporter::Options &options, const QString &path);

    Database &m_db;
    Messenger &m_messenger;
    QList<qint64> m_selected;
    ClientListQuery m_filter;
    QString m_search;
    qint64 m_exported = 0;

    QFormLayout *m_form;
    QComboBox *m_format;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QListWidget *m_columns;
    QComboBox *m_scope;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QDialogButtonBox *m_buttons;
};
