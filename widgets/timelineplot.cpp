#include "timelineplot.h"

#include "amountformat.h"
#include "chartstyle.h"
#include "displaytext.h"
#include "figure.h"
#include "language.h"
#include "stringhash.h"
#include "timelinebuilder.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace {

constexpr int kLabelledPoints = 8;
constexpr int kEventLaneMinHeight = 100;
constexpr int kEventLaneMaxHeight = 230;
constexpr double kEventLabelRoom = 0.85; // of the lane's height, above its markers
constexpr int kNameWidth = 170;          // pixels of a programme's name beside its amount
// How far a label may move up or down, on a leader line, to find room: a few lines, and never so far on a
// short plot that it sits by another amount's grid line.
constexpr int kLabelShifts = 4;
constexpr double kMaxLabelShift = 0.15; // of the plot's height
constexpr double kMarkerRadius = 4.5;   // of a 9-pixel marker
constexpr double kEventMarkerSize = 7;
constexpr double kEventHalfWidth = 5;
constexpr double kBarWidth = 0.72; // of a year
constexpr int kLabelGap = 8;

// QCPAxisTickerDateTime's key for midnight UTC at the start of `date`, worked out by day numbers: through
// QDateTime it cost more than the rest of drawing a large timeline.
double dateKey(const QDate &date)
{
    static const qint64 kEpochDay = QDate(1970, 1, 1).toJulianDay();
    constexpr double kSecondsPerDay = 86400;
    return double(date.toJulianDay() - kEpochDay) * kSecondsPerDay;
}

// A date given only to the month is drawn at the month's first day.
double dateKey(const PartialDate &date)
{
    return dateKey(date.firstDay());
}

// Country codes to a number, looked up for each of many thousand points.
class CountryNumbers
{
public:
    void insert(const QString &code, int number) { m_numbers.emplace(utf16View(code), number); }
    int value(const QString &code, int fallback) const
    {
        const auto found = m_numbers.find(utf16View(code));
        return found == m_numbers.end() ? fallback : found->second;
    }

private:
    std::unordered_map<std::u16string_view, int> m_numbers; // views into the caller's strings
};

// Ticks on the first of January of whole years, labelled with the year. A plain date ticker steps by half
// years over a few years' span, and labelled "yyyy" it printed each year twice, the second at July. Spans
// under two years, as when zoomed in or when a filter leaves a few months, get ticks on the first of every
// month, or of every second, third or sixth, labelled with month and year: a plain ticker's half-month steps
// named each month twice. No more ticks than the axis has room to label: a plot narrowed by the detail pane
// otherwise ran its labels together.
class YearTicker : public QCPAxisTickerDateTime
{
public:
    explicit YearTicker(const QCPAxis *axis) : m_axis(axis) { setDateTimeSpec(Qt::UTC); }

protected:
    double getTickStep(const QCPRange &range) override
    {
        constexpr double kSecondsPerYear = 365.2425 * 86400;
        constexpr int kPixelsPerLabel = 56;      // a year label and as much space again
        constexpr int kPixelsPerMonthLabel = 96; // "Sep 2025" and a gap
        // The axis rect is laid out only after its ticks are made, so its width is the last layout's (none
        // yet for an export): the viewport, less the amount axis beside it, is the room this layout has.
        constexpr int kAmountAxisWidth = 100;
        const int room = m_axis->parentPlot()->viewport().width() - kAmountAxisWidth;
        setTickCount(std::max(2, room / kPixelsPerLabel));
        m_yearStep = 0;
        m_monthStep = 0;
        if (range.size() >= 2 * kSecondsPerYear) {
            const double years = range.size() / kSecondsPerYear / tickCount();
            m_yearStep = 50;
            for (const int step : {1, 2, 5, 10, 20}) {
                if (step >= years) {
                    m_yearStep = step;
                    break;
                }
            }
        } else {
            const double months =
                range.size() / (kSecondsPerYear / 12) / std::max(2, room / kPixelsPerMonthLabel);
            m_monthStep = 12;
            for (const int step : {1, 2, 3, 6}) {
                if (step >= months) {
                    m_monthStep = step;
                    break;
                }
            }
        }
        setDateTimeFormat(m_yearStep > 0                            ? u"yyyy"_s
                          : displayLanguage() == Language::Japanese ? u"yyyy年M月"_s
                                                                    : u"MMM yyyy"_s);
        return m_yearStep > 0 ? m_yearStep * kSecondsPerYear : m_monthStep * kSecondsPerYear / 12;
    }

