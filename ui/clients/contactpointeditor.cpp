#include "contactpointeditor.h"

#include "clients/emailaddress.h"
#include "clients/phonenormalizer.h"

#include <QHeaderView>
#include <QSignalBlocker>

namespace {
enum Col
{
    Value,
    Label,
    Status
};
}

ContactPointEditor::ContactPointEditor(Kind kind, const PhoneNormalizer &phones, QWidget *parent)
    : QTableWidget(0, 3, parent), m_kind(kind), m_phones(phones)
{
    setObjectName(kind == Kind::Phone ? QStringLiteral("phonesTableWidget")
                                      : QStringLiteral("emailsTableWidget"));
    setHorizontalHeaderLabels({kind == Kind::Phone ? tr("Number") : tr("Address"), tr("Label"),
                               kind == Kind::Phone ? tr("Understood as") : tr("Check")});
    // What was typed and how it was understood matter most; the label is short.
    horizontalHeader()->setSectionResizeMode(Value, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(Label, QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(Status, QHeaderView::Stretch);
    horizontalHeader()->resizeSection(Label, 80);
    setWordWrap(false);
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == Status)
            return;
        {
            const QSignalBlocker block(this);
            updateStatus(item->row());
            ensureEmptyLastRow();
        }
        Q_EMIT edited();
    });
    ensureEmptyLastRow();
}

void ContactPointEditor::setRows(const QList<QPair<qint64, QPair<QString, QString>>> &rows)
{
    const QSignalBlocker block(this);
    const int current = currentRow();
    setRowCount(0);
    for (const auto &r : rows) {
        const int row = rowCount();
        insertRow(row);
        auto *value = new QTableWidgetItem(r.second.first);
        value->setData(Qt::UserRole, r.first);
        setItem(row, Value, value);
        setItem(row, Label, new QTableWidgetItem(r.second.second));
        updateStatus(row);
    }
    ensureEmptyLastRow();
    if (current >= 0 && current < rowCount())
        setCurrentCell(current, currentColumn());
}

void ContactPointEditor::setPhones(const QList<PhoneEntry> &phones)
{
    if (phones == this->phones())
        return;
    QList<QPair<qint64, QPair<QString, QString>>> rows;
    for (const PhoneEntry &p : phones)
        rows.append({p.id, {p.raw, p.label}});
    setRows(rows);
}

void ContactPointEditor::setEmails(const QList<EmailEntry> &emails)
{
    if (emails == this->emails())
        return;
    QList<QPair<qint64, QPair<QString, QString>>> rows;
    for (const EmailEntry &e : emails)
        rows.append({e.id, {e.raw, e.label}});
    setRows(rows);
}

QList<PhoneEntry> ContactPointEditor::phones() const
{
    QList<PhoneEntry> out;
    for (int row = 0; row < rowCount(); ++row) {
        const QTableWidgetItem *value = item(row, Value);
        if (!value || value->text().trimmed().isEmpty())
            continue;
        const QTableWidgetItem *label = item(row, Label);
        PhoneEntry p;
        p.id = value->data(Qt::UserRole).toLongLong();
        p.raw = value->text().trimmed();
        p.label = label ? label->text() : QString();
        p.e164 = m_phones.toE164(p.raw);
        out << p;
    }
    return out;
}

QList<EmailEntry> ContactPointEditor::emails() const
{
    QList<EmailEntry> out;
    for (int row = 0; row < rowCount(); ++row) {
        const QTableWidgetItem *value = item(row, Value);
        if (!value || value->text().trimmed().isEmpty())
            continue;
        const QTableWidgetItem *label = item(row, Label);
        EmailEntry e;
        e.id = value->data(Qt::UserRole).toLongLong();
        e.raw = value->text().trimmed();
        e.label = label ? label->text() : QString();
        e.address = EmailAddress::isValid(e.raw) ? EmailAddress::normalize(e.raw) : QString();
        out << e;
    }
    return out;
}

void ContactPointEditor::updateStatus(int row)
{
    const QTableWidgetItem *value = item(row, Value);
    const QString text = value ? value->text().trimmed() : QString();
    auto *status = new QTableWidgetItem;
    status->setFlags(Qt::ItemIsEnabled);
    if (!text.isEmpty()) {
        bool valid = false;
        if (m_kind == Kind::Phone) {
            const QString e164 = m_phones.toE164(text);
            valid = !e164.isEmpty();
            status->setText(valid ? m_phones.format(e164) : tr("not a valid number"));
            status->setToolTip(valid ? e164
                                     : tr("Kept as typed; it cannot be dialled or matched."));
        } else {
            valid = EmailAddress::isValid(text);
            status->setText(valid ? tr("valid") : tr("not a valid address"));
        }
        if (!valid) {
            status->setIcon(QIcon::fromTheme(QStringLiteral("dialog-warning")));
            status->setForeground(QColor(0xc0, 0x39, 0x2b));
        }
    }
    setItem(row, Status, status);
}

void ContactPointEditor::ensureEmptyLastRow()
{
    const int last = rowCount() - 1;
    const bool lastEmpty = last >= 0 && (!item(last, Value) || item(last, Value)->text().isEmpty());
    if (!lastEmpty) {
        const int row = rowCount();
        insertRow(row);
        setItem(row, Value, new QTableWidgetItem);
        setItem(row, Label, new QTableWidgetItem);
        auto *status = new QTableWidgetItem;
        status->setFlags(Qt::ItemIsEnabled);
        setItem(row, Status, status);
    }
    fitHeight();
}

void ContactPointEditor::fitHeight()
{
    int h = horizontalHeader()->height() + 2 * frameWidth();
    for (int row = 0; row < rowCount(); ++row)
        h += rowHeight(row);
    setFixedHeight(h);
}
