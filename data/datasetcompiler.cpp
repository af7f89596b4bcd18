#include "datasetcompiler.h"

#include "csv.h"
#include "datasetschema.h"
#include "japanesename.h"
#include "rowindex.h"
#include "stringhash.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// ISO 4217 active codes. Validation rejects anything else so a typo cannot invent a currency.
const StringSet &iso4217Codes()
{
    static const StringSet codes = [] {
        const QString list = QStringLiteral(
            "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN "
            "BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS "
            "GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW "
            "KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD "
            "NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD "
            "SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES "
            "VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL");
        const QStringList items = list.split(u' ');
        return StringSet(items.cbegin(), items.cend());
    }();
    return codes;
}

// Every year and date in the dataset, and the longest period a programme may cover: each year of it is a
// column of the annualised timeline.
constexpr int kFirstYear = 1990;
constexpr int kLastYear = 2100;
constexpr int kMostProgrammeYears = 50;

constexpr double kLeastPerUsd = 0.001;
constexpr double kMostPerUsd = 1e6;

// A decimal number in the C locale ("1234.5", "-2", "1e9"), read by the standard library: QString::toDouble
// took a microsecond a value. "inf" and "nan" parse but are refused, as no figure can be either.
std::optional<double> finiteNumber(QStringView text)
{
    if (text.startsWith(u'+'))
        text = text.sliced(1);
    char characters[64];
    if (text.isEmpty() || text.size() > qsizetype(sizeof characters))
        return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).unicode() > 0x7f)
            return std::nullopt;
        characters[i] = char(text.at(i).unicode());
    }
    double number = 0;
    const char *end = characters + text.size();
    const auto [stop, error] = std::from_chars(characters, end, number);
    if (error != std::errc() || stop != end || !std::isfinite(number))
        return std::nullopt;
    return number;
}

// The order of programmes in a compiled dataset: by announcement, then id.
auto programmeOrder(const Programme &p)
{
    return std::tie(p.announced, p.id);
}

// Sorts `items` by `key`, stably, unless they are in that order already (a database the compiler wrote is).
template <typename T, typename Key> void sortBy(QList<T> &items, Key key)
{
    const auto before = [&](const T &a, const T &b) { return key(a) < key(b); };
    if (!std::is_sorted(items.cbegin(), items.cend(), before))
        std::stable_sort(items.begin(), items.end(), before);
}

class Diagnostics
{
public:
    void error(const QString &location, const QString &problem)
    {
        errors.append(location + u": " + controlsShown(problem));
    }
    void error(const SourceLocation &location, const QString &problem) { error(location.text(), problem); }
    void warning(const SourceLocation &location, const QString &problem)
    {
        warnings.append(location.text() + u": warning: " + controlsShown(problem));
    }

    QStringList errors;
    QStringList warnings;

private:
    // A problem quotes the values it is about. A damaged database can hold a line break or other control
    // character in one, which would split the one-line message the dialog and the command line show.
    static QString controlsShown(const QString &problem)
    {
        const auto isControl = [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; };
        if (std::none_of(problem.cbegin(), problem.cend(), isControl))
            return problem;
        QString shown;
        for (const QChar c : problem)
            shown += isControl(c) ? QStringLiteral("<U+%1>").arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                  : QString(c);
        return shown;
    }
};

// Column positions by their names in the CSV header. Looked up for every field of every record, where a
// record has a few dozen fields and a large table hundreds of thousands of records: by the address of the
// literal a caller names the column with first, the same on every record, and by its characters only the
// first time that address is seen.
class ColumnIndex
{
public:
    explicit ColumnIndex(const TableSchema &schema) : m_schema(schema) {}

    // The column's position, or -1 for a column the table does not have.
    int of(const char *column)
    {
        for (const auto &[literal, index] : m_known) {
            if (literal == column)
                return index;
        }
        const auto named =
            std::find_if(m_schema.columns.begin(), m_schema.columns.end(),
                         [&](const ColumnSchema &c) { return qstrcmp(c.csvName, column) == 0; });
        const int index = named == m_schema.columns.end() ? -1 : int(named - m_schema.columns.begin());
        m_known.emplace_back(column, index);
        return index;
    }

private:
    const TableSchema &m_schema;
    std::vector<std::pair<const char *, int>> m_known;
};

// One column's texts made into the strings the dataset keeps. A short text that repeats down its column (a
// country code, currency, category, year or source) is made once and shared: most values of a large table
// repeat, and a string for each was much of the time spent loading one. A column whose texts do not repeat
// (ids, names) soon stops being looked up.
class ColumnTexts
{
public:
    QString text(QStringView value)
    {
        if (m_full || value.size() > kLongest)
            return value.toString();
        if (const auto known = m_texts.find(value); known != m_texts.end())
            return known->second;
        QString text = value.toString();
        m_texts.emplace(QStringView(text), text); // the key views the characters the kept copy shares
        m_full = m_texts.size() == kMostTexts;
        return text;
    }

private:
    static constexpr qsizetype kLongest = 32;
    static constexpr std::size_t kMostTexts = 4096;

