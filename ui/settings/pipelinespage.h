#pragma once

#include "deals/pipeline.h"

#include <QWidget>

class Database;
class Messenger;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

// Pipelines and their stages (name, probability, colour), and the route of
// tasks each stage gives a process deal.
class PipelinesPage : public QWidget
{
    Q_OBJECT

public:
    PipelinesPage(const Database &db, Messenger &messenger, QWidget *parent = nullptr);

private:
    void reload(qint64 selectPipeline);
    void showPipeline();
    void addPipeline();
    void renamePipeline();
    void removePipeline();
    void addStage();
    void removeStage();
    void moveStage(int delta);
    void saveStages();
    void showRoute();
    void addStep();
    void removeStep();
    void saveRoute();
    qint64 currentStageId() const;

    const Database &m_db;
    Messenger &m_messenger;
    QList<Pipeline> m_pipelines;
    QComboBox *m_pipeline;
    QTableWidget *m_stages;
    QPushButton *m_saveStages;
    QLabel *m_routeTitle;
    QTableWidget *m_route;
    QPushButton *m_addStep;
    QPushButton *m_removeStep;
    QPushButton *m_saveRoute;
    bool m_loading = false;
};
