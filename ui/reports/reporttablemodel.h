#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

// A report's table as the user reads it: formatted cells, numbers to the
// right, raw values to sort on, and what each row drills down to.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RawValueRole = Qt::UserRole,
        DrillRole, // the row's key for the drill-down; invalid: nothing behind it
    };
    struct Row
    {
        QStringList text;
        QVariantList raw; // per column; a number for numeric columns
        QVariant drill;
        bool total = false; // shown in bold
    };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(const QStringList &headers, const QList<bool> &numeric, const QList<Row> &rows);
    const Row &row(int index) const { return m_rows.at(index); }
    // The tooltip of a row with something behind it (deals by default).
    void setDrillHint(const QString &hint) { m_drillHint = hint; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant alignment(int column) const;

    QStringList m_headers;
    QList<bool> m_numeric;
    QList<Row> m_rows;
    QString m_drillHint;
};
