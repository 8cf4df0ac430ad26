#pragma once

#include <QDialog>

class ClientRepository;
class Database;
class DealRepository;
class Messenger;
class MoneyEdit;
class PipelineRepository;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// A new deal: the client (found by search, or the one it was started from),
// a title, where in which pipeline it starts, the amount and its kind. OK
// creates it; a refusal is reported and the dialog stays open.
class NewDealDialog : public QDialog
{
    Q_OBJECT

public:
    NewDealDialog(const Database &db, const ClientRepository &clients, Messenger &messenger,
                  QWidget *parent = nullptr);
    ~NewDealDialog() override;

    void setClient(qint64 id, const QString &name);
    void setPipeline(qint64 pipelineId);
    qint64 createdId() const { return m_createdId; }

    void accept() override;

private:
    void loadStages();
    void updateOk();

    const ClientRepository &m_clients;
    Messenger &m_messenger;
    std::unique_ptr<DealRepository> m_deals;
    std::unique_ptr<PipelineRepository> m_pipelines;
    qint64 m_clientId = 0;
    qint64 m_createdId = 0;
    QLabel *m_client;
    QPushButton *m_chooseClient;
    QLineEdit *m_title;
    QComboBox *m_pipeline;
    QComboBox *m_stage;
    MoneyEdit *m_amount;
    QComboBox *m_kind;
    QString m_currency; // of new deals, from the settings
    QDialogButtonBox *m_buttons;
};
