#include "datasetschema.h"

using namespace Qt::StringLiterals;

namespace {

// Frequent column types, spelled once.
constexpr const char *kText = "TEXT NOT NULL";
constexpr const char *kOptionalText = "TEXT";
constexpr const char *kInteger = "INTEGER NOT NULL";
constexpr const char *kReal = "REAL NOT NULL";
constexpr const char *kCountry = "TEXT NOT NULL REFERENCES countries(code)";
constexpr const char *kProgramme = "TEXT NOT NULL REFERENCES programmes(id)";
constexpr const char *kSource = "TEXT NOT NULL REFERENCES sources(id)";

constexpr ColumnSchema kSourceId{"source_id", "source_id", kSource};
// Where a Japanese name comes from: empty for the row's own source, a source id, or "translation".
constexpr ColumnSchema kNameJaSource{"name_ja_source", "name_ja_source", kOptionalText};
constexpr ColumnSchema kQuote{"quote", "quote", kText};

constexpr ColumnSchema kMetaColumns[] = {{"key", "key", "TEXT PRIMARY KEY"}, {"value", "value", kText}};
constexpr ColumnSchema kCountriesColumns[] = {{"code", "code", "TEXT PRIMARY KEY"},
                                              {"name_en", "name_en", kText},
                                              {"name_ja", "name_ja", kOptionalText},
                                              {"kind", "kind", kText}};
constexpr ColumnSchema kSourcesColumns[] = {{"id", "id", "TEXT PRIMARY KEY"},
                                            {"publisher", "publisher", kText},
                                            {"title", "title", kText},
                                            {"url", "url", kText},
                                            {"published", "published", kOptionalText},
                                            {"accessed", "accessed", kText}};
constexpr ColumnSchema kProgrammesColumns[] = {{"id", "id", "TEXT PRIMARY KEY"},
                                               {"country", "country_code", kCountry},
                                               {"name_en", "name_en", kText},
                                               {"name_ja", "name_ja", kOptionalText},
                                               kNameJaSource,
                                               {"body_en", "body_en", kText},
                                               {"body_ja", "body_ja", kOptionalText},
                                               {"body_ja_source", "body_ja_source", kOptionalText},
                                               {"announced", "announced", kText},
                                               {"start_year", "start_year", kInteger},
                                               {"end_year", "end_year", kInteger},
                                               {"amount", "amount", kInteger},
                                               {"qualifier", "qualifier", kText},
                                               {"currency", "currency", kText},
                                               {"category", "category", kText},
                                               {"funding", "funding", kText},
                                               {"status", "status", kText},
                                               {"parent_id", "parent_id", "TEXT REFERENCES programmes(id)"},
                                               kSourceId,
                                               kQuote,
                                               {"notes", "notes", kOptionalText}};
constexpr ColumnSchema kDisputesColumns[] = {{"programme_id", "programme_id", kProgramme},
                                             {"alt_amount", "alt_amount", "INTEGER"},
                                             {"alt_qualifier", "alt_qualifier", kOptionalText},
                                             {"alt_currency", "alt_currency", kOptionalText},
                                             {"alt_date", "alt_date", kOptionalText},
                                             kSourceId,
                                             kQuote,
                                             {"note", "note", kOptionalText}};
constexpr ColumnSchema kMilestonesColumns[] = {{"programme_id", "programme_id", kProgramme},
                                               {"stage", "stage", kText},
                                               {"date", "date", kText},
                                               {"amount", "amount", kInteger},
                                               {"qualifier", "qualifier", kText},
                                               {"currency", "currency", kText},
                                               kSourceId,
                                               kQuote,
                                               {"note", "note", kOptionalText}};
constexpr ColumnSchema kRecipientsColumns[] = {{"id", "id", "TEXT PRIMARY KEY"},
                                               {"name_en", "name_en", kText},
                                               {"name_ja", "name_ja", kOptionalText},
                                               kNameJaSource,
                                               {"country", "country_code", kCountry}};
constexpr ColumnSchema kAllocationsColumns[] = {
    {"programme_id", "programme_id", kProgramme},
    {"recipient_id", "recipient_id", "TEXT NOT NULL REFERENCES recipients(id)"},
    {"amount", "amount", kInteger},
    {"qualifier", "qualifier", kText},
    {"currency", "currency", kText},
    kSourceId,
    kQuote};
constexpr ColumnSchema kEventsColumns[] = {{"id", "id", "TEXT PRIMARY KEY"},
                                           {"country", "country_code", kCountry},
                                           {"date", "date", kText},
                                           {"kind", "kind", kText},
                                           {"title_en", "title_en", kText},
                                           {"title_ja", "title_ja", kOptionalText},
                                           {"title_ja_source", "title_ja_source", kOptionalText},
                                           kSourceId,
                                           kQuote};
constexpr ColumnSchema kIndicatorSeriesColumns[] = {
    {"id", "id", "TEXT PRIMARY KEY"}, {"name_en", "name_en", kText}, {"name_ja", "name_ja", kOptionalText},
    {"unit", "unit", kText},          {"survey", "survey", kText},   {"definition", "definition", kText}};
constexpr ColumnSchema kIndicatorsColumns[] = {
    {"series_id", "series_id", "TEXT NOT NULL REFERENCES indicator_series(id)"},
    {"country", "country_code", kCountry},
    {"year", "year", kInteger},
    {"value", "value", kReal},
    kSourceId,
    kQuote};
constexpr ColumnSchema kExchangeRatesColumns[] = {{"currency", "currency", kText},
                                                  {"year", "year", kInteger},
                                                  {"per_usd", "per_usd", kReal},
                                                  kSourceId,
                                                  kQuote};
constexpr ColumnSchema kPopulationColumns[] = {{"country", "country_code", kCountry},
                                               {"year", "year", kInteger},
                                               {"value", "value", kReal},
                                               kSourceId,
                                               kQuote};
constexpr ColumnSchema kGdpColumns[] = {{"country", "country_code", kCountry},
                                        {"year", "year", kInteger},
                                        {"value_usd", "value_usd", kReal},
                                        kSourceId,
                                        kQuote};
constexpr ColumnSchema kOverlapsColumns[] = {{"programme_id", "programme_id", kProgramme},
                                             {"part_of_id", "part_of_id", kProgramme},
                                             kSourceId,
                                             kQuote,
                                             {"note", "note", kOptionalText}};

// In the order the compiler reads the CSV files.
constexpr TableSchema kTables[] = {
    {DatasetTable::Meta, "meta.csv", "meta", kMetaColumns, ""},
    {DatasetTable::Countries, "countries.csv", "countries", kCountriesColumns, ""},
    {DatasetTable::Sources, "sources.csv", "sources", kSourcesColumns, ""},
    {DatasetTable::Programmes, "programmes.csv", "programmes", kProgrammesColumns, ""},
    {DatasetTable::Disputes, "disputes.csv", "disputes", kDisputesColumns, ""},
    {DatasetTable::Milestones, "milestones.csv", "milestones", kMilestonesColumns, ""},
    {DatasetTable::Recipients, "recipients.csv", "recipients", kRecipientsColumns, ""},
    {DatasetTable::Allocations, "allocations.csv", "allocations", kAllocationsColumns,
     "programme_id, recipient_id"},
    {DatasetTable::Events, "events.csv", "events", kEventsColumns, ""},
    {DatasetTable::IndicatorSeries, "indicator_series.csv", "indicator_series", kIndicatorSeriesColumns, ""},
    {DatasetTable::Indicators, "indicators.csv", "indicators", kIndicatorsColumns,
     "series_id, country_code, year"},
    {DatasetTable::ExchangeRates, "exchange_rates.csv", "exchange_rates", kExchangeRatesColumns,
     "currency, year"},
    {DatasetTable::Population, "population.csv", "population", kPopulationColumns, "country_code, year"},
    {DatasetTable::Gdp, "gdp.csv", "gdp", kGdpColumns, "country_code, year"},
    {DatasetTable::Overlaps, "overlaps.csv", "overlaps", kOverlapsColumns, "programme_id, part_of_id"},
};

} // namespace

