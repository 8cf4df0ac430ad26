// The import wizard under the offscreen platform, walked page by page the
// way a person walks it: a file dropped on the list, the preview, the
// mapping, a dry run, the import, Cancel, and the report.
#include "catchqt.h"
#include "testdatabase.h"
#include "testmessenger.h"
#include "windowfixture.h"

#include "audit/auditrepository.h"
#include "clients/attachmentrepository.h"
#include "clients/clientlistmodel.h"
#include "clients/clientlistpane.h"
#include "clients/clientrepository.h"
#include "importer/importjob.h"
#include "importer/importreportpage.h"
#include "importer/importwizard.h"
#include "importer/mappingpage.h"
#include "interactions/interactionrepository.h"
#include "io/columnmapping.h"
#include "mainwindow/mainwindow.h"
#include "settings/settingsrepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {
using F = ColumnMapping::Field;

QString data(const char *path)
{
    return QStringLiteral(CLIENTELE_TEST_DATA "/") + QLatin1String(path);
}

struct Fixture : WindowFixture
{

    Fixture() { openWindow(); }

    int count() const { return clients.count(ClientListQuery()); }

    // Drops `path` on the client list as a file manager would.
    bool drop(const QString &path)
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        ClientListPane *pane = window->listPane();
        const QPoint at = pane->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(pane, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(pane, &dropEvent);
        return dropEvent.isAccepted();
    }

    ImportWizard *wizard() const { return window->findChild<ImportWizard *>(); }
};

template <typename T> T *find(QWidget *in, const char *name)
{
    T *w = in->findChild<T *>(QLatin1String(name));
    INFO(name);
    REQUIRE(w != nullptr);
    return w;
}

QTableWidget *table(QWidget *in, const char *name)
{
    return find<QTableWidget>(in, name);
}

// What a person sees: the page as the window shows it, saved when asked.
void screenshot(QWidget *wizard, const QString &name)
{
    QApplication::processEvents();
    const QString shots = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        REQUIRE(
            wizard->grab().save(QDir(shots).filePath(QStringLiteral("import-%1.png").arg(name))));
}

// Next (or Import, on the commit page) as soon as the page allows it.
void next(ImportWizard *wizard)
{
    QAbstractButton *button = wizard->button(QWizard::NextButton)->isVisible()
                                  ? wizard->button(QWizard::NextButton)
                                  : wizard->button(QWizard::CommitButton);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
    QTest::mouseClick(button, Qt::LeftButton);
}

QComboBox *fieldCombo(ImportWizard *wizard, int column)
{
    QComboBox *combo = wizard->mappingPage()->fieldComboBox(column);
    REQUIRE(combo != nullptr);
    return combo;
}

void choose(QComboBox *combo, F field)
{
    const int index = combo->findData(int(field));
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// File → Import… on `path`, up to the mapping page.
ImportWizard *openToMapping(Fixture &f, const QString &path)
{
    // Offscreen has no window manager to give the focus back after a wizard.
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_I, Qt::ControlModifier);
    ImportWizard *wizard = f.wizard();
    REQUIRE(wizard != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    auto *edit = find<QLineEdit>(wizard, "pathLineEdit");
    edit->setText(QDir::toNativeSeparators(path));
    next(wizard);
    REQUIRE(wizard->currentId() == ImportWizard::CsvPreviewPageId);
    next(wizard);
    REQUIRE(wizard->currentId() == ImportWizard::MappingPageId);
    return wizard;
}

QString write(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}
} // namespace

