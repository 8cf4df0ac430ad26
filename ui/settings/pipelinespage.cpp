#include "pipelinespage.h"

#include "common/messenger.h"
#include "deals/pipelinerepository.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum StageColumn
{
    StageName,
    StageProbability,
    StageColor,
    StageColumns
};
enum StepColumn
{
    StepTitle,
    StepDueDays,
    StepRequired,
    StepColumns
};
constexpr int IdRole = Qt::UserRole;

QPushButton *button(const char *icon, const QString &text, const char *name)
{
    auto *b = new QPushButton(QIcon::fromTheme(QLatin1String(icon)), text);
    b->setObjectName(QLatin1String(name));
    return b;
}

QTableWidgetItem *number(int value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

PipelinesPage::PipelinesPage(const Database &db, Messenger &messenger, QWidget *parent)
    : QWidget(parent), m_db(db), m_messenger(messenger), m_pipeline(new QComboBox),
      m_stages(new QTableWidget(0, StageColumns)),
      m_saveStages(button("document-save", tr("&Save stages"), "saveStagesPushButton")),
      m_routeTitle(new QLabel), m_route(new QTableWidget(0, StepColumns)),
      m_addStep(button("list-add", tr("Add s&tep"), "addStepPushButton")),
      m_removeStep(button("list-remove", tr("Remove st&ep"), "removeStepPushButton")),
      m_saveRoute(button("document-save", tr("Save ro&ute"), "saveRoutePushButton"))
{
    m_pipeline->setObjectName(QStringLiteral("pipelineComboBox"));
    m_stages->setObjectName(QStringLiteral("stagesTableWidget"));
    m_route->setObjectName(QStringLiteral("routeTableWidget"));
    m_stages->setHorizontalHeaderLabels({tr("Stage"), tr("Probability, %"), tr("Colour")});
    m_route->setHorizontalHeaderLabels({tr("Task"), tr("Due in days"), tr("Required")});
    for (QTableWidget *t : {m_stages, m_route}) {
        t->verticalHeader()->hide();
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }

    auto *top = new QHBoxLayout;
    auto *pipelineLabel = new QLabel(tr("&Pipeline:"));
    pipelineLabel->setBuddy(m_pipeline);
    top->addWidget(pipelineLabel);
    top->addWidget(m_pipeline, 1);
    QPushButton *add = button("list-add", tr("&New…"), "addPipelinePushButton");
    QPushButton *rename = button("edit-rename", tr("Re&name"), "renamePipelinePushButton");
    QPushButton *remove = button("edit-delete", tr("&Delete"), "removePipelinePushButton");
    top->addWidget(add);
    top->addWidget(rename);
    top->addWidget(remove);

    auto *stagesBox = new QGroupBox(tr("Stages, in order; won and lost close every pipeline"));
    auto *stageButtons = new QHBoxLayout;
    QPushButton *addStage = button("list-add", tr("&Add stage"), "addStagePushButton");
    QPushButton *removeStage = button("list-remove", tr("&Remove stage"), "removeStagePushButton");
    QPushButton *up = button("go-up", tr("&Up"), "stageUpPushButton");
    QPushButton *down = button("go-down", tr("Do&wn"), "stageDownPushButton");
    for (QPushButton *b : {addStage, removeStage, up, down})
        stageButtons->addWidget(b);
    stageButtons->addStretch(1);
    stageButtons->addWidget(m_saveStages);
    auto *stagesLayout = new QVBoxLayout(stagesBox);
    stagesLayout->addWidget(m_stages, 1);
    stagesLayout->addLayout(stageButtons);

    auto *routeBox = new QGroupBox(tr("Route for process deals"));
    m_routeTitle->setWordWrap(true);
    auto *routeButtons = new QHBoxLayout;
    routeButtons->addWidget(m_addStep);
    routeButtons->addWidget(m_removeStep);
    routeButtons->addStretch(1);
    routeButtons->addWidget(m_saveRoute);
    auto *routeLayout = new QVBoxLayout(routeBox);
    routeLayout->addWidget(m_routeTitle);
    routeLayout->addWidget(m_route, 1);
    routeLayout->addLayout(routeButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    // Seven stages and more want room; a route has a few steps.
    m_route->setMaximumHeight(m_route->horizontalHeader()->sizeHint().height() +
                              4 * m_route->verticalHeader()->defaultSectionSize());
    layout->addWidget(stagesBox, 1);
    layout->addWidget(routeBox);

    connect(m_pipeline, &QComboBox::currentIndexChanged, this, &PipelinesPage::showPipeline);
    connect(add, &QPushButton::clicked, this, &PipelinesPage::addPipeline);
    connect(rename, &QPushButton::clicked, this, &PipelinesPage::renamePipeline);
    connect(remove, &QPushButton::clicked, this, &PipelinesPage::removePipeline);
    connect(addStage, &QPushButton::clicked, this, &PipelinesPage::addStage);
    connect(removeStage, &QPushButton::clicked, this, &PipelinesPage::removeStage);
    connect(up, &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveStage(1); });
    connect(m_saveStages, &QPushButton::clicked, this, &PipelinesPage::saveStages);
    connect(m_stages, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            m_saveStages->setEnabled(true);
    });
    connect(m_stages, &QTableWidget::itemSelectionChanged, this, &PipelinesPage::showRoute);
    connect(m_addStep, &QPushButton::clicked, this, &PipelinesPage::addStep);
    connect(m_removeStep, &QPushButton::clicked, this, &PipelinesPage::removeStep);
    connect(m_saveRoute, &QPushButton::clicked, this, &PipelinesPage::saveRoute);
    connect(m_route, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            m_saveRoute->setEnabled(true);
    });
    reload(0);
}