std::span<const TableSchema> datasetSchema()
{
    return kTables;
}

const TableSchema &tableSchema(DatasetTable table)
{
    for (const TableSchema &schema : datasetSchema()) {
        if (schema.table == table)
            return schema;
    }
    Q_UNREACHABLE();
}

QStringList TableSchema::csvHeader() const
{
    QStringList header;
    for (const ColumnSchema &column : columns)
        header.append(QLatin1StringView(column.csvName));
    return header;
}

QString TableSchema::createStatement() const
{
    QStringList definitions;
    for (const ColumnSchema &column : columns)
        definitions.append(QLatin1StringView(column.sqlName) + u' ' + QLatin1StringView(column.sqlType));
    if (*primaryKey)
        definitions.append(u"PRIMARY KEY ("_s + QLatin1StringView(primaryKey) + u')');
    return u"CREATE TABLE "_s + QLatin1StringView(sqlName) + u" (" + definitions.join(u", "_s) + u')';
}

QString TableSchema::insertStatement() const
{
    QStringList marks;
    for (std::size_t i = 0; i < columns.size(); ++i)
        marks.append(u"?"_s);
    return u"INSERT INTO "_s + QLatin1StringView(sqlName) + u" VALUES (" + marks.join(u',') + u')';
}

QString TableSchema::selectStatement() const
{
    QStringList names;
    for (const ColumnSchema &column : columns)
        names.append(QLatin1StringView(column.sqlName));
    return u"SELECT rowid, "_s + names.join(u", "_s) + u" FROM " + QLatin1StringView(sqlName) +
           u" ORDER BY rowid"_s;
}
