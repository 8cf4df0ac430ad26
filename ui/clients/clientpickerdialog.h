#pragma once

#include "clients/relation.h"

#include <QDialog>

class ClientRepository;
class QComboBox;
class QLineEdit;
class QListWidget;

// Finds another client by search, for the group (parent) or a relation.
class ClientPickerDialog : public QDialog
{
    Q_OBJECT

public:
    ClientPickerDialog(const ClientRepository &clients, qint64 excludeId, bool withRelationType,
                       QWidget *parent = nullptr);

    qint64 selectedId() const;
    QString selectedName() const;
    Relation::Type relationType() const;

private:
    void search(const QString &text);

    const ClientRepository &m_clients;
    qint64 m_excludeId;
    QComboBox *m_type = nullptr;
    QLineEdit *m_search;
    QListWidget *m_results;
};
