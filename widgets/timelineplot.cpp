#include "timelineplot.h"

#include "amountformat.h"
#include "chartstyle.h"
#include "figure.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int kLabelledPoints = 8;
constexpr int kEventLaneHeight = 140;
constexpr int kNameWidth = 230; // pixels of a programme's name beside its amount
constexpr int kEventLabelWidth = kEventLaneHeight * 85 / 100; // what the lane holds above its markers
constexpr int kHoverRadius = 10;
constexpr int kLabelGap = 8;

double dateKey(const QDate &date)
{
    return QCPAxisTickerDateTime::dateTimeToKey(QDateTime(date, QTime(0, 0), Qt::UTC));
}

QSharedPointer<QCPAxisTickerDateTime> yearTicker()
{
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(u"yyyy"_s);
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setTickCount(8);
    return ticker;
}

// The dates the announcements span, markers and events together; null dates when there are none.
std::pair<QDate, QDate> dateSpan(const TimelineData &data)
{
    QDate first, last;
    const auto extend = [&](const QDate &date) {
        first = first.isValid() ? std::min(first, date) : date;
        last = last.isValid() ? std::max(last, date) : date;
    };
    for (const TimelinePoint &point : data.points) {
        if (point.value > 0)
            extend(point.date);
    }
    for (const TimelineMarker &event : data.events)
        extend(event.date);
    return {first, last};
}

// A label in plot coordinates: `fixed`, then `text` cut with an ellipsis to `maxWidth` pixels of the label's
// font, by what fits and never by a count of characters. The tooltip holds the full text.
QCPItemText *smallLabel(QCustomPlot *plot, double pointSize, const QColor &colour, const QString &fixed,
                        const QString &text, int maxWidth)
{
    auto *label = new QCPItemText(plot);
    label->position->setType(QCPItemPosition::ptPlotCoords);
    QFont font = plot->font();
    font.setPointSizeF(pointSize);
    label->setFont(font);
    label->setColor(colour);
    label->setText(fixed + QFontMetrics(font).elidedText(text, Qt::ElideRight, maxWidth));
    return label;
}

} // namespace

TimelinePlot::TimelinePlot(QWidget *parent) : FigurePlot(parent), m_marginGroup(new QCPMarginGroup(this))
{
    setFocusPolicy(Qt::StrongFocus); // for the keyboard's zoom and pan
    connect(this, &QCustomPlot::afterLayout, this, &TimelinePlot::hideCrowdedLabels);
}

void TimelinePlot::drawFigure(const Figure &figure)
{
    // reset() deleted the lane and labels of the previous figure.
    m_eventLane = nullptr;
    m_eventLabels.clear();
    m_pointLabels.clear();
    m_data = std::get<TimelineData>(figure.chart);
    if (m_data.mode == TimelineMode::Announcements)
        drawAnnouncements(figure.greyscale);
    else
        drawAnnualised(figure.greyscale);
    // Along time only: the wheel zooms, a drag pans; amounts keep their scale.
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
}

void TimelinePlot::keyPressEvent(QKeyEvent *event)
{
    // The keyboard's zoom and pan: + and - zoom about the middle, the arrows move a tenth of the view.
    const QCPRange range = xAxis->range();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        xAxis->scaleRange(0.8);
        break;
    case Qt::Key_Minus:
        xAxis->scaleRange(1.25);
        break;
    case Qt::Key_Left:
        xAxis->moveRange(-range.size() / 10);
        break;
    case Qt::Key_Right:
        xAxis->moveRange(range.size() / 10);
        break;
    default:
        FigurePlot::keyPressEvent(event);
        return;
    }
    replot(rpQueuedReplot);
}

