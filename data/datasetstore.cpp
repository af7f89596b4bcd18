#include "datasetstore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const char *const kSchema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE countries (code TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_ja TEXT, is_bloc INTEGER NOT "
    "NULL)",
    "CREATE TABLE sources (id TEXT PRIMARY KEY, publisher TEXT NOT NULL, title TEXT NOT NULL, url TEXT NOT "
    "NULL,"
    " published TEXT, accessed TEXT NOT NULL)",
    "CREATE TABLE programmes (id TEXT PRIMARY KEY, country_code TEXT NOT NULL REFERENCES countries(code),"
    " name_en TEXT NOT NULL, name_ja TEXT, body_en TEXT NOT NULL, body_ja TEXT, announced TEXT NOT NULL,"
    " start_year INTEGER NOT NULL, end_year INTEGER NOT NULL, amount INTEGER NOT NULL, qualifier TEXT NOT "
    "NULL,"
    " currency TEXT NOT NULL, category TEXT NOT NULL, funding TEXT NOT NULL, status TEXT NOT NULL,"
    " parent_id TEXT REFERENCES programmes(id), source_id TEXT NOT NULL REFERENCES sources(id),"
    " quote TEXT NOT NULL, notes TEXT)",
    "CREATE TABLE disputes (programme_id TEXT NOT NULL REFERENCES programmes(id), alt_amount INTEGER,"
    " alt_qualifier TEXT, alt_currency TEXT, alt_date TEXT, source_id TEXT NOT NULL REFERENCES sources(id),"
    " quote TEXT NOT NULL, note TEXT)",
    "CREATE TABLE overlaps (programme_id TEXT NOT NULL REFERENCES programmes(id),"
    " part_of_id TEXT NOT NULL REFERENCES programmes(id), source_id TEXT NOT NULL REFERENCES sources(id),"
    " quote TEXT NOT NULL, note TEXT, PRIMARY KEY (programme_id, part_of_id))",
    "CREATE TABLE recipients (id TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_ja TEXT,"
    " country_code TEXT NOT NULL REFERENCES countries(code))",
    "CREATE TABLE allocations (programme_id TEXT NOT NULL REFERENCES programmes(id),"
    " recipient_id TEXT NOT NULL REFERENCES recipients(id), amount INTEGER NOT NULL, qualifier TEXT NOT NULL,"
    " currency TEXT NOT NULL, source_id TEXT NOT NULL REFERENCES sources(id), quote TEXT NOT NULL,"
    " PRIMARY KEY (programme_id, recipient_id))",
    "CREATE TABLE events (id TEXT PRIMARY KEY, country_code TEXT NOT NULL REFERENCES countries(code),"
    " date TEXT NOT NULL, kind TEXT NOT NULL, title_en TEXT NOT NULL, title_ja TEXT,"
    " source_id TEXT NOT NULL REFERENCES sources(id), quote TEXT NOT NULL)",
    "CREATE TABLE indicator_series (id TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_ja TEXT, unit TEXT NOT "
    "NULL,"
    " survey TEXT NOT NULL, definition TEXT NOT NULL)",
    "CREATE TABLE indicators (series_id TEXT NOT NULL REFERENCES indicator_series(id),"
    " country_code TEXT NOT NULL REFERENCES countries(code), year INTEGER NOT NULL, value REAL NOT NULL,"
    " source_id TEXT NOT NULL REFERENCES sources(id), quote TEXT NOT NULL, PRIMARY KEY (series_id, "
    "country_code, year))",
    "CREATE TABLE exchange_rates (currency TEXT NOT NULL, year INTEGER NOT NULL, per_usd REAL NOT NULL,"
    " source_id TEXT NOT NULL REFERENCES sources(id), quote TEXT NOT NULL, PRIMARY KEY (currency, year))",
    "CREATE TABLE population (country_code TEXT NOT NULL REFERENCES countries(code), year INTEGER NOT NULL,"
    " value REAL NOT NULL, source_id TEXT NOT NULL REFERENCES sources(id), quote TEXT NOT NULL,"
    " PRIMARY KEY (country_code, year))",
    "CREATE TABLE gdp (country_code TEXT NOT NULL REFERENCES countries(code), year INTEGER NOT NULL,"
    " value_usd REAL NOT NULL, source_id TEXT NOT NULL REFERENCES sources(id), quote TEXT NOT NULL,"
    " PRIMARY KEY (country_code, year))",
};