    std::unordered_map<QStringView, QString, Utf16Hash> m_texts;
    bool m_full = false;
};

// Typed access to one record's fields by column name, reporting each bad field with the record's location.
class RowReader
{
public:
    RowReader(Diagnostics &diagnostics, const SourceTable &table, qsizetype row, ColumnIndex &columns,
              std::vector<ColumnTexts> &texts)
        : m_diagnostics(diagnostics), m_table(table), m_row(row), m_columns(columns), m_texts(texts)
    {
    }

    SourceLocation location() const { return m_table.rowLocation(m_row); }
    bool ok() const { return m_ok; }

    void fail(const QString &problem)
    {
        m_diagnostics.error(location(), problem);
        m_ok = false;
    }

    QString text(const char *column, bool required = true)
    {
        const int index = columnOf(column);
        const QStringView value = field(index, column, required);
        return index < 0 ? value.toString() : m_texts[std::size_t(index)].text(value);
    }

    QString optionalText(const char *column) { return text(column, false); }

    int year(const char *column)
    {
        const QStringView value = field(column);
        bool ok = false;
        const int year = value.toInt(&ok);
        if (!value.isEmpty() && (!ok || year < kFirstYear || year > kLastYear)) {
            fail(QStringLiteral("%1 '%2' is not a year between %3 and %4")
                     .arg(QLatin1String(column), value)
                     .arg(kFirstYear)
                     .arg(kLastYear));
            return 0;
        }
        return year;
    }

    // A whole, non-negative number of currency units; thousands separators are refused so "1,5" can't slip
    // in.
    qint64 wholeUnits(const char *column, bool required = true)
    {
        const QStringView value = field(column, required);
        if (value.isEmpty())
            return -1;
        bool ok = false;
        const qint64 units = value.toLongLong(&ok);
        if (!ok || units < 0) {
            fail(QStringLiteral("%1 '%2' is not a whole number of currency units")
                     .arg(QLatin1String(column), value));
            return -1;
        }
        return units;
    }

    double decimal(const char *column)
    {
        const QStringView value = field(column);
        const std::optional<double> number = finiteNumber(value);
        if (!value.isEmpty() && !number)
            fail(QStringLiteral("%1 '%2' is not a number").arg(QLatin1String(column), value));
        return number.value_or(0);
    }

    double positiveDecimal(const char *column)
    {
        const QStringView value = field(column);
        const std::optional<double> number = finiteNumber(value);
        if (!value.isEmpty() && (!number || *number <= 0)) {
            fail(QStringLiteral("%1 '%2' is not a positive number").arg(QLatin1String(column), value));
            return 0;
        }
        return number.value_or(0);
    }

    PartialDate date(const char *column, bool required = true)
    {
        const QStringView value = field(column, required);
        if (value.isEmpty())
            return {};
        const auto date = PartialDate::fromIso(value);
        if (!date) {
            fail(QStringLiteral("%1 '%2' is not an ISO date (YYYY-MM-DD or YYYY-MM)")
                     .arg(QLatin1String(column), value));
            return {};
        }
        if (date->year < kFirstYear || date->year > kLastYear) {
            fail(QStringLiteral("%1 '%2' is not between %3 and %4")
                     .arg(QLatin1String(column), value)
                     .arg(kFirstYear)
                     .arg(kLastYear));
            return {};
        }
        return *date;
    }

    QString currency(const char *column, bool required = true)
    {
        const QString value = text(column, required);
        if (!value.isEmpty() && !iso4217Codes().contains(value)) {
            fail(
                QStringLiteral("%1 '%2' is not an ISO 4217 currency code").arg(QLatin1String(column), value));
            return {};
        }
        return value;
    }

    template <typename E> E key(const char *column, E fallback, bool required = true)
    {
        const QStringView value = field(column, required);
        if (value.isEmpty())
            return fallback;
        const auto parsed = enumFromKey<E>(value);
        if (!parsed) {
            fail(QStringLiteral("%1 '%2' is not one of %3")
                     .arg(QLatin1String(column), value, enumKeyList<E>()));
            return fallback;
        }
        return *parsed;
    }

    SourceRef sourceRef(const char *sourceColumn = "source_id", const char *quoteColumn = "quote")
    {
        return SourceRef{text(sourceColumn), text(quoteColumn)};
    }

private:
    int columnOf(const char *column) const { return m_columns.of(column); }