    QVector<double> createTickVector(double, const QCPRange &range) override
    {
        const QDate first = keyToDateTime(range.lower).toUTC().date();
        const QDate last = keyToDateTime(range.upper).toUTC().date();
        QVector<double> ticks;
        if (m_yearStep > 0) {
            int year = first.year();
            year += (m_yearStep - year % m_yearStep) % m_yearStep; // multiples of the step: 2020, 2022, …
            for (; year <= last.year() + 1; year += m_yearStep)
                ticks.append(dateKey(QDate(year, 1, 1)));
            return ticks;
        }
        // Months counted from January, so a quarterly axis ticks January, April, July and October.
        int month = first.year() * 12 + first.month() - 1;
        month += (m_monthStep - month % m_monthStep) % m_monthStep;
        for (; month <= last.year() * 12 + last.month(); month += m_monthStep)
            ticks.append(dateKey(QDate(month / 12, month % 12 + 1, 1)));
        return ticks;
    }

private:
    const QCPAxis *m_axis; // the axis that owns this ticker, for the plot it is in
    int m_yearStep = 0;    // 0: month ticks
    int m_monthStep = 1;   // when there are month ticks
};

QSharedPointer<QCPAxisTickerDateTime> yearTicker(const QCPAxis *axis)
{
    return QSharedPointer<YearTicker>::create(axis);
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
            extend(point.announced.firstDay());
    }
    for (const DatasetRow<TimelineEvent> &event : data.events)
        extend(event->date.firstDay());
    return {first, last};
}

// A label in plot coordinates, in the plot's font at `pointSize`.
QCPItemText *smallLabel(QCustomPlot *plot, double pointSize, const QColor &colour)
{
    auto *label = new QCPItemText(plot);
    label->position->setType(QCPItemPosition::ptPlotCoords);
    QFont font = plot->font();
    font.setPointSizeF(pointSize);
    label->setFont(font);
    label->setColor(colour);
    label->setPadding(QMargins());
    return label;
}

// Marker centres in cells of a grid, so counting those under a label looks at the few cells it covers
// instead of at every marker: a timeline of many thousand programmes places its labels as fast as one of a
// hundred.
class MarkerGrid
{
public:
    explicit MarkerGrid(double cellSize) : m_cellSize(cellSize) {}

    void add(const QPointF &centre)
    {
        m_cells[cellKey(cellOf(centre.x()), cellOf(centre.y()))].append(centre);
    }

    // The markers whose centre is in `rect`, but for the one at `except`.
    qsizetype count(const QRectF &rect, const QPointF &except) const
    {
        qsizetype count = 0;
        for (int x = cellOf(rect.left()); x <= cellOf(rect.right()); ++x) {
            for (int y = cellOf(rect.top()); y <= cellOf(rect.bottom()); ++y) {
                const auto cell = m_cells.constFind(cellKey(x, y));
                if (cell == m_cells.cend())
                    continue;
                count += std::count_if(cell->cbegin(), cell->cend(), [&](const QPointF &centre) {
                    return centre != except && rect.contains(centre);
                });
            }
        }
        return count;
    }

private:
    int cellOf(double pixel) const { return int(std::floor(pixel / m_cellSize)); }
    static quint64 cellKey(int x, int y) { return quint64(quint32(x)) << 32 | quint32(y); }

    double m_cellSize;
    QHash<quint64, QList<QPointF>> m_cells;
};

// An axis's mapping from coordinates to pixels as a straight line in the axis's own scale: the coordinate
// itself, or its logarithm on a log axis. Worked out once per layout for a pass over every marker, where
// QCPAxis::coordToPixel takes a logarithm for each.
class AxisLine
{
public:
    explicit AxisLine(const QCPAxis *axis) : m_logarithmic(axis->scaleType() == QCPAxis::stLogarithmic)
    {
        const QCPRange range = axis->range();
        m_firstScaled = scaled(range.lower);
        m_firstPixel = axis->coordToPixel(range.lower);
        m_pixelsPerScaled =
            (axis->coordToPixel(range.upper) - m_firstPixel) / (scaled(range.upper) - m_firstScaled);
    }

    double scaled(double coord) const { return m_logarithmic ? std::log(coord) : coord; }
    double pixelOfScaled(double scaledCoord) const
    {
        return m_firstPixel + (scaledCoord - m_firstScaled) * m_pixelsPerScaled;
    }

private:
    bool m_logarithmic;
    double m_firstScaled;
    double m_firstPixel;
    double m_pixelsPerScaled;
};

QList<QPointF> seriesPoints(const QVector<double> &keys, const QVector<double> &values)
{
    QList<QPointF> points;
    points.reserve(keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i)
        points.append({keys.at(i), values.at(i)});
    return points;
}

// `text` cut with an ellipsis to `maxWidth` pixels of the label's font, by what fits and never by a count
// of characters; the tooltip holds the full text.
QString elided(const QCPItemText *label, const QString &text, double maxWidth)
{
    return QFontMetricsF(label->font()).elidedText(text, Qt::ElideRight, maxWidth);
}

} // namespace

