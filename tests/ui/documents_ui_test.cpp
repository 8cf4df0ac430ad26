// The company settings dialog and the proposal dialog, driven as a person
// would under the offscreen platform.
#include "catchqt.h"
#include "proposalfixture.h"
#include "testdatabase.h"
#include "testmessenger.h"

#include "clients/attachmentrepository.h"
#include "deals/proposaldialog.h"
#include "documents/companyrepository.h"
#include "documents/documenttemplaterepository.h"
#include "interactions/interactionrepository.h"
#include "settings/companysettingspage.h"
#include "settings/settingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Cyrillic goes as key events with text, as an input method sends it.
void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
}

void clickSave(QDialog *dialog)
{
    auto *buttons = child<QDialogButtonBox>(dialog, "settingsButtonBox");
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}
} // namespace

TEST_CASE("Company settings save the requisites typed in and the images chosen", "[ui][documents]")
{
    TestDatabase t;
    TestMessenger messenger;
    QTemporaryDir dir;
    const QString logo = dir.filePath(QStringLiteral("logo.png"));
    QImage image(90, 30, QImage::Format_ARGB32);
    image.fill(Qt::darkBlue);
    REQUIRE(image.save(logo));

    // As the proposal dialog's "Our company…" opens it: the page alone.
    SettingsDialog dialog;
    auto *page = new CompanySettingsPage(t.db(), messenger);
    dialog.addPage(page, QIcon(), QStringLiteral("Our company"));
    CHECK(dialog.pageList()->isHidden());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    typeText(child<QLineEdit>(&dialog, "nameLineEdit"), QStringLiteral("ООО «Вектор»"));
    typeText(child<QLineEdit>(&dialog, "innLineEdit"), QStringLiteral("1234567890"));
    typeText(child<QLineEdit>(&dialog, "bankNameLineEdit"), QStringLiteral("ПАО Сбербанк"));
    typeText(child<QLineEdit>(&dialog, "corrAccountLineEdit"),
             QStringLiteral("30101810500000000674"));
    typeText(child<QLineEdit>(&dialog, "directorPositionLineEdit"), QStringLiteral("Директор"));
    REQUIRE(page->chooseImage(CompanyImage::Kind::Logo, logo));
    if (const QString shots = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR"); !shots.isEmpty())
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("company-settings.png")));
    CHECK_FALSE(child<QLabel>(&dialog, "logoThumbnailLabel")->pixmap().isNull());
    CHECK(child<QPushButton>(&dialog, "logoRemovePushButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&dialog, "stampRemovePushButton")->isEnabled());

    // A wrong INN is refused and the dialog stays open with nothing saved.
    clickSave(&dialog);
    REQUIRE(messenger.errors.size() == 1);
    CHECK(messenger.errors.first().contains(QStringLiteral("1234567890")));
    CHECK(dialog.isVisible());
    CompanyRepository companies(t.db());
    CHECK(companies.profile().name.isEmpty());
    CHECK(companies.image(CompanyImage::Kind::Logo).isNull());

    replaceText(child<QLineEdit>(&dialog, "innLineEdit"), QStringLiteral("7707083893"));
    clickSave(&dialog);
    CHECK(messenger.errors.size() == 1);
    CHECK(dialog.result() == QDialog::Accepted);
    const CompanyProfile p = companies.profile();
    CHECK(p.name == QStringLiteral("ООО «Вектор»"));
    CHECK(p.inn == QStringLiteral("7707083893"));
    CHECK(p.bankName == QStringLiteral("ПАО Сбербанк"));
    CHECK(p.corrAccount == QStringLiteral("30101810500000000674"));
    CHECK(p.directorPosition == QStringLiteral("Директор"));
    CHECK(QImage::fromData(companies.image(CompanyImage::Kind::Logo).data).size() == QSize(90, 30));

    // Opened again: what was saved, and the logo removed on Save.
    CompanySettingsPage again(t.db(), messenger);
    CHECK(child<QLineEdit>(&again, "nameLineEdit")->text() == QStringLiteral("ООО «Вектор»"));
    QTest::mouseClick(child<QPushButton>(&again, "logoRemovePushButton"), Qt::LeftButton);
    CHECK_FALSE(companies.image(CompanyImage::Kind::Logo).isNull());
    CHECK(again.apply());
    CHECK(companies.image(CompanyImage::Kind::Logo).isNull());
}

TEST_CASE("A template edited in the settings overrides the built-in until restored",
          "[ui][documents]")
{
    TestDatabase t;
    TestMessenger messenger;
    CompanySettingsPage dialog(t.db(), messenger);
    auto *list = child<QListWidget>(&dialog, "templatesListWidget");
    auto *body = child<QPlainTextEdit>(&dialog, "templateBodyPlainTextEdit");
    auto *remove = child<QPushButton>(&dialog, "removeTemplatePushButton");
    REQUIRE(list->count() == 2);
    list->setCurrentRow(0);
    CHECK(body->toPlainText().contains(QStringLiteral("{{total_words}}")));
    CHECK_FALSE(remove->isEnabled());

    body->setPlainText(body->toPlainText() + QStringLiteral("<p>Спасибо!</p>"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveTemplatePushButton"), Qt::LeftButton);
    CHECK(messenger.errors.isEmpty());
    const DocumentTemplate saved = DocumentTemplateRepository(t.db()).list().first();
    CHECK(saved.isSaved());
    CHECK(saved.body.endsWith(QStringLiteral("<p>Спасибо!</p>")));
    CHECK(list->currentItem()->text().contains(saved.name));
    CHECK(remove->isEnabled());

    // Broken mustache is refused.
    body->setPlainText(QStringLiteral("{{#items}}"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveTemplatePushButton"), Qt::LeftButton);
    CHECK(messenger.errors.size() == 1);

    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(messenger.confirmations == 1);
    CHECK_FALSE(DocumentTemplateRepository(t.db()).list().first().isSaved());
    CHECK_FALSE(body->toPlainText().contains(QStringLiteral("Спасибо")));
}

TEST_CASE("The proposal dialog lists what is missing, then saves the PDF to the deal",
          "[ui][documents]")
{
    TestDatabase t;
    TestMessenger messenger;
    const ProposalFixture f = ProposalFixture::create(t.db());
    {
        ProposalDialog dialog(t.db(), f.dealId, messenger);
        dialog.setTemplateName(QStringLiteral("Коммерческое предложение"));
        CHECK(child<QLabel>(&dialog, "managerLabel")->text() == QStringLiteral("Анна Смирнова"));
        CHECK(dialog.missingFields().contains(QStringLiteral("our company's INN")));
        CHECK(child<QLabel>(&dialog, "problemLabel")
                  ->text()
                  .contains(QStringLiteral("our company's INN")));
        CHECK_FALSE(child<QPushButton>(&dialog, "savePushButton")->isEnabled());
        CHECK_FALSE(child<QPushButton>(&dialog, "companySettingsPushButton")->isHidden());
        if (const QString shots = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR");
            !shots.isEmpty()) {
            dialog.show();
            dialog.grab().save(QDir(shots).filePath(QStringLiteral("proposal-missing.png")));
        }
    }
    ProposalFixture::fillCompany(t.db());
    ProposalDialog dialog(t.db(), f.dealId, messenger);
    dialog.setTemplateName(QStringLiteral("Коммерческое предложение"));
    CHECK(dialog.missingFields().isEmpty());
    CHECK(child<QPushButton>(&dialog, "savePushButton")->isEnabled());
    CHECK(child<QPushButton>(&dialog, "companySettingsPushButton")->isHidden());
    if (const QString shots = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.show();
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("proposal.png")));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kp.pdf"));
    qint64 attachment = 0;
    QObject::connect(&dialog, &ProposalDialog::saved, &dialog, [&](qint64 id) { attachment = id; });
    REQUIRE(dialog.saveTo(path));
    CHECK(QFile::exists(path));
    CHECK(attachment > 0);
    CHECK(AttachmentRepository(t.db()).forDeal(f.dealId).size() == 1);
    CHECK(InteractionRepository(t.db()).forClient(f.clientId).first().dealId == f.dealId);
}
