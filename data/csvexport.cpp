#include "csvexport.h"

#include "comparisonbuilder.h"
#include "csv.h"
#include "displaytext.h"
#include "timelinebuilder.h"

#include <QIODevice>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Plain decimal text that spreadsheets parse: no grouping, no exponent.
QString number(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
}

QString sourceUrl(const Analysis &analysis, const QString &sourceId)
{
    const Source *source = analysis.dataset().source(sourceId);
    return source ? source->url : QString();
}

// "mine.csv 2026-12-01" for a programme a user imported, empty for the dataset's own.
QString importedFrom(const Analysis &analysis, const Programme &programme)
{
    const ProgrammeImport *imported = analysis.dataset().importOf(programme);
    return imported ? imported->fileName + u' ' + imported->importedOn.toString(Qt::ISODate) : QString();
}

QString usd(const Analysis &analysis, const Money &amount, int year)
{
    const auto converted = analysis.convert(amount, year, u"USD"_s);
    return converted ? number(std::round(converted->value), 0) : QString();
}

} // namespace

bool writeTableCsv(QIODevice &device, const Analysis &analysis, const Filter &filter)
{
    SpreadsheetCsvWriter csv(device);
    // The contract's columns come first, in order; additions go at the end so positional scripts keep
    // working.
    csv.row({u"id"_s,
             u"country_code"_s,
             u"country"_s,
             u"programme"_s,
             u"body"_s,
             u"announced"_s,
             u"start_year"_s,
             u"end_year"_s,
             u"amount"_s,
             u"amount_qualifier"_s,
             u"currency"_s,
             u"amount_usd"_s,
             u"category"_s,
             u"funding"_s,
             u"status"_s,
             u"parent_id"_s,
             u"source_url"_s,
             u"programme_ja"_s,
             u"imported_from"_s,
             u"milestone_stage"_s,
             u"milestone_date"_s,
             u"milestone_amount"_s,
             u"milestone_qualifier"_s,
             u"milestone_currency"_s,
             u"milestone_source_url"_s});
    for (const Programme *p : analysis.tableRows(filter)) {
        QStringList row{p->id,
                        p->countryCode,
                        countryName(analysis, p->countryCode),
                        p->nameEn,
                        p->bodyEn,
                        p->announced.toIso(),
                        QString::number(p->startYear),
                        QString::number(p->endYear),
                        QString::number(p->amount.units),
                        enumKey(p->amount.qualifier),
                        p->amount.currency,
                        usd(analysis, p->amount, p->announced.year),
                        enumKey(p->category),
                        enumKey(p->funding),
                        enumKey(p->status),
                        p->parentId,
                        sourceUrl(analysis, p->source.sourceId),
                        p->nameJa,
                        importedFrom(analysis, *p)};
        // The Table's milestone column: the furthest stage the money has reached, at its latest date.
        if (const Milestone *m = analysis.dataset().latestMilestone(*p)) {
            row << enumKey(m->stage) << m->date.toIso() << QString::number(m->amount.units)
                << enumKey(m->amount.qualifier) << m->amount.currency
                << sourceUrl(analysis, m->source.sourceId);
        } else {
            row << QString() << QString() << QString() << QString() << QString() << QString();
        }
        csv.row(row);
    }
    return csv.ok();
}

bool writeTimelineCsv(QIODevice &device, const Analysis &analysis, const Filter &filter)
{
    SpreadsheetCsvWriter csv(device);
    const TimelineData data = buildTimeline(analysis, filter);
    if (data.mode == TimelineMode::Annualised) {
        csv.row({u"year"_s, u"series"_s, u"series_label"_s, u"value"_s, u"currency"_s});
        for (const StackedSeries &series : data.stacks) {
            for (qsizetype i = 0; i < data.years.size(); ++i) {
                if (series.values.at(i) != 0)
                    csv.row({QString::number(data.years.at(i)), series.key, series.label,
                             number(series.values.at(i), 0), data.currency});
            }
        }
        return csv.ok();
    }
    csv.row({u"date"_s, u"type"_s, u"country_code"_s, u"country"_s, u"id"_s, u"title"_s, u"amount"_s,
             u"amount_qualifier"_s, u"currency"_s, u"value"_s, u"value_currency"_s, u"source_url"_s,
             u"imported_from"_s});
    for (const TimelinePoint &point : data.points) {
        const Programme *p = &*point.programme;
        csv.row({p->announced.toIso(), u"programme"_s, p->countryCode, countryName(analysis, p->countryCode),
                 p->id, p->nameEn, QString::number(p->amount.units), enumKey(p->amount.qualifier),
                 p->amount.currency, number(point.value, 0), data.currency,
                 sourceUrl(analysis, p->source.sourceId), importedFrom(analysis, *p)});
    }
    // What was appropriated, awarded or paid of those programmes; the id is the programme's, the type the
    // stage.
    for (const TimelineMilestone &shown : data.milestones) {
        const Milestone &m = *shown.milestone;
        const Programme *p = &*data.points.at(shown.point).programme;
        csv.row({m.date.toIso(), enumKey(m.stage), p->countryCode, countryName(analysis, p->countryCode),
                 p->id, p->nameEn, QString::number(m.amount.units), enumKey(m.amount.qualifier),
                 m.amount.currency, number(shown.value, 0), data.currency,
                 sourceUrl(analysis, m.source.sourceId), importedFrom(analysis, *p)});
    }
    for (const TimelineEvent *event : analysis.events(filter)) {
        csv.row({event->date.toIso(),
                 u"event"_s,
                 event->countryCode,
                 countryName(analysis, event->countryCode),
                 event->id,
                 event->titleEn,
                 {},
                 {},
                 {},
                 {},
                 {},
                 sourceUrl(analysis, event->source.sourceId),
                 {}});
    }
    return csv.ok();
}