TimelinePlot::TimelinePlot(QWidget *parent) : FigurePlot(parent), m_marginGroup(new QCPMarginGroup(this))
{
    connect(this, &QCustomPlot::afterLayout, this, &TimelinePlot::fitToLayout);
    // A zoom or pan reports its years once the wheel, the drag or the keys have come to rest.
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(400);
    connect(&m_settleTimer, &QTimer::timeout, this, &TimelinePlot::reportVisibleYears);
}

void TimelinePlot::drawFigure(const Figure &figure)
{
    // reset() deleted the lane and labels of the previous figure. A zoom of the previous figure that has
    // not come to rest yet no longer speaks for what is shown.
    m_settleTimer.stop();
    m_eventLane = nullptr;
    m_eventTitles.clear();
    m_eventLabels.clear();
    m_pointLabels.clear();
    m_markerSeries.clear();
    m_data = std::get<TimelineData>(figure.chart);
    if (m_data.mode == TimelineMode::Announcements)
        drawAnnouncements(figure.greyscale);
    else
        drawAnnualised(figure.greyscale);
    m_spots = m_data.mode == TimelineMode::Announcements ? announcementSpots() : annualisedSpots();
    // Along time only: the wheel zooms, a drag pans; amounts keep their scale.
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
}

void TimelinePlot::keyPressEvent(QKeyEvent *event)
{
    // + and - zoom about the middle, Shift with an arrow moves a tenth of the view; the arrows alone move
    // from mark to mark (FigurePlot).
    const QCPRange range = xAxis->range();
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        xAxis->scaleRange(0.8);
        break;
    case Qt::Key_Minus:
        xAxis->scaleRange(1.25);
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (!shift) {
            FigurePlot::keyPressEvent(event);
            return;
        }
        xAxis->moveRange((event->key() == Qt::Key_Left ? -1 : 1) * range.size() / 10);
        break;
    default:
        FigurePlot::keyPressEvent(event);
        return;
    }
    replot(rpQueuedReplot);
    m_settleTimer.start();
}

void TimelinePlot::wheelEvent(QWheelEvent *event)
{
    FigurePlot::wheelEvent(event);
    m_settleTimer.start();
}

void TimelinePlot::mouseReleaseEvent(QMouseEvent *event)
{
    const bool dragged = mMouseHasMoved;
    FigurePlot::mouseReleaseEvent(event);
    if (dragged)
        m_settleTimer.start();
}

void TimelinePlot::reportVisibleYears()
{
    // Only announcements sit at the dates the year filters select; annualised spending runs past them.
    if (m_data.mode != TimelineMode::Announcements)
        return;
    // A year counts as shown when its middle is: the figure's own range, four months either side of the
    // data, gives back the years it was drawn for.
    const auto yearAt = [](double key) {
        return QCPAxisTickerDateTime::keyToDateTime(key).toUTC().date().year();
    };
    const QCPRange range = xAxis->range();
    constexpr double kHalfYear = 365.25 / 2 * 24 * 3600;
    int from = yearAt(range.lower + kHalfYear);
    int to = yearAt(range.upper - kHalfYear);
    if (from > to) // less than a year in view
        from = to = yearAt(range.center());
    emit visibleYearsChosen(from, to);
}

