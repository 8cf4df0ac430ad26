#pragma once

#include "settingspage.h"

class Database;
class QComboBox;
class ProblemLabel;
class QLabel;

// Settings → General. For the person at this screen (QSettings, through
// LocalSettings and CurrentUser): language, light or dark, who they are and
// where the program opens. For the base (BusinessSettings): the country of
// phone numbers typed without a code, and the currency of new deals.
class GeneralSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    GeneralSettingsPage(const Database &db, const QString &currentUser, QWidget *parent = nullptr);

    bool apply() override;

Q_SIGNALS:
    void userChanged(const QString &name);

private:
    void fillRegions(const QString &current);

    const Database &m_db;
    QString m_user;
    QComboBox *m_language;
    QComboBox *m_theme;
    QComboBox *m_userName;
    QComboBox *m_start;
    QComboBox *m_region;
    QComboBox *m_currency;
    QLabel *m_restartNote;
    ProblemLabel *m_problem;
};
