#pragma once

#include <QDialog>

class Database;
class Messenger;

// Sales settings: pipelines with their stages and routes, loss reasons,
// the product catalogue. Every change is saved as it is made.
class SalesSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SalesSettingsDialog(const Database &db, Messenger &messenger, QWidget *parent = nullptr);
};