void TimelinePlot::drawAnnouncements(bool greyscale)
{
    xAxis->setTicker(yearTicker(xAxis));
    xAxis->setTickLabels(false); // the events lane beneath carries the years
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    yAxis->setTicker(QSharedPointer<MoneyLogAxisTicker>::create(m_data.currency));
    yAxis->setLabel(tr("Amount (%1, log scale)").arg(m_data.currency));
    drawMarkers(greyscale);
    drawMilestones();
    drawAmountLabels();
    drawEventLane(greyscale);

    const auto [first, last] = dateSpan(m_data);
    if (first.isValid())
        xAxis->setRange(dateKey(first.addMonths(-4)), dateKey(last.addMonths(4)));
    else
        xAxis->setRange(dateKey(QDate(m_data.fromYear, 1, 1)), dateKey(QDate(m_data.toYear + 1, 1, 1)));
    double minValue = 0, maxValue = 0;
    const auto include = [&](double value) {
        if (value > 0) {
            minValue = minValue == 0 ? value : std::min(minValue, value);
            maxValue = std::max(maxValue, value);
        }
    };
    for (const TimelinePoint &point : std::as_const(m_data.points))
        include(point.value);
    for (const TimelineMilestone &milestone : std::as_const(m_data.milestones))
        include(milestone.value);
    if (maxValue > 0)
        yAxis->setRange(minValue / 3, maxValue * 4);
    else
        yAxis->setRange(1e6, 1e12);
    placeLegendBelow(6);
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
    // One pass over the points, each to its group's series.
    CountryNumbers groupOf;
    for (int i = 0; i < groups.size(); ++i) {
        for (const QString &code : groups.at(i))
            groupOf.insert(code, i);
    }
    QList<QVector<double>> keysOf(groups.size()), valuesOf(groups.size());
    for (const TimelinePoint &point : std::as_const(m_data.points)) {
        const int group = groupOf.value(point.countryCode, -1);
        if (point.value > 0 && group >= 0) {
            keysOf[group].append(dateKey(point.announced));
            valuesOf[group].append(point.value);
        }
    }
    for (int i = 0; i < groups.size(); ++i) {
        const bool others = i >= coloured;
        const QVector<double> &keys = keysOf.at(i);
        const QVector<double> &values = valuesOf.at(i);
        if (keys.isEmpty())
            continue;
        QCPGraph *graph = addGraph();
        graph->setName(others ? tr("Other countries (%1)").arg(groups.at(i).size())
                              : m_data.countryNames.value(groups.at(i).constFirst()));
        graph->setLineStyle(QCPGraph::lsNone);
        // The others' group has no slot: its first country's lookup gives -1.
        const SeriesStyle style =
            seriesStyle(m_data.countryColours.value(groups.at(i).constFirst(), -1), greyscale);
        graph->setScatterStyle(markerStyle(style, 2 * kMarkerRadius, others ? 120 : 190));
        graph->setData(keys, values);
        m_markerSeries.append({graph, seriesPoints(keys, values), {}});
    }
}

void TimelinePlot::drawMilestones()
{
    if (m_data.milestones.isEmpty())
        return;
    // One series per stage, told apart by shape so they read in greyscale too, in a dark grey that no
    // country's colour uses; each joined to its programme's marker by a dotted line, one curve broken
    // between pairs.
    struct StageLook
    {
        MilestoneStage stage;
        QCPScatterStyle::ScatterShape shape;
        bool filled;
    };
    constexpr StageLook kLooks[] = {{MilestoneStage::Appropriated, QCPScatterStyle::ssSquare, false},
                                    {MilestoneStage::Awarded, QCPScatterStyle::ssTriangle, false},
                                    {MilestoneStage::Disbursed, QCPScatterStyle::ssDiamond, true}};
    const QColor ink(0x33, 0x33, 0x33);
    auto *joins = new QCPCurve(xAxis, yAxis);
    joins->removeFromLegend();
    joins->setPen(QPen(QColor(0x66, 0x66, 0x66), 1, Qt::DotLine));
    QVector<double> joinKeys, joinValues;
    for (const StageLook &look : kLooks) {
        QVector<double> keys, values;
        for (const TimelineMilestone &milestone : std::as_const(m_data.milestones)) {
            const TimelinePoint &point = m_data.points.at(milestone.point);
            if (milestone.milestone->stage != look.stage || milestone.value <= 0 || point.value <= 0)
                continue;
            keys.append(dateKey(milestone.milestone->date));
            values.append(milestone.value);
            joinKeys << dateKey(point.announced) << keys.constLast() << qQNaN();
            joinValues << point.value << values.constLast() << qQNaN();
        }
        if (keys.isEmpty())
            continue;
        QCPGraph *graph = addGraph();
        graph->setName(label(look.stage));
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(look.shape, QPen(ink, 1.5),
                                               look.filled ? QBrush(ink) : QBrush(Qt::white),
                                               2 * kMarkerRadius + 1));
        graph->setData(keys, values);
        m_markerSeries.append({graph, seriesPoints(keys, values), {}});
    }
    joins->setData(joinKeys, joinValues);
}

void TimelinePlot::drawAmountLabels()
{
    // Direct labels on the start programme and the largest amounts, so a printed page reads without the
    // tooltip; labels placed first win where they would overlap.
    QList<const TimelinePoint *> largest;
    for (const TimelinePoint &point : std::as_const(m_data.points))
        largest.append(&point);
    // The dataset's programmes labelled first, in its order; then the largest amounts.
    const auto rank = [](const TimelinePoint *point) {
        return point->labelRank < 0 ? std::numeric_limits<int>::max() : point->labelRank;
    };
    const auto labelled = largest.begin() + std::min<qsizetype>(kLabelledPoints, largest.size());
    std::partial_sort(largest.begin(), labelled, largest.end(), [&](auto *a, auto *b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a->value > b->value;
    });
    for (const TimelinePoint *point : largest.mid(0, kLabelledPoints)) {
        if (point->value <= 0)
            continue;
        QCPItemText *text = smallLabel(this, 8, QColor(0x33, 0x33, 0x33));
        text->setText(compactAmount(*point, m_data.currency) + u"  "_s +
                      elided(text, programmeName(*point->programme), kNameWidth));
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        text->setClipToAxisRect(true);
        text->setBrush(QColor(255, 255, 255, 170)); // readable where it crosses markers or grid lines
        auto *leader = new QCPItemLine(this);
        leader->setPen(QPen(QColor(0x88, 0x88, 0x88), 0.8));
        leader->setClipToAxisRect(true);
        m_pointLabels.append({text, leader, QPointF(dateKey(point->announced), point->value)});
    }
}