    // The field's text without the spaces around it; empty for a column the table does not have.
    QStringView field(int index, const char *column, bool required)
    {
        const QStringView value = index < 0 ? QStringView() : m_table.field(m_row, index).trimmed();
        if (required && value.isEmpty())
            fail(QStringLiteral("%1 is empty").arg(QLatin1String(column)));
        return value;
    }

    QStringView field(const char *column, bool required = true)
    {
        return field(columnOf(column), column, required);
    }

    Diagnostics &m_diagnostics;
    const SourceTable &m_table;
    const qsizetype m_row;
    ColumnIndex &m_columns;
    std::vector<ColumnTexts> &m_texts;
    bool m_ok = true;
};

class Compiler
{
public:
    explicit Compiler(const SourceTableReader &readTable) : m_readTable(readTable) {}

    CompileResult run()
    {
        readAll();
        putProgrammesInOrder();
        putInOrder(m_tables);
        m_dataset = Dataset(std::move(m_tables));
        reportRepeatedProgrammeIds();
        if (m_diagnostics.errors.isEmpty())
            checkReferences();
        return CompileResult{std::move(m_dataset), m_diagnostics.errors, m_diagnostics.warnings};
    }

private:
    using RowHandler = std::function<void(RowReader &)>;

    // Hands each record of one table on, by column name; returns where the table as a whole is reported.
    QString readTable(DatasetTable which, const RowHandler &handle)
    {
        const TableSchema &schema = tableSchema(which);
        ColumnIndex columns(schema);
        std::vector<ColumnTexts> texts(schema.columns.size());
        SourceTable table;
        do {
            table = m_readTable(schema);
            m_diagnostics.errors.append(table.errors);
            m_diagnostics.warnings.append(table.warnings);
            for (qsizetype i = 0; i < table.rowCount(); ++i) {
                RowReader row(m_diagnostics, table, i, columns, texts);
                handle(row);
            }
        } while (table.more);
        return table.location;
    }

    // The column beside a Japanese name that says where it comes from (japanesename.h): a source's id is
    // checked like every other reference.
    QString japaneseNameSource(RowReader &row, const QString &name, const char *nameColumn,
                               const char *sourceColumn)
    {
        QString nameSource = row.optionalText(sourceColumn);
        if (nameSource.isEmpty())
            return nameSource;
        if (name.isEmpty())
            row.fail(QStringLiteral("%1 '%2' with no %3")
                         .arg(QLatin1StringView(sourceColumn), nameSource, QLatin1StringView(nameColumn)));
        else if (!isTranslatedName(nameSource))
            m_refs.append({row.location(), Ref::Source, nameSource});
        return nameSource;
    }

    static QString duplicate(const char *what, const QString &key)
    {
        return QStringLiteral("duplicate %1 '%2'").arg(QLatin1String(what), key);
    }

    void requireUnique(StringSet &seen, const QString &key, RowReader &row, const char *what)
    {
        if (!seen.insert(key).second)
            row.fail(duplicate(what, key));
    }

    // requireUnique() for a table of up to hundreds of thousands of rows, once it is read: an index of row
    // numbers (rowindex.h) rather than a set of copied keys, which cost an allocation for each row. Each row
    // whose key an earlier one has is reported where it was read; an empty key is reported as empty already.
    template <typename T>
    void reportRepeats(const QList<T> &rows, QString T::*key, const QList<SourceLocation> &locations,
                       const char *what)
    {
        const RowIndex<T> index(rows, key);
        for (qsizetype row = 0; row < rows.size(); ++row) {
            const QString &value = rows.at(row).*key;
            if (!value.isEmpty() && index.firstRowOf(rows, value) != row)
                m_diagnostics.error(locations.at(row), duplicate(what, value));
        }
    }

    Money money(RowReader &row, const char *amount, const char *qualifier, const char *currency,
                bool required = true)
    {
        Money value;
        value.units = row.wholeUnits(amount, required);
        value.qualifier = row.key(qualifier, AmountQualifier::Exact, required);
        value.currency = row.currency(currency, required);
        return value;
    }

    // Every file in schema order; each reader checks its own rows, references are checked afterwards.
    void readAll()
    {
        readMeta();
        readCountries();
        readSources();
        readProgrammes();
        readDisputes();
        readMilestones();
        readRecipients();
        readAllocations();
        readEvents();
        readIndicatorSeries();
        readIndicators();
        readExchangeRates();
        readCountryFigures(DatasetTable::Population, "value", m_tables.population);
        readCountryFigures(DatasetTable::Gdp, "value_usd", m_tables.gdpUsd);
        readOverlaps();
    }

