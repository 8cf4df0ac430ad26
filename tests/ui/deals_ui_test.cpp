// The deals UI: the board driven as a person drives it (cards dropped on
// columns and on the Lost zone, dialogs answered), the deal card edited and
// saved, and the lazy models checked by QAbstractItemModelTester.
#include "catchqt.h"
#include "testdatabase.h"
#include "testmessenger.h"
#include "windowfixture.h"

#include "audit/auditrepository.h"
#include "clients/attachmentrepository.h"
#include "clients/clientcard.h"
#include "clients/clientlistmodel.h"
#include "clients/clientlistpane.h"
#include "clients/clientrepository.h"
#include "clients/interactiondialog.h"
#include "common/moneyedit.h"
#include "deals/dealboard.h"
#include "deals/dealdropzone.h"
#include "deals/dealfilterbar.h"
#include "deals/dealform.h"
#include "deals/dealrepository.h"
#include "deals/dealssection.h"
#include "deals/dealtablemodel.h"
#include "deals/losedealdialog.h"
#include "deals/lossreasonrepository.h"
#include "deals/money.h"
#include "deals/newdealdialog.h"
#include "deals/pipelinerepository.h"
#include "deals/proposaldialog.h"
#include "deals/stagecolumn.h"
#include "deals/stagecolumnmodel.h"
#include "deals/stagelistview.h"
#include "deals/windealdialog.h"
#include "demo/demogenerator.h"
#include "interactions/interactionrepository.h"
#include "mainwindow/mainwindow.h"
#include "settings/settingsrepository.h"
#include "tasks/taskrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>
#include <functional>

namespace {
// A main window on a fresh base with the default pipeline, shown on Deals.
struct Fixture : WindowFixture
{
    DealRepository deals{tdb.db()};
    Pipeline pipeline;

    Fixture()
    {
        PipelineRepository pipelines(tdb.db());
        REQUIRE(pipelines.ensureDefaults());
        pipeline = pipelines.pipelines().first();
    }

    qint64 addClient(const QString &name)
    {
        Client c;
        c.name = name;
        REQUIRE(clients.save(c));
        return c.id;
    }

    qint64 addDeal(qint64 clientId, const QString &title, qint64 amount, int stage,
                   Deal::Kind kind = Deal::Kind::Manual)
    {
        Deal d;
        d.clientId = clientId;
        d.title = title;
        d.amount = amount;
        d.stageId = pipeline.stages.at(stage).id;
        d.kind = kind;
        QString error;
        REQUIRE(deals.create(d, &error));
        return d.id;
    }

    void show()
    {
        openWindow(QString(), QSize(1440, 860));
        sidebar()->setCurrentRow(1);
        REQUIRE(section()->isVisible());
    }

    DealsSection *section() const { return window->deals(); }
    DealBoard *board() const { return section()->board(); }
    StageColumn *column(int stage) const
    {
        StageColumn *c = board()->column(pipeline.stages.at(stage).id);
        REQUIRE(c != nullptr);
        return c;
    }
    QList<qint64> idsIn(int stage) const
    {
        QList<qint64> out;
        StageColumnModel *m = column(stage)->model();
        for (int row = 0; row < m->rowCount(); ++row)
            out << m->idAt(row);
        return out;
    }

    template <typename T> T *find(const char *name) const
    {
        T *w = window->findChild<T *>(QLatin1String(name));
        REQUIRE(w != nullptr);
        return w;
    }
};

// Drops `dealId`'s card, dragged from its column, on `target` as a drag would:
// the same mime data, through the widget's own drag and drop events.
void dropCard(Fixture &f, qint64 dealId, QWidget *target)
{
    const Deal d = *f.deals.load(dealId);
    StageColumn *from = f.board()->column(d.stageId);
    REQUIRE(from != nullptr);
    const int row = from->model()->rowOf(dealId);
    REQUIRE(row >= 0);
    std::unique_ptr<QMimeData> data(from->model()->mimeData({from->model()->index(row, 0)}));
    REQUIRE(data != nullptr);
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    REQUIRE(drop.isAccepted());
}

// Answers the next dialog of type T when it shows (a drop asks after it returns).
template <typename T> void whenShown(std::function<void(T *)> answer, bool *answered)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, answered] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<T *>(w);
            if (dialog && dialog->isVisible()) {
                timer->stop();
                timer->deleteLater();
                *answered = true;
                answer(dialog);
                return;
            }
        }
    });
    timer->start();
}

