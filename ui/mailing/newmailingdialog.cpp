#include "newmailingdialog.h"

#include "common/messenger.h"
#include "common/moneyedit.h"
#include "common/uiformat.h"
#include "documents/companyrepository.h"
#include "mailing/campaignrepository.h"
#include "mailing/messagetemplaterepository.h"
#include "mailing/segmentrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

NewMailingDialog::NewMailingDialog(const Database &db, Messenger &messenger, QString manager,
                                   QWidget *parent)
    : QDialog(parent), m_db(db), m_messenger(messenger), m_manager(std::move(manager)),
      m_name(new QLineEdit(this)), m_channel(new QComboBox(this)), m_template(new QComboBox(this)),
      m_fromFilter(new QRadioButton(tr("A se&gment or a filter"), this)),
      m_fromSelection(new QRadioButton(this)), m_filterPane(new QWidget(this)),
      m_filterText(new QLineEdit(this)), m_segment(new QComboBox(this)),
      m_region(new QLineEdit(this)), m_city(new QLineEdit(this)),
      m_importanceA(new QCheckBox(QStringLiteral("A"), this)),
      m_importanceB(new QCheckBox(QStringLiteral("B"), this)),
      m_importanceC(new QCheckBox(QStringLiteral("C"), this)), m_kind(new QComboBox(this)),
      m_tag(new QLineEdit(this)), m_source(new QLineEdit(this)), m_stage(new QLineEdit(this)),
      m_openDeal(new QCheckBox(tr("Has an open deal"), this)), m_noContactDays(new QSpinBox(this)),
      m_birthday(new QCheckBox(tr("Birthday this month"), this)), m_recipients(new QComboBox(this)),
      m_segmentName(new QLineEdit(this)), m_count(new QLabel(this)),
      m_now(new QRadioButton(tr("&Now"), this)), m_later(new QRadioButton(tr("&At:"), this)),
      m_at(new QDateTimeEdit(this)), m_rate(new QSpinBox(this)), m_cost(new MoneyEdit(this))
{
    setObjectName(QStringLiteral("newMailingDialog"));
    setWindowTitle(tr("New mailing"));
    m_name->setObjectName(QStringLiteral("mailingNameLineEdit"));
    m_channel->setObjectName(QStringLiteral("channelComboBox"));
    m_template->setObjectName(QStringLiteral("templateComboBox"));
    m_segment->setObjectName(QStringLiteral("segmentComboBox"));
    m_fromFilter->setObjectName(QStringLiteral("fromFilterRadioButton"));
    m_fromSelection->setObjectName(QStringLiteral("fromSelectionRadioButton"));
    m_filterText->setObjectName(QStringLiteral("filterTextLineEdit"));
    m_region->setObjectName(QStringLiteral("regionLineEdit"));
    m_city->setObjectName(QStringLiteral("cityLineEdit"));
    m_tag->setObjectName(QStringLiteral("tagLineEdit"));
    m_source->setObjectName(QStringLiteral("sourceLineEdit"));
    m_stage->setObjectName(QStringLiteral("stageLineEdit"));
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_noContactDays->setObjectName(QStringLiteral("noContactDaysSpinBox"));
    m_birthday->setObjectName(QStringLiteral("birthdayCheckBox"));
    m_openDeal->setObjectName(QStringLiteral("openDealCheckBox"));
    m_recipients->setObjectName(QStringLiteral("recipientsComboBox"));
    m_segmentName->setObjectName(QStringLiteral("segmentNameLineEdit"));
    m_count->setObjectName(QStringLiteral("audienceCountLabel"));
    m_now->setObjectName(QStringLiteral("nowRadioButton"));
    m_later->setObjectName(QStringLiteral("laterRadioButton"));
    m_at->setObjectName(QStringLiteral("atDateTimeEdit"));
    // Beside its radio button, with no label of its own for a screen reader.
    m_at->setAccessibleName(tr("Send at"));
    m_rate->setObjectName(QStringLiteral("rateSpinBox"));
    m_cost->setObjectName(QStringLiteral("costMoneyEdit"));

    m_channel->addItem(QIcon::fromTheme(QStringLiteral("mail-message")), tr("E-mail"),
                       QStringLiteral("email"));
    m_channel->addItem(QIcon::fromTheme(QStringLiteral("smartphone")), tr("SMS"),
                       QStringLiteral("sms"));
    m_segment->addItem(tr("A filter made here"), 0);
    for (const SegmentRepository::Segment &s : SegmentRepository(m_db).list())
        m_segment->addItem(s.name, s.id);
    m_kind->addItem(tr("Companies and persons"), QString());
    m_kind->addItem(tr("Companies"), QStringLiteral("company"));
    m_kind->addItem(tr("Persons"), QStringLiteral("person"));
    m_recipients->addItem(tr("The client and its contact persons"),
                          int(SegmentFilter::Recipients::All));
    m_recipients->addItem(tr("The client's own address"), int(SegmentFilter::Recipients::Clients));
    m_recipients->addItem(tr("Its contact persons"), int(SegmentFilter::Recipients::Contacts));
    m_noContactDays->setRange(0, 3650);
    m_noContactDays->setSpecialValueText(tr("any"));
    m_noContactDays->setSuffix(tr(" days"));
    m_segmentName->setPlaceholderText(tr("To keep the filter as a segment (optional)"));
    m_count->setWordWrap(true);
    m_count->setTextFormat(Qt::RichText); // a filter's error is escaped
    m_at->setDisplayFormat(UiFormat::dateTimeFormat());
    m_at->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_at->setCalendarPopup(true);
    m_now->setChecked(true);
    m_at->setEnabled(false);
    m_rate->setRange(1, 10000);
    m_rate->setValue(60);
    m_rate->setSuffix(tr(" a minute"));
    m_name->setPlaceholderText(tr("e.g. December offer"));

    m_filterText->setPlaceholderText(tr("e.g. city=Екатеринбург; importance=A,B"));
    m_filterText->setToolTip(
        tr("The filter as text, as clientele-cli segment add --filter reads it: terms joined by "
           "\";\" (region, city, importance, kind, tag, source, stage, open_deal, "
           "no_contact_days>=N, birthday=this_month, recipients)"));
    m_fromFilter->setChecked(true);
    m_fromSelection->hide();

    auto *filterBox = new QGroupBox(tr("Recipients"), this);
    auto *boxLayout = new QVBoxLayout(filterBox);
    auto *mode = new QHBoxLayout;
    mode->addWidget(m_fromFilter);
    mode->addWidget(m_fromSelection);
    mode->addStretch();
    boxLayout->addLayout(mode);
    auto *filterForm = new QFormLayout(m_filterPane);
    filterForm->setContentsMargins(0, 0, 0, 0);
    filterForm->addRow(tr("&Segment:"), m_segment);
    filterForm->addRow(tr("As te&xt:"), m_filterText);
    filterForm->addRow(tr("&Region:"), m_region);
    filterForm->addRow(tr("C&ity:"), m_city);
    auto *importance = new QHBoxLayout;
    for (QCheckBox *c : {m_importanceA, m_importanceB, m_importanceC})
        importance->addWidget(c);
    importance->addStretch();
    filterForm->addRow(tr("Importance:"), importance);
    filterForm->addRow(tr("&Kind:"), m_kind);
    filterForm->addRow(tr("&Tag:"), m_tag);
    filterForm->addRow(tr("Sour&ce:"), m_source);
    filterForm->addRow(tr("Open deal in s&tage:"), m_stage);
    filterForm->addRow(QString(), m_openDeal);
    filterForm->addRow(tr("No contact for:"), m_noContactDays);
    filterForm->addRow(QString(), m_birthday);
    filterForm->addRow(tr("Save as segment:"), m_segmentName);
    boxLayout->addWidget(m_filterPane);
    auto *sendTo = new QFormLayout;
    sendTo->addRow(tr("Send to:"), m_recipients);
    boxLayout->addLayout(sendTo);
    boxLayout->addWidget(m_count);
    boxLayout->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("Te&mplate:"), m_template);
    auto *when = new QHBoxLayout;
    when->addWidget(m_now);
    when->addWidget(m_later);
    when->addWidget(m_at, 1);
    form->addRow(tr("When:"), when);
    form->addRow(tr("&Pace:"), m_rate);
    form->addRow(tr("C&ost:"), m_cost);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createPushButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(filterBox, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &NewMailingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_later, &QRadioButton::toggled, m_at, &QWidget::setEnabled);
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        fillTemplates();
        recount();
    });
    connect(m_segment, &QComboBox::currentIndexChanged, this, &NewMailingDialog::loadSegment);
    for (QLineEdit *e : {m_region, m_city, m_tag, m_source, m_stage})
        connect(e, &QLineEdit::textChanged, this, &NewMailingDialog::recount);
    for (QCheckBox *c : {m_importanceA, m_importanceB, m_importanceC, m_openDeal, m_birthday})
        connect(c, &QCheckBox::toggled, this, &NewMailingDialog::recount);
    for (QComboBox *c : {m_kind, m_recipients})
        connect(c, &QComboBox::currentIndexChanged, this, &NewMailingDialog::recount);
    connect(m_noContactDays, &QSpinBox::valueChanged, this, &NewMailingDialog::recount);
    connect(m_filterText, &QLineEdit::textEdited, this, &NewMailingDialog::readFilterText);
    connect(m_fromSelection, &QRadioButton::toggled, this, &NewMailingDialog::updateMode);
    fillTemplates();
    recount();
    resize(560, 720);
}

