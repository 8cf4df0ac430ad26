// What a stranger's data cannot do on this screen: a file that is a program
// is not opened (a harmless one opens from a private, read-only copy), and a
// client, deal, task or loss reason named like HTML reads as typed in labels,
// tooltips, charts and the exported PDF.
#include "reportsfixture.h"

#include "deals/lossreasonrepository.h"
#include "reports/losspage.h"
#include "tasks/taskrepository.h"
#include "tasks/taskssection.h"

#include <QChartView>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHelpEvent>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolTip>
#include <QTreeWidget>
#include <QUrl>

namespace {
const QString kScript = QStringLiteral("<script>alert(1)</script>");

// Takes the file URLs the program asks the desktop to open.
class DesktopCatcher : public QObject
{
    Q_OBJECT

public:
    DesktopCatcher() { QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "open"); }
    ~DesktopCatcher() override { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

bool ownerOnly(const QString &path, QFile::Permissions owner)
{
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const QFile::Permissions p = QFile::permissions(path);
    return (p & owner) == owner && !(p & others);
}

// Every visible label showing `typed`, as typed or escaped: none renders it
// as HTML. Returns how many there were.
int labelsShowingAsTyped(const QWidget *root, const QString &typed)
{
    int seen = 0;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        const QString text = label->text();
        if (!label->isVisible() || (!text.contains(typed) && !text.contains(typed.toHtmlEscaped())))
            continue;
        ++seen;
        const bool rich = label->textFormat() == Qt::RichText ||
                          (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        INFO(label->objectName().toStdString() << ": " << text.toStdString());
        CHECK_FALSE((rich && text.contains(typed)));
    }
    return seen;
}

// The tooltip shown over `index` of `view`, as the label that shows it.
const QLabel *toolTipOver(QAbstractItemView *view, const QModelIndex &index)
{
    const QPoint at = view->visualRect(index).center();
    QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &help);
    for (const QWidget *w : QApplication::topLevelWidgets())
        if (w->inherits("QTipLabel") && w->isVisible())
            return qobject_cast<const QLabel *>(w);
    return nullptr;
}
} // namespace

