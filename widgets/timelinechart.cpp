#include "timelinechart.h"

#include "amountformat.h"
#include "chartstyle.h"
#include "timelinebuilder.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int kLabelledPoints = 8;
constexpr int kColouredCountries = 8;
constexpr int kEventLaneHeight = 140;
constexpr int kEventLabelLength = 19;
constexpr int kHoverRadius = 10;

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

QString elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1).trimmed() + u'…';
}

QString tooltipHtml(const QStringList &lines)
{
    QString html = u"<p style='white-space:pre'><b>"_s + lines.value(0).toHtmlEscaped() + u"</b>"_s;
    for (qsizetype i = 1; i < lines.size(); ++i)
        html += u"<br>"_s + lines.at(i).toHtmlEscaped();
    return html + u"</p>"_s;
}

} // namespace

TimelineChart::TimelineChart(QWidget *parent)
    : ChartView(parent), m_mode(new QComboBox(this)), m_stackBy(new QComboBox(this)),
      m_marginGroup(new QCPMarginGroup(plot()))
{
    m_mode->addItem(tr("Announcements"), QVariant::fromValue(int(TimelineMode::Announcements)));
    m_mode->addItem(tr("Annualised spending"), QVariant::fromValue(int(TimelineMode::Annualised)));
    m_stackBy->addItem(tr("Stack by country"), QVariant::fromValue(int(StackBy::Country)));
    m_stackBy->addItem(tr("Stack by category"), QVariant::fromValue(int(StackBy::Category)));
    addLabelledControl(tr("&Show:"), m_mode);
    controls()->addWidget(m_stackBy);
    controls()->addStretch();

    connect(m_mode, &QComboBox::activated, this, [this] {
        editFilter([&](Filter &f) { f.timelineMode = TimelineMode(m_mode->currentData().toInt()); });
    });
    connect(m_stackBy, &QComboBox::activated, this, [this] {
        editFilter([&](Filter &f) { f.stackBy = StackBy(m_stackBy->currentData().toInt()); });
    });
    connect(plot(), &QCustomPlot::mouseMove, this, &TimelineChart::showToolTip);
    connect(plot(), &QCustomPlot::afterLayout, this, &TimelineChart::hideCrowdedLabels);
}

void TimelineChart::apply(const Analysis &analysis, const Filter &filter)
{
    rememberFilter(filter);
    m_mode->setCurrentIndex(m_mode->findData(int(filter.timelineMode)));
    m_stackBy->setCurrentIndex(m_stackBy->findData(int(filter.stackBy)));
    m_stackBy->setVisible(filter.timelineMode == TimelineMode::Annualised);
    setData(buildTimeline(analysis, filter));
}