void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    REQUIRE(buttons != nullptr);
    REQUIRE(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// Collects what QAbstractItemModelTester reports in its Warning mode.
QStringList g_modelFailures;
void collectModelFailures(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (QByteArray(context.category ? context.category : "").contains("modeltest"))
        g_modelFailures << message;
}
} // namespace

TEST_CASE("A card dropped on another column moves the deal and the column heads follow",
          "[deals][ui]")
{
    Fixture f;
    const qint64 client = f.addClient(QStringLiteral("ООО «Ромашка»"));
    const qint64 a = f.addDeal(client, QStringLiteral("Ноутбуки"), 10000000, 0);
    const qint64 b = f.addDeal(client, QStringLiteral("Мониторы"), 5000000, 0);
    f.addDeal(client, QStringLiteral("Сервер"), 40000000, 2);
    f.show();

    CHECK(f.idsIn(0) == QList<qint64>{a, b});
    CHECK(f.column(0)->findChild<QLabel *>(QStringLiteral("stageCountLabel"))->text() ==
          QStringLiteral("2"));
    CHECK(f.column(2)->totals().count == 1);
    const QString sumBefore =
        f.column(2)->findChild<QLabel *>(QStringLiteral("stageSumLabel"))->text();
    CHECK(sumBefore.contains(QStringLiteral("400")));

    dropCard(f, a, f.column(2)->view()->viewport());
    QTRY_COMPARE(f.deals.load(a)->stageId, f.pipeline.stages.at(2).id);
    CHECK(f.messenger.errors.isEmpty());
    CHECK(f.idsIn(0) == QList<qint64>{b});
    CHECK(f.idsIn(2).contains(a));
    CHECK(f.column(0)->totals().count == 1);
    CHECK(f.column(0)->totals().sum == 5000000);
    CHECK(f.column(2)->totals().count == 2);
    CHECK(f.column(2)->totals().sum == 50000000);
    // Proposal's probability is 40 %.
    CHECK(f.column(2)->totals().weighted == 20000000);
    CHECK(f.column(2)->findChild<QLabel *>(QStringLiteral("stageCountLabel"))->text() ==
          QStringLiteral("2"));
    CHECK(f.column(2)->findChild<QLabel *>(QStringLiteral("stageSumLabel"))->text() != sumBefore);
    // The history has the stay in the first stage closed and the new one open.
    const QList<StageStay> history = f.deals.history(a);
    REQUIRE(history.size() == 2);
    CHECK_FALSE(history.at(0).leftAt.isEmpty());
    CHECK(history.at(1).stageId == f.pipeline.stages.at(2).id);
    // The sidebar counts open deals.
    CHECK(f.find<QListWidget>("sectionsListWidget")->item(1)->text().endsWith(QStringLiteral("3")));

    // A drop on its own column is not a move.
    QMimeData same;
    same.setData(QStringLiteral("application/x-clientele-deal"),
                 QByteArray::number(b) + ' ' + QByteArray::number(f.pipeline.stages.at(0).id));
    QDragEnterEvent enter(QPoint(5, 5), Qt::MoveAction, &same, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.column(0)->view()->viewport(), &enter);
    CHECK_FALSE(enter.isAccepted());
}

TEST_CASE("A process deal with its required tasks open moves only with a reason", "[deals][ui]")
{
    Fixture f;
    PipelineRepository pipelines(f.tdb.db());
    QList<RouteStep> steps = {{0, 0, QStringLiteral("Позвонить клиенту"), 1, true}};
    REQUIRE(pipelines.setRouteSteps(f.pipeline.stages.at(0).id, steps));
    const qint64 client = f.addClient(QStringLiteral("Nordwind GmbH"));
    const qint64 id = f.addDeal(client, QStringLiteral("Pilot"), 100000, 0, Deal::Kind::Process);
    f.show();

    // Cancelled: the deal stays.
    bool asked = false;
    whenShown<QInputDialog>([](QInputDialog *d) { d->reject(); }, &asked);
    dropCard(f, id, f.column(1)->view()->viewport());
    QTRY_VERIFY(asked);
    QApplication::processEvents();
    CHECK(f.deals.load(id)->stageId == f.pipeline.stages.at(0).id);
    CHECK(f.idsIn(0) == QList<qint64>{id});

    asked = false;
    whenShown<QInputDialog>(
        [](QInputDialog *d) {
            CHECK(d->objectName() == QStringLiteral("moveReasonInputDialog"));
            CHECK(d->labelText().contains(QStringLiteral("Позвонить клиенту")));
            d->setTextValue(QStringLiteral("клиент торопится"));
            d->accept();
        },
        &asked);
    dropCard(f, id, f.column(1)->view()->viewport());
    QTRY_COMPARE(f.deals.load(id)->stageId, f.pipeline.stages.at(1).id);
    CHECK(asked);
    CHECK(f.deals.history(id).last().reason == QStringLiteral("клиент торопится"));
    CHECK(f.idsIn(1) == QList<qint64>{id});
    CHECK(f.messenger.errors.isEmpty());
}