// A uniquely named connection that is removed when it goes out of scope, as Qt requires.
class Connection
{
public:
    explicit Connection(const QString &path, bool readOnly)
        : m_name(u"ape-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        m_opened = db.open();
        if (!m_opened)
            m_error = db.lastError().text();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool opened() const { return m_opened; }
    QString error() const { return m_error; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_opened = false;
    QString m_error;
};

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

class Writer
{
public:
    explicit Writer(QSqlDatabase db) : m_db(db) {}

    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql)) {
            m_error = query.lastError().text();
            return false;
        }
        return true;
    }

    bool insert(const QString &table, const QList<QVariantList> &rows)
    {
        if (rows.isEmpty())
            return true;
        QStringList marks;
        for (qsizetype i = 0; i < rows.constFirst().size(); ++i)
            marks.append(u"?"_s);
        QSqlQuery query(m_db);
        if (!query.prepare(u"INSERT INTO "_s + table + u" VALUES ("_s + marks.join(u',') + u')')) {
            m_error = query.lastError().text();
            return false;
        }
        for (const QVariantList &row : rows) {
            for (qsizetype i = 0; i < row.size(); ++i)
                query.bindValue(int(i), row.at(i));
            if (!query.exec()) {
                m_error = table + u": "_s + query.lastError().text();
                return false;
            }
        }
        return true;
    }

    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

template <typename T, typename ToRow> QList<QVariantList> rowsOf(const QList<T> &items, ToRow toRow)
{
    QList<QVariantList> rows;
    rows.reserve(items.size());
    for (const T &item : items)
        rows.append(toRow(item));
    return rows;
}

QVariantList countryFigureRow(const CountryFigure &f)
{
    return {f.countryCode, f.year, f.value, f.source.sourceId, f.source.quote};
}

bool writeAll(Writer &writer, const Dataset &d)
{
    for (const char *statement : kSchema) {
        if (!writer.exec(QString::fromLatin1(statement)))
            return false;
    }
    const QList<QVariantList> meta = {
        {u"title"_s, d.info.title},
        {u"dataset_version"_s, d.info.version},
        {u"data_as_of"_s, d.info.dataAsOf.toString(Qt::ISODate)},
        {u"schema_version"_s, QString::number(kSchemaVersion)},
    };
    return writer.insert(u"meta"_s, meta) &&
           writer.insert(u"countries"_s,
                         rowsOf(d.countries,
                                [](const Country &c) -> QVariantList {
                                    return {c.code, c.nameEn, nullIfEmpty(c.nameJa), c.isBloc ? 1 : 0};
                                })) &&
           writer.insert(u"sources"_s,
                         rowsOf(d.sources,
                                [](const Source &s) -> QVariantList {
                                    return {s.id,
                                            s.publisher,
                                            s.title,
                                            s.url,
                                            s.published.isValid() ? s.published.toIso() : QString(),
                                            s.accessed.toString(Qt::ISODate)};
                                })) &&
           writer.insert(u"programmes"_s, rowsOf(d.programmes,
                                                 [](const Programme &p) -> QVariantList {
                                                     return {p.id,
                                                             p.countryCode,
                                                             p.nameEn,
                                                             nullIfEmpty(p.nameJa),
                                                             p.bodyEn,
                                                             nullIfEmpty(p.bodyJa),
                                                             p.announced.toIso(),
                                                             p.startYear,
                                                             p.endYear,
                                                             p.amount.units,
                                                             enumKey(p.amount.qualifier),
                                                             p.amount.currency,
                                                             enumKey(p.category),
                                                             enumKey(p.funding),
                                                             enumKey(p.status),
                                                             nullIfEmpty(p.parentId),
                                                             p.source.sourceId,
                                                             p.source.quote,
                                                             nullIfEmpty(p.notes)};
                                                 })) &&
           writer.insert(
               u"disputes"_s,
               rowsOf(d.disputes,
                      [](const Dispute &x) -> QVariantList {
                          const bool hasAmount = x.alternativeAmount.has_value();
                          return {x.programmeId,
                                  hasAmount ? QVariant(x.alternativeAmount->units) : QVariant(),
                                  hasAmount ? QVariant(enumKey(x.alternativeAmount->qualifier)) : QVariant(),
                                  hasAmount ? QVariant(x.alternativeAmount->currency) : QVariant(),
                                  x.alternativeDate ? QVariant(x.alternativeDate->toIso()) : QVariant(),
                                  x.source.sourceId,
                                  x.source.quote,
                                  nullIfEmpty(x.note)};
                      })) &&
           writer.insert(u"overlaps"_s, rowsOf(d.overlaps,
                                               [](const Overlap &o) -> QVariantList {
                                                   return {o.programmeId, o.partOfId, o.source.sourceId,
                                                           o.source.quote, nullIfEmpty(o.note)};
                                               })) &&
           writer.insert(u"recipients"_s,
                         rowsOf(d.recipients,
                                [](const Recipient &r) -> QVariantList {
                                    return {r.id, r.nameEn, nullIfEmpty(r.nameJa), r.countryCode};
                                })) &&
           writer.insert(u"allocations"_s, rowsOf(d.allocations,
                                                  [](const Allocation &a) -> QVariantList {
                                                      return {a.programmeId,     a.recipientId,
                                                              a.amount.units,    enumKey(a.amount.qualifier),
                                                              a.amount.currency, a.source.sourceId,
                                                              a.source.quote};
                                                  })) &&
           writer.insert(u"events"_s,
                         rowsOf(d.events,
                                [](const TimelineEvent &e) -> QVariantList {
                                    return {
                                        e.id,      e.countryCode,          e.date.toIso(),    enumKey(e.kind),
                                        e.titleEn, nullIfEmpty(e.titleJa), e.source.sourceId, e.source.quote};
                                })) &&
           writer.insert(u"indicator_series"_s, rowsOf(d.indicatorSeries,
                                                       [](const IndicatorSeries &s) -> QVariantList {
                                                           return {s.id,   s.nameEn, nullIfEmpty(s.nameJa),
                                                                   s.unit, s.survey, s.definition};
                                                       })) &&
           writer.insert(u"indicators"_s, rowsOf(d.indicators,
                                                 [](const IndicatorValue &v) -> QVariantList {
                                                     return {v.seriesId, v.countryCode,     v.year,
                                                             v.value,    v.source.sourceId, v.source.quote};
                                                 })) &&
           writer.insert(u"exchange_rates"_s,
                         rowsOf(d.exchangeRates,
                                [](const ExchangeRate &r) -> QVariantList {
                                    return {r.currency, r.year, r.perUsd, r.source.sourceId, r.source.quote};
                                })) &&
           writer.insert(u"population"_s, rowsOf(d.population, countryFigureRow)) &&
           writer.insert(u"gdp"_s, rowsOf(d.gdpUsd, countryFigureRow));
}