void TimelinePlot::drawEventLane(bool greyscale)
{
    // Beneath the main axis rect, sharing its date axis.
    m_eventLane = new QCPAxisRect(this);
    plotLayout()->addElement(1, 0, m_eventLane);
    // A taller plot gives event titles more room.
    m_eventLane->setMinimumSize(0, kEventLaneMinHeight);
    m_eventLane->setMaximumSize(QWIDGETSIZE_MAX, kEventLaneMaxHeight);
    plotLayout()->setRowStretchFactor(1, 0.45);
    axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, m_marginGroup);
    m_eventLane->setMarginGroup(QCP::msLeft | QCP::msRight, m_marginGroup);
    QCPAxis *laneX = m_eventLane->axis(QCPAxis::atBottom);
    QCPAxis *laneY = m_eventLane->axis(QCPAxis::atLeft);
    laneX->setTicker(yearTicker(laneX));
    laneY->setRange(0, 1);
    laneY->setTicks(false);
    laneY->setTickLabels(false);
    laneY->setLabel(tr("Events"));
    laneY->grid()->setVisible(false);
    connect(xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), laneX,
            qOverload<const QCPRange &>(&QCPAxis::setRange));

    // Each event's date key worked out once and sorted by: comparing the events' dates themselves was most
    // of the lane's time at a hundred thousand events.
    m_eventTitles.reserve(m_data.events.size());
    for (const DatasetRow<TimelineEvent> &event : std::as_const(m_data.events))
        m_eventTitles.append({dateKey(event->date), &*event});
    std::sort(m_eventTitles.begin(), m_eventTitles.end(),
              [](const EventTitle &a, const EventTitle &b) { return a.key < b.key; });
    // One marker series per palette slot, not per event: thousands of events stay a handful of graphs.
    CountryNumbers slotOf;
    for (auto slot = m_data.countryColours.cbegin(); slot != m_data.countryColours.cend(); ++slot)
        slotOf.insert(slot.key(), slot.value());
    std::map<int, QVector<double>> keysBySlot;
    for (const EventTitle &title : std::as_const(m_eventTitles))
        keysBySlot[slotOf.value(title.event->countryCode, -1)].append(title.key);
    for (const auto &[slot, keys] : keysBySlot) {
        const SeriesStyle style = seriesStyle(slot, greyscale);
        QCPGraph *markers = addGraph(laneX, laneY);
        markers->removeFromLegend();
        markers->setLineStyle(QCPGraph::lsNone);
        markers->setScatterStyle(markerStyle(style, kEventMarkerSize));
        const QVector<double> heights(keys.size(), 0.08);
        markers->setData(keys, heights, true);
        m_markerSeries.append({markers, seriesPoints(keys, heights), {}});
    }
}

QCPItemText *TimelinePlot::addEventLabel()
{
    QCPItemText *label = smallLabel(this, 7.5, QColor(0x44, 0x44, 0x44));
    label->setClipAxisRect(m_eventLane);
    label->setClipToAxisRect(true);
    label->position->setAxes(m_eventLane->axis(QCPAxis::atBottom), m_eventLane->axis(QCPAxis::atLeft));
    label->setRotation(-90);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_eventLabels.append(label);
    return label;
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
        bars->setWidth(kBarWidth);
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
}

void TimelinePlot::fitToLayout()
{
    thinMarkers();
    placePointLabels();
    placeEventLabels();
}