TEST_CASE("A card dropped on Lost asks the reason and closes the deal", "[deals][ui]")
{
    Fixture f;
    const qint64 client = f.addClient(QStringLiteral("ИП Сидоров"));
    const qint64 id = f.addDeal(client, QStringLiteral("Мебель"), 7500000, 3);
    f.addDeal(client, QStringLiteral("Кресла"), 2500000, 3);
    f.show();
    REQUIRE(f.column(3)->totals().count == 2);
    QWidget *lost = f.find<DealDropZone>("lostDealDropZone");

    // Without a reason there is no OK; cancelled, the deal stays open.
    bool asked = false;
    whenShown<LoseDealDialog>(
        [](LoseDealDialog *d) {
            auto *buttons = d->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
            CHECK_FALSE(buttons->button(QDialogButtonBox::Ok)->isEnabled());
            d->reject();
        },
        &asked);
    dropCard(f, id, lost);
    QTRY_VERIFY(asked);
    QApplication::processEvents();
    CHECK(f.deals.load(id)->status == Deal::Status::Open);

    const qint64 price = LossReasonRepository(f.tdb.db()).find(QStringLiteral("Price"));
    REQUIRE(price != 0);
    asked = false;
    whenShown<LoseDealDialog>(
        [price](LoseDealDialog *d) {
            auto *reason = d->findChild<QComboBox *>(QStringLiteral("lossReasonComboBox"));
            reason->setCurrentIndex(reason->findData(price));
            d->findChild<QPlainTextEdit *>(QStringLiteral("lossCommentPlainTextEdit"))
                ->setPlainText(QStringLiteral("Нашли дешевле"));
            clickOk(d);
        },
        &asked);
    dropCard(f, id, lost);
    QTRY_COMPARE(f.deals.load(id)->status, Deal::Status::Lost);
    const Deal d = *f.deals.load(id);
    CHECK(d.lossReasonId == price);
    CHECK(d.lossComment == QStringLiteral("Нашли дешевле"));
    CHECK(f.deals.history(id).last().status == QStringLiteral("lost"));
    CHECK(f.column(3)->model()->rowOf(id) < 0);
    CHECK(f.column(3)->totals().count == 1);
    CHECK(f.column(3)->totals().sum == 2500000);
    CHECK(f.messenger.errors.isEmpty());
}

TEST_CASE("A card dropped on Won asks the final amount, offering the deal's", "[deals][ui]")
{
    Fixture f;
    const qint64 id = f.addDeal(f.addClient(QStringLiteral("Horizon Ltd")),
                                QStringLiteral("Licences"), 1200000, 4);
    f.show();
    bool asked = false;
    whenShown<WinDealDialog>(
        [](WinDealDialog *d) {
            auto *amount = d->findChild<MoneyEdit *>(QStringLiteral("finalAmountMoneyEdit"));
            CHECK(amount->value() == 1200000);
            amount->selectAll();
            QTest::keyClicks(amount, QStringLiteral("11 500"));
            clickOk(d);
        },
        &asked);
    dropCard(f, id, f.find<DealDropZone>("wonDealDropZone"));
    QTRY_COMPARE(f.deals.load(id)->status, Deal::Status::Won);
    CHECK(f.deals.load(id)->finalAmount == 1150000);
    CHECK(f.column(4)->totals().count == 0);
}