QString NewMailingDialog::channel() const
{
    return m_channel->currentData().toString();
}

void NewMailingDialog::fillTemplates()
{
    m_template->clear();
    for (const MessageTemplate &t : MessageTemplateRepository(m_db).list(channel()))
        m_template->addItem(
            t.language.isEmpty() ? t.name : QStringLiteral("%1 (%2)").arg(t.name, t.language),
            t.name);
}

bool NewMailingDialog::toSelection() const
{
    return m_fromSelection->isChecked() && !m_selection.isEmpty();
}

void NewMailingDialog::setSelection(const QList<qint64> &clientIds)
{
    m_selection = clientIds;
    m_fromSelection->setText(
        tr("The %n client(s) selected in the list", "", int(clientIds.size())));
    m_fromSelection->setVisible(!clientIds.isEmpty());
    m_fromSelection->setChecked(!clientIds.isEmpty());
    updateMode();
}

void NewMailingDialog::updateMode()
{
    m_filterPane->setEnabled(!toSelection());
    m_filterPane->setVisible(!toSelection());
    recount();
}

void NewMailingDialog::readFilterText()
{
    QString error;
    const std::optional<SegmentFilter> f = SegmentFilter::parse(m_filterText->text(), &error);
    if (!f) {
        m_count->setText(tr("The filter is not understood: %1").arg(error.toHtmlEscaped()));
        return;
    }
    showFilter(*f);
}

