#include "figureplot.h"

#include "barchartplot.h"
#include "chartstyle.h"
#include "figure.h"
#include "mapplot.h"
#include "timelineplot.h"

using namespace Qt::StringLiterals;

FigurePlot::FigurePlot(QWidget *parent) : QCustomPlot(parent)
{
    // QCustomPlot's constructor queues a draw, which would draw every plot of a window, the hidden ones too,
    // at whatever size they have then; this plot is drawn when shown instead (redraw()).
    QCoreApplication::removePostedEvents(this, QEvent::MetaCall);
    m_drawPending = true;
    connect(this, &QCustomPlot::beforeReplot, this, [this] { m_drawPending = false; });
    reset();
}

void FigurePlot::showFigure(const Figure &figure)
{
    reset();
    drawFigure(figure);
    if (m_selectedId.isEmpty())
        return;
    // The same mark in the new figure keeps the selection, with its new text (another currency, say).
    m_selectedIndex = indexOf(m_selectedId);
    if (m_selectedIndex < 0)
        m_selectedId.clear();
    emit selectionChanged(selectedMark());
}

void FigurePlot::placeLegendBelow(int maxColumns)
{
    // Nothing to list, no legend row: a row with an empty legend caps the width of the charts above it,
    // which then shrank to their axis labels.
    if (legend->itemCount() == 0)
        return;
    const int row = plotLayout()->rowCount();
    // The legend's border is drawn on the last pixel of its rect, which at the plot's edge fell outside
    // it: a frame one pixel narrower keeps the right and bottom borders on the page.
    auto *frame = new QCPLayoutGrid;
    plotLayout()->addElement(row, 0, frame);
    plotLayout()->setRowStretchFactor(row, 0.001);
    frame->setMargins(QMargins(0, 0, 1, 1));
    frame->addElement(0, 0, legend);
    legend->setMargins(QMargins(6, 4, 6, 4));
    legend->setVisible(true);
    m_legendColumns = maxColumns;
    fitLegendColumns();
}

void FigurePlot::fitLegendColumns()
{
    if (m_legendColumns == 0 || !legend)
        return;
    int widest = 1;
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (const QCPAbstractLegendItem *item = legend->item(i)) // a wrapped grid has empty cells
            widest = std::max(widest, item->minimumOuterSizeHint().width());
    }
    const int fits =
        (width() - legend->margins().left() - legend->margins().right()) / (widest + legend->columnSpacing());
    legend->setWrap(std::clamp(fits, 1, m_legendColumns));
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // re-flows the existing entries
}

void FigurePlot::resizeEvent(QResizeEvent *event)
{
    fitLegendColumns();
    // A window being laid out resizes its plots before it shows them: drawn once shown, at the size given.
    if (!isVisible()) {
        setViewport(rect());
        m_drawPending = true;
        return;
    }
    QCustomPlot::resizeEvent(event); // draws now
}

void FigurePlot::redraw()
{
    m_drawPending = true;
    if (isVisible())
        scheduleDraw();
}

void FigurePlot::showEvent(QShowEvent *event)
{
    QCustomPlot::showEvent(event);
    if (m_drawPending)
        scheduleDraw();
}

// At the next turn of the event loop, and not at all when the plot was drawn meanwhile: a window showing a
// plot resizes it, which draws it at once, after the figure asked to be drawn.
void FigurePlot::scheduleDraw()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_drawPending && isVisible())
                replot(rpQueuedRefresh);
        },
        Qt::QueuedConnection);
}

QList<PlotMark> FigurePlot::marks() const
{
    QList<PlotMark> all;
    all.reserve(markCount());
    for (qsizetype i = 0; i < markCount(); ++i)
        all.append(mark(i));
    return all;
}

std::optional<PlotMark> FigurePlot::markAt(const QPointF &position) const
{
    // A mark under the pointer wins (the smallest, where marks nest); failing that, the nearest whose
    // centre is a few pixels away.
    constexpr double kSlack = 5;
    qsizetype found = -1;
    double best = std::numeric_limits<double>::max();
    bool under = false;
    for (qsizetype i = 0; i < markCount(); ++i) {
        const QRectF bounds = markBounds(i);
        if (!bounds.adjusted(-kSlack, -kSlack, kSlack, kSlack).contains(position) || !isInView(bounds))
            continue;
        const std::optional<QPainterPath> outline = markOutline(i);
        if (outline ? outline->contains(position) : bounds.contains(position)) {
            const double area = bounds.width() * bounds.height();
            if (!under || area < best) {
                found = i;
                best = area;
                under = true;
            }
        } else if (!under) {
            // An outline is near only where it passes within the slack, not anywhere in its box: a
            // country's box holds much that is not the country.
            const QRectF near(position - QPointF(kSlack, kSlack), QSizeF(2 * kSlack, 2 * kSlack));
            if (outline && !outline->intersects(near))
                continue;
            const double distance = QLineF(bounds.center(), position).length();
            if (distance < best) {
                found = i;
                best = distance;
            }
        }
    }
    return found < 0 ? std::nullopt : std::optional<PlotMark>(mark(found));
}

bool FigurePlot::isInView(const QRectF &markBounds) const
{
    const QList<QCPAxisRect *> rects = axisRects();
    return std::any_of(rects.cbegin(), rects.cend(), [&](const QCPAxisRect *rect) {
        return rect->rect().contains(markBounds.center().toPoint());
    });
}

qsizetype FigurePlot::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < markCount(); ++i) {
        if (markId(i) == id)
            return i;
    }
    return -1;
}

