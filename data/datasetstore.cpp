#include "datasetstore.h"

#include "datasetcompiler.h"
#include "datasetschema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <QtEndian>

#include <bit>
#include <filesystem>

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
    return {c.code, c.nameEn, nullIfEmpty(c.nameJa), c.isBloc ? u"bloc"_s : u"country"_s};
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
    // A setting the dataset does not have is left out, as meta.csv leaves it out.
    QList<QVariantList> meta;
    for (const auto &[key, value] : {std::pair{u"title"_s, d.info.title},
                                     {u"dataset_version"_s, d.info.version},
                                     {u"data_as_of"_s, d.info.dataAsOf.toString(Qt::ISODate)},
                                     {u"start_programme"_s, d.info.startProgrammeId},
                                     {u"labelled_first"_s, d.info.labelledFirstIds.join(u' ')},
                                     {u"schema_version"_s, QString::number(kSchemaVersion)}}) {
        if (!value.isEmpty())
            meta.append({key, value});
    }
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

// SQLITE_BUSY or SQLITE_LOCKED, plain or extended: another connection holds a lock that this one waited for
// in vain.
bool isLockedError(const QSqlError &error)
{
    const int primaryCode = error.nativeErrorCode().toInt() & 0xff;
    return primaryCode == 5 || primaryCode == 6;
}

// The meta key under which the compiler stores contentDigest().
constexpr QLatin1StringView kDigestKey("content_sha256");

// Each value with its SQLite type and every bit of it: a tag, then integers and reals as their eight bytes,
// text and blobs as their length and bytes. A real is hashed exactly, where SQL's quote() would round it.
void addToDigest(QCryptographicHash &hash, const QVariant &value)
{
    const auto add = [&](char tag, quint64 number) {
        const quint64 bigEndian = qToBigEndian(number);
        hash.addData(QByteArrayView(&tag, 1));
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&bigEndian), sizeof bigEndian));
    };
    const auto addBytes = [&](char tag, const QByteArray &bytes) {
        add(tag, quint64(bytes.size()));
        hash.addData(bytes);
    };
    if (value.isNull())
        hash.addData("N");
    else if (value.typeId() == QMetaType::LongLong)
        add('I', quint64(value.toLongLong()));
    else if (value.typeId() == QMetaType::Double)
        add('R', std::bit_cast<quint64>(value.toDouble()));
    else if (value.typeId() == QMetaType::QByteArray)
        addBytes('B', value.toByteArray());
    else
        addBytes('T', value.toString().toUtf8());
}

// SHA-256 over every table in the schema's order, each table's rows as the loader reads them (rowid first,
// in the schema's order of rows), leaving out the meta row that stores the digest; hex. Empty when a table
// cannot be read.
QByteArray contentDigest(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const TableSchema &schema : datasetSchema()) {
        hash.addData(
            QByteArrayView(schema.sqlName, qstrlen(schema.sqlName) + 1)); // with its NUL, as a separator
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(schema.selectStatement()))
            return {};
        while (query.next()) {
            if (schema.table == DatasetTable::Meta && query.value(1).toString() == kDigestKey)
                continue;
            for (qsizetype i = 0; i <= qsizetype(schema.columns.size()); ++i)
                addToDigest(hash, query.value(int(i)));
        }
        if (query.lastError().isValid())
            return {};
    }
    return hash.result().toHex();
}

// One table's rows as the compiler reads a CSV file: text in the schema's column order, NULL as empty, each
// row named by its rowid.
SourceTable readSqlTable(const QSqlDatabase &db, const QString &path, const TableSchema &schema)
{
    const QString tableLocation = path + u": "_s + QLatin1StringView(schema.sqlName);
    SourceTable table{tableLocation, {}, {}};
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(schema.selectStatement())) {
        while (query.next()) {
            SourceRow row{QStringLiteral("%1 row %2").arg(tableLocation).arg(query.value(0).toLongLong()),
                          {}};
            for (qsizetype i = 1; i <= qsizetype(schema.columns.size()); ++i)
                row.fields.append(query.value(int(i)).toString());
            table.rows.append(row);
        }
    }
    if (query.lastError().isValid())
        table.errors.append(tableLocation + u": "_s + query.lastError().databaseText());
    return table;
}