TEST_CASE("An Excel file in windows-1251 with semicolons goes through the wizard into the base",
          "[importwizard]")
{
    Fixture f;
    const QString path = data("csv/excel_cp1251.csv");

    // Only contact files are taken from a drop.
    CHECK_FALSE(f.drop(data("db/schema_v1.sqlite")));
    REQUIRE(f.drop(path));
    QTRY_VERIFY(f.wizard() != nullptr);
    ImportWizard *wizard = f.wizard();
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    wizard->resize(900, 640);

    // File: taken from the drop, the kind from the extension.
    REQUIRE(wizard->currentId() == ImportWizard::FilePageId);
    CHECK(find<QLineEdit>(wizard, "pathLineEdit")->text() == QDir::toNativeSeparators(path));
    CHECK(find<QComboBox>(wizard, "kindComboBox")->currentData().toInt() ==
          int(ImportSetup::Kind::Csv));
    screenshot(wizard, QStringLiteral("1-file"));
    next(wizard);

    // Preview: detected encoding and delimiter, Cyrillic read right.
    REQUIRE(wizard->currentId() == ImportWizard::CsvPreviewPageId);
    auto *encoding = find<QComboBox>(wizard, "encodingComboBox");
    auto *delimiter = find<QComboBox>(wizard, "delimiterComboBox");
    CHECK(encoding->currentData().toString() == QStringLiteral("windows-1251"));
    CHECK(delimiter->currentData().toString() == QStringLiteral(";"));
    QTableWidget *preview = table(wizard, "previewTableWidget");
    REQUIRE(preview->columnCount() == 5);
    REQUIRE(preview->rowCount() == 5); // the two empty rows are not rows
    CHECK(preview->horizontalHeaderItem(0)->text() == QStringLiteral("Наименование"));
    CHECK(preview->item(0, 0)->text() == QStringLiteral("ООО \"Ромашка\""));
    CHECK(preview->item(0, 4)->text() == QStringLiteral("Екатеринбург"));
    CHECK(preview->item(2, 0)->text() == QStringLiteral("АО \"Уралхиммаш\"; филиал"));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    CHECK(find<QLabel>(wizard, "fileCheckLabel")->text().contains(QStringLiteral("5 row(s)")));
    screenshot(wizard, QStringLiteral("2-preview"));

    // The wrong encoding: the bytes do not decode, the page says where, Next waits.
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("UTF-8")));
    auto *problem = find<QLabel>(wizard, "previewProblemLabel");
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("excel_cp1251.csv:1:")));
    CHECK(problem->text().contains(QStringLiteral("UTF-8")));
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    screenshot(wizard, QStringLiteral("2-preview-problem"));
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("windows-1251")));
    CHECK_FALSE(problem->isVisible());
    CHECK(preview->item(0, 4)->text() == QStringLiteral("Екатеринбург"));
    next(wizard);

    // Mapping: guessed from the Russian headers; nothing to call a client by blocks Next.
    REQUIRE(wizard->currentId() == ImportWizard::MappingPageId);
    CHECK_FALSE(find<QLabel>(wizard, "rememberedLabel")->isVisible());
    CHECK(fieldCombo(wizard, 0)->currentData().toInt() == int(F::CompanyName));
    CHECK(fieldCombo(wizard, 1)->currentData().toInt() == int(F::Inn));
    CHECK(fieldCombo(wizard, 4)->currentData().toInt() == int(F::City));
    CHECK(table(wizard, "mappingTableWidget")
              ->item(4, MappingPage::SampleColumn)
              ->text()
              .startsWith(QStringLiteral("Екатеринбург · Нижний Тагил")));
    for (int column = 0; column < 5; ++column)
        choose(fieldCombo(wizard, column), F::Ignore);
    auto *mappingProblem = find<QLabel>(wizard, "mappingProblemLabel");
    CHECK(mappingProblem->isVisible());
    CHECK(mappingProblem->text().contains(QStringLiteral("name, an e-mail or a phone")));
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(find<QPushButton>(wizard, "guessMappingPushButton"), Qt::LeftButton);
    CHECK_FALSE(mappingProblem->isVisible());
    CHECK(fieldCombo(wizard, 0)->currentData().toInt() == int(F::CompanyName));
    choose(fieldCombo(wizard, 4), F::Region); // "Город" here holds regions
    screenshot(wizard, QStringLiteral("3-mapping"));
    next(wizard);

    // Options: merge, today's tag; the dry run counts and writes nothing.
    REQUIRE(wizard->currentId() == ImportWizard::OptionsPageId);
    CHECK(find<QRadioButton>(wizard, "mergeRadioButton")->isChecked());
    CHECK(find<QLineEdit>(wizard, "tagLineEdit")->text() ==
          QStringLiteral("Import ") + QDate::currentDate().toString(Qt::ISODate));
    QTest::mouseClick(find<QPushButton>(wizard, "dryRunPushButton"), Qt::LeftButton);
    auto *created = find<QLabel>(wizard, "dryRunCreatedLabel");
    QTRY_VERIFY_WITH_TIMEOUT(created->isVisible(), 20000);
    CHECK(created->text() == QStringLiteral("5"));
    CHECK(find<QLabel>(wizard, "dryRunMergedLabel")->text() == QStringLiteral("0"));
    CHECK(find<QLabel>(wizard, "dryRunSkippedLabel")->text() == QStringLiteral("0"));
    CHECK(find<QLabel>(wizard, "dryRunErrorsLabel")->text() == QStringLiteral("0"));
    CHECK(find<QLabel>(wizard, "dryRunStatusLabel")->text().contains(QStringLiteral("Nothing")));
    CHECK(f.count() == 0);
    screenshot(wizard, QStringLiteral("4-options"));
    next(wizard);

    // The import, then the report.
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ReportPageId), 30000);
    CHECK(find<QLabel>(wizard, "createdLabel")->text() == QStringLiteral("5"));
    CHECK(find<QLabel>(wizard, "mergedLabel")->text() == QStringLiteral("0"));
    CHECK(find<QLabel>(wizard, "skippedLabel")->text() == QStringLiteral("0"));
    const ImportReport &report = wizard->job()->report();
    CHECK(find<QLabel>(wizard, "batchLabel")->text().contains(report.tag));
    CHECK(find<QLabel>(wizard, "cleanLabel")->isVisible());
    screenshot(wizard, QStringLiteral("6-report"));

    // In the base, with the changed mapping, and in the list.
    CHECK(f.count() == 5);
    const QList<ClientListRow> found = f.clients.search(QStringLiteral("ромашка"), 5);
    REQUIRE(found.size() == 1);
    const Client romashka = *f.clients.load(found.first().id);
    CHECK(romashka.region == QStringLiteral("Екатеринбург"));
    CHECK(romashka.city.isEmpty());
    CHECK(romashka.tags.contains(report.tag));
    CHECK(f.window->listPane()->model()->rowCount() == 5);

    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("report.txt"));
    QString error;
    REQUIRE(wizard->reportPage()->saveReport(saved, &error));
    QFile file(saved);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("Added: 5")));
    CHECK(text.contains(report.tag));

    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(f.wizard() == nullptr); // closed and deleted
    CHECK(f.messenger.errors.isEmpty());
}

