#include "clientpickerdialog.h"

#include "clientcard.h"
#include "clients/clientrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ClientPickerDialog::ClientPickerDialog(const ClientRepository &clients, qint64 excludeId,
                                       bool withRelationType, QWidget *parent)
    : QDialog(parent), m_clients(clients), m_excludeId(excludeId), m_search(new QLineEdit(this)),
      m_results(new QListWidget(this))
{
    setWindowTitle(withRelationType ? tr("Add relation") : tr("Choose a client"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    if (withRelationType) {
        m_type = new QComboBox(this);
        m_type->setObjectName(QStringLiteral("relationTypeComboBox"));
        for (Relation::Type t : {Relation::Type::Partner, Relation::Type::Competitor,
                                 Relation::Type::ReferredBy, Relation::Type::Subsidiary})
            m_type->addItem(ClientCard::relationText(t, true), int(t));
        form->addRow(tr("This client is:"), m_type);
    }
    m_search->setObjectName(QStringLiteral("pickerSearchLineEdit"));
    m_search->setPlaceholderText(tr("Name, phone, e-mail, INN…"));
    m_search->setClearButtonEnabled(true);
    form->addRow(tr("Find:"), m_search);
    layout->addLayout(form);
    m_results->setObjectName(QStringLiteral("pickerResultsListWidget"));
    layout->addWidget(m_results);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &ClientPickerDialog::search);
    connect(m_results, &QListWidget::currentRowChanged, this,
            [buttons](int row) { buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    connect(m_results, &QListWidget::itemActivated, this, &QDialog::accept);
    resize(480, 420);
}

void ClientPickerDialog::search(const QString &text)
{
    m_results->clear();
    for (const ClientListRow &row : m_clients.search(text, 50)) {
        if (row.id == m_excludeId)
            continue;
        auto *item = new QListWidgetItem(
            row.city.isEmpty() ? row.name : QStringLiteral("%1 — %2").arg(row.name, row.city),
            m_results);
        item->setData(Qt::UserRole, row.id);
        item->setData(Qt::UserRole + 1, row.name);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

qint64 ClientPickerDialog::selectedId() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString ClientPickerDialog::selectedName() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(Qt::UserRole + 1).toString() : QString();
}

Relation::Type ClientPickerDialog::relationType() const
{
    return m_type ? Relation::Type(m_type->currentData().toInt()) : Relation::Type::Partner;
}
