#include "dealfilterbar.h"

#include "common/moneyedit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>

namespace {
// The earliest date a period can start: shown as "any".
const QDate kAnyDate(2000, 1, 1);

void fill(QComboBox *combo, const QString &any, const QStringList &values)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(any, QString());
    for (const QString &v : values)
        combo->addItem(v, v);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}
} // namespace

DealFilterBar::DealFilterBar(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_responsible(new QComboBox(this)),
      m_source(new QComboBox(this)), m_tag(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_minAmount(new MoneyEdit(this)), m_maxAmount(new MoneyEdit(this)),
      m_status(new QComboBox(this)), m_reset(new QToolButton(this)), m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("dealFilterBarWidget"));
    m_search->setObjectName(QStringLiteral("dealSearchLineEdit"));
    m_responsible->setObjectName(QStringLiteral("responsibleFilterComboBox"));
    m_source->setObjectName(QStringLiteral("sourceFilterComboBox"));
    m_tag->setObjectName(QStringLiteral("tagFilterComboBox"));
    m_from->setObjectName(QStringLiteral("createdFromDateEdit"));
    m_to->setObjectName(QStringLiteral("createdToDateEdit"));
    m_minAmount->setObjectName(QStringLiteral("minAmountMoneyEdit"));
    m_maxAmount->setObjectName(QStringLiteral("maxAmountMoneyEdit"));
    m_status->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_reset->setObjectName(QStringLiteral("resetFiltersToolButton"));

    m_search->setPlaceholderText(tr("Search deals: title or client"));
    m_search->setClearButtonEnabled(true);
    // The magnifier is a button too: named for screen readers.
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition)
        ->setText(tr("Search"));
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 16);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setMinimumDate(kAnyDate);
        d->setSpecialValueText(tr("any"));
        d->setDate(kAnyDate);
        d->setToolTip(tr("Deals created in this period"));
    }
    m_minAmount->setPlaceholderText(tr("from"));
    m_maxAmount->setPlaceholderText(tr("to"));
    for (MoneyEdit *m : {m_minAmount, m_maxAmount}) {
        m->setFixedWidth(m->fontMetrics().averageCharWidth() * 11);
        m->setToolTip(tr("The deal's amount"));
    }
    for (QComboBox *c : {m_responsible, m_source, m_tag}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(10);
    }
    fill(m_responsible, tr("Anyone"), {});
    fill(m_source, tr("Any source"), {});
    fill(m_tag, tr("Any tag"), {});
    m_responsible->setToolTip(tr("Responsible"));
    m_source->setToolTip(tr("Source"));
    m_tag->setToolTip(tr("The client's tag"));
    m_status->addItem(tr("Open"), int(Deal::Status::Open));
    m_status->addItem(tr("Won"), int(Deal::Status::Won));
    m_status->addItem(tr("Lost"), int(Deal::Status::Lost));
    m_status->addItem(tr("Any status"), -1);
    m_reset->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear-all"),
                                      QIcon::fromTheme(QStringLiteral("edit-clear"))));
    m_reset->setToolTip(tr("Show every deal again"));
    m_reset->setAccessibleName(m_reset->toolTip()); // the button shows only its icon
    m_reset->setAutoRaise(true);

    auto *periodLabel = new QLabel(tr("Period:"), this);
    auto *dash = new QLabel(QStringLiteral("–"), this);
    auto *amountLabel = new QLabel(tr("Amount:"), this);
    auto *amountDash = new QLabel(QStringLiteral("–"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_status);
    layout->addWidget(m_responsible, 1);
    layout->addWidget(m_source, 1);
    layout->addWidget(m_tag, 1);
    layout->addSpacing(6);
    layout->addWidget(periodLabel);
    layout->addWidget(m_from);
    layout->addWidget(dash);
    layout->addWidget(m_to);
    layout->addSpacing(6);
    layout->addWidget(amountLabel);
    layout->addWidget(m_minAmount);
    layout->addWidget(amountDash);
    layout->addWidget(m_maxAmount);
    layout->addWidget(m_reset);
    m_status->setVisible(false);

    // Typing waits for a short pause, so a fast typist costs one query, not one per key.
    m_typing->setSingleShot(true);
    m_typing->setInterval(200);
    connect(m_typing, &QTimer::timeout, this, &DealFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    for (MoneyEdit *m : {m_minAmount, m_maxAmount})
        connect(m, &MoneyEdit::edited, m_typing, qOverload<>(&QTimer::start));
    for (QComboBox *c : {m_responsible, m_source, m_tag, m_status})
        connect(c, &QComboBox::activated, this, &DealFilterBar::changed);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &DealFilterBar::changed);
    connect(m_reset, &QToolButton::clicked, this, [this] {
        clear();
        changed();
    });
    m_reset->setEnabled(false);
}

void DealFilterBar::changed()
{
    m_typing->stop();
    m_reset->setEnabled(isFiltering());
    Q_EMIT filterChanged();
}

DealFilter DealFilterBar::filter() const
{
    DealFilter f;
    f.text = m_search->text().trimmed();
    f.responsible = m_responsible->currentData().toString();
    f.source = m_source->currentData().toString();
    f.clientTag = m_tag->currentData().toString();
    if (m_from->date() > kAnyDate)
        f.createdFrom = m_from->date();
    if (m_to->date() > kAnyDate)
        f.createdTo = m_to->date();
    f.minAmount = m_minAmount->value().value_or(-1);
    f.maxAmount = m_maxAmount->value().value_or(-1);
    const int status = m_statusVisible ? m_status->currentData().toInt() : int(Deal::Status::Open);
    if (status >= 0)
        f.status = Deal::Status(status);
    return f;
}

bool DealFilterBar::isFiltering() const
{
    const DealFilter f = filter();
    return !f.text.isEmpty() || !f.responsible.isEmpty() || !f.source.isEmpty() ||
           !f.clientTag.isEmpty() || f.createdFrom.isValid() || f.createdTo.isValid() ||
           f.minAmount >= 0 || f.maxAmount >= 0 ||
           (m_statusVisible && m_status->currentIndex() != 0);
}

void DealFilterBar::setStatusVisible(bool visible)
{
    m_statusVisible = visible;
    m_status->setVisible(visible);
}

void DealFilterBar::setChoices(const QStringList &responsibles, const QStringList &sources,
                               const QStringList &tags)
{
    fill(m_responsible, tr("Anyone"), responsibles);
    fill(m_source, tr("Any source"), sources);
    fill(m_tag, tr("Any tag"), tags);
}

void DealFilterBar::setAnyStatus()
{
    const QSignalBlocker block(m_status);
    m_status->setCurrentIndex(m_status->findData(-1));
}

void DealFilterBar::clear()
{
    const QSignalBlocker b1(m_search), b2(m_from), b3(m_to), b4(m_minAmount), b5(m_maxAmount);
    m_search->clear();
    m_responsible->setCurrentIndex(0);
    m_source->setCurrentIndex(0);
    m_tag->setCurrentIndex(0);
    m_from->setDate(kAnyDate);
    m_to->setDate(kAnyDate);
    m_minAmount->setValue(std::nullopt);
    m_maxAmount->setValue(std::nullopt);
    m_status->setCurrentIndex(0);
    m_reset->setEnabled(false);
}