void PipelinesPage::reload(qint64 selectPipeline)
{
    m_loading = true;
    m_pipelines = PipelineRepository(m_db).pipelines();
    m_pipeline->clear();
    int index = 0;
    for (int i = 0; i < m_pipelines.size(); ++i) {
        m_pipeline->addItem(m_pipelines.at(i).name, m_pipelines.at(i).id);
        if (m_pipelines.at(i).id == selectPipeline)
            index = i;
    }
    m_loading = false;
    m_pipeline->setCurrentIndex(index);
    showPipeline();
}

void PipelinesPage::showPipeline()
{
    if (m_loading)
        return;
    m_loading = true;
    const int index = m_pipeline->currentIndex();
    const QList<Stage> stages = index >= 0 ? m_pipelines.at(index).stages : QList<Stage>();
    m_stages->setRowCount(int(stages.size()));
    for (int row = 0; row < stages.size(); ++row) {
        const Stage &s = stages.at(row);
        auto *name = new QTableWidgetItem(s.name);
        name->setData(IdRole, s.id);
        m_stages->setItem(row, StageName, name);
        m_stages->setItem(row, StageProbability, number(s.probability));
        auto *color = new QTableWidgetItem(s.color);
        if (QColor(s.color).isValid())
            color->setData(Qt::DecorationRole, QColor(s.color));
        m_stages->setItem(row, StageColor, color);
    }
    m_saveStages->setEnabled(false);
    m_loading = false;
    showRoute();
}

void PipelinesPage::addPipeline()
{
    Pipeline p;
    p.name = tr("New pipeline %1").arg(m_pipelines.size() + 1);
    // A new pipeline starts with the stages of the current one, renamed at will.
    const int index = m_pipeline->currentIndex();
    for (Stage s : index >= 0 ? m_pipelines.at(index).stages : QList<Stage>()) {
        s.id = 0;
        p.stages << s;
    }
    if (p.stages.isEmpty())
        p.stages << Stage{0, 0, tr("First contact"), 0, 10, QString()};
    QString error;
    if (!PipelineRepository(m_db).save(p, &error)) {
        m_messenger.error(this, tr("Pipelines"), error);
        return;
    }
    reload(p.id);
    m_pipeline->setEditable(true);
    m_pipeline->lineEdit()->selectAll();
    m_pipeline->setFocus();
    connect(m_pipeline->lineEdit(), &QLineEdit::editingFinished, this,
            &PipelinesPage::renamePipeline, Qt::SingleShotConnection);
}

void PipelinesPage::renamePipeline()
{
    const int index = m_pipeline->currentIndex();
    if (index < 0)
        return;
    if (!m_pipeline->isEditable()) {
        // Rename in place: the combo's own line edit, committed on Enter or leaving it.
        m_pipeline->setEditable(true);
        m_pipeline->lineEdit()->selectAll();
        m_pipeline->setFocus();
        connect(m_pipeline->lineEdit(), &QLineEdit::editingFinished, this,
                &PipelinesPage::renamePipeline, Qt::SingleShotConnection);
        return;
    }
    Pipeline p = m_pipelines.at(index);
    p.name = m_pipeline->currentText();
    m_pipeline->setEditable(false);
    QString error;
    if (!PipelineRepository(m_db).save(p, &error))
        m_messenger.error(this, tr("Pipelines"), error);
    reload(p.id);
}

void PipelinesPage::removePipeline()
{
    const int index = m_pipeline->currentIndex();
    if (index < 0)
        return;
    if (m_pipelines.size() == 1) {
        m_messenger.error(this, tr("Pipelines"), tr("The last pipeline cannot be deleted."));
        return;
    }
    const Pipeline &p = m_pipelines.at(index);
    if (!m_messenger.confirm(this, tr("Delete pipeline"),
                             tr("Delete the pipeline \"%1\" with its stages?").arg(p.name),
                             tr("&Delete")))
        return;
    QString error;
    if (!PipelineRepository(m_db).remove(p.id, &error))
        m_messenger.error(this, tr("Pipelines"), error);
    reload(0);
}

void PipelinesPage::addStage()
{
    const int row = m_stages->rowCount();
    m_stages->insertRow(row);
    m_stages->setItem(row, StageName, new QTableWidgetItem(tr("New stage")));
    m_stages->setItem(row, StageProbability, number(50));
    m_stages->setItem(row, StageColor, new QTableWidgetItem);
    m_stages->setCurrentCell(row, StageName);
    m_stages->editItem(m_stages->item(row, StageName));
    m_saveStages->setEnabled(true);
}

