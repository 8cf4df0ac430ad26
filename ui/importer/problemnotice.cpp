#include "problemnotice.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>

ProblemNotice::ProblemNotice(const QString &labelName, QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(labelName);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                       style()->standardIcon(QStyle::SP_MessageBoxWarning))
                          .pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    hide();
}

void ProblemNotice::setText(const QString &text)
{
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

QString ProblemNotice::text() const
{
    return m_text->text();
}
