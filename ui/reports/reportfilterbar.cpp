#include "reportfilterbar.h"

#include "clients/clientrepository.h"
#include "common/uiformat.h"
#include "deals/dealrepository.h"
#include "deals/pipelinerepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>
#include <algorithm>

ReportFilterBar::ReportFilterBar(const Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_period(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_pipeline(new QComboBox(this)),
      m_responsible(new QComboBox(this)), m_source(new QComboBox(this)),
      m_region(new QComboBox(this)), m_importance(new QComboBox(this)), m_tag(new QComboBox(this)),
      m_reset(new QToolButton(this))
{
    setObjectName(QStringLiteral("reportFilterBarWidget"));
    m_period->setObjectName(QStringLiteral("periodComboBox"));
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_pipeline->setObjectName(QStringLiteral("reportPipelineComboBox"));
    m_responsible->setObjectName(QStringLiteral("reportResponsibleComboBox"));
    m_source->setObjectName(QStringLiteral("reportSourceComboBox"));
    m_region->setObjectName(QStringLiteral("reportRegionComboBox"));
    m_importance->setObjectName(QStringLiteral("reportImportanceComboBox"));
    m_tag->setObjectName(QStringLiteral("reportTagComboBox"));
    m_reset->setObjectName(QStringLiteral("resetFiltersToolButton"));

    m_period->addItem(tr("This month"), ThisMonth);
    m_period->addItem(tr("Last month"), LastMonth);
    m_period->addItem(tr("This quarter"), ThisQuarter);
    m_period->addItem(tr("This year"), ThisYear);
    m_period->addItem(tr("Custom"), Custom);
    m_period->setToolTip(tr("The period of the report"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(UiFormat::dateFormat());
    }
    m_from->setToolTip(tr("First day of the period"));
    m_to->setToolTip(tr("Last day of the period"));
    m_pipeline->setToolTip(tr("Pipeline"));
    m_responsible->setToolTip(tr("Responsible"));
    m_source->setToolTip(tr("Source of the deal"));
    m_region->setToolTip(tr("Client's region"));
    m_importance->setToolTip(tr("Client's importance"));
    m_tag->setToolTip(tr("Client's tag"));
    m_reset->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear-all"),
                                      QIcon::fromTheme(QStringLiteral("edit-clear"))));
    m_reset->setText(tr("Reset")); // shown where the theme has no icon
    m_reset->setToolTip(tr("Show every deal of the period"));
    for (QComboBox *box : {m_pipeline, m_responsible, m_source, m_region, m_importance, m_tag})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *periodRow = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    periodRow->addWidget(periodLabel);
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(QStringLiteral("–"), this));
    periodRow->addWidget(m_to);
    periodRow->addSpacing(12);
    periodRow->addWidget(m_pipeline);
    periodRow->addStretch();
    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Deals of:"), this);
    filterRow->addWidget(filterLabel);
    for (QComboBox *box : {m_responsible, m_source, m_region, m_importance, m_tag})
        filterRow->addWidget(box);
    filterRow->addWidget(m_reset);
    filterRow->addStretch();
    layout->addLayout(periodRow, 0, 0);
    layout->addLayout(filterRow, 1, 0);

    loadChoices();
    setPeriod(ThisMonth);

    connect(m_period, &QComboBox::activated, this, &ReportFilterBar::periodChosen);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_period->currentData().toInt() != Custom) {
                const QSignalBlocker block(m_period);
                m_period->setCurrentIndex(m_period->findData(Custom));
            }
            Q_EMIT filterChanged();
        });
    for (QComboBox *box : {m_pipeline, m_responsible, m_source, m_region, m_importance, m_tag})
        connect(box, &QComboBox::activated, this, &ReportFilterBar::filterChanged);
    connect(m_reset, &QToolButton::clicked, this, [this] {
        for (QComboBox *box : {m_responsible, m_source, m_region, m_importance, m_tag})
            box->setCurrentIndex(0);
        Q_EMIT filterChanged();
    });
}

