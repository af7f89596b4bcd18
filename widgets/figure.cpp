#include "figure.h"

#include "amountformat.h"
#include "comparisonbuilder.h"
#include "displaytext.h"
#include "figureplot.h"
#include "recipientsbuilder.h"
#include "timelinebuilder.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QDate>

namespace {

QString comparisonTitle(const ComparisonData &data)
{
    switch (data.measure) {
    case Measure::Total:
        return data.map ? Figure::tr("Committed AI funding by country")
                        : Figure::tr("Committed AI funding by country and category");
    case Measure::PerCapita:
        return Figure::tr("Committed AI funding per person");
    case Measure::GdpShare:
        return Figure::tr("Average annual AI funding as a share of GDP");
    case Measure::Adoption:
        return data.seriesLabels.value(0);
    }
    return {};
}

QString timelineTitle(const TimelineData &data)
{
    return data.mode == TimelineMode::Announcements
               ? Figure::tr("AI funding announcements")
               : Figure::tr("AI funding per year, programmes spread over their periods");
}

QString recipientsTitle(const RecipientsData &data)
{
    return data.title.isEmpty() ? Figure::tr("No programme with named recipients matches the filters")
                                : data.title;
}

// A chart's data with the furniture it carries: title, note, sources, and any warning.
template <typename Data> void setChart(Figure &figure, Data data, QString (*title)(const Data &))
{
    figure.title = title(data);
    figure.note = data.note;
    figure.sourceIds = data.sourceIds;
    if constexpr (requires { data.warning; })
        figure.warning = data.warning;
    figure.chart = std::move(data);
}

// The view's own content: title, note, sources and chart or rows.
void fillContent(Figure &figure, const Analysis &analysis, const Filter &filter)
{
    switch (figure.view) {
    case ViewKind::Timeline:
        setChart(figure, buildTimeline(analysis, filter), timelineTitle);
        break;
    case ViewKind::Recipients:
        setChart(figure, buildRecipients(analysis, filter), recipientsTitle);
        break;
    case ViewKind::Comparison:
        setChart(figure, buildComparison(analysis, filter), comparisonTitle);
        break;
    case ViewKind::Table: {
        const QList<const Programme *> rows = analysis.tableRows(filter);
        figure.table = programmeTable(analysis, filter, rows);
        figure.title = Figure::tr("AI funding programmes (%n)", nullptr, int(figure.table.rows.size()));
        figure.note =
            Figure::tr("Amounts as announced; converted at announcement-year annual average exchange rates.");
        for (const Programme *programme : rows)
            figure.sourceIds.append(programme->source.sourceId);
        removeRepeatedIds(figure.sourceIds);
        break;
    }
    }
}

} // namespace

Figure buildFigure(const Analysis &analysis, const Filter &filter, ViewKind view,
                   const FigureOptions &options)
{
    Figure figure;
    figure.view = view;
    figure.greyscale = options.greyscale;
    fillContent(figure, analysis, filter);
    if (options.withTable && figure.hasChart())
        figure.table = figureTable(view, analysis, filter);
    figure.subtitle = describeFilter(analysis, filter);
    for (const QString &id : std::as_const(figure.sourceIds)) {
        figure.citations.append(shortCitation(analysis.dataset(), id));
        figure.references.append(fullCitation(analysis.dataset(), id));
        if (const Source *source = analysis.dataset().source(id))
            figure.publishers.append(source->publisher);
    }
    figure.citations.removeDuplicates();
    figure.publishers.removeDuplicates();
    const QString edition = datasetEdition(analysis);
    figure.edition = Figure::tr("AI Policy Explorer, dataset %1").arg(edition);
    figure.footer = Figure::tr("AI Policy Explorer · dataset %1 · printed %2")
                        .arg(edition, formatDate(QDate::currentDate()));
    return figure;
}

Figure datasetDiffFigure(const DatasetDiff &diff)
{
    Figure figure;
    figure.title =
        Figure::tr("What changed from dataset %1 to %2").arg(diff.before.version, diff.after.version);
    figure.subtitle = diffSummary(diff);
    figure.note =
        Figure::tr("From %1 to %2. Amounts in whole units of their currency, dates as YYYY-MM-DD, as the "
                   "dataset's files hold them.")
            .arg(datasetEdition(diff.before), datasetEdition(diff.after));
    figure.table = diffTable(diff);
    for (const RecordChange &change : diff.changes) {
        for (const QString &source : {change.sourceBefore, change.sourceAfter}) {
            if (!source.isEmpty() && !figure.references.contains(source))
                figure.references.append(source);
        }
    }
    figure.citations = figure.references;
    figure.publishers = figure.references;
    figure.edition = Figure::tr("AI Policy Explorer, comparison of dataset %1 with %2")
                         .arg(datasetEdition(diff.before), datasetEdition(diff.after));
    figure.footer = Figure::tr("AI Policy Explorer · dataset %1 compared with %2 · printed %3")
                        .arg(diff.before.version, diff.after.version, formatDate(QDate::currentDate()));
    return figure;
}

void Figure::paintChart(QCPPainter &painter, const QRect &area) const
{
    const std::unique_ptr<FigurePlot> plot = createFigurePlot(*this);
    if (!plot)
        return;
    plot->resize(area.size());
    plot->showFigure(*this);
    painter.save();
    painter.translate(area.topLeft());
    plot->toPainter(&painter, area.width(), area.height());
    painter.restore();
}
