#include "csvpreviewpage.h"

#include "filecheck.h"
#include "importsetup.h"
#include "io/csvreader.h"
#include "problemnotice.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

CsvPreviewPage::CsvPreviewPage(ImportSetup &setup, QWidget *parent)
    : QWizardPage(parent), m_setup(setup), m_encoding(new QComboBox(this)),
      m_delimiter(new QComboBox(this)), m_detected(new QLabel(this)),
      m_table(new QTableWidget(this)),
      m_problem(new ProblemNotice(QStringLiteral("previewProblemLabel"), this)),
      m_checkLabel(new QLabel(this)), m_check(new FileCheck(this))
{
    setTitle(tr("Check the text"));
    setSubTitle(tr("The first rows as Clientele reads them. If the letters look wrong or the "
                   "columns do not split, choose another encoding or delimiter."));
    m_encoding->setObjectName(QStringLiteral("encodingComboBox"));
    m_delimiter->setObjectName(QStringLiteral("delimiterComboBox"));
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_table->setObjectName(QStringLiteral("previewTableWidget"));
    m_checkLabel->setObjectName(QStringLiteral("fileCheckLabel"));

    m_encoding->addItem(tr("Unicode (UTF-8)"), QStringLiteral("UTF-8"));
    m_encoding->addItem(tr("Unicode (UTF-16)"), QStringLiteral("UTF-16"));
    m_encoding->addItem(tr("Cyrillic (windows-1251)"), QStringLiteral("windows-1251"));
    m_encoding->addItem(tr("Cyrillic (KOI8-R)"), QStringLiteral("KOI8-R"));
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar ( | )"), QStringLiteral("|"));

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setToolTip(tr("The numbers on the left are the lines of the file."));
    m_checkLabel->setWordWrap(true);

    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiter);
    auto *choices = new QHBoxLayout;
    choices->addWidget(encodingLabel);
    choices->addWidget(m_encoding);
    choices->addSpacing(12);
    choices->addWidget(delimiterLabel);
    choices->addWidget(m_delimiter);
    choices->addSpacing(12);
    choices->addWidget(m_detected, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_checkLabel);

    for (QComboBox *combo : {m_encoding, m_delimiter})
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvPreviewPage::reload);
    connect(m_check, &FileCheck::progressChanged, this, [this](qint64 done, qint64 total) {
        if (total > 0)
            m_checkLabel->setText(tr("Reading the whole file… %1 %").arg(done * 100 / total));
    });
    connect(m_check, &FileCheck::finished, this, &CsvPreviewPage::showCheck);
}

void CsvPreviewPage::select(QComboBox *combo, const QString &value, const QString &text)
{
    int index = combo->findData(value);
    if (index < 0) {
        // Detected, but not one of the usual choices (UTF-32, ISO-8859-5…).
        combo->addItem(text, value);
        index = combo->count() - 1;
    }
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(index);
}

void CsvPreviewPage::initializePage()
{
    // What the reader settles on its own is what the CLI would use too.
    CsvReader detector(m_setup.path);
    detector.open();
    QString encoding = detector.encoding();
    if (encoding.startsWith(QLatin1String("UTF-16"))) // the BOM tells the byte order
        encoding = QStringLiteral("UTF-16");
    const QChar delimiter = detector.delimiter().isNull() ? QLatin1Char(',') : detector.delimiter();
    select(m_encoding, encoding.isEmpty() ? QStringLiteral("UTF-8") : encoding, encoding);
    select(m_delimiter, QString(delimiter), QString(delimiter));
    m_detected->setText(
        encoding.isEmpty()
            ? QString()
            : tr("Detected: %1, %2").arg(m_encoding->currentText(), m_delimiter->currentText()));
    reload();
}

void CsvPreviewPage::reload()
{
    m_setup.csv.encoding = m_encoding->currentData().toString();
    m_setup.csv.delimiter = m_delimiter->currentData().toString().at(0);
    m_setup.header.clear();
    m_setup.sampleRows.clear();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);

    CsvReader reader(m_setup.path, m_setup.csv);
    QStringList fields;
    QStringList lines;
    int columns = 0;
    if (reader.next(&m_setup.header)) {
        columns = int(m_setup.header.size());
        while (m_setup.sampleRows.size() < PreviewRows && reader.next(&fields)) {
            columns = std::max(columns, int(fields.size()));
            m_setup.sampleRows << fields;
            lines << QLocale().toString(reader.line());
        }
    }
    m_table->setColumnCount(columns);
    m_table->setRowCount(int(m_setup.sampleRows.size()));
    QStringList labels;
    for (int c = 0; c < columns; ++c) {
        const QString label = m_setup.header.value(c).trimmed();
        labels << (label.isEmpty() ? tr("(column %1)").arg(c + 1) : label);
    }
    m_table->setHorizontalHeaderLabels(labels);
    m_table->setVerticalHeaderLabels(lines);
    for (int r = 0; r < m_setup.sampleRows.size(); ++r) {
        const QStringList &row = m_setup.sampleRows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            // One line per cell: a note with line breaks would make the row tall.
            QString text = row.at(c);
            text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
            m_table->setItem(r, c, new QTableWidgetItem(text));
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 280));

    m_readable = !reader.hasError();
    setProblem(reader.error());
    if (m_readable) {
        m_checkLabel->setText(tr("Reading the whole file…"));
        m_check->start(m_setup);
    } else {
        m_checkLabel->clear();
    }
    Q_EMIT completeChanged();
}

void CsvPreviewPage::showCheck()
{
    const QString error = m_check->error();
    if (!error.isEmpty()) {
        m_readable = false;
        m_checkLabel->clear();
        setProblem(error);
    } else {
        m_checkLabel->setText(tr("The whole file reads well: %Ln row(s) under the header.", nullptr,
                                 int(std::min<qint64>(m_check->records(), INT_MAX))));
    }
    Q_EMIT completeChanged();
}

void CsvPreviewPage::setProblem(const QString &text)
{
    m_problem->setText(text.isEmpty() ? QString()
                                      : tr("This file cannot be imported as it is read now:\n%1\n"
                                           "Try another encoding or delimiter, or fix the file.")
                                            .arg(QDir::toNativeSeparators(text)));
}

bool CsvPreviewPage::isComplete() const
{
    return m_readable && !m_check->isRunning() && m_check->error().isEmpty() &&
           !m_setup.header.isEmpty();
}
