#include "losedealdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

LoseDealDialog::LoseDealDialog(const QString &title, const QList<QPair<qint64, QString>> &reasons,
                               QWidget *parent)
    : QDialog(parent), m_reason(new QComboBox(this)), m_comment(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("loseDealDialog"));
    setWindowTitle(tr("Deal lost"));
    m_reason->setObjectName(QStringLiteral("lossReasonComboBox"));
    m_comment->setObjectName(QStringLiteral("lossCommentPlainTextEdit"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark as lost"));
    for (const auto &[id, name] : reasons)
        m_reason->addItem(name, id);
    // No reason is chosen for the person: the point is to learn the real one.
    m_reason->setPlaceholderText(tr("Choose the reason…"));
    m_reason->setCurrentIndex(-1);
    m_comment->setPlaceholderText(tr("What happened, in a few words (optional)"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().height() * 4);

    auto *intro =
        new QLabel(tr("Why was «%1» lost? The reasons show in the loss report.").arg(title), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    auto *commentLabel = new QLabel(tr("&Comment:"), this);
    commentLabel->setBuddy(m_comment);
    form->addRow(reasonLabel, m_reason);
    form->addRow(commentLabel, m_comment);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_reason, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(index >= 0); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

qint64 LoseDealDialog::reasonId() const
{
    return m_reason->currentIndex() >= 0 ? m_reason->currentData().toLongLong() : 0;
}

QString LoseDealDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}