void PipelinesPage::removeStage()
{
    const int row = m_stages->currentRow();
    if (row < 0)
        return;
    m_stages->removeRow(row);
    m_saveStages->setEnabled(true);
}

void PipelinesPage::moveStage(int delta)
{
    const int row = m_stages->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_stages->rowCount())
        return;
    m_loading = true;
    for (int column = 0; column < StageColumns; ++column) {
        QTableWidgetItem *a = m_stages->takeItem(row, column);
        QTableWidgetItem *b = m_stages->takeItem(to, column);
        m_stages->setItem(row, column, b);
        m_stages->setItem(to, column, a);
    }
    m_loading = false;
    m_stages->setCurrentCell(to, StageName);
    m_saveStages->setEnabled(true);
}

void PipelinesPage::saveStages()
{
    const int index = m_pipeline->currentIndex();
    if (index < 0)
        return;
    Pipeline p = m_pipelines.at(index);
    p.stages.clear();
    for (int row = 0; row < m_stages->rowCount(); ++row) {
        Stage s;
        s.id = m_stages->item(row, StageName)->data(IdRole).toLongLong();
        s.name = m_stages->item(row, StageName)->text();
        s.probability = m_stages->item(row, StageProbability)->data(Qt::EditRole).toInt();
        s.color = m_stages->item(row, StageColor)->text().trimmed();
        p.stages << s;
    }
    QString error;
    if (!PipelineRepository(m_db).save(p, &error)) {
        m_messenger.error(this, tr("Pipelines"), error);
        return;
    }
    reload(p.id);
}

qint64 PipelinesPage::currentStageId() const
{
    const int row = m_stages->currentRow();
    return row < 0 || !m_stages->item(row, StageName)
               ? 0
               : m_stages->item(row, StageName)->data(IdRole).toLongLong();
}

void PipelinesPage::showRoute()
{
    m_loading = true;
    const qint64 stage = currentStageId();
    const int row = m_stages->currentRow();
    m_route->setRowCount(0);
    if (stage == 0) {
        m_routeTitle->setText(row < 0 ? tr("Choose a stage to see the tasks a process deal gets "
                                           "when it enters it.")
                                      : tr("Save the stages first to give the new one a route."));
    } else {
        m_routeTitle->setText(tr("Tasks a process deal gets when it enters \"%1\"; it moves on "
                                 "by itself when the required ones are done.")
                                  .arg(m_stages->item(row, StageName)->text()));
        const QList<RouteStep> steps = PipelineRepository(m_db).routeSteps(stage);
        m_route->setRowCount(int(steps.size()));
        for (int i = 0; i < steps.size(); ++i) {
            auto *title = new QTableWidgetItem(steps.at(i).title);
            title->setData(IdRole, steps.at(i).id);
            m_route->setItem(i, StepTitle, title);
            m_route->setItem(i, StepDueDays, number(steps.at(i).dueDays));
            auto *required = new QTableWidgetItem;
            required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            required->setCheckState(steps.at(i).required ? Qt::Checked : Qt::Unchecked);
            m_route->setItem(i, StepRequired, required);
        }
    }
    for (QWidget *w : {static_cast<QWidget *>(m_route), static_cast<QWidget *>(m_addStep),
                       static_cast<QWidget *>(m_removeStep)})
        w->setEnabled(stage != 0);
    m_saveRoute->setEnabled(false);
    m_loading = false;
}

void PipelinesPage::addStep()
{
    const int row = m_route->rowCount();
    m_route->insertRow(row);
    m_route->setItem(row, StepTitle, new QTableWidgetItem(tr("New task")));
    m_route->setItem(row, StepDueDays, number(1));
    auto *required = new QTableWidgetItem;
    required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    required->setCheckState(Qt::Checked);
    m_route->setItem(row, StepRequired, required);
    m_route->setCurrentCell(row, StepTitle);
    m_route->editItem(m_route->item(row, StepTitle));
    m_saveRoute->setEnabled(true);
}

void PipelinesPage::removeStep()
{
    if (m_route->currentRow() < 0)
        return;
    m_route->removeRow(m_route->currentRow());
    m_saveRoute->setEnabled(true);
}

void PipelinesPage::saveRoute()
{
    const qint64 stage = currentStageId();
    if (stage == 0)
        return;
    QList<RouteStep> steps;
    for (int row = 0; row < m_route->rowCount(); ++row)
        steps.append({m_route->item(row, StepTitle)->data(IdRole).toLongLong(), stage,
                      m_route->item(row, StepTitle)->text(),
                      m_route->item(row, StepDueDays)->data(Qt::EditRole).toInt(),
                      m_route->item(row, StepRequired)->checkState() == Qt::Checked});
    QString error;
    if (!PipelineRepository(m_db).setRouteSteps(stage, steps, &error)) {
        m_messenger.error(this, tr("Pipelines"), error);
        return;
    }
    showRoute();
}