bool writeRecipientsCsv(QIODevice &device, const Analysis &analysis, const Filter &filter)
{
    SpreadsheetCsvWriter csv(device);
    csv.row({u"programme_id"_s, u"programme"_s, u"recipient"_s, u"amount"_s, u"currency"_s, u"amount_usd"_s,
             u"share"_s, u"source_url"_s, u"amount_qualifier"_s});
    // What the chart shows: one programme's allocations (the chosen one, or the view's default), or every
    // allocation behind the ranking's bars.
    QList<const Programme *> programmes;
    if (filter.recipientsMode == RecipientsMode::Ranking) {
        programmes = analysis.programmes(filter);
    } else if (const Programme *p = analysis.dataset().programme(analysis.recipientsProgramme(filter))) {
        programmes.append(p);
    }
    for (const Programme *p : std::as_const(programmes)) {
        for (const Allocation *a : analysis.dataset().allocationsOf(p->id)) {
            const bool sameCurrency = a->amount.currency == p->amount.currency && p->amount.units > 0;
            csv.row({p->id, p->nameEn, recipientName(analysis, a->recipientId),
                     QString::number(a->amount.units), a->amount.currency,
                     usd(analysis, a->amount, p->announced.year),
                     sameCurrency ? number(double(a->amount.units) / double(p->amount.units), 4) : QString(),
                     sourceUrl(analysis, a->source.sourceId), enumKey(a->amount.qualifier)});
        }
    }
    return csv.ok();
}

bool writeComparisonCsv(QIODevice &device, const Analysis &analysis, const Filter &filter)
{
    SpreadsheetCsvWriter csv(device);
    const ComparisonData data = buildComparison(analysis, filter);
    const int decimals = data.measure == Measure::Total ? 0 : 6;
    if (data.map) {
        // What the map colours: each country's value and the class it falls in, numbered from 1, lightest.
        csv.row({u"country_code"_s, u"country"_s, u"value"_s, u"unit"_s, u"class"_s, u"class_label"_s});
        for (qsizetype i = 0; i < data.rows.size(); ++i) {
            const ComparisonRow &row = data.rows.at(i);
            const int bin = data.rowBins.at(i);
            csv.row({row.code, row.name, number(row.total, decimals), data.unit, QString::number(bin + 1),
                     data.binLabels.value(bin)});
        }
        return csv.ok();
    }
    csv.row({u"country_code"_s, u"country"_s, u"series"_s, u"value"_s, u"unit"_s});
    for (const ComparisonRow &row : data.rows) {
        for (qsizetype i = 0; i < data.seriesKeys.size(); ++i)
            csv.row(
                {row.code, row.name, data.seriesKeys.at(i), number(row.values.at(i), decimals), data.unit});
        if (data.seriesKeys.size() > 1)
            csv.row({row.code, row.name, u"total"_s, number(row.total, decimals), data.unit});
    }
    return csv.ok();
}

bool writeViewCsv(QIODevice &device, ViewKind view, const Analysis &analysis, const Filter &filter)
{
    switch (view) {
    case ViewKind::Timeline:
        return writeTimelineCsv(device, analysis, filter);
    case ViewKind::Recipients:
        return writeRecipientsCsv(device, analysis, filter);
    case ViewKind::Comparison:
        return writeComparisonCsv(device, analysis, filter);
    case ViewKind::Table:
        return writeTableCsv(device, analysis, filter);
    }
    return false;
}