void TimelinePlot::thinMarkers()
{
    // Up to a few thousand markers are all drawn. Beyond, a series (a country's programmes, or events) draws
    // one marker in each cell of a grid as fine as a marker's radius: the markers left out would be drawn
    // almost exactly over one drawn, and 160,000 of them took longer to paint than the window may freeze.
    // Labelled points come first, so they always keep their marker; hover and the keyboard still find every
    // point.
    constexpr qsizetype kAllDrawnUpTo = 4000;
    qsizetype total = 0;
    for (const MarkerSeries &series : std::as_const(m_markerSeries))
        total += series.points.size();
    if (total <= kAllDrawnUpTo)
        return;
    QList<QPointF> labelled;
    for (const PointLabel &label : std::as_const(m_pointLabels))
        labelled.append(label.coords);
    std::vector<bool> occupied;
    for (MarkerSeries &series : m_markerSeries) {
        const AxisLine keyLine(series.graph->keyAxis());
        const AxisLine valueLine(series.graph->valueAxis());
        const QRectF area = series.graph->keyAxis()->axisRect()->rect();
        const int columns = int(area.width() / kMarkerRadius) + 1;
        const int rows = int(area.height() / kMarkerRadius) + 1;
        occupied.assign(std::size_t(columns) * std::size_t(rows), false);
        QVector<QCPGraphData> drawn;
        const auto draw = [&](qsizetype i) {
            const QPointF at(keyLine.pixelOfScaled(series.scaled.at(i).x()),
                             valueLine.pixelOfScaled(series.scaled.at(i).y()));
            if (!area.contains(at))
                return;
            const std::size_t cell = std::size_t(int((at.y() - area.top()) / kMarkerRadius)) * columns +
                                     std::size_t(int((at.x() - area.left()) / kMarkerRadius));
            if (occupied[cell])
                return;
            occupied[cell] = true;
            drawn.append({series.points.at(i).x(), series.points.at(i).y()});
        };
        if (series.scaled.isEmpty()) {
            for (const QPointF &point : series.points)
                series.scaled.append({keyLine.scaled(point.x()), valueLine.scaled(point.y())});
        }
        for (qsizetype i = 0; i < series.points.size(); ++i) {
            if (labelled.contains(series.points.at(i)))
                draw(i);
        }
        for (qsizetype i = 0; i < series.points.size(); ++i)
            draw(i);
        series.graph->data()->set(drawn, false);
    }
}

void TimelinePlot::placePointLabels()
{
    // Each label, in placing order, takes the free spot nearest its marker: beside it on the right or the
    // left, else a few lines up or down on a leader line. Covering a marker costs as much as moving two
    // lines away; a label with no free spot is left out (its tooltip still names it).
    const QRectF area = axisRect()->rect();
    // The markers drawn: on a dense timeline, thinMarkers() has left out those under another.
    MarkerGrid markers(4 * kMarkerRadius);
    for (const MarkerSeries &series : std::as_const(m_markerSeries)) {
        if (series.graph->valueAxis() != yAxis)
            continue;
        for (auto point = series.graph->data()->constBegin(); point != series.graph->data()->constEnd();
             ++point) {
            const QPointF at(xAxis->coordToPixel(point->key), yAxis->coordToPixel(point->value));
            if (area.contains(at))
                markers.add(at);
        }
    }
    const auto markersUnder = [&](const QRectF &box, const QPointF &own) {
        return markers.count(box.adjusted(-kMarkerRadius, -kMarkerRadius, kMarkerRadius, kMarkerRadius), own);
    };
    // No label covers a labelled marker: those are the ones the labels are about.
    const auto pixelOf = [this](const PointLabel &label) {
        return QPointF(xAxis->coordToPixel(label.coords.x()), yAxis->coordToPixel(label.coords.y()));
    };
    QList<QRectF> labelledMarkers;
    for (const PointLabel &label : std::as_const(m_pointLabels)) {
        const QPointF at = pixelOf(label);
        labelledMarkers.append(
            QRectF(at - QPointF(kMarkerRadius, kMarkerRadius), QSizeF(2, 2) * kMarkerRadius));
    }
    QList<QRectF> taken; // labels and leader lines placed so far
    for (const PointLabel &label : std::as_const(m_pointLabels)) {
        const QPointF anchor = pixelOf(label);
        const QSizeF size = QFontMetricsF(label.text->font()).boundingRect(label.text->text()).size();
        const double line = size.height() * 1.15;
        std::optional<QRectF> best;
        QLineF bestLeader;
        double bestCost = std::numeric_limits<double>::max();
        const auto isFree = [&](const QRectF &r) {
            return std::none_of(taken.cbegin(), taken.cend(),
                                [&](const QRectF &t) { return t.adjusted(-4, -1, 4, 1).intersects(r); }) &&
                   std::none_of(labelledMarkers.cbegin(), labelledMarkers.cend(),
                                [&](const QRectF &m) { return !m.contains(anchor) && m.intersects(r); });
        };
        const int shifts = std::min(kLabelShifts, int(area.height() * kMaxLabelShift / line));
        for (int shift = 0; shift <= shifts && area.contains(anchor); ++shift) {
            for (const int direction : {-1, 1}) {
                for (const bool right : {true, false}) {
                    const double x = right ? anchor.x() + kLabelGap : anchor.x() - kLabelGap - size.width();
                    const QRectF box(QPointF(x, anchor.y() + direction * shift * line - size.height() / 2),
                                     size);
                    // From the marker's edge to the label's near end.
                    const QLineF leader(anchor + QPointF(right ? kMarkerRadius : -kMarkerRadius, 0),
                                        QPointF(right ? box.left() - 2 : box.right() + 2, box.center().y()));
                    if (!area.contains(box) || !isFree(box) ||
                        (shift > 0 && !isFree(QRectF(leader.p1(), leader.p2()).normalized())))
                        continue;
                    const double cost = shift * 10 + (right ? 0 : 1) + 20 * double(markersUnder(box, anchor));
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = box;
                        bestLeader = leader;
                    }
                }
                if (shift == 0)
                    break; // no direction to a shift of nothing
            }
        }
        label.text->setVisible(best.has_value());
        label.leader->setVisible(best && std::abs(bestLeader.dy()) > 1);
        if (!best)
            continue;
        taken.append(*best);
        label.text->position->setPixelPosition(QPointF(best->left(), best->center().y()));
        if (label.leader->visible()) {
            // Later labels keep off it too.
            taken.append(QRectF(bestLeader.p1(), bestLeader.p2()).normalized());
            label.leader->start->setPixelPosition(bestLeader.p1());
            label.leader->end->setPixelPosition(bestLeader.p2());
        }
    }
}