    void readMeta()
    {
        QHash<QString, QString> meta;
        StringSet keys;
        const QString location = readTable(DatasetTable::Meta, [&](RowReader &row) {
            const QString key = row.text("key");
            requireUnique(keys, key, row, "meta key");
            meta.insert(key, row.text("value"));
            if (key == u"start_programme")
                m_refs.append({row.location(), Ref::Programme, meta.value(key)});
            if (key == u"labelled_first") {
                for (const QString &id : meta.value(key).split(u' ', Qt::SkipEmptyParts))
                    m_refs.append({row.location(), Ref::Programme, id});
            }
        });
        DatasetInfo &info = m_tables.info;
        info.title = meta.value(u"title"_s);
        info.version = meta.value(u"dataset_version"_s);
        info.dataAsOf = QDate::fromString(meta.value(u"data_as_of"_s), Qt::ISODate);
        info.startProgrammeId = meta.value(u"start_programme"_s);
        info.labelledFirstIds = meta.value(u"labelled_first"_s).split(u' ', Qt::SkipEmptyParts);
        if (info.version.isEmpty() || !info.dataAsOf.isValid() || info.dataAsOf.year() < kFirstYear ||
            info.dataAsOf.year() > kLastYear) {
            m_diagnostics.error(
                location, QStringLiteral("meta needs dataset_version, and data_as_of as a date (YYYY-MM-DD) "
                                         "between %1 and %2")
                              .arg(kFirstYear)
                              .arg(kLastYear));
        }
    }

    void readCountries()
    {
        StringSet seen;
        readTable(DatasetTable::Countries, [&](RowReader &row) {
            Country country{row.text("code"), row.text("name_en"), row.optionalText("name_ja"), false};
            const QString kind = row.text("kind");
            const bool alpha3 =
                country.code.size() == 3 && std::all_of(country.code.cbegin(), country.code.cend(),
                                                        [](QChar c) { return c >= u'A' && c <= u'Z'; });
            if (!alpha3)
                row.fail(QStringLiteral("code '%1' is not an ISO 3166-1 alpha-3 code").arg(country.code));
            if (kind != u"country" && kind != u"bloc")
                row.fail(QStringLiteral("kind '%1' is not one of country|bloc").arg(kind));
            country.isBloc = kind == u"bloc";
            requireUnique(seen, country.code, row, "country code");
            m_tables.countries.append(std::move(country));
        });
    }

    void readSources()
    {
        StringSet seen;
        readTable(DatasetTable::Sources, [&](RowReader &row) {
            Source source{row.text("id"),  row.text("publisher"),        row.text("title"),
                          row.text("url"), row.date("published", false), {}};
            source.accessed = row.date("accessed").firstDay();
            if (!source.url.startsWith(u"https://") && !source.url.startsWith(u"http://"))
                row.fail(QStringLiteral("url '%1' is not an http(s) address").arg(source.url));
            requireUnique(seen, source.id, row, "source id");
            m_tables.sources.append(std::move(source));
        });
    }

    void readProgrammes()
    {
        readTable(DatasetTable::Programmes, [&](RowReader &row) {
            Programme p;
            p.id = row.text("id");
            p.countryCode = row.text("country");
            p.nameEn = row.text("name_en");
            p.nameJa = row.optionalText("name_ja");
            p.nameJaSource = japaneseNameSource(row, p.nameJa, "name_ja", "name_ja_source");
            p.bodyEn = row.text("body_en");
            p.bodyJa = row.optionalText("body_ja");
            p.bodyJaSource = japaneseNameSource(row, p.bodyJa, "body_ja", "body_ja_source");
            p.announced = row.date("announced");
            p.startYear = row.year("start_year");
            p.endYear = row.year("end_year");
            p.amount = money(row, "amount", "qualifier", "currency");
            p.category = row.key("category", Category::Other);
            p.funding = row.key("funding", FundingType::Public);
            p.status = row.key("status", Status::Announced);
            p.parentId = row.optionalText("parent_id");
            p.source = row.sourceRef();
            p.notes = row.optionalText("notes");
            if (p.startYear > 0 && p.endYear > 0 && p.endYear < p.startYear)
                row.fail(
                    QStringLiteral("end_year %1 is before start_year %2").arg(p.endYear).arg(p.startYear));
            else if (p.startYear > 0 && p.endYear > 0 && p.durationYears() > kMostProgrammeYears)
                row.fail(QStringLiteral("period %1–%2 is longer than %3 years")
                             .arg(p.startYear)
                             .arg(p.endYear)
                             .arg(kMostProgrammeYears));
            if (p.amount.units == 0)
                row.fail(u"amount is zero; a programme without a figure belongs in events.csv"_s);
            m_programmeLocations.append(row.location());
            m_tables.programmes.append(std::move(p));
        });
    }