TEST_CASE("A document opens from a private read-only copy; a program is offered for saving",
          "[ui][security]")
{
    WindowFixture f;
    Client c;
    c.kind = Client::Kind::Company;
    c.name = QStringLiteral("ООО Ромашка");
    REQUIRE(f.clients.save(c));
    const QByteArray pdf("%PDF-1.4\n% Прайс\n");
    Attachment price, script, sneaky;
    REQUIRE(f.attachments.addData(c.id, 0, QStringLiteral("Прайс.pdf"), pdf, &price));
    REQUIRE(f.attachments.addData(c.id, 0, QStringLiteral("invoice.pdf.sh"),
                                  "#!/bin/sh\nrm -rf ~\n", &script));
    REQUIRE(f.attachments.addData(c.id, 0, QStringLiteral("../../escape.txt"), "text", &sneaky));
    DesktopCatcher desktop;
    f.messenger.confirmAnswer = false; // not "Save as…": that would ask where
    f.openWindow();
    f.window->openClient(c.id);
    auto *tree = f.find<QTreeWidget>("filesTreeWidget");
    f.find<QTabWidget>("cardTabWidget")->setCurrentWidget(tree->parentWidget());
    auto open = [&](qint64 id) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id)
                tree->setCurrentItem(tree->topLevelItem(i));
        QTest::mouseClick(f.find<QPushButton>("openFilePushButton"), Qt::LeftButton);
    };

    open(price.id);
    REQUIRE(desktop.urls.size() == 1);
    const QString copy = desktop.urls.first().toLocalFile();
    INFO(copy.toStdString());
    CHECK(QFileInfo(copy).fileName() == QStringLiteral("Прайс.pdf"));
    QFile opened(copy);
    REQUIRE(opened.open(QIODevice::ReadOnly));
    CHECK(opened.readAll() == pdf);
    CHECK(ownerOnly(copy, QFile::ReadOwner));
    CHECK_FALSE(QFile::permissions(copy) & QFile::WriteOwner); // read-only
    // The session's folder: nobody else may look in or put a file there.
    const QString session = QFileInfo(QFileInfo(copy).absolutePath()).absolutePath();
    CHECK(ownerOnly(session, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    CHECK(session.startsWith(QDir::tempPath()));

    open(script.id);
    CHECK(desktop.urls.size() == 1); // nothing handed to the desktop
    REQUIRE(f.messenger.confirmTexts.size() == 1);
    CHECK(f.messenger.confirmTexts.first().contains(QStringLiteral("«invoice.pdf.sh» is a program "
                                                                   "or a script")));

    // A name of the sender's choosing stays inside the private folder.
    open(sneaky.id);
    REQUIRE(desktop.urls.size() == 2);
    const QString inside = desktop.urls.last().toLocalFile();
    CHECK(QFileInfo(inside).fileName() == QStringLiteral("escape.txt"));
    CHECK(QFileInfo(QFileInfo(inside).absolutePath()).absolutePath() == session);
    CHECK(f.messenger.errors.isEmpty());
}

TEST_CASE("A client, deal and task named like HTML read as typed in labels and tooltips",
          "[ui][security]")
{
    WindowFixture f;
    REQUIRE(PipelineRepository(f.tdb.db()).ensureDefaults());
    const QString name = QStringLiteral("<b>Ромашка</b> ") + kScript;
    Client c;
    c.kind = Client::Kind::Company;
    c.name = name;
    c.city = kScript;
    ContactPerson person;
    person.firstName = QStringLiteral("<i>Иван</i>");
    person.lastName = kScript;
    person.position = QStringLiteral("{{company.inn}}");
    c.contacts << person;
    REQUIRE(f.clients.save(c));
    Interaction note;
    note.clientId = c.id;
    note.type = Interaction::Type::Note;
    note.occurredAt = QDateTime::currentDateTimeUtc();
    note.subject = kScript;
    note.text = QStringLiteral("<img src=x onerror=alert(1)> ") + kScript;
    REQUIRE(f.interactions.save(note));
    DealRepository deals(f.tdb.db(), QStringLiteral("Анна"));
    Deal d;
    d.clientId = c.id;
    d.title = kScript;
    d.stageId = PipelineRepository(f.tdb.db()).pipelines().first().stages.first().id;
    REQUIRE(deals.create(d));
    TaskRepository tasks(f.tdb.db(), QStringLiteral("Анна"));
    Task t;
    t.title = kScript;
    t.description = kScript;
    t.clientId = c.id;
    t.executor = QStringLiteral("Анна");
    REQUIRE(tasks.create(t));
    f.openWindow(QStringLiteral("Анна"), QSize(1440, 860));

    f.window->openClient(c.id);
    auto *tabs = f.find<QTabWidget>("cardTabWidget");
    int seen = 0;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        seen += labelsShowingAsTyped(f.window.get(), kScript);
    }
    CHECK(seen >= 2); // the card's title and subtitle at least

    // The interaction's text as its tooltip: shown as typed too.
    auto *history = f.find<QTreeWidget>("interactionsTreeWidget");
    tabs->setCurrentWidget(history->parentWidget());
    REQUIRE(history->topLevelItemCount() == 1);
    const QLabel *tip = toolTipOver(history, history->model()->index(0, 3));
    REQUIRE(tip != nullptr);
    CHECK(tip->text() == note.text);
    CHECK(tip->textFormat() == Qt::PlainText);
    QToolTip::hideText();

    f.window->openDeal(d.id);
    QApplication::processEvents();
    CHECK(labelsShowingAsTyped(f.window.get(), kScript) >= 1);

    f.window->openSection(QStringLiteral("tasks"));
    REQUIRE(f.window->tasks()->selectTask(t.id));
    QApplication::processEvents();
    CHECK(labelsShowingAsTyped(f.window.get(), kScript) >= 1);
}

TEST_CASE("A loss reason named like HTML reads as typed on the chart and in the PDF, which is "
          "the user's alone",
          "[ui][security]")
{
    ReportsFixture f;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Client c;
    c.kind = Client::Kind::Company;
    c.name = QStringLiteral("ООО Ромашка");
    REQUIRE(f.clients.save(c));
    const QString reason = QStringLiteral("<b>Дорого</b>"); // short: an axis label is not cut
    const qint64 reasonId = LossReasonRepository(f.tdb.db()).add(reason);
    REQUIRE(reasonId > 0);
    Deal d;
    d.clientId = c.id;
    d.title = QStringLiteral("Поставка");
    d.amount = 7000000;
    d.stageId = f.pipeline.stages.first().id;
    REQUIRE(f.deals.create(d));
    REQUIRE(f.deals.lose(d.id, reasonId));
    f.showReports(QStringLiteral("Анна"));
    f.reports()->setReport(ReportsSection::LossView);
    LossPage *page = f.reports()->losses();
    ReportsFixture::settle(page);

    QStringList drawn; // the axis labels and the legend, as laid out
    for (const QChartView *view : {page->reasonsChart(), page->trendChart()})
        for (const QGraphicsItem *item : view->scene()->items())
            if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item))
                drawn << text->toPlainText();
    INFO(drawn.join(QStringLiteral(" | ")).toStdString());
    CHECK(drawn.contains(reason));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("losses.pdf"));
    REQUIRE(f.reports()->exportPdf(path));
    CHECK(ownerOnly(path, QFile::ReadOwner | QFile::WriteOwner));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    INFO(text.toStdString());
    CHECK(text.contains(reason));
    QLocale::setDefault(QLocale::system());
}

#include "security_ui_test.moc"