void TimelinePlot::placeEventLabels()
{
    // Rotated titles take the lane's height, cut to it, and about a line of width each; one that would
    // touch the one before gives way.
    if (m_eventTitles.isEmpty())
        return;
    const QCPAxis *laneX = m_eventLane->axis(QCPAxis::atBottom);
    const QRect lane = m_eventLane->rect();
    const double length = lane.height() * kEventLabelRoom;
    double room = 0;
    double lastShown = -1e9;
    qsizetype shown = 0;
    for (const EventTitle &event : std::as_const(m_eventTitles)) {
        const double x = laneX->coordToPixel(event.key);
        if (x < lane.left() || x > lane.right() || x - lastShown < room)
            continue;
        QCPItemText *label = shown < m_eventLabels.size() ? m_eventLabels.at(shown) : addEventLabel();
        ++shown;
        room = QFontMetricsF(label->font()).height();
        lastShown = x;
        label->setText(elided(label, eventTitle(*event.event), length));
        label->position->setCoords(event.key, 0.13);
        label->setVisible(true);
    }
    for (qsizetype i = shown; i < m_eventLabels.size(); ++i)
        m_eventLabels.at(i)->setVisible(false);
}

qsizetype TimelinePlot::markCount() const
{
    return m_spots.size();
}

QString TimelinePlot::markId(qsizetype index) const
{
    const MarkSpot &spot = m_spots.at(index);
    switch (spot.shape) {
    case MarkSpot::Shape::Marker:
        return m_data.points.at(spot.item).programme->id;
    case MarkSpot::Shape::Milestone: {
        const Milestone &milestone = *m_data.milestones.at(spot.item).milestone;
        return u"milestone:%1:%2:%3"_s.arg(milestone.programmeId, enumKey(milestone.stage),
                                           milestone.date.toIso());
    }
    case MarkSpot::Shape::EventColumn: {
        const TimelineEvent &event = *m_data.events.at(spot.item);
        return u"event:%1:%2"_s.arg(event.date.firstDay().toString(Qt::ISODate), eventTitle(event));
    }
    case MarkSpot::Shape::Segment:
        return u"%1:%2"_s.arg(m_data.stacks.at(spot.item).key).arg(m_data.years.at(spot.year));
    }
    return {};
}

QRectF TimelinePlot::markBounds(qsizetype index) const
{
    const MarkSpot &spot = m_spots.at(index);
    switch (spot.shape) {
    case MarkSpot::Shape::Marker:
    case MarkSpot::Shape::Milestone: {
        const QPointF at(xAxis->coordToPixel(spot.key), yAxis->coordToPixel(spot.low));
        return QRectF(at - QPointF(kMarkerRadius, kMarkerRadius), QSizeF(2, 2) * kMarkerRadius);
    }
    case MarkSpot::Shape::EventColumn: {
        // An event is its marker and the label above it: a column of the lane.
        const double x = m_eventLane->axis(QCPAxis::atBottom)->coordToPixel(spot.key);
        const QRect lane = m_eventLane->rect();
        return QRectF(x - kEventHalfWidth, lane.top(), 2 * kEventHalfWidth, lane.height());
    }
    case MarkSpot::Shape::Segment:
        return QRectF(QPointF(xAxis->coordToPixel(spot.key - kBarWidth / 2), yAxis->coordToPixel(spot.high)),
                      QPointF(xAxis->coordToPixel(spot.key + kBarWidth / 2), yAxis->coordToPixel(spot.low)))
            .normalized();
    }
    return {};
}