    void readDisputes()
    {
        readTable(DatasetTable::Disputes, [&](RowReader &row) {
            Dispute d;
            d.programmeId = row.text("programme_id");
            const qint64 units = row.wholeUnits("alt_amount", false);
            if (units >= 0) {
                d.alternativeAmount = Money{units, row.currency("alt_currency"),
                                            row.key("alt_qualifier", AmountQualifier::Exact)};
            }
            const PartialDate date = row.date("alt_date", false);
            if (date.isValid())
                d.alternativeDate = date;
            if (!d.alternativeAmount && !d.alternativeDate)
                row.fail(u"a dispute needs alt_amount or alt_date"_s);
            d.source = row.sourceRef();
            d.note = row.optionalText("note");
            m_refs.append({row.location(), Ref::Programme, d.programmeId});
            m_refs.append({row.location(), Ref::Source, d.source.sourceId});
            m_tables.disputes.append(std::move(d));
        });
    }

    void readMilestones()
    {
        readTable(DatasetTable::Milestones, [&](RowReader &row) {
            Milestone m;
            m.programmeId = row.text("programme_id");
            m.stage = row.key("stage", MilestoneStage::Awarded);
            m.date = row.date("date");
            m.amount = money(row, "amount", "qualifier", "currency");
            m.source = row.sourceRef();
            m.note = row.optionalText("note");
            m_refs.append({row.location(), Ref::Programme, m.programmeId});
            m_refs.append({row.location(), Ref::Source, m.source.sourceId});
            m_refs.append({row.location(), Ref::Currency, m.amount.currency});
            m_tables.milestones.append(std::move(m));
        });
    }

    void readRecipients()
    {
        QList<SourceLocation> locations;
        readTable(DatasetTable::Recipients, [&](RowReader &row) {
            Recipient r{
                row.text("id"), row.text("name_en"), row.optionalText("name_ja"), row.text("country"), {}};
            r.nameJaSource = japaneseNameSource(row, r.nameJa, "name_ja", "name_ja_source");
            m_refs.append({row.location(), Ref::Country, r.countryCode});
            locations.append(row.location());
            m_tables.recipients.append(std::move(r));
        });
        reportRepeats(m_tables.recipients, &Recipient::id, locations, "recipient id");
    }

    void readAllocations()
    {
        StringSet allocationKeys;
        readTable(DatasetTable::Allocations, [&](RowReader &row) {
            Allocation a{row.text("programme_id"), row.text("recipient_id"),
                         money(row, "amount", "qualifier", "currency"), row.sourceRef()};
            requireUnique(allocationKeys, a.programmeId + u'/' + a.recipientId, row, "allocation");
            m_refs.append({row.location(), Ref::Programme, a.programmeId});
            m_refs.append({row.location(), Ref::Recipient, a.recipientId});
            m_refs.append({row.location(), Ref::Source, a.source.sourceId});
            m_refs.append({row.location(), Ref::Currency, a.amount.currency});
            m_tables.allocations.append(std::move(a));
        });
    }

    void readEvents()
    {
        QList<SourceLocation> locations;
        readTable(DatasetTable::Events, [&](RowReader &row) {
            TimelineEvent e{row.text("id"),       row.text("country"),
                            row.date("date"),     row.key("kind", EventKind::Other),
                            row.text("title_en"), row.optionalText("title_ja"),
                            row.sourceRef(),      {}};
            e.titleJaSource = japaneseNameSource(row, e.titleJa, "title_ja", "title_ja_source");
            m_refs.append({row.location(), Ref::Country, e.countryCode});
            m_refs.append({row.location(), Ref::Source, e.source.sourceId});
            locations.append(row.location());
            m_tables.events.append(std::move(e));
        });
        reportRepeats(m_tables.events, &TimelineEvent::id, locations, "event id");
    }

    void readIndicatorSeries()
    {
        StringSet seen;
        readTable(DatasetTable::IndicatorSeries, [&](RowReader &row) {
            IndicatorSeries s{row.text("id"),   row.text("name_en"), row.optionalText("name_ja"),
                              row.text("unit"), row.text("survey"),  row.text("definition")};
            requireUnique(seen, s.id, row, "indicator series id");
            m_tables.indicatorSeries.append(std::move(s));
        });
    }

    void readIndicators()
    {
        StringSet seen;
        readTable(DatasetTable::Indicators, [&](RowReader &row) {
            IndicatorValue v{row.text("series_id"), row.text("country"), row.year("year"),
                             row.decimal("value"), row.sourceRef()};
            requireUnique(seen, v.seriesId + u'/' + v.countryCode + u'/' + QString::number(v.year), row,
                          "indicator value");
            m_refs.append({row.location(), Ref::Series, v.seriesId});
            m_refs.append({row.location(), Ref::Country, v.countryCode});
            m_refs.append({row.location(), Ref::Source, v.source.sourceId});
            m_tables.indicators.append(std::move(v));
        });
    }