TEST_CASE("The deal card edits the amount with undo and saves it", "[deals][ui]")
{
    Fixture f;
    const qint64 client = f.addClient(QStringLiteral("ООО «Вектор»"));
    const qint64 id = f.addDeal(client, QStringLiteral("Внедрение CRM"), 30000000, 1);
    f.show();
    DealForm *form = f.section()->form();
    CHECK_FALSE(form->isVisible());

    // Selecting the card shows the deal beside the board.
    StageListView *view = f.column(1)->view();
    view->setCurrentIndex(view->model()->index(0, 0));
    REQUIRE(form->isVisible());
    REQUIRE(form->buffer().id == id);
    auto *amount = f.find<MoneyEdit>("amountMoneyEdit");
    CHECK(amount->value() == 30000000);

    amount->setFocus();
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("450000,50"));
    CHECK(form->buffer().amount == 45000050);
    CHECK(form->isModified());
    CHECK(f.find<QPushButton>("saveDealPushButton")->isEnabled());
    f.find<QAction>("undoAction")->trigger();
    CHECK(form->buffer().amount == 30000000);
    CHECK(amount->value() == 30000000);
    CHECK_FALSE(form->isModified());
    f.find<QAction>("redoAction")->trigger();
    CHECK(form->buffer().amount == 45000050);

    // A title edit and a product line, then Save.
    auto *title = f.find<QLineEdit>("dealTitleLineEdit");
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("CRM rollout"));
    QTest::mouseClick(f.find<QPushButton>("addItemPushButton"), Qt::LeftButton);
    auto *items = f.find<QTableWidget>("dealItemsTableWidget");
    REQUIRE(items->rowCount() == 1);
    items->model()->setData(items->model()->index(0, 0), QStringLiteral("Лицензия"));
    items->model()->setData(items->model()->index(0, 1), QStringLiteral("2,5"));
    items->model()->setData(items->model()->index(0, 3), QStringLiteral("1 200"));
    items->model()->setData(items->model()->index(0, 4), QStringLiteral("10"));
    CHECK(form->buffer().items.at(0).total() == 270000);
    CHECK(f.find<QLabel>("itemsTotalLabel")->text().contains(Money::format(270000)));

    QTest::mouseClick(f.find<QPushButton>("saveDealPushButton"), Qt::LeftButton);
    CHECK(f.messenger.errors.isEmpty());
    CHECK_FALSE(form->isModified());
    const Deal saved = *f.deals.load(id);
    CHECK(saved.amount == 45000050);
    CHECK(saved.title == QStringLiteral("CRM rollout"));
    REQUIRE(saved.items.size() == 1);
    CHECK(saved.items.at(0).quantity == 2500);
    CHECK(saved.items.at(0).discount == 1000);
    // The board and the client's open total follow.
    CHECK(f.column(1)->totals().sum == 45000050);
    CHECK(f.clients.rows({client}).first().openDealsAmount == 45000050);
}

TEST_CASE("Won and Lost from the deal card, then reopened; tasks ticked done", "[deals][ui]")
{
    Fixture f;
    const qint64 id =
        f.addDeal(f.addClient(QStringLiteral("ООО «Берег»")), QStringLiteral("Склад"), 900000, 2);
    Task task;
    task.title = QStringLiteral("Отправить КП");
    task.dealId = id;
    task.dueAt = QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODate);
    REQUIRE(TaskRepository(f.tdb.db()).create(task));
    f.show();
    REQUIRE(f.section()->openDeal(id));
    DealForm *form = f.section()->form();

    // The card on the board shows the overdue task.
    const QModelIndex card = f.column(2)->model()->index(0, 0);
    CHECK(card.data(StageColumnModel::NextTaskRole).toString() == QStringLiteral("Отправить КП"));
    CHECK(card.data(StageColumnModel::OverdueRole).toBool());

    auto *tasks = f.find<QTreeWidget>("dealTasksTreeWidget");
    REQUIRE(tasks->topLevelItemCount() == 1);
    tasks->topLevelItem(0)->setCheckState(0, Qt::Checked);
    QTRY_COMPARE(TaskRepository(f.tdb.db()).load(task.id)->status, QStringLiteral("done"));
    CHECK(f.column(2)->model()->index(0, 0).data(StageColumnModel::NextTaskRole).toString() ==
          QString());

    bool asked = false;
    whenShown<WinDealDialog>([](WinDealDialog *d) { clickOk(d); }, &asked);
    form->winAction()->trigger();
    CHECK(asked);
    CHECK(f.deals.load(id)->status == Deal::Status::Won);
    CHECK(form->buffer().status == Deal::Status::Won);
    CHECK(form->reopenAction()->isEnabled());
    CHECK_FALSE(form->winAction()->isEnabled());
    CHECK(f.find<QLabel>("dealResultLabel")->text().contains(Money::format(900000)));
    form->reopenAction()->trigger();
    CHECK(f.deals.load(id)->status == Deal::Status::Open);
    CHECK(f.deals.history(id).last().reason == QStringLiteral("Reopened"));
    CHECK(f.column(2)->model()->rowOf(id) >= 0);
}