// Creates the database at `path`, which must not exist yet; returns the problem, or an empty string.
QString writeNewDatabase(const Dataset &dataset, const QString &path)
{
    Connection connection(path, false);
    if (!connection.opened())
        return u"cannot create the database: "_s + connection.error();
    QSqlDatabase db = connection.database();
    Writer writer(db);
    db.transaction();
    if (!writeAll(writer, dataset) ||
        !writer.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion))) {
        db.rollback();
        return writer.error();
    }
    const QByteArray digest = contentDigest(db);
    if (digest.isEmpty()) {
        db.rollback();
        return u"cannot read the tables back for their digest"_s;
    }
    if (!writer.insert(tableSchema(DatasetTable::Meta), {{kDigestKey, QString::fromLatin1(digest)}})) {
        db.rollback();
        return writer.error();
    }
    if (!db.commit())
        return db.lastError().text();
    return {};
}

} // namespace

QString writeDatasetDatabase(const Dataset &dataset, const QString &path)
{
    if (QFileInfo(path).isDir())
        return QStringLiteral("%1: is a folder; name the database file to write").arg(path);
    // Built under a name of its own beside the target, so writers at the same time never share a file, then
    // renamed over the target in one step, so a reader finds the old file or the new one and never a part.
    const QString temporaryPath =
        QStringLiteral("%1.%2.partial").arg(path, QUuid::createUuid().toString(QUuid::Id128));
    QString error = writeNewDatabase(dataset, temporaryPath);
    if (error.isEmpty()) {
        std::error_code renameFailure;
        std::filesystem::rename(QFile::encodeName(temporaryPath).toStdString(),
                                QFile::encodeName(path).toStdString(), renameFailure);
        if (!renameFailure)
            return {};
        error = u"cannot move the finished database into place: "_s +
                QString::fromStdString(renameFailure.message());
    }
    QFile::remove(temporaryPath);
    return path + u": "_s + error;
}

DatasetLoadResult readDatasetDatabase(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {std::nullopt, QStringLiteral("%1: no such file").arg(path)};
    if (!info.isFile() || !info.isReadable())
        return {std::nullopt, QStringLiteral("%1: not a readable file").arg(path)};
    // SQLite takes an empty file for an empty database, whose schema version reads 0.
    if (info.size() == 0)
        return {std::nullopt, QStringLiteral("%1: the file is empty; it holds no dataset").arg(path)};

    Connection connection(path, true);
    if (!connection.opened())
        return {std::nullopt, QStringLiteral("%1: cannot open: %2").arg(path, connection.error())};
    // One read transaction, so every table and the digest come from the same state of the file.
    connection.database().transaction();

    QSqlQuery version(connection.database());
    if (!version.exec(u"PRAGMA user_version"_s) || !version.next()) {
        const QSqlError error = version.lastError();
        if (isLockedError(error)) {
            return {std::nullopt,
                    QStringLiteral("%1: another program is writing to the database and holds it "
                                   "locked; try again when it has finished")
                        .arg(path)};
        }
        return {std::nullopt,
                QStringLiteral("%1: not a SQLite database: %2").arg(path, error.databaseText())};
    }
    const int schemaVersion = version.value(0).toInt();
    if (schemaVersion == 0)
        return {
            std::nullopt,
            QStringLiteral("%1: a SQLite database, but not a dataset: it has no schema version").arg(path)};
    if (schemaVersion != kSchemaVersion) {
        return {std::nullopt,
                QStringLiteral("%1: schema version %2 is not supported (this build reads version %3)")
                    .arg(path)
                    .arg(schemaVersion)
                    .arg(kSchemaVersion)};
    }

    const CompileResult read = compileDataset(
        [&](const TableSchema &schema) { return readSqlTable(connection.database(), path, schema); });
    if (!read.ok()) {
        // One line for the command line and the dialog: the first problem, and how many follow it.
        const qsizetype more = read.errors.size() - 1;
        const QString others = more == 0   ? QString()
                               : more == 1 ? u" (and 1 more problem)"_s
                                           : QStringLiteral(" (and %1 more problems)").arg(more);
        return {std::nullopt, read.errors.constFirst() + others};
    }
    // Valid data can still differ from what was built; the digest catches a changed byte anywhere in it.
    QSqlQuery stored(connection.database());
    stored.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    stored.addBindValue(kDigestKey);
    if (!stored.exec() || !stored.next() ||
        stored.value(0).toString().toLatin1() != contentDigest(connection.database()))
        return {std::nullopt,
                QStringLiteral("%1: content digest does not match; the file was changed after it was built")
                    .arg(path)};
    return {read.dataset, {}};
}