    void readExchangeRates()
    {
        StringSet seen;
        readTable(DatasetTable::ExchangeRates, [&](RowReader &row) {
            ExchangeRate r{row.currency("currency"), row.year("year"), row.positiveDecimal("per_usd"),
                           row.sourceRef()};
            // Every currency in use lies well inside; outside, a conversion could overflow to infinity.
            if (r.perUsd > 0 && (r.perUsd < kLeastPerUsd || r.perUsd > kMostPerUsd))
                row.fail(QStringLiteral("per_usd '%1' is not between %2 and %3")
                             .arg(row.text("per_usd"), QString::number(kLeastPerUsd, 'g', 16),
                                  QString::number(kMostPerUsd, 'g', 16)));
            requireUnique(seen, r.currency + u'/' + QString::number(r.year), row, "exchange rate");
            m_refs.append({row.location(), Ref::Source, r.source.sourceId});
            m_tables.exchangeRates.append(std::move(r));
        });
    }

    void readOverlaps()
    {
        StringSet overlapKeys;
        readTable(DatasetTable::Overlaps, [&](RowReader &row) {
            Overlap o{row.text("programme_id"), row.text("part_of_id"), row.sourceRef(),
                      row.optionalText("note")};
            if (o.programmeId == o.partOfId)
                row.fail(QStringLiteral("'%1' cannot be part of itself").arg(o.programmeId));
            requireUnique(overlapKeys, o.programmeId + u'/' + o.partOfId, row, "overlap");
            m_refs.append({row.location(), Ref::Programme, o.programmeId});
            m_refs.append({row.location(), Ref::Programme, o.partOfId});
            m_refs.append({row.location(), Ref::Source, o.source.sourceId});
            m_overlapLocations.append(row.location());
            m_tables.overlaps.append(std::move(o));
        });
    }

    void readCountryFigures(DatasetTable table, const char *valueColumn, QList<CountryFigure> &into)
    {
        StringSet seen;
        readTable(table, [&](RowReader &row) {
            CountryFigure f{row.text("country"), row.year("year"), row.positiveDecimal(valueColumn),
                            row.sourceRef()};
            requireUnique(seen, f.countryCode + u'/' + QString::number(f.year), row, "country and year");
            m_refs.append({row.location(), Ref::Country, f.countryCode});
            m_refs.append({row.location(), Ref::Source, f.source.sourceId});
            into.append(std::move(f));
        });
    }

    // The programmes in the dataset's order (putInOrder), with the locations they were read from beside them.
    void putProgrammesInOrder()
    {
        QList<Programme> &programmes = m_tables.programmes;
        std::vector<qsizetype> order(std::size_t(programmes.size()));
        std::iota(order.begin(), order.end(), 0);
        const auto before = [&](qsizetype a, qsizetype b) {
            return programmeOrder(programmes.at(a)) < programmeOrder(programmes.at(b));
        };
        if (std::is_sorted(order.cbegin(), order.cend(), before))
            return;
        std::stable_sort(order.begin(), order.end(), before);
        QList<Programme> sorted;
        QList<SourceLocation> locations;
        sorted.reserve(programmes.size());
        locations.reserve(programmes.size());
        for (const qsizetype i : order) {
            sorted.append(std::move(programmes[i]));
            locations.append(m_programmeLocations.at(i));
        }
        programmes = std::move(sorted);
        m_programmeLocations = std::move(locations);
    }

    const SourceLocation &locationOf(const Programme &p) const
    {
        return m_programmeLocations.at(qsizetype(m_dataset.positionOf(p)));
    }

    // The dataset finds a programme id at its first programme; each other with the same id is reported.
    // Checked once every programme is indexed, which spares a second table of every id while reading.
    void reportRepeatedProgrammeIds()
    {
        for (const Programme &p : std::as_const(m_dataset.programmes)) {
            if (m_dataset.programme(p.id) != &p)
                m_diagnostics.error(locationOf(p), duplicate("programme id", p.id));
        }
    }

    // References are checked once every file is read, so files may refer to each other in any order.
    struct Ref
    {
        enum Kind
        {
            Country,
            Source,
            Programme,
            Recipient,
            Series,
            Currency
        };
        SourceLocation location;
        Kind kind;
        QString key;
    };

    // The messages for a reference that names nothing, the same from a programme's columns and from the
    // listed references of the other tables.
    static QString unknownReference(const QString &what, const QString &key)
    {
        return QStringLiteral("unknown %1 '%2'").arg(what, key);
    }
    static QString currencyWithoutRate(const QString &currency)
    {
        return QStringLiteral("currency %1 has no exchange rate").arg(currency);
    }