void NewMailingDialog::showFilter(const SegmentFilter &f)
{
    m_filling = true;
    m_region->setText(f.region);
    m_city->setText(f.city);
    m_importanceA->setChecked(f.importance.contains(QStringLiteral("A")));
    m_importanceB->setChecked(f.importance.contains(QStringLiteral("B")));
    m_importanceC->setChecked(f.importance.contains(QStringLiteral("C")));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(f.kind)));
    m_tag->setText(f.tag);
    m_source->setText(f.source);
    m_stage->setText(f.stage);
    m_openDeal->setChecked(f.openDeal);
    m_noContactDays->setValue(f.noContactDays);
    m_birthday->setChecked(f.birthdayThisMonth);
    m_recipients->setCurrentIndex(qMax(0, m_recipients->findData(int(f.recipients))));
    m_filling = false;
    recount();
}

SegmentFilter NewMailingDialog::filter() const
{
    SegmentFilter f;
    f.recipients = SegmentFilter::Recipients(m_recipients->currentData().toInt());
    if (toSelection()) {
        f.clientIds = m_selection;
        return f;
    }
    f.region = m_region->text().trimmed();
    f.city = m_city->text().trimmed();
    const QList<QPair<QCheckBox *, QString>> importance = {{m_importanceA, QStringLiteral("A")},
                                                           {m_importanceB, QStringLiteral("B")},
                                                           {m_importanceC, QStringLiteral("C")}};
    for (const auto &[box, letter] : importance)
        if (box->isChecked())
            f.importance << letter;
    f.kind = m_kind->currentData().toString();
    f.tag = m_tag->text().trimmed();
    f.source = m_source->text().trimmed();
    f.stage = m_stage->text().trimmed();
    f.openDeal = m_openDeal->isChecked();
    f.noContactDays = m_noContactDays->value();
    f.birthdayThisMonth = m_birthday->isChecked();
    return f;
}