PlotMark TimelinePlot::mark(qsizetype index) const
{
    const MarkSpot &spot = m_spots.at(index);
    PlotMark mark{markId(index), {}, {}, {}, markBounds(index)};
    switch (spot.shape) {
    case MarkSpot::Shape::Marker: {
        const TimelinePoint &point = m_data.points.at(spot.item);
        mark.programmeId = point.programme->id;
        mark.countryCode = point.countryCode;
        const TimelinePointText text = describePoint(point, m_data.currency);
        mark.lines = {
            text.name,
            m_data.countryNames.value(point.countryCode),
            tr("As announced: %1").arg(text.amountAsAnnounced),
            tr("Converted: %1").arg(text.amountConverted),
            tr("Announced: %1").arg(text.dateText),
            tr("Period: %1").arg(text.period),
            tr("Status: %1").arg(text.status),
            tr("Source: %1").arg(shortCitation(*m_data.dataset.dataset, point.programme->source.sourceId))};
        break;
    }
    case MarkSpot::Shape::Milestone: {
        const TimelineMilestone &shown = m_data.milestones.at(spot.item);
        const Milestone &milestone = *shown.milestone;
        const TimelinePoint &point = m_data.points.at(shown.point);
        mark.programmeId = point.programme->id;
        mark.countryCode = point.countryCode;
        const TimelinePointText text = describePoint(point, m_data.currency);
        mark.lines = {
            tr("%1 by %2").arg(label(milestone.stage), formatPartialDate(milestone.date)),
            text.name,
            m_data.countryNames.value(point.countryCode),
            tr("As the source states it: %1").arg(formatMoney(milestone.amount)),
            tr("Converted: %1 (%2 average rate)")
                .arg(formatAmount(shown.value, m_data.currency, milestone.amount.qualifier))
                .arg(shown.rateYear),
            tr("Announced: %1").arg(text.amountAsAnnounced),
            tr("Source: %1").arg(shortCitation(*m_data.dataset.dataset, milestone.source.sourceId))};
        break;
    }
    case MarkSpot::Shape::EventColumn: {
        const TimelineEvent &event = *m_data.events.at(spot.item);
        mark.countryCode = event.countryCode;
        mark.lines = {eventTitle(event), m_data.countryNames.value(event.countryCode),
                      label(event.kind) + u" · "_s + formatPartialDate(event.date)};
        break;
    }
    case MarkSpot::Shape::Segment: {
        // A stack of one country stands for it; a category's stack for no one country.
        const StackedSeries &series = m_data.stacks.at(spot.item);
        if (m_data.countryNames.contains(series.key))
            mark.countryCode = series.key;
        mark.lines = {series.label, QString::number(m_data.years.at(spot.year)),
                      formatAmount(series.values.at(spot.year), m_data.currency)};
        break;
    }
    }
    return mark;
}

QList<TimelinePlot::MarkSpot> TimelinePlot::announcementSpots() const
{
    QList<MarkSpot> spots;
    spots.reserve(m_data.points.size() + m_data.milestones.size() + (m_eventLane ? m_data.events.size() : 0));
    for (qsizetype i = 0; i < m_data.points.size(); ++i) {
        const TimelinePoint &point = m_data.points.at(i);
        if (point.value > 0)
            spots.append({MarkSpot::Shape::Marker, i, 0, dateKey(point.announced), point.value, point.value});
    }
    for (qsizetype i = 0; i < m_data.milestones.size(); ++i) {
        const TimelineMilestone &milestone = m_data.milestones.at(i);
        if (milestone.value > 0 && m_data.points.at(milestone.point).value > 0)
            spots.append({MarkSpot::Shape::Milestone, i, 0, dateKey(milestone.milestone->date),
                          milestone.value, milestone.value});
    }
    std::stable_sort(spots.begin(), spots.end(),
                     [](const MarkSpot &a, const MarkSpot &b) { return a.key < b.key; });
    if (!m_eventLane)
        return spots;
    for (qsizetype i = 0; i < m_data.events.size(); ++i)
        spots.append({MarkSpot::Shape::EventColumn, i, 0, dateKey(m_data.events.at(i)->date), 0, 0});
    return spots;
}

QList<TimelinePlot::MarkSpot> TimelinePlot::annualisedSpots() const
{
    QList<MarkSpot> spots;
    for (qsizetype y = 0; y < m_data.years.size(); ++y) {
        double base = 0;
        for (qsizetype s = 0; s < m_data.stacks.size(); ++s) {
            const double value = m_data.stacks.at(s).values.at(y);
            if (value <= 0)
                continue;
            spots.append({MarkSpot::Shape::Segment, s, y, double(m_data.years.at(y)), base, base + value});
            base += value;
        }
    }
    return spots;
}