TEST_CASE("Cancel in the middle of an import leaves the base as it was", "[importwizard]")
{
    Fixture f;
    QTemporaryDir dir;
    // Enough rows for the importer to report progress a few times.
    QByteArray csv = "Company,Phone,City\n";
    for (int i = 0; i < 20000; ++i)
        csv += QStringLiteral("ООО Отмена %1,+7 343 %2,Пермь\n").arg(i).arg(1000000 + i).toUtf8();
    const QString path = write(dir, "big.csv", csv);
    Client existing;
    existing.name = QStringLiteral("ООО Старый клиент");
    REQUIRE(f.clients.save(existing));

    ImportWizard *wizard = openToMapping(f, path);
    next(wizard);
    REQUIRE(wizard->currentId() == ImportWizard::OptionsPageId);
    next(wizard);
    REQUIRE(wizard->currentId() == ImportWizard::ProgressPageId);
    auto *bar = find<QProgressBar>(wizard, "importProgressBar");
    // The first thousand rows are in the transaction: cancel now.
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() > 0, 60000);
    CHECK(wizard->job()->isRunning());
    screenshot(wizard, QStringLiteral("5-progress"));
    QTest::mouseClick(find<QPushButton>(wizard, "cancelImportPushButton"), Qt::LeftButton);
    auto *status = find<QLabel>(wizard, "progressStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->job()->isRunning(), 60000);
    CHECK(wizard->job()->wasCancelled());
    CHECK(status->text().contains(QStringLiteral("cancelled")));
    CHECK(status->text().contains(QStringLiteral("base is as it was")));
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    screenshot(wizard, QStringLiteral("5-progress-cancelled"));

    CHECK(f.count() == 1);
    CHECK(f.clients.search(QStringLiteral("Отмена"), 5).isEmpty());
    CHECK(f.messenger.errors.isEmpty());
    wizard->reject();
    QTRY_VERIFY(f.wizard() == nullptr);
}

