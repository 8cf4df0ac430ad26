#pragma once

#include "documents/companyimage.h"

#include "settingspage.h"

#include <QHash>
#include <QList>
#include <optional>

class Database;
class Messenger;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

// Settings → Our company: our requisites and the logo, signature and stamp
// (kept when the settings are applied), and the proposal templates
// (each saved or restored by its own button).
class CompanySettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    CompanySettingsPage(const Database &db, Messenger &messenger, QWidget *parent = nullptr);

    // Saves the requisites and images.
    bool apply() override;
    // As the image buttons do, without the file dialog.
    bool chooseImage(CompanyImage::Kind kind, const QString &path);
    void removeImage(CompanyImage::Kind kind);

private:
    QWidget *createRequisitesTab();
    QWidget *createTemplatesTab();
    void showImage(CompanyImage::Kind kind, const QByteArray &data);
    void fillTemplates(const QString &select = {});
    void showTemplate();
    void saveTemplate();
    void saveTemplateAs();
    void removeTemplate();
    QString currentTemplateName() const;

    const Database &m_db;
    Messenger &m_messenger;
    QTabWidget *m_tabs;
    QHash<QString, QLineEdit *> m_fields; // by CompanyProfile::Field::key
    QHash<CompanyImage::Kind, QLabel *> m_thumbnails;
    QHash<CompanyImage::Kind, QPushButton *> m_removeButtons;
    // Images chosen or removed (empty) since the dialog opened.
    QHash<CompanyImage::Kind, QByteArray> m_changedImages;

    QListWidget *m_templates = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QListWidget *m_fieldList = nullptr;
    QPushButton *m_saveTemplate = nullptr;
    QPushButton *m_saveTemplateAs = nullptr;
    QPushButton *m_removeTemplate = nullptr;
};