// Reads every row of a table, turning each into a value; a malformed enum key or date fails the load.
class Reader
{
public:
    explicit Reader(QSqlDatabase db) : m_db(db) {}

    template <typename T, typename FromQuery>
    bool readTable(const QString &sql, QList<T> &into, FromQuery fromQuery)
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            m_error = query.lastError().text();
            return false;
        }
        while (query.next())
            into.append(fromQuery(query));
        if (!m_error.isEmpty())
            return false;
        return true;
    }

    template <typename E> E key(const QVariant &value)
    {
        const auto parsed = enumFromKey<E>(value.toString());
        if (!parsed)
            m_error = QStringLiteral("unknown value '%1'").arg(value.toString());
        return parsed.value_or(E{});
    }

    PartialDate date(const QVariant &value)
    {
        const auto parsed = PartialDate::fromIso(value.toString());
        if (!parsed)
            m_error = QStringLiteral("malformed date '%1'").arg(value.toString());
        return parsed.value_or(PartialDate{});
    }

    QString error() const { return m_error; }
    void setError(const QString &error) { m_error = error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

SourceRef sourceRefAt(const QSqlQuery &q, int column)
{
    return SourceRef{q.value(column).toString(), q.value(column + 1).toString()};
}

bool readAll(Reader &reader, DatasetTables &d)
{
    const auto countryFigure = [](const QSqlQuery &q) {
        return CountryFigure{q.value(0).toString(), q.value(1).toInt(), q.value(2).toDouble(),
                             sourceRefAt(q, 3)};
    };
    return reader.readTable(u"SELECT code, name_en, name_ja, is_bloc FROM countries ORDER BY code"_s,
                            d.countries,
                            [](const QSqlQuery &q) {
                                return Country{q.value(0).toString(), q.value(1).toString(),
                                               q.value(2).toString(), q.value(3).toInt() != 0};
                            }) &&
           reader.readTable(
               u"SELECT id, publisher, title, url, published, accessed FROM sources ORDER BY id"_s, d.sources,
               [&](const QSqlQuery &q) {
                   const QString published = q.value(4).toString();
                   return Source{q.value(0).toString(),
                                 q.value(1).toString(),
                                 q.value(2).toString(),
                                 q.value(3).toString(),
                                 published.isEmpty() ? PartialDate{} : reader.date(published),
                                 QDate::fromString(q.value(5).toString(), Qt::ISODate)};
               }) &&
           reader.readTable(u"SELECT id, country_code, name_en, name_ja, body_en, body_ja, announced, "
                            u"start_year, end_year, amount,"
                            " qualifier, currency, category, funding, status, parent_id, source_id, quote, "
                            "notes FROM programmes"
                            " ORDER BY announced, id"_s,
                            d.programmes,
                            [&](const QSqlQuery &q) {
                                Programme p;
                                p.id = q.value(0).toString();
                                p.countryCode = q.value(1).toString();
                                p.nameEn = q.value(2).toString();
                                p.nameJa = q.value(3).toString();
                                p.bodyEn = q.value(4).toString();
                                p.bodyJa = q.value(5).toString();
                                p.announced = reader.date(q.value(6));
                                p.startYear = q.value(7).toInt();
                                p.endYear = q.value(8).toInt();
                                p.amount = Money{q.value(9).toLongLong(), q.value(11).toString(),
                                                 reader.key<AmountQualifier>(q.value(10))};
                                p.category = reader.key<Category>(q.value(12));
                                p.funding = reader.key<FundingType>(q.value(13));
                                p.status = reader.key<Status>(q.value(14));
                                p.parentId = q.value(15).toString();
                                p.source = sourceRefAt(q, 16);
                                p.notes = q.value(18).toString();
                                return p;
                            }) &&
           reader.readTable(
               u"SELECT programme_id, alt_amount, alt_qualifier, alt_currency, alt_date, source_id,"
               " quote, note FROM disputes ORDER BY rowid"_s,
               d.disputes,
               [&](const QSqlQuery &q) {
                   Dispute x;
                   x.programmeId = q.value(0).toString();
                   if (!q.value(1).isNull()) {
                       x.alternativeAmount = Money{q.value(1).toLongLong(), q.value(3).toString(),
                                                   reader.key<AmountQualifier>(q.value(2))};
                   }
                   if (!q.value(4).isNull())
                       x.alternativeDate = reader.date(q.value(4));
                   x.source = sourceRefAt(q, 5);
                   x.note = q.value(7).toString();
                   return x;
               }) &&
           reader.readTable(
               u"SELECT programme_id, part_of_id, source_id, quote, note FROM overlaps ORDER BY rowid"_s,
               d.overlaps,
               [](const QSqlQuery &q) {
                   return Overlap{q.value(0).toString(), q.value(1).toString(), sourceRefAt(q, 2),
                                  q.value(4).toString()};
               }) &&
           reader.readTable(u"SELECT id, name_en, name_ja, country_code FROM recipients ORDER BY id"_s,
                            d.recipients,
                            [](const QSqlQuery &q) {
                                return Recipient{q.value(0).toString(), q.value(1).toString(),
                                                 q.value(2).toString(), q.value(3).toString()};
                            }) &&
           reader.readTable(
               u"SELECT programme_id, recipient_id, amount, qualifier, currency, source_id, quote"
               " FROM allocations ORDER BY rowid"_s,
               d.allocations,
               [&](const QSqlQuery &q) {
                   return Allocation{q.value(0).toString(), q.value(1).toString(),
                                     Money{q.value(2).toLongLong(), q.value(4).toString(),
                                           reader.key<AmountQualifier>(q.value(3))},
                                     sourceRefAt(q, 5)};
               }) &&
           reader.readTable(
               u"SELECT id, country_code, date, kind, title_en, title_ja, source_id, quote FROM events"
               " ORDER BY date, id"_s,
               d.events,
               [&](const QSqlQuery &q) {
                   return TimelineEvent{q.value(0).toString(),   q.value(1).toString(),
                                        reader.date(q.value(2)), reader.key<EventKind>(q.value(3)),
                                        q.value(4).toString(),   q.value(5).toString(),
                                        sourceRefAt(q, 6)};
               }) &&
           reader.readTable(
               u"SELECT id, name_en, name_ja, unit, survey, definition FROM indicator_series ORDER BY rowid"_s,
               d.indicatorSeries,
               [](const QSqlQuery &q) {
                   return IndicatorSeries{q.value(0).toString(), q.value(1).toString(),
                                          q.value(2).toString(), q.value(3).toString(),
                                          q.value(4).toString(), q.value(5).toString()};
               }) &&
           reader.readTable(u"SELECT series_id, country_code, year, value, source_id, quote FROM indicators"
                            " ORDER BY series_id, country_code, year"_s,
                            d.indicators,
                            [](const QSqlQuery &q) {
                                return IndicatorValue{q.value(0).toString(), q.value(1).toString(),
                                                      q.value(2).toInt(), q.value(3).toDouble(),
                                                      sourceRefAt(q, 4)};
                            }) &&
           reader.readTable(u"SELECT currency, year, per_usd, source_id, quote FROM exchange_rates"
                            " ORDER BY currency, year"_s,
                            d.exchangeRates,
                            [](const QSqlQuery &q) {
                                return ExchangeRate{q.value(0).toString(), q.value(1).toInt(),
                                                    q.value(2).toDouble(), sourceRefAt(q, 3)};
                            }) &&
           reader.readTable(u"SELECT country_code, year, value, source_id, quote FROM population"
                            " ORDER BY country_code, year"_s,
                            d.population, countryFigure) &&
           reader.readTable(u"SELECT country_code, year, value_usd, source_id, quote FROM gdp"
                            " ORDER BY country_code, year"_s,
                            d.gdpUsd, countryFigure);
}

} // namespace