    void checkReferences()
    {
        StringSet currenciesWithRates;
        for (const ExchangeRate &rate : std::as_const(m_dataset.exchangeRates))
            currenciesWithRates.insert(rate.currency);
        currenciesWithRates.insert(u"USD"_s);

        // A programme's references are checked here rather than listed: there is one for each of its
        // columns that names another row, and a large dataset has hundreds of thousands of programmes.
        for (const Programme &p : std::as_const(m_dataset.programmes)) {
            const auto fail = [&](const QString &problem) { m_diagnostics.error(locationOf(p), problem); };
            if (!m_dataset.country(p.countryCode))
                fail(unknownReference(u"country"_s, p.countryCode));
            if (!m_dataset.source(p.source.sourceId))
                fail(unknownReference(u"source"_s, p.source.sourceId));
            if (!currenciesWithRates.contains(p.amount.currency))
                fail(currencyWithoutRate(p.amount.currency));
            if (!p.parentId.isEmpty() && !m_dataset.parentOf(p))
                fail(unknownReference(u"programme"_s, p.parentId));
            if (parentChainLoops(p))
                fail(QStringLiteral("parent_id of '%1' forms a cycle").arg(p.id));
        }

        for (const Ref &ref : std::as_const(m_refs)) {
            bool found = true;
            QString what;
            switch (ref.kind) {
            case Ref::Country:
                found = m_dataset.country(ref.key);
                what = u"country"_s;
                break;
            case Ref::Source:
                found = m_dataset.source(ref.key);
                what = u"source"_s;
                break;
            case Ref::Programme:
                found = m_dataset.programme(ref.key);
                what = u"programme"_s;
                break;
            case Ref::Recipient:
                found = m_dataset.recipient(ref.key);
                what = u"recipient"_s;
                break;
            case Ref::Series:
                found = m_dataset.series(ref.key);
                what = u"indicator series"_s;
                break;
            case Ref::Currency:
                found = currenciesWithRates.contains(ref.key);
                if (!found)
                    m_diagnostics.error(ref.location, currencyWithoutRate(ref.key));
                continue;
            }
            if (!found)
                m_diagnostics.error(ref.location, unknownReference(what, ref.key));
        }
        if (m_diagnostics.errors.isEmpty())
            checkOverlaps();
        warnOnOverAllocation();
    }

    // An overlap must add an umbrella the part is not already inside, and must not make a programme contain
    // itself; a part bigger than its umbrella is reported for a maintainer to check.
    void checkOverlaps()
    {
        for (qsizetype i = 0; i < m_dataset.overlaps.size(); ++i) {
            const Overlap &o = m_dataset.overlaps.at(i);
            const SourceLocation &location = m_overlapLocations.at(i);
            const Programme *part = m_dataset.programme(o.programmeId);
            const Programme *umbrella = m_dataset.programme(o.partOfId);
            bool insideThroughParents = false;
            for (const Programme *p = m_dataset.parentOf(*part); p && !insideThroughParents;
                 p = m_dataset.parentOf(*p))
                insideThroughParents = p->id == o.partOfId;
            if (insideThroughParents) {
                m_diagnostics.error(location, QStringLiteral("'%1' is already inside '%2' through parent_id")
                                                  .arg(o.programmeId, o.partOfId));
                continue;
            }
            const QList<const Programme *> aboveUmbrella = m_dataset.umbrellasOf(o.partOfId);
            if (aboveUmbrella.contains(part)) {
                m_diagnostics.error(
                    location,
                    QStringLiteral("'%1' as part of '%2' forms a cycle").arg(o.programmeId, o.partOfId));
                continue;
            }
            if (part->amount.currency == umbrella->amount.currency &&
                part->amount.units > umbrella->amount.units) {
                m_diagnostics.warning(location, QStringLiteral("'%1' (%2) is larger than '%3' (%4)")
                                                    .arg(o.programmeId)
                                                    .arg(part->amount.units)
                                                    .arg(o.partOfId)
                                                    .arg(umbrella->amount.units));
            }
        }
    }

    // Whether following parents from `programme` comes back to a programme already passed, so never reaches
    // the top. Two walkers, one twice as fast, meet if it does; a long chain costs no memory.
    bool parentChainLoops(const Programme &programme) const
    {
        const Programme *slow = &programme;
        const Programme *fast = &programme;
        while ((fast = m_dataset.parentOf(*fast)) && (fast = m_dataset.parentOf(*fast))) {
            slow = m_dataset.parentOf(*slow);
            if (slow == fast)
                return true;
        }
        return false;
    }