void TimelineChart::setData(const TimelineData &data)
{
    m_data = data;
    clearChart(plot());
    m_eventLane = nullptr;
    m_eventLabels.clear();
    m_pointLabels.clear();
    if (m_data.mode == TimelineMode::Announcements) {
        buildAnnouncements();
        setFigure(tr("AI funding announcements"), m_data.note, m_data.sourceIds);
    } else {
        buildAnnualised();
        setFigure(tr("AI funding per year, programmes spread over their periods"), m_data.note, m_data.sourceIds);
    }
    plot()->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChart::buildAnnouncements()
{
    QCustomPlot *p = plot();
    QCPAxisRect *main = p->axisRect();
    p->xAxis->setTicker(yearTicker());
    p->xAxis->setTickLabels(false);
    p->xAxis->setLabel({});
    p->yAxis->setScaleType(QCPAxis::stLogarithmic);
    p->yAxis->setTicker(QSharedPointer<MoneyLogAxisTicker>::create(m_data.currency));
    p->yAxis->setLabel(tr("Amount (%1, log scale)").arg(m_data.currency));

    double minValue = 0, maxValue = 0;
    QDate first, last;
    const auto extend = [&](const QDate &date) {
        first = first.isValid() ? std::min(first, date) : date;
        last = last.isValid() ? std::max(last, date) : date;
    };
    // The countries with the most money get their own colour; the rest share one grey series.
    const QStringList coloured = m_data.countryOrder.mid(0, kColouredCountries);
    QList<QStringList> groups;
    for (const QString &code : coloured)
        groups.append({code});
    if (m_data.countryOrder.size() > kColouredCountries)
        groups.append(m_data.countryOrder.mid(kColouredCountries));
    for (int i = 0; i < groups.size(); ++i) {
        const bool others = i >= kColouredCountries;
        QVector<double> keys, values;
        for (const TimelinePoint &point : std::as_const(m_data.points)) {
            if (!groups.at(i).contains(point.countryCode) || point.value <= 0)
                continue;
            keys.append(dateKey(point.date));
            values.append(point.value);
            minValue = minValue == 0 ? point.value : std::min(minValue, point.value);
            maxValue = std::max(maxValue, point.value);
            extend(point.date);
        }
        if (keys.isEmpty())
            continue;
        QCPGraph *graph = p->addGraph();
        graph->setName(others ? tr("Other countries (%1)").arg(groups.at(i).size())
                              : m_data.countryNames.value(groups.at(i).constFirst()));
        graph->setLineStyle(QCPGraph::lsNone);
        const SeriesStyle style = others ? otherSeriesStyle(greyscale()) : seriesStyle(i, greyscale());
        QColor fill = style.colour;
        fill.setAlpha(others ? 120 : 190);
        graph->setScatterStyle(QCPScatterStyle(style.marker, QPen(style.colour.darker(130), 1), fill, 9));
        graph->setData(keys, values);
    }

    // Direct labels on the largest amounts, so a printed page reads without the tooltip.
    QList<const TimelinePoint *> largest;
    for (const TimelinePoint &point : std::as_const(m_data.points))
        largest.append(&point);
    std::sort(largest.begin(), largest.end(), [](auto *a, auto *b) { return a->value > b->value; });
    for (const TimelinePoint *point : largest.mid(0, kLabelledPoints)) {
        auto *text = new QCPItemText(p);
        text->position->setType(QCPItemPosition::ptPlotCoords);
        text->position->setCoords(dateKey(point->date), point->value);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        text->setPadding(QMargins(8, 0, 0, 0));
        text->setText(point->compactAmount + u"  "_s + elided(point->name, 34));
        QFont font = p->font();
        font.setPointSizeF(8);
        text->setFont(font);
        text->setColor(QColor(0x33, 0x33, 0x33));
        text->setClipToAxisRect(true);
        m_pointLabels.append(text);
    }

    // Events lane beneath the main axis rect, sharing its date axis.
    m_eventLane = new QCPAxisRect(p);
    p->plotLayout()->addElement(1, 0, m_eventLane);
    m_eventLane->setMinimumSize(0, kEventLaneHeight);
    m_eventLane->setMaximumSize(QWIDGETSIZE_MAX, kEventLaneHeight);
    main->setMarginGroup(QCP::msLeft | QCP::msRight, m_marginGroup);
    m_eventLane->setMarginGroup(QCP::msLeft | QCP::msRight, m_marginGroup);
    QCPAxis *laneX = m_eventLane->axis(QCPAxis::atBottom);
    QCPAxis *laneY = m_eventLane->axis(QCPAxis::atLeft);
    laneX->setTicker(yearTicker());
    laneY->setRange(0, 1);
    laneY->setTicks(false);
    laneY->setTickLabels(false);
    laneY->setLabel(tr("Events"));
    laneY->grid()->setVisible(false);
    connect(p->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), laneX,
            qOverload<const QCPRange &>(&QCPAxis::setRange));

    QList<const TimelineMarker *> events;
    for (const TimelineMarker &event : std::as_const(m_data.events))
        events.append(&event);
    std::sort(events.begin(), events.end(), [](auto *a, auto *b) { return a->date < b->date; });
    for (const TimelineMarker *event : std::as_const(events)) {
        extend(event->date);
        const qsizetype colourIndex = m_data.countryOrder.indexOf(event->countryCode);
        const SeriesStyle style = colourIndex >= 0 && colourIndex < kColouredCountries
            ? seriesStyle(int(colourIndex), greyscale())
            : otherSeriesStyle(greyscale());
        QCPGraph *marker = p->addGraph(laneX, laneY);
        marker->removeFromLegend();
        marker->setLineStyle(QCPGraph::lsNone);
        marker->setScatterStyle(QCPScatterStyle(style.marker, QPen(style.colour, 1), style.colour, 7));
        marker->setData({dateKey(event->date)}, {0.08});
        auto *text = new QCPItemText(p);
        text->setClipAxisRect(m_eventLane);
        text->setClipToAxisRect(true);
        text->position->setAxes(laneX, laneY);
        text->position->setType(QCPItemPosition::ptPlotCoords);
        text->position->setCoords(dateKey(event->date), 0.13);
        text->setRotation(-90);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        text->setText(elided(event->title, kEventLabelLength));
        QFont font = p->font();
        font.setPointSizeF(7.5);
        text->setFont(font);
        text->setColor(QColor(0x44, 0x44, 0x44));
        m_eventLabels.append(text);
    }

    if (first.isValid()) {
        p->xAxis->setRange(dateKey(first.addMonths(-4)), dateKey(last.addMonths(4)));
    } else {
        p->xAxis->setRange(dateKey(QDate(2016, 1, 1)), dateKey(QDate(2027, 1, 1)));
    }
    if (maxValue > 0)
        p->yAxis->setRange(minValue / 3, maxValue * 4);
    else
        p->yAxis->setRange(1e6, 1e12);
    placeLegendBelow(p, 6);
    p->legend->setVisible(p->graphCount() > 0);
}