TEST_CASE("Closing the wizard during an import cancels it first", "[importwizard]")
{
    Fixture f;
    QTemporaryDir dir;
    QByteArray csv = "Name;E-mail\n";
    for (int i = 0; i < 3000; ++i)
        csv += QStringLiteral("Иван Закрытов %1;ivan%1@close.example\n").arg(i).toUtf8();
    ImportWizard *wizard = openToMapping(f, write(dir, "close.csv", csv));
    next(wizard);
    next(wizard);
    REQUIRE(wizard->job()->isRunning());
    wizard->reject();             // Escape, the Cancel button, the window's close button
    CHECK(f.wizard() != nullptr); // still there until the import stopped
    QTRY_VERIFY_WITH_TIMEOUT(f.wizard() == nullptr, 60000);
    CHECK(f.count() == 0);
}

TEST_CASE("The mapping chosen last time is offered for a file with the same header",
          "[importwizard]")
{
    Fixture f;
    QTemporaryDir dir;
    ImportWizard *wizard = openToMapping(f, data("csv/excel_cp1251.csv"));
    choose(fieldCombo(wizard, 4), F::Region);
    next(wizard);
    next(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ReportPageId), 30000);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(f.wizard() == nullptr);

    // The next export from the same program: another file, the same header.
    const QString next = write(dir, "next.csv",
                               QStringLiteral("Наименование;ИНН;Телефон;E-mail;Город\n"
                                              "ООО Новая;7707083893;;new@new.example;Пермь\n")
                                   .toUtf8());
    wizard = openToMapping(f, next);
    CHECK(find<QLabel>(wizard, "rememberedLabel")->isVisible());
    CHECK(fieldCombo(wizard, 4)->currentData().toInt() == int(F::Region));
    CHECK(fieldCombo(wizard, 0)->currentData().toInt() == int(F::CompanyName));
    screenshot(wizard, QStringLiteral("3-mapping-remembered"));
    wizard->reject();
    QTRY_VERIFY(f.wizard() == nullptr);

    // Another header is guessed afresh.
    wizard = openToMapping(f, write(dir, "other.csv", "Company;City\nAlpha;Perm\n"));
    CHECK_FALSE(find<QLabel>(wizard, "rememberedLabel")->isVisible());
    CHECK(fieldCombo(wizard, 1)->currentData().toInt() == int(F::City));
    wizard->reject();
}

TEST_CASE("A problem deep in the file blocks the preview with its line", "[importwizard]")
{
    Fixture f;
    QTemporaryDir dir;
    QByteArray csv = "Name,Phone\n";
    for (int i = 2; i < 1500; ++i)
        csv +=
            "Client " + QByteArray::number(i) + ",+7 343 " + QByteArray::number(2000000 + i) + "\n";
    csv += "\"Broken,+7 343 0000000\nLast,+7 343 0000001\n";
    const QString path = write(dir, "deep.csv", csv);

    QTest::keyClick(f.window.get(), Qt::Key_I, Qt::ControlModifier);
    ImportWizard *wizard = f.wizard();
    REQUIRE(wizard != nullptr);
    find<QLineEdit>(wizard, "pathLineEdit")->setText(path);
    next(wizard);
    // The first rows read well; the whole file does not.
    CHECK(table(wizard, "previewTableWidget")->rowCount() == 50);
    auto *problem = find<QLabel>(wizard, "previewProblemLabel");
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 20000);
    CHECK(problem->text().contains(QStringLiteral("deep.csv:1500:")));
    CHECK(problem->text().contains(QStringLiteral("unterminated")));
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->reject();
}

