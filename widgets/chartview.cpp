#include "chartview.h"

#include "displaytext.h"
#include "figureplot.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolTip>
#include <QVBoxLayout>

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setContentsMargins(2, 0, 2, 0);
    return label;
}

// Dark orange on a light window, light orange on a dark one: the warning reads on either desktop.
void colourWarning(QLabel *label, const QColor &window)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     window.lightness() < 128 ? QColor(0xFF, 0xB8, 0x70) : QColor(0xA6, 0x3C, 0x00));
    label->setPalette(palette);
}

} // namespace

ChartView::ChartView(ViewKind kind, std::shared_ptr<const Analysis> analysis, QWidget *parent)
    : FigureView(kind, std::move(analysis), parent), m_plot(createFigurePlot(kind).release()),
      m_controls(new QHBoxLayout), m_titleLabel(plainLabel(this)), m_warningLabel(plainLabel(this)),
      m_noteLabel(plainLabel(this))
{
    Q_ASSERT(m_plot); // every chart view has a plot; the Table is no ChartView
    m_plot->setParent(this);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_noteLabel->setForegroundRole(QPalette::PlaceholderText);
    colourWarning(m_warningLabel, palette().color(QPalette::Window));
    m_warningLabel->hide();
    // The plot is paper, light on any desktop: a margin all round shows it as a panel on a dark window.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    m_controls->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(m_controls);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_noteLabel);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ChartView::showToolTip);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, &ChartView::openMark);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_plot, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        if (const std::optional<PlotMark> mark = m_plot->markAt(position)) {
            QMenu *menu = createMarkMenu(*mark, this);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(m_plot->mapToGlobal(position));
        }
    });
}

void ChartView::apply(const Filter &filter)
{
    rememberFilter(filter);
    m_figure = buildFigure(analysis(), filter, kind(), {.greyscale = greyscale()});
    m_titleLabel->setText(m_figure.title);
    m_warningLabel->setText(m_figure.warning);
    m_warningLabel->setVisible(!m_figure.warning.isEmpty());
    m_noteLabel->setText(m_figure.note);
    m_plot->showFigure(m_figure);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    syncControls(filter);
}

void ChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        colourWarning(m_warningLabel, palette().color(QPalette::Window));
    FigureView::changeEvent(event);
}

void ChartView::addLabelledControl(const QString &label, QWidget *control)
{
    auto *buddy = new QLabel(label, this);
    buddy->setBuddy(control);
    m_controls->addWidget(buddy);
    m_controls->addWidget(control);
}

QMenu *ChartView::createMarkMenu(const PlotMark &mark, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    if (!mark.programmeId.isEmpty()) {
        menu->addAction(tr("Show in &Table"), this,
                        [this, id = mark.programmeId] { emit programmeChosen(id); });
    }
    if (!mark.countryCode.isEmpty()) {
        menu->addAction(tr("&Filter to %1").arg(countryName(analysis(), mark.countryCode)), this,
                        [this, code = mark.countryCode] { filterToCountry(code); });
    }
    menu->addAction(tr("&Copy as Text"), this,
                    [lines = mark.lines] { QApplication::clipboard()->setText(lines.join(u'\n')); });
    return menu;
}

void ChartView::openMark(QMouseEvent *event)
{
    // A double click opens what the mark stands for: a programme's details, or a country on its own.
    const std::optional<PlotMark> mark = m_plot->markAt(event->position());
    if (!mark)
        return;
    if (!mark->programmeId.isEmpty())
        emit programmeChosen(mark->programmeId);
    else if (!mark->countryCode.isEmpty())
        filterToCountry(mark->countryCode);
}

void ChartView::filterToCountry(const QString &code)
{
    editFilter([&](Filter &f) { f.countries = {code}; });
}

void ChartView::resetView()
{
    m_plot->showFigure(m_figure);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartView::showToolTip(QMouseEvent *event)
{
    const QString text = m_plot->toolTipAt(event->position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}