void TimelinePlot::drawAnnouncements(bool greyscale)
{
    xAxis->setTicker(yearTicker());
    xAxis->setTickLabels(false); // the events lane beneath carries the years
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    yAxis->setTicker(QSharedPointer<MoneyLogAxisTicker>::create(m_data.currency));
    yAxis->setLabel(tr("Amount (%1, log scale)").arg(m_data.currency));
    drawMarkers(greyscale);
    drawAmountLabels();
    drawEventLane(greyscale);

    const auto [first, last] = dateSpan(m_data);
    if (first.isValid())
        xAxis->setRange(dateKey(first.addMonths(-4)), dateKey(last.addMonths(4)));
    else
        xAxis->setRange(dateKey(QDate(m_data.fromYear, 1, 1)), dateKey(QDate(m_data.toYear + 1, 1, 1)));
    double minValue = 0, maxValue = 0;
    for (const TimelinePoint &point : std::as_const(m_data.points)) {
        if (point.value > 0) {
            minValue = minValue == 0 ? point.value : std::min(minValue, point.value);
            maxValue = std::max(maxValue, point.value);
        }
    }
    if (maxValue > 0)
        yAxis->setRange(minValue / 3, maxValue * 4);
    else
        yAxis->setRange(1e6, 1e12);
    placeLegendBelow(6);
    legend->setVisible(graphCount() > 0);
}

void TimelinePlot::drawMarkers(bool greyscale)
{
    // Countries with a colour of their own get a series each, in legend order; the rest share one grey
    // series.
    QList<QStringList> groups;
    QStringList others;
    for (const QString &code : std::as_const(m_data.countryOrder)) {
        if (m_data.countryColours.contains(code))
            groups.append({code});
        else
            others.append(code);
    }
    const qsizetype coloured = groups.size();
    if (!others.isEmpty())
        groups.append(others);
    for (int i = 0; i < groups.size(); ++i) {
        const bool others = i >= coloured;
        QVector<double> keys, values;
        for (const TimelinePoint &point : std::as_const(m_data.points)) {
            if (point.value > 0 && groups.at(i).contains(point.countryCode)) {
                keys.append(dateKey(point.date));
                values.append(point.value);
            }
        }
        if (keys.isEmpty())
            continue;
        QCPGraph *graph = addGraph();
        graph->setName(others ? tr("Other countries (%1)").arg(groups.at(i).size())
                              : m_data.countryNames.value(groups.at(i).constFirst()));
        graph->setLineStyle(QCPGraph::lsNone);
        // The others' group has no slot: its first country's lookup gives -1.
        const SeriesStyle style =
            seriesStyle(m_data.countryColours.value(groups.at(i).constFirst(), -1), greyscale);
        QColor fill = style.colour;
        fill.setAlpha(others ? 120 : 190);
        graph->setScatterStyle(QCPScatterStyle(style.marker, QPen(style.markerOutline, 1), fill, 9));
        graph->setData(keys, values);
    }
}

void TimelinePlot::drawAmountLabels()
{
    // Direct labels on the start programme and the largest amounts, so a printed page reads without the
    // tooltip; labels placed first win where they would overlap.
    QList<const TimelinePoint *> largest;
    for (const TimelinePoint &point : std::as_const(m_data.points))
        largest.append(&point);
    std::sort(largest.begin(), largest.end(),
              [](auto *a, auto *b) { return a->start != b->start ? a->start : a->value > b->value; });
    for (const TimelinePoint *point : largest.mid(0, kLabelledPoints)) {
        QCPItemText *label = smallLabel(this, 8, QColor(0x33, 0x33, 0x33), point->compactAmount + u"  "_s,
                                        point->name, kNameWidth);
        label->position->setCoords(dateKey(point->date), point->value);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(kLabelGap, 0, 0, 0));
        label->setClipToAxisRect(true);
        m_pointLabels.append(label);
    }
}