TEST_CASE("The filter bar narrows the board; the table shows the same deals, sorted", "[deals][ui]")
{
    Fixture f;
    const qint64 romashka = f.addClient(QStringLiteral("ООО «Ромашка»"));
    const qint64 nord = f.addClient(QStringLiteral("Nordwind GmbH"));
    for (int i = 0; i < 6; ++i)
        f.addDeal(i % 2 ? romashka : nord, QStringLiteral("Поставка %1").arg(i), (i + 1) * 100000,
                  i % 3);
    f.show();
    auto count = [&f] {
        int n = 0;
        for (StageColumn *c : f.board()->columns())
            n += c->totals().count;
        return n;
    };
    CHECK(count() == 6);
    auto *search = f.find<QLineEdit>("dealSearchLineEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("nordwind"));
    QTRY_COMPARE(count(), 3);
    CHECK(f.idsIn(0).size() == 1);
    search->clear();
    QTRY_COMPARE(count(), 6);
    auto *minAmount = f.find<MoneyEdit>("minAmountMoneyEdit");
    QTest::keyClicks(minAmount, QStringLiteral("3500"));
    QTRY_COMPARE(count(), 3);

    f.find<QAction>("tableViewAction")->trigger();
    auto *table = f.find<QTableView>("dealsTableView");
    REQUIRE(table->isVisible());
    DealTableModel *model = f.section()->tableModel();
    CHECK(model->rowCount() == 3);
    table->sortByColumn(DealTableModel::Amount, Qt::AscendingOrder);
    CHECK(model->index(0, DealTableModel::Amount).data(DealTableModel::RawValueRole).toLongLong() ==
          400000);
    CHECK(model->index(2, DealTableModel::Amount).data(DealTableModel::RawValueRole).toLongLong() ==
          600000);
    // Selecting a row shows the deal.
    table->selectRow(1);
    CHECK(f.section()->form()->buffer().id == model->idAt(1));
    f.find<QAction>("boardViewAction")->trigger();
    CHECK(f.board()->isVisible());
}

TEST_CASE("A new deal from the toolbar lands on the board; the client card lists it", "[deals][ui]")
{
    Fixture f;
    const qint64 client = f.addClient(QStringLiteral("ООО «Новая»"));
    f.show();
    // No deal yet: the section says what it is for.
    CHECK(f.find<QPushButton>("emptyNewDealPushButton")->isVisible());

    bool asked = false;
    whenShown<NewDealDialog>(
        [client](NewDealDialog *d) {
            d->setClient(client, QStringLiteral("ООО «Новая»"));
            // Typed as an input method would give it: keyClicks knows only ASCII.
            d->findChild<QLineEdit *>(QStringLiteral("newDealTitleLineEdit"))
                ->insert(QStringLiteral("Первая поставка"));
            QTest::keyClicks(d->findChild<MoneyEdit *>(QStringLiteral("newDealAmountMoneyEdit")),
                             QStringLiteral("250 000"));
            clickOk(d);
        },
        &asked);
    f.find<QAction>("newDealAction")->trigger();
    CHECK(asked);
    CHECK(f.messenger.errors.isEmpty());
    const QList<Deal> mine = f.deals.forClient(client);
    REQUIRE(mine.size() == 1);
    CHECK(mine.first().amount == 25000000);
    CHECK(f.idsIn(0) == QList<qint64>{mine.first().id});
    CHECK(f.section()->form()->buffer().id == mine.first().id);
    CHECK(f.board()->isVisible());

    // The client list's column and the card's Deals tab.
    f.find<QListWidget>("sectionsListWidget")->setCurrentRow(0);
    ClientListModel *list = f.window->listPane()->model();
    const int row = list->loadedRowOf(client);
    REQUIRE(row >= 0);
    CHECK(list->index(row, ClientListModel::OpenDeals).data(ClientListModel::RawValueRole) ==
          25000000);
    f.window->listPane()->selectId(client);
    f.window->card()->openClient(client);
    auto *dealsTree = f.find<QTreeWidget>("clientDealsTreeWidget");
    REQUIRE(dealsTree->topLevelItemCount() == 1);
    CHECK(dealsTree->topLevelItem(0)->text(0) == QStringLiteral("Первая поставка"));
    // The client's sales at a glance above the deals.
    auto *summary = f.find<QLabel>("clientSalesSummaryLabel");
    CHECK(summary->text().contains(QStringLiteral("won 0, lost 0, open 1")));
    CHECK(summary->text().contains(QStringLiteral("no contact yet")));
    REQUIRE(f.deals.win(mine.first().id, 24000000));
    f.window->card()->openClient(client);
    CHECK(summary->text().contains(QStringLiteral("won 1, lost 0, open 0")));
    CHECK(summary->text().contains(QStringLiteral("240")));
    CHECK(summary->text().contains(QStringLiteral("average cycle 0 day(s)")));
    // Opening it goes to the Deals section with its card.
    dealsTree->setCurrentItem(dealsTree->topLevelItem(0));
    QTest::mouseClick(f.find<QPushButton>("openClientDealPushButton"), Qt::LeftButton);
    CHECK(f.section()->isVisible());
    CHECK(f.section()->form()->buffer().id == mine.first().id);
}

TEST_CASE("The board column model and the table model pass QAbstractItemModelTester",
          "[deals][ui][models]")
{
    Fixture f;
    const qint64 client = f.addClient(QStringLiteral("ООО «Много»"));
    for (int i = 0; i < 130; ++i)
        f.addDeal(client, QStringLiteral("Сделка %1").arg(i, 3, 10, QLatin1Char('0')),
                  (i % 17) * 100000, i % 10 == 0 ? 1 : 0);
    g_modelFailures.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectModelFailures);

    DealFilter filter;
    filter.pipelineId = f.pipeline.id;
    // Pages of 50 as the view scrolls (the tester below fetches by itself).
    StageColumnModel paged(f.deals, f.pipeline.stages.at(0).id);
    paged.setFilter(filter);
    CHECK(paged.rowCount() == StageColumnModel::kPageSize);
    REQUIRE(paged.canFetchMore({}));
    paged.fetchMore({});
    CHECK(paged.rowCount() == 2 * StageColumnModel::kPageSize);
    paged.fetchMore({});
    CHECK(paged.rowCount() == 117);
    CHECK_FALSE(paged.canFetchMore({}));

    StageColumnModel column(f.deals, f.pipeline.stages.at(0).id);
    QAbstractItemModelTester columnTester(&column,
                                          QAbstractItemModelTester::FailureReportingMode::Warning);
    // It would fetch from its modelReset slot, before its own reset bookkeeping
    // is done, and report that as a change in flight: the test fetches instead.
    columnTester.setUseFetchMore(false);
    column.setFilter(filter);
    while (column.canFetchMore({}))
        column.fetchMore({});
    CHECK(column.rowCount() == 117);
    // Oldest in the stage first, each card once.
    QSet<qint64> seen;
    for (int row = 0; row < column.rowCount(); ++row)
        seen.insert(column.idAt(row));
    CHECK(seen.size() == 117);
    column.reload();
    CHECK(column.rowCount() == 117);
    filter.text = QStringLiteral("Сделка 00");
    column.setFilter(filter);
    CHECK(column.rowCount() == 9); // 001..009 but 000, which is in the second stage

    DealTableModel table(f.deals);
    QAbstractItemModelTester tableTester(&table,
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    DealFilter all;
    all.pipelineId = f.pipeline.id;
    table.setFilter(all);
    REQUIRE(table.rowCount() == 130);
    table.sort(DealTableModel::Title, Qt::AscendingOrder);
    for (int row = 0; row < 130; row += 13)
        CHECK(table.index(row, DealTableModel::Title).data().toString() ==
              QStringLiteral("Сделка %1").arg(row, 3, 10, QLatin1Char('0')));
    table.sort(DealTableModel::Amount, Qt::DescendingOrder);
    qint64 last = std::numeric_limits<qint64>::max();
    for (int row = 0; row < 130; ++row) {
        const qint64 amount = table.index(row, DealTableModel::Amount)
                                  .data(DealTableModel::RawValueRole)
                                  .toLongLong();
        REQUIRE(amount <= last);
        last = amount;
    }
    qInstallMessageHandler(previous);
    CHECK(g_modelFailures == QStringList());
}

TEST_CASE("Files dropped on the deal card and interactions recorded there belong to the deal",
          "[deals][ui]")
{
    Fixture f;
    const qint64 client = f.addClient(QStringLiteral("ООО «Архив»"));
    const qint64 id = f.addDeal(client, QStringLiteral("Стеллажи"), 1500000, 1);
    f.show();
    REQUIRE(f.section()->openDeal(id));
    DealForm *form = f.section()->form();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Смета.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("смета");
    file.close();
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = form->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(form, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(form, &drop);
    const QList<Attachment> files = f.attachments.forDeal(id);
    REQUIRE(files.size() == 1);
    CHECK(files.first().name == QStringLiteral("Смета.txt"));
    CHECK(f.attachments.forClient(client).size() == 1);
    auto *tree = f.find<QTreeWidget>("dealFilesTreeWidget");
    CHECK(form->tabs()->currentWidget() == tree->parentWidget());
    CHECK(tree->topLevelItemCount() == 1);

    bool asked = false;
    whenShown<InteractionDialog>(
        [](InteractionDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("interactionResultLineEdit"))
                ->setText(QStringLiteral("Ждут смету"));
            d->accept();
        },
        &asked);
    QTest::mouseClick(f.find<QPushButton>("recordDealInteractionPushButton"), Qt::LeftButton);
    CHECK(asked);
    const QList<Interaction> timeline = f.interactions.forClient(client);
    REQUIRE(timeline.size() == 1);
    CHECK(timeline.first().dealId == id);
    CHECK(timeline.first().subject == QStringLiteral("Стеллажи"));
    CHECK(f.find<QTreeWidget>("dealInteractionsTreeWidget")->topLevelItemCount() == 1);

    // The proposal of the deal opens from the card.
    CHECK(form->proposalAction()->isEnabled());
    asked = false;
    whenShown<ProposalDialog>([](ProposalDialog *d) { d->reject(); }, &asked);
    form->proposalAction()->trigger();
    CHECK(asked);
}

// Not a check: the screens of the deals UI on demo data, for a person to look
// at. Run by name with CLIENTELE_SCREENSHOT_DIR set.
TEST_CASE("Deals screens", "[.screens]")
{
    const QString shots = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR");
    REQUIRE_FALSE(shots.isEmpty());
    Fixture f;
    DemoGenerator::Options o;
    o.clients = 300;
    o.deals = 300;
    REQUIRE(DemoGenerator(f.tdb.db()).generate(o));
    f.show();
    auto save = [&](QWidget *w, const char *name) {
        QApplication::processEvents();
        REQUIRE(w->grab().save(QDir(shots).filePath(QLatin1String(name))));
    };
    DealFilter open;
    open.status = Deal::Status::Open;
    const qint64 id = f.deals.ids(open, DealSort::Amount, true, 1).first();
    REQUIRE(f.section()->openDeal(id));
    DealForm *form = f.section()->form();
    for (int tab = 0; tab < form->tabs()->count(); ++tab) {
        form->tabs()->setCurrentIndex(tab);
        save(f.window.get(), QStringLiteral("deal-tab-%1.png").arg(tab).toUtf8().constData());
    }
    f.find<QAction>("tableViewAction")->trigger();
    save(f.window.get(), "deals-table.png");
    f.find<QAction>("boardViewAction")->trigger();

    bool shown = false;
    whenShown<LoseDealDialog>(
        [&](LoseDealDialog *d) {
            save(d, "lose-dialog.png");
            d->reject();
        },
        &shown);
    form->loseAction()->trigger();
    whenShown<WinDealDialog>(
        [&](WinDealDialog *d) {
            save(d, "win-dialog.png");
            d->reject();
        },
        &shown);
    form->winAction()->trigger();
    whenShown<NewDealDialog>(
        [&](NewDealDialog *d) {
            save(d, "new-deal-dialog.png");
            d->reject();
        },
        &shown);
    f.find<QAction>("newDealAction")->trigger();

    f.find<QListWidget>("sectionsListWidget")->setCurrentRow(0);
    const qint64 client = f.deals.load(id)->clientId;
    f.window->listPane()->model()->sort(ClientListModel::OpenDeals, Qt::DescendingOrder);
    f.window->card()->openClient(client);
    auto *tabs = f.find<QTabWidget>("cardTabWidget");
    tabs->setCurrentWidget(f.find<QTreeWidget>("clientDealsTreeWidget")->parentWidget());
    save(f.window.get(), "client-deals.png");
}