std::optional<PlotMark> FigurePlot::selectedMark() const
{
    return m_selectedIndex < 0 ? std::nullopt : std::optional<PlotMark>(mark(m_selectedIndex));
}

void FigurePlot::selectMark(const QString &id)
{
    if (id == m_selectedId)
        return;
    m_selectedIndex = id.isEmpty() ? -1 : indexOf(id);
    m_selectedId = m_selectedIndex < 0 ? QString() : id;
    update();
    emit selectionChanged(selectedMark());
}

void FigurePlot::mouseReleaseEvent(QMouseEvent *event)
{
    // A click, not the end of a drag, selects the mark under the pointer; a click on no mark clears it.
    const bool click = event->button() == Qt::LeftButton && !mMouseHasMoved;
    QCustomPlot::mouseReleaseEvent(event);
    if (!click)
        return;
    const std::optional<PlotMark> mark = markAt(event->position());
    selectMark(mark ? mark->id : QString());
}

void FigurePlot::keyPressEvent(QKeyEvent *event)
{
    QList<qsizetype> inView;
    for (qsizetype i = 0; i < markCount(); ++i) {
        if (isInView(markBounds(i)))
            inView.append(i);
    }
    const qsizetype current = inView.indexOf(m_selectedIndex);
    qsizetype next = current;
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        next = current + 1;
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        next = current < 0 ? inView.size() - 1 : current - 1;
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = inView.size() - 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current >= 0)
            emit markActivated(mark(m_selectedIndex));
        return;
    case Qt::Key_Escape:
        if (current < 0)
            break;
        clearSelection();
        return;
    default:
        break;
    }
    if (next == current || next < 0 || next >= inView.size()) {
        QCustomPlot::keyPressEvent(event);
        return;
    }
    selectMark(markId(inView.at(next)));
}

void FigurePlot::paintEvent(QPaintEvent *event)
{
    QCustomPlot::paintEvent(event);
    if (m_selectedIndex < 0)
        return;
    const QRectF bounds = markBounds(m_selectedIndex);
    if (!isInView(bounds))
        return;
    // The selection is the screen's alone: pages draw through a fresh plot, which has none.
    // A dark ring on a white halo reads on every series colour and on the light plot.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    QPainterPath ring;
    if (const std::optional<QPainterPath> outline = markOutline(m_selectedIndex))
        ring = *outline;
    else
        ring.addRoundedRect(bounds.adjusted(-3, -3, 3, 3), 3, 3);
    painter.setPen(QPen(Qt::white, 4));
    painter.drawPath(ring);
    painter.setPen(QPen(QColor(0x11, 0x11, 0x11), 2));
    painter.drawPath(ring);
}

QString FigurePlot::toolTipAt(const QPointF &position) const
{
    const std::optional<PlotMark> mark = markAt(position);
    return mark ? toolTipHtml(mark->lines) : QString();
}

void FigurePlot::reset()
{
    // Rebuilt from nothing, laid out as QCustomPlot's constructor does: a figure drawn after another must not
    // inherit its ranges, tickers, extra axis rects or signal connections.
    clearPlottables();
    clearItems();
    m_legendColumns = 0;
    plotLayout()->clear(); // deletes the axis rects and the legend, which reset the public pointers
    auto *axisRect = new QCPAxisRect(this, true);
    plotLayout()->addElement(0, 0, axisRect);
    xAxis = axisRect->axis(QCPAxis::atBottom);
    yAxis = axisRect->axis(QCPAxis::atLeft);
    xAxis2 = axisRect->axis(QCPAxis::atTop);
    yAxis2 = axisRect->axis(QCPAxis::atRight);
    legend = new QCPLegend;
    legend->setVisible(false);
    axisRect->insetLayout()->addElement(legend, Qt::AlignRight | Qt::AlignTop);
    axisRect->insetLayout()->setMargins(QMargins(12, 12, 12, 12));
    axisRect->setLayer(u"background"_s);
    // In the constructor's order: axes() iterates a hash, whose order changes from process to process.
    for (QCPAxis *axis : {xAxis, yAxis, xAxis2, yAxis2}) {
        axis->setLayer(u"axes"_s);
        axis->grid()->setLayer(u"grid"_s);
    }
    legend->setLayer(u"legend"_s);
    applyChartStyle(this);
}

std::unique_ptr<FigurePlot> createFigurePlot(ViewKind view)
{
    switch (view) {
    case ViewKind::Timeline:
        return std::make_unique<TimelinePlot>();
    case ViewKind::Recipients:
    case ViewKind::Comparison:
        return std::make_unique<BarChartPlot>();
    case ViewKind::Table:
        return nullptr;
    }
    return nullptr;
}

std::unique_ptr<FigurePlot> createFigurePlot(const Figure &figure)
{
    if (const auto *comparison = std::get_if<ComparisonData>(&figure.chart); comparison && comparison->map)
        return std::make_unique<MapPlot>();
    return createFigurePlot(figure.view);
}

bool drawsFigure(const FigurePlot &plot, const Figure &figure)
{
    const auto *comparison = std::get_if<ComparisonData>(&figure.chart);
    return (qobject_cast<const MapPlot *>(&plot) != nullptr) == (comparison && comparison->map);
}

QString toolTipHtml(const QStringList &lines)
{
    QString html = u"<p style='white-space:pre'><b>"_s + lines.value(0).toHtmlEscaped() + u"</b>"_s;
    for (qsizetype i = 1; i < lines.size(); ++i)
        html += u"<br>"_s + lines.at(i).toHtmlEscaped();
    return html + u"</p>"_s;
}