void TimelinePlot::drawEventLane(bool greyscale)
{
    // Beneath the main axis rect, sharing its date axis.
    m_eventLane = new QCPAxisRect(this);
    plotLayout()->addElement(1, 0, m_eventLane);
    m_eventLane->setMinimumSize(0, kEventLaneHeight);
    m_eventLane->setMaximumSize(QWIDGETSIZE_MAX, kEventLaneHeight);
    axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, m_marginGroup);
    m_eventLane->setMarginGroup(QCP::msLeft | QCP::msRight, m_marginGroup);
    QCPAxis *laneX = m_eventLane->axis(QCPAxis::atBottom);
    QCPAxis *laneY = m_eventLane->axis(QCPAxis::atLeft);
    laneX->setTicker(yearTicker());
    laneY->setRange(0, 1);
    laneY->setTicks(false);
    laneY->setTickLabels(false);
    laneY->setLabel(tr("Events"));
    laneY->grid()->setVisible(false);
    connect(xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), laneX,
            qOverload<const QCPRange &>(&QCPAxis::setRange));

    QList<const TimelineMarker *> events;
    for (const TimelineMarker &event : std::as_const(m_data.events))
        events.append(&event);
    std::sort(events.begin(), events.end(), [](auto *a, auto *b) { return a->date < b->date; });
    for (const TimelineMarker *event : std::as_const(events)) {
        const SeriesStyle style = seriesStyle(m_data.countryColours.value(event->countryCode, -1), greyscale);
        QCPGraph *marker = addGraph(laneX, laneY);
        marker->removeFromLegend();
        marker->setLineStyle(QCPGraph::lsNone);
        marker->setScatterStyle(QCPScatterStyle(style.marker, QPen(style.markerOutline, 1), style.colour, 7));
        marker->setData({dateKey(event->date)}, {0.08});
        QCPItemText *label =
            smallLabel(this, 7.5, QColor(0x44, 0x44, 0x44), {}, event->title, kEventLabelWidth);
        label->setClipAxisRect(m_eventLane);
        label->setClipToAxisRect(true);
        label->position->setAxes(laneX, laneY);
        label->position->setCoords(dateKey(event->date), 0.13);
        label->setRotation(-90);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_eventLabels.append(label);
    }
}

void TimelinePlot::drawAnnualised(bool greyscale)
{
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    xAxis->setTicker(ticker);
    xAxis->setNumberFormat(u"f"_s);
    xAxis->setNumberPrecision(0);
    xAxis->setLabel(tr("Year"));
    yAxis->setTicker(QSharedPointer<MoneyAxisTicker>::create(m_data.currency));
    yAxis->setLabel(tr("Funding per year (%1)").arg(m_data.currency));

    QVector<double> keys;
    for (int year : std::as_const(m_data.years))
        keys.append(year);
    QCPBars *below = nullptr;
    QVector<double> totals(keys.size(), 0.0);
    for (int i = 0; i < m_data.stacks.size(); ++i) {
        const StackedSeries &series = m_data.stacks.at(i);
        auto *bars = new QCPBars(xAxis, yAxis);
        bars->setName(series.label);
        bars->setWidth(0.72);
        const SeriesStyle style = seriesStyle(series.colour, greyscale);
        bars->setPen(style.outline);
        bars->setBrush(style.fill);
        bars->setData(keys, QVector<double>(series.values.cbegin(), series.values.cend()), true);
        if (below)
            bars->moveAbove(below);
        below = bars;
        for (qsizetype y = 0; y < keys.size(); ++y)
            totals[y] += series.values.at(y);
    }
    const double maxTotal = totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend());
    xAxis->setRange(keys.isEmpty() ? m_data.fromYear : keys.first() - 0.7,
                    keys.isEmpty() ? m_data.toYear + 1 : keys.last() + 0.7);
    yAxis->setRange(0, maxTotal > 0 ? maxTotal * 1.08 : 1);
    placeLegendBelow(6);
    legend->setVisible(!m_data.stacks.isEmpty());
}