void NewMailingDialog::loadSegment()
{
    const qint64 id = m_segment->currentData().toLongLong();
    if (!id)
        return;
    const auto segment = SegmentRepository(m_db).load(id);
    if (!segment)
        return;
    showFilter(segment->filter);
}

void NewMailingDialog::recount()
{
    if (m_filling)
        return;
    // A change made by hand is a new filter, no longer the saved segment.
    const qint64 id = toSelection() ? 0 : m_segment->currentData().toLongLong();
    if (id) {
        const auto segment = SegmentRepository(m_db).load(id);
        if (segment && !(segment->filter == filter())) {
            const QSignalBlocker block(m_segment);
            m_segment->setCurrentIndex(0);
        }
    }
    if (!m_filterText->hasFocus())
        m_filterText->setText(filter().toText());
    m_audience = SegmentRepository(m_db).audience(filter(), channel(), m_manager);
    QStringList left;
    const QList<QPair<QString, QString>> reasons = {
        {QStringLiteral("opted_out"), tr("opted out")},
        {QStringLiteral("no_address"), tr("no address")},
        {QStringLiteral("duplicate"), tr("same address as another")}};
    for (const auto &[reason, text] : reasons)
        if (const int n = m_audience.excludedFor(reason))
            left << QStringLiteral("%1 %2").arg(QLocale().toString(n), text);
    QString text = tr("<b>%n recipient(s)</b>", "", int(m_audience.recipients.size()));
    if (!left.isEmpty())
        text += QStringLiteral("; ") + tr("left out: %1").arg(left.join(QStringLiteral(", ")));
    m_count->setText(text);
}

void NewMailingDialog::accept()
{
    QStringList problems;
    if (m_name->text().trimmed().isEmpty())
        problems << tr("The mailing needs a name.");
    if (m_template->currentIndex() < 0)
        problems << tr("Choose a template.");
    if (m_audience.recipients.isEmpty())
        problems << tr("Nobody is left to send to: change the filter.");
    if (!m_cost->isAcceptable())
        problems << tr("The cost is not an amount.");
    if (m_later->isChecked() && m_at->dateTime() <= QDateTime::currentDateTime())
        problems << tr("The time of sending has passed.");
    if (!problems.isEmpty()) {
        m_messenger.error(this, tr("Cannot create the mailing"), problems.join(QLatin1Char('\n')));
        return;
    }
    const auto messageTemplate =
        MessageTemplateRepository(m_db).find(channel(), m_template->currentData().toString());
    if (!messageTemplate)
        return;
    QString error;
    SegmentRepository segments(m_db);
    Campaign c;
    c.name = m_name->text().trimmed();
    c.channel = channel();
    c.ratePerMinute = m_rate->value();
    c.cost = m_cost->value().value_or(0);
    if (m_later->isChecked())
        c.scheduledAt = m_at->dateTime().toUTC().toString(Qt::ISODate);
    if (toSelection()) {
        c.segmentName = tr("%n selected client(s)", "", int(m_selection.size()));
    } else if (const qint64 id = m_segment->currentData().toLongLong()) {
        c.segmentId = id;
        c.segmentName = m_segment->currentText();
    } else if (!m_segmentName->text().trimmed().isEmpty()) {
        SegmentRepository::Segment s;
        s.name = m_segmentName->text().trimmed();
        s.filter = filter();
        if (!segments.save(s, &error)) {
            m_messenger.error(this, tr("Cannot save the segment"), error);
            return;
        }
        c.segmentId = s.id;
        c.segmentName = s.name;
    }
    if (!CampaignRepository(m_db).create(c, *messageTemplate, m_audience,
                                         CompanyRepository(m_db).profile(), &error)) {
        m_messenger.error(this, tr("Cannot create the mailing"), error);
        return;
    }
    m_campaignId = c.id;
    QDialog::accept();
}
