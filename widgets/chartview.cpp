#include "chartview.h"

#include "chartstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setContentsMargins(8, 0, 8, 0);
    return label;
}

} // namespace

ChartView::ChartView(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_controls(new QHBoxLayout), m_titleLabel(plainLabel(this)),
      m_warningLabel(plainLabel(this)), m_noteLabel(plainLabel(this))
{
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_noteLabel->setForegroundRole(QPalette::PlaceholderText);
    QPalette warningPalette = m_warningLabel->palette();
    warningPalette.setColor(QPalette::WindowText, QColor(0xA6, 0x3C, 0x00)); // dark orange, readable on light themes
    m_warningLabel->setPalette(warningPalette);
    m_warningLabel->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    m_controls->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(m_controls);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_noteLabel);
    applyChartStyle(m_plot);
}

void ChartView::addLabelledControl(const QString &label, QWidget *control)
{
    auto *buddy = new QLabel(label, this);
    buddy->setBuddy(control);
    m_controls->addWidget(buddy);
    m_controls->addWidget(control);
}

void ChartView::setFigure(const QString &title, const QString &note, const QStringList &sourceIds,
                          const QString &warning)
{
    m_title = title;
    m_note = note;
    m_sourceIds = sourceIds;
    m_warning = warning;
    m_titleLabel->setText(title);
    m_warningLabel->setText(warning);
    m_warningLabel->setVisible(!warning.isEmpty());
    m_noteLabel->setText(note);
}