void TimelinePlot::hideCrowdedLabels()
{
    // Labels are placed largest amount first; one that would overlap a label already shown gives way.
    QList<QRectF> taken;
    for (QCPItemText *label : std::as_const(m_pointLabels)) {
        const QPointF anchor = label->position->pixelPosition();
        const QRectF text = QFontMetricsF(label->font()).boundingRect(label->text());
        // A label that would run off the right edge goes on the marker's left instead.
        const bool leftSide = anchor.x() + kLabelGap + text.width() > axisRect()->rect().right();
        label->setPositionAlignment((leftSide ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        label->setPadding(leftSide ? QMargins(0, 0, kLabelGap, 0) : QMargins(kLabelGap, 0, 0, 0));
        const QRectF box(leftSide ? anchor.x() - kLabelGap - text.width() : anchor.x() + kLabelGap,
                         anchor.y() - text.height() / 2, text.width(), text.height());
        const bool overlaps =
            std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) { return r.intersects(box); });
        label->setVisible(!overlaps);
        if (!overlaps)
            taken.append(box);
    }
    // Event labels are rotated, so each needs about a line height of horizontal room.
    if (m_eventLabels.isEmpty())
        return;
    const double room = QFontMetricsF(m_eventLabels.first()->font()).height();
    double lastShown = -1e9;
    for (QCPItemText *label : std::as_const(m_eventLabels)) {
        const double x = label->position->pixelPosition().x();
        const bool fits = x - lastShown >= room;
        label->setVisible(fits);
        if (fits)
            lastShown = x;
    }
}

std::optional<PlotMark> TimelinePlot::markAt(const QPointF &position) const
{
    return m_data.mode == TimelineMode::Announcements ? announcementAt(position) : annualisedAt(position);
}

std::optional<PlotMark> TimelinePlot::announcementAt(const QPointF &position) const
{
    const TimelinePoint *nearest = nullptr;
    double best = kHoverRadius;
    for (const TimelinePoint &point : m_data.points) {
        const QPointF at(xAxis->coordToPixel(dateKey(point.date)), yAxis->coordToPixel(point.value));
        const double distance = QLineF(at, position).length();
        if (distance <= best) {
            best = distance;
            nearest = &point;
        }
    }
    if (nearest) {
        return PlotMark{nearest->programmeId,
                        nearest->countryCode,
                        {nearest->name, m_data.countryNames.value(nearest->countryCode),
                         tr("As announced: %1").arg(nearest->amountAsAnnounced),
                         tr("Converted: %1").arg(nearest->amountConverted),
                         tr("Announced: %1").arg(nearest->dateText), tr("Status: %1").arg(nearest->status),
                         tr("Source: %1").arg(nearest->source)}};
    }
    if (!m_eventLane || !m_eventLane->rect().contains(position.toPoint()))
        return std::nullopt;
    const QCPAxis *laneX = m_eventLane->axis(QCPAxis::atBottom);
    for (const TimelineMarker &event : m_data.events) {
        if (std::abs(laneX->coordToPixel(dateKey(event.date)) - position.x()) <= 5) {
            return PlotMark{{},
                            event.countryCode,
                            {event.title, m_data.countryNames.value(event.countryCode),
                             event.kind + u" · "_s + formatDate(event.date)}};
        }
    }
    return std::nullopt;
}

std::optional<PlotMark> TimelinePlot::annualisedAt(const QPointF &position) const
{
    const double year = std::round(xAxis->pixelToCoord(position.x()));
    const qsizetype index = m_data.years.indexOf(int(year));
    if (index < 0)
        return std::nullopt;
    const double value = yAxis->pixelToCoord(position.y());
    double base = 0;
    for (const StackedSeries &series : m_data.stacks) {
        const double top = base + series.values.at(index);
        if (value >= base && value <= top && series.values.at(index) > 0) {
            // A stack of one country stands for it; a category's stack for no one country.
            const QString country = m_data.countryNames.contains(series.key) ? series.key : QString();
            return PlotMark{{},
                            country,
                            {series.label, QString::number(int(year)),
                             formatAmount(series.values.at(index), m_data.currency)}};
        }
        base = top;
    }
    return std::nullopt;
}
