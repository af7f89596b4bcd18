#include "datasetstore.h"

#include "datasetschema.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

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

    bool insert(const TableSchema &table, const QList<QVariantList> &rows)
    {
        if (rows.isEmpty())
            return true;
        QSqlQuery query(m_db);
        if (!query.prepare(table.insertStatement())) {
            m_error = query.lastError().text();
            return false;
        }
        for (const QVariantList &row : rows) {
            for (qsizetype i = 0; i < row.size(); ++i)
                query.bindValue(int(i), row.at(i));
            if (!query.exec()) {
                m_error = QLatin1StringView(table.sqlName) + u": "_s + query.lastError().text();
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

// Each value as one row of its table, in the schema's column order (datasetschema.h).
QVariantList toRow(const Country &c)
{
    return {c.code, c.nameEn, nullIfEmpty(c.nameJa), c.isBloc ? 1 : 0};
}

QVariantList toRow(const Source &s)
{
    return {s.id,
            s.publisher,
            s.title,
            s.url,
            s.published.isValid() ? s.published.toIso() : QString(),
            s.accessed.toString(Qt::ISODate)};
}

QVariantList toRow(const Programme &p)
{
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
}

QVariantList toRow(const Dispute &x)
{
    const bool hasAmount = x.alternativeAmount.has_value();
    return {x.programmeId,
            hasAmount ? QVariant(x.alternativeAmount->units) : QVariant(),
            hasAmount ? QVariant(enumKey(x.alternativeAmount->qualifier)) : QVariant(),
            hasAmount ? QVariant(x.alternativeAmount->currency) : QVariant(),
            x.alternativeDate ? QVariant(x.alternativeDate->toIso()) : QVariant(),
            x.source.sourceId,
            x.source.quote,
            nullIfEmpty(x.note)};
}

QVariantList toRow(const Overlap &o)
{
    return {o.programmeId, o.partOfId, o.source.sourceId, o.source.quote, nullIfEmpty(o.note)};
}

QVariantList toRow(const Recipient &r)
{
    return {r.id, r.nameEn, nullIfEmpty(r.nameJa), r.countryCode};
}

QVariantList toRow(const Allocation &a)
{
    return {a.programmeId,     a.recipientId,     a.amount.units, enumKey(a.amount.qualifier),
            a.amount.currency, a.source.sourceId, a.source.quote};
}

QVariantList toRow(const TimelineEvent &e)
{
    return {e.id,      e.countryCode,          e.date.toIso(),    enumKey(e.kind),
            e.titleEn, nullIfEmpty(e.titleJa), e.source.sourceId, e.source.quote};
}

QVariantList toRow(const IndicatorSeries &s)
{
    return {s.id, s.nameEn, nullIfEmpty(s.nameJa), s.unit, s.survey, s.definition};
}

QVariantList toRow(const IndicatorValue &v)
{
    return {v.seriesId, v.countryCode, v.year, v.value, v.source.sourceId, v.source.quote};
}

QVariantList toRow(const ExchangeRate &r)
{
    return {r.currency, r.year, r.perUsd, r.source.sourceId, r.source.quote};
}

QVariantList toRow(const CountryFigure &f)
{
    return {f.countryCode, f.year, f.value, f.source.sourceId, f.source.quote};
}

template <typename T> bool insertAll(Writer &writer, DatasetTable table, const QList<T> &items)
{
    QList<QVariantList> rows;
    rows.reserve(items.size());
    for (const T &item : items)
        rows.append(toRow(item));
    return writer.insert(tableSchema(table), rows);
}

bool writeAll(Writer &writer, const Dataset &d)
{
    for (const TableSchema &schema : datasetSchema()) {
        if (!writer.exec(schema.createStatement()))
            return false;
    }
    const QList<QVariantList> meta = {
        {u"title"_s, d.info.title},
        {u"dataset_version"_s, d.info.version},
        {u"data_as_of"_s, d.info.dataAsOf.toString(Qt::ISODate)},
        {u"start_programme"_s, d.info.startProgrammeId},
        {u"labelled_first"_s, d.info.labelledFirstIds.join(u' ')},
        {u"schema_version"_s, QString::number(kSchemaVersion)},
    };
    using T = DatasetTable;
    return writer.insert(tableSchema(T::Meta), meta) && insertAll(writer, T::Countries, d.countries) &&
           insertAll(writer, T::Sources, d.sources) && insertAll(writer, T::Programmes, d.programmes) &&
           insertAll(writer, T::Disputes, d.disputes) && insertAll(writer, T::Overlaps, d.overlaps) &&
           insertAll(writer, T::Recipients, d.recipients) &&
           insertAll(writer, T::Allocations, d.allocations) && insertAll(writer, T::Events, d.events) &&
           insertAll(writer, T::IndicatorSeries, d.indicatorSeries) &&
           insertAll(writer, T::Indicators, d.indicators) &&
           insertAll(writer, T::ExchangeRates, d.exchangeRates) &&
           insertAll(writer, T::Population, d.population) && insertAll(writer, T::Gdp, d.gdpUsd);
}

SourceRef sourceRefAt(const QSqlQuery &q, int column)
{
    return SourceRef{q.value(column).toString(), q.value(column + 1).toString()};
}

using MetaEntry = std::pair<QString, QString>;

// Reads every row of a table, turning each into a value; a malformed enum key or date fails the load.
// Columns are read by their position in the schema (datasetschema.h).
class Reader
{
public:
    explicit Reader(QSqlDatabase db) : m_db(db) {}

    template <typename T> bool readTable(DatasetTable table, QList<T> &into)
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(tableSchema(table).selectStatement())) {
            m_error = query.lastError().text();
            return false;
        }
        while (query.next()) {
            T item;
            read(query, item);
            into.append(item);
        }
        return m_error.isEmpty();
    }

    QString error() const { return m_error; }

private:
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

    void read(const QSqlQuery &q, MetaEntry &x) { x = {q.value(0).toString(), q.value(1).toString()}; }
    void read(const QSqlQuery &q, Country &x)
    {
        x = Country{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toInt() != 0};
    }
    void read(const QSqlQuery &q, Source &x);
    void read(const QSqlQuery &q, Programme &x);
    void read(const QSqlQuery &q, Dispute &x);
    void read(const QSqlQuery &q, Overlap &x)
    {
        x = Overlap{q.value(0).toString(), q.value(1).toString(), sourceRefAt(q, 2), q.value(4).toString()};
    }
    void read(const QSqlQuery &q, Recipient &x)
    {
        x = Recipient{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString()};
    }
    void read(const QSqlQuery &q, Allocation &x)
    {
        x = Allocation{
            q.value(0).toString(), q.value(1).toString(),
            Money{q.value(2).toLongLong(), q.value(4).toString(), key<AmountQualifier>(q.value(3))},
            sourceRefAt(q, 5)};
    }
    void read(const QSqlQuery &q, TimelineEvent &x)
    {
        x = TimelineEvent{q.value(0).toString(),      q.value(1).toString(), date(q.value(2)),
                          key<EventKind>(q.value(3)), q.value(4).toString(), q.value(5).toString(),
                          sourceRefAt(q, 6)};
    }
    void read(const QSqlQuery &q, IndicatorSeries &x)
    {
        x = IndicatorSeries{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    }
    void read(const QSqlQuery &q, IndicatorValue &x)
    {
        x = IndicatorValue{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                           q.value(3).toDouble(), sourceRefAt(q, 4)};
    }
    void read(const QSqlQuery &q, ExchangeRate &x)
    {
        x = ExchangeRate{q.value(0).toString(), q.value(1).toInt(), q.value(2).toDouble(), sourceRefAt(q, 3)};
    }
    void read(const QSqlQuery &q, CountryFigure &x)
    {
        x = CountryFigure{q.value(0).toString(), q.value(1).toInt(), q.value(2).toDouble(),
                          sourceRefAt(q, 3)};
    }

    QSqlDatabase m_db;
    QString m_error;
};

void Reader::read(const QSqlQuery &q, Source &x)
{
    const QString published = q.value(4).toString();
    x = Source{q.value(0).toString(),
               q.value(1).toString(),
               q.value(2).toString(),
               q.value(3).toString(),
               published.isEmpty() ? PartialDate{} : date(published),
               QDate::fromString(q.value(5).toString(), Qt::ISODate)};
}

void Reader::read(const QSqlQuery &q, Programme &p)
{
    p.id = q.value(0).toString();
    p.countryCode = q.value(1).toString();
    p.nameEn = q.value(2).toString();
    p.nameJa = q.value(3).toString();
    p.bodyEn = q.value(4).toString();
    p.bodyJa = q.value(5).toString();
    p.announced = date(q.value(6));
    p.startYear = q.value(7).toInt();
    p.endYear = q.value(8).toInt();
    p.amount = Money{q.value(9).toLongLong(), q.value(11).toString(), key<AmountQualifier>(q.value(10))};
    p.category = key<Category>(q.value(12));
    p.funding = key<FundingType>(q.value(13));
    p.status = key<Status>(q.value(14));
    p.parentId = q.value(15).toString();
    p.source = sourceRefAt(q, 16);
    p.notes = q.value(18).toString();
}

void Reader::read(const QSqlQuery &q, Dispute &x)
{
    x.programmeId = q.value(0).toString();
    if (!q.value(1).isNull())
        x.alternativeAmount =
            Money{q.value(1).toLongLong(), q.value(3).toString(), key<AmountQualifier>(q.value(2))};
    if (!q.value(4).isNull())
        x.alternativeDate = date(q.value(4));
    x.source = sourceRefAt(q, 5);
    x.note = q.value(7).toString();
}

bool readAll(Reader &reader, DatasetTables &d)
{
    using T = DatasetTable;
    return reader.readTable(T::Countries, d.countries) && reader.readTable(T::Sources, d.sources) &&
           reader.readTable(T::Programmes, d.programmes) && reader.readTable(T::Disputes, d.disputes) &&
           reader.readTable(T::Overlaps, d.overlaps) && reader.readTable(T::Recipients, d.recipients) &&
           reader.readTable(T::Allocations, d.allocations) && reader.readTable(T::Events, d.events) &&
           reader.readTable(T::IndicatorSeries, d.indicatorSeries) &&
           reader.readTable(T::Indicators, d.indicators) &&
           reader.readTable(T::ExchangeRates, d.exchangeRates) &&
           reader.readTable(T::Population, d.population) && reader.readTable(T::Gdp, d.gdpUsd);
}

// The meta table's settings into `info`; false when the dataset has no version.
bool readMeta(const QList<MetaEntry> &meta, DatasetInfo &info)
{
    for (const auto &[key, value] : meta) {
        if (key == u"title")
            info.title = value;
        else if (key == u"dataset_version")
            info.version = value;
        else if (key == u"data_as_of")
            info.dataAsOf = QDate::fromString(value, Qt::ISODate);
        else if (key == u"start_programme")
            info.startProgrammeId = value;
        else if (key == u"labelled_first")
            info.labelledFirstIds = value.split(u' ', Qt::SkipEmptyParts);
    }
    return !info.version.isEmpty();
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
    QList<MetaEntry> meta;
    if (!reader.readTable(DatasetTable::Meta, meta) || !readAll(reader, dataset))
        return {std::nullopt, QStringLiteral("%1: corrupt dataset: %2").arg(path, reader.error())};
    if (!readMeta(meta, dataset.info))
        return {std::nullopt, QStringLiteral("%1: corrupt dataset: no dataset_version in meta").arg(path)};
    return {Dataset(std::move(dataset)), {}};
}