    // Allocations may legitimately exceed a programme (top-ups reported later); the build reports it so a
    // maintainer checks the sources.
    void warnOnOverAllocation()
    {
        struct Sum
        {
            qint64 units = 0;
            bool overflowed = false; // more than any qint64, so more than any programme's amount
        };
        std::vector<Sum> allocated(std::size_t(m_dataset.programmes.size()));
        for (const Allocation &a : std::as_const(m_dataset.allocations)) {
            const Programme *p = m_dataset.programme(a.programmeId);
            if (p && p->amount.currency == a.amount.currency) {
                Sum &sum = allocated[m_dataset.positionOf(*p)];
                sum.overflowed = sum.overflowed || qAddOverflow(sum.units, a.amount.units, &sum.units);
            }
        }
        for (const Programme &p : std::as_const(m_dataset.programmes)) {
            const Sum &sum = allocated[m_dataset.positionOf(p)];
            if (sum.overflowed || sum.units > p.amount.units) {
                const QString total =
                    sum.overflowed ? QStringLiteral("more than %1").arg(std::numeric_limits<qint64>::max())
                                   : QString::number(sum.units);
                m_diagnostics.warning(
                    locationOf(p), QStringLiteral("allocations to '%1' add up to %2, more than its amount %3")
                                       .arg(p.id, total)
                                       .arg(p.amount.units));
            }
        }
    }

    SourceTableReader m_readTable;
    DatasetTables m_tables; // filled by readAll()
    Dataset m_dataset;      // m_tables indexed, for checking references
    Diagnostics m_diagnostics;
    QList<SourceLocation> m_programmeLocations; // where each programme of m_tables, then m_dataset, was read
    QList<SourceLocation> m_overlapLocations;
    QList<Ref> m_refs;
};

// One CSV file of a source folder, checked for exactly the schema's header and for a full record on each
// line.
SourceTable readCsvTable(const QDir &dir, const TableSchema &schema)
{
    const QString path = dir.filePath(QLatin1String(schema.csvFile));
    SourceTable table;
    table.location = path + u":1"_s;
    table.rowPrefix = path + u':';
    table.columns = schema.columns.size();
    CheckedCsv csv = readCheckedCsv(path, path, schema.csvHeader());
    table.errors = std::move(csv.errors);
    table.warnings = std::move(csv.warnings);
    for (const CsvRecord &record : std::as_const(csv.records)) {
        for (const QString &field : record.fields)
            table.addField(field);
        table.endRecord(record.line);
    }
    return table;
}

} // namespace

void putInOrder(DatasetTables &tables)
{
    sortBy(tables.countries, [](const Country &c) -> const QString & { return c.code; });
    sortBy(tables.sources, [](const Source &s) -> const QString & { return s.id; });
    sortBy(tables.programmes, programmeOrder);
    sortBy(tables.recipients, [](const Recipient &r) -> const QString & { return r.id; });
    sortBy(tables.events, [](const TimelineEvent &e) { return std::tie(e.date, e.id); });
    sortBy(tables.indicators,
           [](const IndicatorValue &v) { return std::tie(v.seriesId, v.countryCode, v.year); });
    sortBy(tables.exchangeRates, [](const ExchangeRate &r) { return std::tie(r.currency, r.year); });
    for (QList<CountryFigure> *figures : {&tables.population, &tables.gdpUsd})
        sortBy(*figures, [](const CountryFigure &f) { return std::tie(f.countryCode, f.year); });
}

QStringList datasetSourceFiles()
{
    QStringList files;
    for (const TableSchema &schema : datasetSchema())
        files.append(QLatin1String(schema.csvFile));
    return files;
}

CheckedCsv readCheckedCsv(const QString &path, const QString &name, const QStringList &header,
                          const QString &headerAdvice, const std::function<bool(const CsvRecord &)> &isNote)
{
    CheckedCsv checked;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        checked.errors.append(name + u":0: cannot read the file: "_s + file.errorString());
        return checked;
    }
    const CsvTable csv = readCsv(file);
    if (!csv.error.isEmpty()) {
        checked.errors.append(QStringLiteral("%1:%2: %3")
                                  .arg(name)
                                  .arg(csv.errorLine)
                                  .arg(csv.error.section(u':', 1).trimmed()));
        return checked;
    }
    if (csv.readAsShiftJis)
        checked.warnings.append(name +
                                u":1: warning: read as Shift-JIS (CP932); UTF-8 is what the tools write"_s);
    if (csv.header != header) {
        checked.errors.append(name + u":1: header must be exactly: "_s + header.join(u',') +
                              (headerAdvice.isEmpty() ? QString() : u' ' + headerAdvice));
        return checked;
    }
    for (const CsvRecord &record : csv.records) {
        if (isNote && isNote(record))
            continue;
        if (record.fields.size() != header.size()) {
            checked.errors.append(QStringLiteral("%1:%2: expected %3 fields, found %4")
                                      .arg(name)
                                      .arg(record.line)
                                      .arg(header.size())
                                      .arg(record.fields.size()));
            continue;
        }
        checked.records.append(record);
    }
    return checked;
}

CompileResult compileDataset(const SourceTableReader &readTable)
{
    return Compiler(readTable).run();
}

CompileResult compileDatasetSources(const QString &sourceDir)
{
    const QDir dir(sourceDir);
    return compileDataset([&](const TableSchema &schema) { return readCsvTable(dir, schema); });
}