void ReportFilterBar::fill(QComboBox *box, const QString &any, const QStringList &values)
{
    const QString current = box->currentData().toString();
    box->clear();
    box->addItem(any, QString());
    for (const QString &v : values)
        if (!v.isEmpty())
            box->addItem(v, v);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

void ReportFilterBar::loadChoices()
{
    const qint64 pipeline = m_pipeline->currentData().toLongLong();
    m_pipeline->clear();
    if (!m_pipelineRequired)
        m_pipeline->addItem(tr("All pipelines"), qint64(0));
    for (const Pipeline &p : PipelineRepository(m_db).pipelines())
        m_pipeline->addItem(p.name, p.id);
    m_pipeline->setCurrentIndex(std::max(0, m_pipeline->findData(pipeline)));

    const DealRepository deals(m_db);
    const ClientRepository clients(m_db);
    fill(m_responsible, tr("Any responsible"), deals.responsibles());
    fill(m_source, tr("Any source"), deals.sources());
    fill(m_region, tr("Any region"), clients.regions());
    QStringList tags;
    for (const auto &[id, name] : clients.tags())
        tags << name;
    fill(m_tag, tr("Any tag"), tags);
    const QString importance = m_importance->currentData().toString();
    m_importance->clear();
    m_importance->addItem(tr("Any importance"), QString());
    for (const QString &grade : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
        m_importance->addItem(tr("Importance %1").arg(grade), grade);
    m_importance->setCurrentIndex(std::max(0, m_importance->findData(importance)));
}

void ReportFilterBar::setPipelineRequired(bool required)
{
    if (required == m_pipelineRequired)
        return;
    m_pipelineRequired = required;
    const qint64 pipeline = m_pipeline->currentData().toLongLong();
    if (required) {
        const int all = m_pipeline->findData(qint64(0));
        if (all >= 0)
            m_pipeline->removeItem(all);
    } else {
        m_pipeline->insertItem(0, tr("All pipelines"), qint64(0));
    }
    m_pipeline->setCurrentIndex(std::max(0, m_pipeline->findData(pipeline)));
}

void ReportFilterBar::setDealFiltersShown(bool shown)
{
    m_dealFilters = shown;
    m_pipeline->setVisible(shown);
    m_source->setVisible(shown);
}

void ReportFilterBar::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(period));
    periodChosen();
}

void ReportFilterBar::setPeriod(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_period->setCurrentIndex(m_period->findData(Custom));
    m_from->setDate(from);
    m_to->setDate(to);
    Q_EMIT filterChanged();
}

void ReportFilterBar::periodChosen()
{
    const QDate today = QDate::currentDate();
    const QDate month(today.year(), today.month(), 1);
    const QDate quarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    const QDate year(today.year(), 1, 1);
    QDate from;
    QDate to;
    switch (m_period->currentData().toInt()) {
    case ThisMonth:
        from = month;
        to = month.addMonths(1).addDays(-1);
        break;
    case LastMonth:
        from = month.addMonths(-1);
        to = month.addDays(-1);
        break;
    case ThisQuarter:
        from = quarter;
        to = quarter.addMonths(3).addDays(-1);
        break;
    case ThisYear:
        from = year;
        to = year.addYears(1).addDays(-1);
        break;
    default: // Custom: the dates shown stay
        Q_EMIT filterChanged();
        return;
    }
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    Q_EMIT filterChanged();
}

ReportFilter ReportFilterBar::filter() const
{
    ReportFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.pipelineId = m_dealFilters ? m_pipeline->currentData().toLongLong() : 0;
    f.responsible = m_responsible->currentData().toString();
    f.source = m_dealFilters ? m_source->currentData().toString() : QString();
    f.region = m_region->currentData().toString();
    f.importance = m_importance->currentData().toString();
    f.tag = m_tag->currentData().toString();
    return f;
}

QString ReportFilterBar::describe() const
{
    const QLocale locale;
    QStringList parts{
        QStringLiteral("%1 – %2").arg(locale.toString(m_from->date(), QLocale::ShortFormat),
                                      locale.toString(m_to->date(), QLocale::ShortFormat))};
    if (m_dealFilters && m_pipeline->count() > 0)
        parts << tr("Pipeline: %1").arg(m_pipeline->currentText());
    const QList<QPair<QString, QComboBox *>> named = {{tr("Responsible: %1"), m_responsible},
                                                      {tr("Source: %1"), m_source},
                                                      {tr("Region: %1"), m_region},
                                                      {tr("Importance: %1"), m_importance},
                                                      {tr("Tag: %1"), m_tag}};
    for (const auto &[label, box] : named)
        if (box->currentIndex() > 0 && box->isVisibleTo(this))
            parts << label.arg(box->currentData().toString());
    return parts.join(QStringLiteral("; "));
}
