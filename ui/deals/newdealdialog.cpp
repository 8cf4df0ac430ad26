#include "newdealdialog.h"

#include "clients/clientpickerdialog.h"
#include "common/messenger.h"
#include "common/moneyedit.h"
#include "deals/dealrepository.h"
#include "deals/pipelinerepository.h"
#include "settings/businesssettings.h"
#include "settings/settingsrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewDealDialog::NewDealDialog(const Database &db, const ClientRepository &clients,
                             Messenger &messenger, QWidget *parent)
    : QDialog(parent), m_clients(clients), m_messenger(messenger),
      m_deals(std::make_unique<DealRepository>(db)),
      m_pipelines(std::make_unique<PipelineRepository>(db)), m_client(new QLabel(this)),
      m_chooseClient(new QPushButton(tr("C&hoose…"), this)), m_title(new QLineEdit(this)),
      m_pipeline(new QComboBox(this)), m_stage(new QComboBox(this)), m_amount(new MoneyEdit(this)),
      m_kind(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newDealDialog"));
    setWindowTitle(tr("New deal"));
    SettingsRepository settings(db);
    m_currency = BusinessSettings(settings).value(QStringLiteral("currency"));
    m_client->setObjectName(QStringLiteral("newDealClientLabel"));
    m_chooseClient->setObjectName(QStringLiteral("chooseClientPushButton"));
    m_title->setObjectName(QStringLiteral("newDealTitleLineEdit"));
    m_pipeline->setObjectName(QStringLiteral("pipelineComboBox"));
    m_stage->setObjectName(QStringLiteral("newDealStageComboBox"));
    m_amount->setObjectName(QStringLiteral("newDealAmountMoneyEdit"));
    m_kind->setObjectName(QStringLiteral("newDealKindComboBox"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create deal"));

    m_client->setText(tr("not chosen"));
    m_title->setPlaceholderText(tr("What is sold, e.g. Laptops for the new office"));
    m_amount->setPlaceholderText(tr("potential amount, ₽"));
    for (const Pipeline &p : m_pipelines->pipelines())
        m_pipeline->addItem(p.name, p.id);
    m_kind->addItem(tr("Manual"), int(Deal::Kind::Manual));
    m_kind->setItemData(0, tr("Moved from stage to stage by hand"), Qt::ToolTipRole);
    m_kind->addItem(tr("Process"), int(Deal::Kind::Process));
    m_kind->setItemData(1, tr("Each stage gives tasks; done, they move the deal on"),
                        Qt::ToolTipRole);
    m_kind->addItem(tr("Simple"), int(Deal::Kind::Simple));
    m_kind->setItemData(2, tr("Only the start and the end are recorded"), Qt::ToolTipRole);

    auto *clientRow = new QHBoxLayout;
    clientRow->addWidget(m_client, 1);
    clientRow->addWidget(m_chooseClient);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Client:"), clientRow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Pipeline:"), m_pipeline);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Kind:"), m_kind);
    // One pipeline is the usual case: no choice to make.
    form->setRowVisible(m_pipeline, m_pipeline->count() > 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_pipeline, &QComboBox::currentIndexChanged, this, &NewDealDialog::loadStages);
    connect(m_title, &QLineEdit::textChanged, this, &NewDealDialog::updateOk);
    connect(m_amount, &MoneyEdit::edited, this, &NewDealDialog::updateOk);
    connect(m_chooseClient, &QPushButton::clicked, this, [this] {
        ClientPickerDialog picker(m_clients, 0, false, this);
        if (picker.exec() == QDialog::Accepted && picker.selectedId() != 0)
            setClient(picker.selectedId(), picker.selectedName());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewDealDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadStages();
    updateOk();
    resize(480, sizeHint().height());
}

NewDealDialog::~NewDealDialog() = default;

void NewDealDialog::setClient(qint64 id, const QString &name)
{
    m_clientId = id;
    m_client->setText(name);
    updateOk();
    m_title->setFocus();
}

void NewDealDialog::setPipeline(qint64 pipelineId)
{
    m_pipeline->setCurrentIndex(std::max(0, m_pipeline->findData(pipelineId)));
}

void NewDealDialog::loadStages()
{
    m_stage->clear();
    if (const auto p = m_pipelines->pipeline(m_pipeline->currentData().toLongLong()))
        for (const Stage &s : p->stages)
            m_stage->addItem(tr("%1 (%2 %)").arg(s.name).arg(s.probability), s.id);
}

void NewDealDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_clientId != 0 && !m_title->text().trimmed().isEmpty() &&
                     m_amount->isAcceptable() && m_stage->count() > 0);
}

void NewDealDialog::accept()
{
    Deal d;
    d.clientId = m_clientId;
    d.title = m_title->text().trimmed();
    d.pipelineId = m_pipeline->currentData().toLongLong();
    d.stageId = m_stage->currentData().toLongLong();
    d.amount = m_amount->value().value_or(0);
    d.currency = m_currency;
    d.kind = Deal::Kind(m_kind->currentData().toInt());
    QString error;
    if (!m_deals->create(d, &error)) {
        m_messenger.error(this, tr("Cannot create the deal"), error);
        return;
    }
    m_createdId = d.id;
    QDialog::accept();
}
