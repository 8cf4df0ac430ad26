// The sales settings under the offscreen platform: stages edited, reordered
// and saved, a route given to a stage, loss reasons and products edited in
// place, each checked in the base afterwards.
#include "catchqt.h"
#include "testdatabase.h"
#include "testmessenger.h"

#include "deals/lossreasonrepository.h"
#include "deals/pipelinerepository.h"
#include "deals/productrepository.h"
#include "settings/salessettingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

namespace {
template <typename T> T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

void click(QWidget &parent, const char *name)
{
    QPushButton *b = child<QPushButton>(parent, name);
    REQUIRE(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}
} // namespace

TEST_CASE("Stages are renamed, reordered and given a route in the sales settings", "[ui][deals]")
{
    TestDatabase t;
    REQUIRE(PipelineRepository(t.db()).ensureDefaults());
    TestMessenger messenger;
    SalesSettingsDialog dialog(t.db(), messenger);
    dialog.show();
    auto *stages = child<QTableWidget>(dialog, "stagesTableWidget");
    REQUIRE(stages->rowCount() == 7);
    CHECK(child<QComboBox>(dialog, "pipelineComboBox")->currentText() == QStringLiteral("Sales"));

    // Rename the third stage, change its probability, move it up, add one at the end.
    stages->item(2, 0)->setText(QStringLiteral("Коммерческое предложение"));
    stages->item(2, 1)->setData(Qt::EditRole, 45);
    stages->setCurrentCell(2, 0);
    click(dialog, "stageUpPushButton");
    click(dialog, "addStagePushButton");
    stages->item(7, 0)->setText(QStringLiteral("Отзыв клиента"));
    click(dialog, "saveStagesPushButton");
    INFO(messenger.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(messenger.errors.isEmpty());

    Pipeline p = PipelineRepository(t.db()).pipelines().first();
    REQUIRE(p.stages.size() == 8);
    CHECK(p.stages.at(1).name == QStringLiteral("Коммерческое предложение"));
    CHECK(p.stages.at(1).probability == 45);
    CHECK(p.stages.at(2).name == QStringLiteral("Needs analysis"));
    CHECK(p.stages.at(7).name == QStringLiteral("Отзыв клиента"));

    // Two stages of one name are refused, and nothing changes.
    stages->item(0, 0)->setText(QStringLiteral("Отзыв клиента"));
    click(dialog, "saveStagesPushButton");
    REQUIRE(messenger.errors.size() == 1);
    CHECK(messenger.errors.first().contains(QStringLiteral("Отзыв клиента")));
    CHECK(PipelineRepository(t.db()).pipelines().first().stages.at(0).name ==
          QStringLiteral("First contact"));

    // A route for the first stage.
    child<QComboBox>(dialog, "pipelineComboBox")->setCurrentIndex(0);
    stages->setCurrentCell(0, 0);
    click(dialog, "addStepPushButton");
    auto *route = child<QTableWidget>(dialog, "routeTableWidget");
    REQUIRE(route->rowCount() == 1);
    route->item(0, 0)->setText(QStringLiteral("Позвонить в течение дня"));
    route->item(0, 1)->setData(Qt::EditRole, 1);
    click(dialog, "saveRoutePushButton");
    if (const QString shots = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR"); !shots.isEmpty())
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("sales-settings.png")));
    const QList<RouteStep> steps = PipelineRepository(t.db()).routeSteps(p.stages.at(0).id);
    REQUIRE(steps.size() == 1);
    CHECK(steps.first().title == QStringLiteral("Позвонить в течение дня"));
    CHECK(steps.first().required);
}

TEST_CASE("Loss reasons and products are edited in the sales settings", "[ui][deals]")
{
    TestDatabase t;
    REQUIRE(PipelineRepository(t.db()).ensureDefaults());
    TestMessenger messenger;
    SalesSettingsDialog dialog(t.db(), messenger);
    dialog.show();

    // Typed as a person would; QTest's key clicks know only ASCII.
    child<QLineEdit>(dialog, "lossReasonLineEdit")->insert(QStringLiteral("Долгая доставка"));
    click(dialog, "addReasonPushButton");
    LossReasonRepository reasons(t.db());
    CHECK(reasons.find(QStringLiteral("долгая доставка")) != 0);
    auto *list = child<QListWidget>(dialog, "lossReasonsListWidget");
    REQUIRE(list->count() == 7);
    list->setCurrentRow(0);
    click(dialog, "archiveReasonPushButton");
    CHECK(reasons.reasons().size() == 6);
    CHECK(reasons.reasons(true).size() == 7);
    // Renamed in place.
    list->item(0)->setText(QStringLiteral("Нет бюджета в этом году"));
    CHECK(reasons.find(QStringLiteral("Нет бюджета в этом году")) != 0);

    click(dialog, "addProductPushButton");
    auto *products = child<QTableWidget>(dialog, "productsTableWidget");
    REQUIRE(products->rowCount() == 1);
    products->item(0, 0)->setText(QStringLiteral("Бумага А4"));
    products->item(0, 1)->setText(QStringLiteral("P-A4"));
    products->item(0, 3)->setText(QStringLiteral("1 234,50"));
    products->item(0, 4)->setText(QString());
    const std::optional<Product> saved = ProductRepository(t.db()).find(QStringLiteral("p-a4"));
    REQUIRE(saved);
    CHECK(saved->name == QStringLiteral("Бумага А4"));
    CHECK(saved->price == 123450);
    CHECK(saved->vatPercent == -1);
    // A price that is not one is refused with the reason; the old one stays.
    products->item(0, 3)->setText(QStringLiteral("дорого"));
    REQUIRE_FALSE(messenger.errors.isEmpty());
    CHECK(messenger.errors.last().contains(QStringLiteral("дорого")));
    CHECK(ProductRepository(t.db()).find(QStringLiteral("P-A4"))->price == 123450);
    CHECK(products->item(0, 3)->text() == QStringLiteral("1234.50"));
    if (const QString shots = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.findChild<QTabWidget *>(QStringLiteral("salesSettingsTabWidget"))
            ->setCurrentIndex(2);
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("sales-products.png")));
    }
}