QString writeDatasetDatabase(const Dataset &dataset, const QString &path)
{
    const QString temporaryPath = path + u".partial"_s;
    QFile::remove(temporaryPath);
    {
        Connection connection(temporaryPath, false);
        if (!connection.opened())
            return QStringLiteral("%1: cannot create the database: %2").arg(path, connection.error());
        QSqlDatabase db = connection.database();
        Writer writer(db);
        db.transaction();
        if (!writeAll(writer, dataset) ||
            !writer.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion))) {
            db.rollback();
            return QStringLiteral("%1: %2").arg(path, writer.error());
        }
        if (!db.commit())
            return QStringLiteral("%1: %2").arg(path, db.lastError().text());
    }
    QFile::remove(path);
    if (!QFile::rename(temporaryPath, path))
        return QStringLiteral("%1: cannot move the finished database into place").arg(path);
    return {};
}

DatasetLoadResult readDatasetDatabase(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {std::nullopt, QStringLiteral("%1: no such file").arg(path)};
    if (!info.isFile() || !info.isReadable())
        return {std::nullopt, QStringLiteral("%1: not a readable file").arg(path)};

    Connection connection(path, true);
    if (!connection.opened())
        return {std::nullopt, QStringLiteral("%1: cannot open: %2").arg(path, connection.error())};

    QSqlQuery version(connection.database());
    if (!version.exec(u"PRAGMA user_version"_s) || !version.next())
        return {std::nullopt,
                QStringLiteral("%1: not a SQLite database: %2").arg(path, version.lastError().text())};
    const int schemaVersion = version.value(0).toInt();
    if (schemaVersion != kSchemaVersion) {
        return {std::nullopt,
                QStringLiteral("%1: schema version %2 is not supported (this build reads version %3)")
                    .arg(path)
                    .arg(schemaVersion)
                    .arg(kSchemaVersion)};
    }

    DatasetTables dataset;
    Reader reader(connection.database());
    QList<std::pair<QString, QString>> meta;
    if (!reader.readTable(u"SELECT key, value FROM meta"_s, meta,
                          [](const QSqlQuery &q) {
                              return std::pair{q.value(0).toString(), q.value(1).toString()};
                          }) ||
        !readAll(reader, dataset)) {
        return {std::nullopt, QStringLiteral("%1: corrupt dataset: %2").arg(path, reader.error())};
    }
    for (const auto &[key, value] : std::as_const(meta)) {
        if (key == u"title")
            dataset.info.title = value;
        else if (key == u"dataset_version")
            dataset.info.version = value;
        else if (key == u"data_as_of")
            dataset.info.dataAsOf = QDate::fromString(value, Qt::ISODate);
    }
    if (dataset.info.version.isEmpty())
        return {std::nullopt, QStringLiteral("%1: corrupt dataset: no dataset_version in meta").arg(path)};
    return {Dataset(std::move(dataset)), {}};
}