TEST_CASE("A vCard file goes from the preview of its cards straight to the options",
          "[importwizard]")
{
    Fixture f;
    const QString path = data("vcard/google_30.vcf");
    REQUIRE(f.drop(path));
    QTRY_VERIFY(f.wizard() != nullptr);
    ImportWizard *wizard = f.wizard();
    wizard->resize(900, 640);
    CHECK(find<QComboBox>(wizard, "kindComboBox")->currentData().toInt() ==
          int(ImportSetup::Kind::VCard));
    next(wizard);
    REQUIRE(wizard->currentId() == ImportWizard::VCardPreviewPageId);
    QTableWidget *cards = table(wizard, "cardsTableWidget");
    REQUIRE(cards->rowCount() > 0);
    CHECK_FALSE(cards->item(0, 0)->text().isEmpty());
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    screenshot(wizard, QStringLiteral("2-preview-vcard"));
    next(wizard);
    REQUIRE(wizard->currentId() == ImportWizard::OptionsPageId);
    next(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ReportPageId), 30000);
    const int created = wizard->job()->report().created;
    CHECK(created == cards->rowCount());
    CHECK(f.count() == created);
    CHECK(f.messenger.errors.isEmpty());
}

TEST_CASE("The report lists skipped rows with their lines and the values kept in the base",
          "[importwizard]")
{
    Fixture f;
    Client existing;
    existing.name = QStringLiteral("ООО Ромашка");
    existing.city = QStringLiteral("Москва");
    REQUIRE(f.clients.save(existing));
    QTemporaryDir dir;
    const QString path = write(dir, "mixed.csv",
                               QStringLiteral("Наименование;Телефон;Город\n"
                                              "ООО Ромашка;;Екатеринбург\n"
                                              ";;Пермь\n"
                                              "ООО Новая;+7 343 555-00-00;Тверь\n")
                                   .toUtf8());
    ImportWizard *wizard = openToMapping(f, path);
    wizard->resize(900, 640);
    next(wizard);
    QTest::mouseClick(find<QPushButton>(wizard, "dryRunPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(wizard, "dryRunCreatedLabel")->isVisible(), 20000);
    CHECK(find<QLabel>(wizard, "dryRunCreatedLabel")->text() == QStringLiteral("1"));
    CHECK(find<QLabel>(wizard, "dryRunUnchangedLabel")->text() == QStringLiteral("1"));
    CHECK(find<QLabel>(wizard, "dryRunSkippedLabel")->text() == QStringLiteral("1"));
    CHECK(find<QLabel>(wizard, "dryRunStatusLabel")->text().contains(QStringLiteral("differ")));
    next(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ReportPageId), 30000);

    CHECK(find<QLabel>(wizard, "createdLabel")->text() == QStringLiteral("1"));
    CHECK(find<QLabel>(wizard, "unchangedLabel")->text() == QStringLiteral("1"));
    CHECK(find<QLabel>(wizard, "skippedLabel")->text() == QStringLiteral("1"));
    CHECK_FALSE(find<QLabel>(wizard, "cleanLabel")->isVisible());
    QTableWidget *skipped = table(wizard, "skippedTableWidget");
    REQUIRE(skipped->rowCount() == 1);
    CHECK(skipped->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(skipped->item(0, 1)->text().contains(QStringLiteral("no name")));
    auto *conflicts = find<QListWidget>(wizard, "conflictsListWidget");
    REQUIRE(conflicts->count() == 1);
    CHECK(conflicts->item(0)->text().contains(QStringLiteral("Москва")));
    CHECK(conflicts->item(0)->text().contains(QStringLiteral("Екатеринбург")));
    CHECK(wizard->reportPage()->reportText().contains(QStringLiteral("line 3: no name")));
    screenshot(wizard, QStringLiteral("6-report-skipped"));
    CHECK(f.clients.load(existing.id)->city == QStringLiteral("Москва"));
    CHECK(f.count() == 2);
}
