#pragma once

#include "chartdata.h"
#include "currencyconverter.h"
#include "dataset.h"
#include "filter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class Analysis;

// An opened dataset ready for the views, or the reason it could not be opened (naming the file).
struct AnalysisLoadResult
{
    std::shared_ptr<const Analysis> analysis;
    QString error;
};

AnalysisLoadResult loadAnalysis(const QString &databasePath);

struct DetailField
{
    QString label;
    QString value;
};

// What the detail pane shows for one programme: every field as text, sources included.
struct ProgrammeDetail
{
    QString title;
    QList<DetailField> fields;
};

// A programme as it adds to a total: its amount, less the parts it contains that another counted programme
// already carries (see Overlap).
struct CountedProgramme
{
    const Programme *programme = nullptr;
    QList<const Programme *> countedElsewhere;
};

// Filters and aggregates the dataset for the views. Stateless apart from the dataset; every view, export
// and CSV goes through the same functions, so they agree on what a filter selects.
class Analysis
{
    Q_DECLARE_TR_FUNCTIONS(Analysis)

public:
    explicit Analysis(std::shared_ptr<const Dataset> dataset);

    const Dataset &dataset() const { return *m_dataset; }
    const CurrencyConverter &converter() const { return m_converter; }

    bool matches(const Programme &programme, const Filter &filter) const;
    // Programmes the filter selects, withdrawn ones included (the table and timeline show them).
    QList<const Programme *> programmes(const Filter &filter) const;
    // The Table's rows: the filter's programmes that also match its free-text search.
    QList<const Programme *> tableRows(const Filter &filter) const;
    bool matchesSearch(const Programme &programme, const QString &search) const;
    // Dated events in the filter's countries and years.
    QList<const TimelineEvent *> events(const Filter &filter) const;
    // Programmes that count towards totals: not withdrawn, and not inside a selected umbrella. A part that
    // two counted umbrellas contain stays in the first of them (its parent's line) and is taken out of the rest.
    QList<CountedProgramme> countedProgrammes(const Filter &filter) const;
    // What a counted programme adds to a total in `currency`, at its announcement-year rate; nothing when
    // no rate converts it.
    std::optional<double> countedValue(const CountedProgramme &counted, const QString &currency) const;

    // The currency charts are drawn in: the display currency, or USD when amounts are shown as announced.
    static QString chartCurrency(const Filter &filter);
    std::optional<ConvertedMoney> convert(const Money &amount, int year, const QString &currency) const;
    double convertedValue(const Money &amount, int year, const QString &currency) const;

    QString countryName(const QString &code) const;
    // Names in the display language, falling back to English where the dataset has no Japanese.
    QString programmeName(const Programme &programme) const;
    QString bodyName(const Programme &programme) const;
    QString recipientName(const QString &id) const;
    // "METI, 2024-04-19"
    QString shortCitation(const QString &sourceId) const;
    // The amount in the display currency with the original in brackets when they differ; compact for labels.
    QString amountText(const Money &amount, int year, const Filter &filter, bool compact = false) const;

    TimelineData timeline(const Filter &filter) const;
    RecipientsData recipients(const Filter &filter) const;
    ComparisonData comparison(const Filter &filter) const;
    ProgrammeDetail detail(const QString &programmeId, const Filter &filter) const;
    // The programme the Recipients view shows for this filter (the requested one, or a default).
    QString recipientsProgramme(const Filter &filter) const;

    // A one-line statement of the filter for subtitles: "Japan, United States · 2016–2026 · Public · USD".
    QString describe(const Filter &filter) const;

private:
    // The exchange-rate and overlap sources behind totals of these programmes.
    void addTotalSources(QStringList &sourceIds, const QList<CountedProgramme> &counted, const QString &currency) const;
    void addFxSources(QStringList &sourceIds, const QList<const Programme *> &programmes,
                      const QString &currency) const;

    std::shared_ptr<const Dataset> m_dataset;
    CurrencyConverter m_converter;
};