void TimelineChart::buildAnnualised()
{
    QCustomPlot *p = plot();
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    p->xAxis->setTicker(ticker);
    p->xAxis->setTickLabels(true);
    p->xAxis->setNumberFormat(u"f"_s);
    p->xAxis->setNumberPrecision(0);
    p->xAxis->setLabel(tr("Year"));
    p->yAxis->setScaleType(QCPAxis::stLinear);
    p->yAxis->setTicker(QSharedPointer<MoneyAxisTicker>::create(m_data.currency));
    p->yAxis->setLabel(tr("Funding per year (%1)").arg(m_data.currency));

    QVector<double> keys;
    for (int year : std::as_const(m_data.years))
        keys.append(year);
    QCPBars *below = nullptr;
    QVector<double> totals(keys.size(), 0.0);
    for (int i = 0; i < m_data.stacks.size(); ++i) {
        const StackedSeries &series = m_data.stacks.at(i);
        auto *bars = new QCPBars(p->xAxis, p->yAxis);
        bars->setName(series.label);
        bars->setWidth(0.72);
        const SeriesStyle style = series.key == u"others" ? otherSeriesStyle(greyscale()) : seriesStyle(i, greyscale());
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
    p->xAxis->setRange(keys.isEmpty() ? 2016 : keys.first() - 0.7, keys.isEmpty() ? 2027 : keys.last() + 0.7);
    p->yAxis->setRange(0, maxTotal > 0 ? maxTotal * 1.08 : 1);
    placeLegendBelow(p, 6);
    p->legend->setVisible(!m_data.stacks.isEmpty());
}

void TimelineChart::hideCrowdedLabels()
{
    // Labels are placed largest amount first; one that would overlap a label already shown gives way.
    QList<QRectF> taken;
    for (QCPItemText *label : std::as_const(m_pointLabels)) {
        const QPointF anchor = label->position->pixelPosition();
        const QRectF text = QFontMetricsF(label->font()).boundingRect(label->text());
        const int gap = 8;
        // A label that would run off the right edge goes on the marker's left instead.
        const bool leftSide = anchor.x() + gap + text.width() > plot()->axisRect()->rect().right();
        label->setPositionAlignment((leftSide ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        label->setPadding(leftSide ? QMargins(0, 0, gap, 0) : QMargins(gap, 0, 0, 0));
        const QRectF box(leftSide ? anchor.x() - gap - text.width() : anchor.x() + gap, anchor.y() - text.height() / 2,
                         text.width(), text.height());
        const bool overlaps = std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) { return r.intersects(box); });
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

QString TimelineChart::toolTipAt(const QPointF &position) const
{
    QCustomPlot *p = plot();
    if (m_data.mode == TimelineMode::Announcements) {
        const TimelinePoint *nearest = nullptr;
        double best = kHoverRadius;
        for (const TimelinePoint &point : m_data.points) {
            const QPointF at(p->xAxis->coordToPixel(dateKey(point.date)), p->yAxis->coordToPixel(point.value));
            const double distance = QLineF(at, position).length();
            if (distance <= best) {
                best = distance;
                nearest = &point;
            }
        }
        if (nearest) {
            return tooltipHtml({nearest->name, m_data.countryNames.value(nearest->countryCode),
                                tr("As announced: %1").arg(nearest->amountAsAnnounced),
                                tr("Converted: %1").arg(nearest->amountConverted),
                                tr("Announced: %1").arg(nearest->dateText), tr("Status: %1").arg(nearest->status),
                                tr("Source: %1").arg(nearest->source)});
        }
        if (m_eventLane && m_eventLane->rect().contains(position.toPoint())) {
            QCPAxis *laneX = m_eventLane->axis(QCPAxis::atBottom);
            for (const TimelineMarker &event : m_data.events) {
                if (std::abs(laneX->coordToPixel(dateKey(event.date)) - position.x()) <= 5) {
                    return tooltipHtml({event.title, m_data.countryNames.value(event.countryCode),
                                        event.kind + u" · "_s + formatDate(event.date)});
                }
            }
        }
        return {};
    }
    const double year = std::round(p->xAxis->pixelToCoord(position.x()));
    const qsizetype index = m_data.years.indexOf(int(year));
    if (index < 0)
        return {};
    const double value = p->yAxis->pixelToCoord(position.y());
    double base = 0;
    for (const StackedSeries &series : m_data.stacks) {
        const double top = base + series.values.at(index);
        if (value >= base && value <= top && series.values.at(index) > 0) {
            return tooltipHtml({series.label, QString::number(int(year)),
                                formatAmount(series.values.at(index), m_data.currency)});
        }
        base = top;
    }
    return {};
}

void TimelineChart::showToolTip(QMouseEvent *event)
{
    const QString text = toolTipAt(event->position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, plot());
}
