#include "datasetstore.h"

#include "datasetcompiler.h"
#include "datasetschema.h"
#include "datasetsnapshot.h"
#include "sha256.h"

#include "sqlitedatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QUuid>
#include <QVariant>
#include <QtEndian>

#include <sqlite3.h>

#include <array>
#include <bit>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

class Writer
{
public:
    explicit Writer(const SqliteDatabase &db) : m_db(db) {}

    bool exec(const QString &sql)
    {
        if (!m_db.exec(sql)) {
            m_error = m_db.errorText();
            return false;
        }
        return true;
    }

    bool insert(const TableSchema &table, const QList<QVariantList> &rows)
    {
        return insert(table.insertStatement(), QLatin1StringView(table.sqlName), rows);
    }

    bool insert(const QString &statement, QLatin1StringView table, const QList<QVariantList> &rows)
    {
        if (rows.isEmpty())
            return true;
        SqliteStatement insert(m_db, statement);
        if (!insert.isValid()) {
            m_error = m_db.errorText();
            return false;
        }
        for (const QVariantList &row : rows) {
            bool bound = insert.reset();
            for (qsizetype i = 0; i < row.size(); ++i)
                bound = bound && insert.bind(int(i), row.at(i));
            if (!bound || (!insert.nextRow() && !insert.finished())) {
                m_error = table + u": "_s + m_db.errorText();
                return false;
            }
        }
        return true;
    }

    QString error() const { return m_error; }

private:
    const SqliteDatabase &m_db;
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
            nullIfEmpty(p.nameJaSource),
            p.bodyEn,
            nullIfEmpty(p.bodyJa),
            nullIfEmpty(p.bodyJaSource),
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

QVariantList toRow(const Milestone &m)
{
    return {
        m.programmeId,     enumKey(m.stage),  m.date.toIso(), m.amount.units,     enumKey(m.amount.qualifier),
        m.amount.currency, m.source.sourceId, m.source.quote, nullIfEmpty(m.note)};
}

QVariantList toRow(const Overlap &o)
{
    return {o.programmeId, o.partOfId, o.source.sourceId, o.source.quote, nullIfEmpty(o.note)};
}

QVariantList toRow(const Recipient &r)
{
    return {r.id, r.nameEn, nullIfEmpty(r.nameJa), nullIfEmpty(r.nameJaSource), r.countryCode};
}

QVariantList toRow(const Allocation &a)
{
    return {a.programmeId,     a.recipientId,     a.amount.units, enumKey(a.amount.qualifier),
            a.amount.currency, a.source.sourceId, a.source.quote};
}

QVariantList toRow(const TimelineEvent &e)
{
    return {e.id,
            e.countryCode,
            e.date.toIso(),
            enumKey(e.kind),
            e.titleEn,
            nullIfEmpty(e.titleJa),
            nullIfEmpty(e.titleJaSource),
            e.source.sourceId,
            e.source.quote};
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

bool writeAll(Writer &writer, const DatasetTables &d)
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
           insertAll(writer, T::Disputes, d.disputes) && insertAll(writer, T::Milestones, d.milestones) &&
           insertAll(writer, T::Overlaps, d.overlaps) && insertAll(writer, T::Recipients, d.recipients) &&
           insertAll(writer, T::Allocations, d.allocations) && insertAll(writer, T::Events, d.events) &&
           insertAll(writer, T::IndicatorSeries, d.indicatorSeries) &&
           insertAll(writer, T::Indicators, d.indicators) &&
           insertAll(writer, T::ExchangeRates, d.exchangeRates) &&
           insertAll(writer, T::Population, d.population) && insertAll(writer, T::Gdp, d.gdpUsd);
}

// The meta key under which the compiler stores contentDigest().
constexpr QLatin1StringView kDigestKey("content_sha256");

// SHA-256 over every table in the schema's order, each table's rows as the loader reads them (rowid first,
// in the schema's order of rows), leaving out the meta row that stores the digest. Each value goes in with
// its SQLite type and every bit of it: a tag, then integers and reals as their eight bytes, text and blobs
// as their length and bytes; a real is hashed exactly, where SQL's quote() would round it.
class ContentDigest
{
public:
    void addTable(const TableSchema &schema)
    {
        append(schema.sqlName, qstrlen(schema.sqlName) + 1); // with its NUL, as a separator
    }

    void addValue(const SqliteStatement &row, int column)
    {
        sqlite3_stmt *statement = row.handle();
        switch (sqlite3_column_type(statement, column)) {
        case SQLITE_NULL:
            append("N", 1);
            break;
        case SQLITE_INTEGER:
            addNumber('I', quint64(sqlite3_column_int64(statement, column)));
            break;
        case SQLITE_FLOAT:
            addNumber('R', std::bit_cast<quint64>(sqlite3_column_double(statement, column)));
            break;
        case SQLITE_BLOB: {
            const auto *bytes = static_cast<const char *>(sqlite3_column_blob(statement, column));
            addBytes('B', bytes, sqlite3_column_bytes(statement, column));
            break;
        }
        default: {
            const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
            addBytes('T', utf8, sqlite3_column_bytes(statement, column));
        }
        }
    }

    QByteArray hex()
    {
        flush();
        return m_hash.result().toHex();
    }

private:
    // Values are small; they are gathered in chunks to save a call into OpenSSL for each.
    void addNumber(char tag, quint64 number)
    {
        const quint64 bigEndian = qToBigEndian(number);
        append(&tag, 1);
        append(reinterpret_cast<const char *>(&bigEndian), sizeof bigEndian);
    }

    void addBytes(char tag, const char *bytes, int size)
    {
        addNumber(tag, quint64(size));
        append(bytes, std::size_t(size));
    }

    void append(const char *bytes, std::size_t size)
    {
        if (m_pending.size() - m_used < size) {
            flush();
            if (size > m_pending.size()) {
                m_hash.add(bytes, size);
                return;
            }
        }
        std::memcpy(m_pending.data() + m_used, bytes, size);
        m_used += size;
    }

    void flush()
    {
        m_hash.add(m_pending.data(), m_used);
        m_used = 0;
    }

    Sha256 m_hash;
    std::array<char, 1 << 16> m_pending;
    std::size_t m_used = 0;
};

// Hands each row of one table to `visit`, after adding it to the digest; returns the problem, or an empty
// string.
template <typename Visit>
QString readRows(const SqliteDatabase &db, const TableSchema &schema, ContentDigest &digest, Visit &&visit)
{
    digest.addTable(schema);
    SqliteStatement select(db, schema.selectStatement());
    if (!select.isValid())
        return db.errorText();
    const int columns = int(schema.columns.size()) + 1; // the rowid, then the schema's columns
    while (select.nextRow()) {
        if (schema.table != DatasetTable::Meta || select.text(1) != kDigestKey) {
            for (int i = 0; i < columns; ++i)
                digest.addValue(select, i);
        }
        visit(select);
    }
    return select.finished() ? QString() : select.errorText();
}

QByteArray contentDigest(const SqliteDatabase &db)
{
    ContentDigest digest;
    for (const TableSchema &schema : datasetSchema()) {
        if (!readRows(db, schema, digest, [](const SqliteStatement &) {}).isEmpty())
            return {};
    }
    return digest.hex();
}

// Batches of rows handed from the thread that reads them to the compiler, in the order read.
class BatchQueue
{
public:
    void push(SourceTable batch)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_batches.push_back(std::move(batch));
        }
        m_added.notify_one();
    }

    SourceTable pop()
    {
        std::unique_lock lock(m_mutex);
        m_added.wait(lock, [this] { return !m_batches.empty(); });
        SourceTable batch = std::move(m_batches.front());
        m_batches.pop_front();
        return batch;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_added;
    std::deque<SourceTable> m_batches;
};

// Rows the compiler checks at a time: enough that handing a batch over costs nothing beside reading it.
constexpr qsizetype kBatchRows = 2048;

// One table's rows as the compiler reads a CSV file: text in the schema's column order, NULL as empty, each
// row numbered by its rowid. Handed over in batches, the last with the table's read error, if any.
template <typename HandOver>
void readSqlTable(const SqliteDatabase &db, const QString &path, const TableSchema &schema,
                  ContentDigest &digest, HandOver &&handOver)
{
    SourceTable batch;
    batch.location = path + u": "_s + QLatin1StringView(schema.sqlName);
    batch.rowPrefix = batch.location + u" row "_s;
    batch.columns = schema.columns.size();
    const SourceTable empty = batch;
    const auto startBatch = [&](qsizetype textSize) {
        batch.text.reserve(textSize);
        batch.fieldEnds.reserve(std::size_t(kBatchRows * batch.columns));
        batch.rowNumbers.reserve(std::size_t(kBatchRows));
    };
    startBatch(0);
    // UTF-8 as QString::fromUtf8() reads it, straight into the batch's text.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const int columns = int(batch.columns);
    const QString error = readRows(db, schema, digest, [&](const SqliteStatement &select) {
        sqlite3_stmt *statement = select.handle();
        for (int i = 1; i <= columns; ++i) {
            const int type = sqlite3_column_type(statement, i);
            if (type == SQLITE_FLOAT) {
                batch.addField(select.text(i)); // Qt's shortest form of a real, not SQLite's
                continue;
            }
            const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
            const qsizetype size = sqlite3_column_bytes(statement, i);
            // UTF-16 needs no more code units than UTF-8 has bytes.
            const qsizetype used = batch.text.size();
            batch.text.resize(used + size);
            const QChar *end = utf8.appendToBuffer(batch.text.data() + used, QByteArrayView(bytes, size));
            batch.text.truncate(end - batch.text.constData());
            batch.endField();
        }
        batch.endRecord(sqlite3_column_int64(statement, 0));
        if (batch.rowCount() == kBatchRows) {
            const qsizetype textSize = batch.text.size(); // the next batch's is likely alike
            batch.more = true;
            handOver(std::exchange(batch, empty));
            startBatch(textSize);
        }
    });
    if (!error.isEmpty())
        batch.errors.append(batch.location + u": "_s + error);
    handOver(std::move(batch));
}

// The table holding the checked form of the dataset (datasetFromCheckedForm()), with the content digest of
// the tables it was made with: a file whose tables were changed and given a new digest has a form that no
// longer stands for them.
constexpr QLatin1StringView kCheckedFormTable("checked_form");

bool writeCheckedForm(const SqliteDatabase &db, Writer &writer, const DatasetTables &tables,
                      const QByteArray &digest)
{
    if (!writer.exec(QStringLiteral("CREATE TABLE %1 (content_sha256 TEXT NOT NULL, form BLOB NOT NULL)")
                         .arg(kCheckedFormTable)))
        return false;
    const QByteArray form = checkedFormOf(tables);
    // A form larger than SQLite stores in a row (with its digest and the row's header, well within the
    // margin) is left out: the file is read through its tables, as without one.
    constexpr qsizetype kRowMargin = 4096;
    if (form.size() + kRowMargin >= sqlite3_limit(db.handle(), SQLITE_LIMIT_LENGTH, -1))
        return true;
    return writer.insert(QStringLiteral("INSERT INTO %1 VALUES (?, ?)").arg(kCheckedFormTable),
                         kCheckedFormTable, {{QString::fromLatin1(digest), form}});
}

// Creates the database at `path`, which must not exist yet; returns the problem, or an empty string.
QString writeNewDatabase(const Dataset &dataset, const QString &path)
{
    const SqliteDatabase db(path, SqliteDatabase::Mode::Create);
    if (!db.isOpen())
        return u"cannot create the database: "_s + db.errorText();
    Writer writer(db);
    if (!writer.exec(u"BEGIN"_s))
        return writer.error();
    // In the order the compiler gives, so the loader reads the rows back in it without sorting them.
    DatasetTables ordered = dataset;
    putInOrder(ordered);
    if (!writeAll(writer, ordered) ||
        !writer.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion))) {
        db.exec(u"ROLLBACK"_s);
        return writer.error();
    }
    const QByteArray digest = contentDigest(db);
    if (digest.isEmpty()) {
        db.exec(u"ROLLBACK"_s);
        return u"cannot read the tables back for their digest"_s;
    }
    if (!writer.insert(tableSchema(DatasetTable::Meta), {{kDigestKey, QString::fromLatin1(digest)}}) ||
        !writeCheckedForm(db, writer, ordered, digest) || !writer.exec(u"COMMIT"_s)) {
        db.exec(u"ROLLBACK"_s);
        return writer.error();
    }
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

DatasetLoadResult readDatasetDatabase(const QString &path, const QList<ImportFile> &imports)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {std::nullopt, QStringLiteral("%1: no such file").arg(path)};
    if (!info.isFile() || !info.isReadable())
        return {std::nullopt, QStringLiteral("%1: not a readable file").arg(path)};
    // SQLite takes an empty file for an empty database, whose schema version reads 0.
    if (info.size() == 0)
        return {std::nullopt, QStringLiteral("%1: the file is empty; it holds no dataset").arg(path)};

    const SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
    if (!db.isOpen())
        return {std::nullopt, QStringLiteral("%1: cannot open: %2").arg(path, db.errorText())};
    // One read transaction, so every table and the digest come from the same state of the file.
    if (!db.exec(u"BEGIN"_s))
        return {std::nullopt, QStringLiteral("%1: cannot read: %2").arg(path, db.errorText())};

    SqliteStatement version(db, u"PRAGMA user_version"_s);
    if (!version.isValid() || !version.nextRow()) {
        if (db.lastErrorWasLocked()) {
            return {std::nullopt,
                    QStringLiteral("%1: another program is writing to the database and holds it "
                                   "locked; try again when it has finished")
                        .arg(path)};
        }
        return {std::nullopt, QStringLiteral("%1: not a SQLite database: %2").arg(path, db.errorText())};
    }
    const int schemaVersion = version.text(0).toInt();
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

    // Every table is read, and hashed on the way, on a thread of its own while the compiler checks the rows
    // read before: on a large dataset each takes about as long as the other. The reading thread has the
    // database to itself until it is joined.
    BatchQueue batches;
    ContentDigest digest;
    QString storedDigest;
    std::thread reader([&] {
        for (const TableSchema &schema : datasetSchema()) {
            readSqlTable(db, path, schema, digest, [&](SourceTable batch) {
                if (schema.table == DatasetTable::Meta) {
                    for (qsizetype row = 0; row < batch.rowCount(); ++row) {
                        if (batch.field(row, 0) == kDigestKey)
                            storedDigest = batch.field(row, batch.columns - 1).toString();
                    }
                }
                batches.push(std::move(batch));
            });
        }
    });
    // Each import's programmes and sources follow the dataset's own, as more batches of those tables.
    QList<ProgrammeImport> marks;
    QStringList importWarnings;
    std::deque<SourceTable> layered[2]; // programmes, sources
    for (const ImportFile &file : imports) {
        ImportTables layer = readProgrammeImport(file);
        importWarnings.append(layer.warnings);
        layered[0].push_back(std::move(layer.programmes));
        layered[1].push_back(std::move(layer.sources));
        marks.append({file.name, file.importedOn, layer.programmeIds});
    }
    const auto extraBatches = [&](DatasetTable table) -> std::deque<SourceTable> * {
        if (table == DatasetTable::Programmes)
            return &layered[0];
        return table == DatasetTable::Sources ? &layered[1] : nullptr;
    };
    // The compiler asks for the tables in the order they are read, each until its last batch.
    std::deque<SourceTable> *pendingLayers = nullptr;
    CompileResult read = compileDataset([&](const TableSchema &schema) {
        SourceTable batch;
        if (pendingLayers) {
            batch = std::move(pendingLayers->front());
            pendingLayers->pop_front();
        } else {
            batch = batches.pop();
            pendingLayers = batch.more ? nullptr : extraBatches(schema.table);
        }
        if (pendingLayers && !pendingLayers->empty())
            batch.more = true;
        else
            pendingLayers = nullptr;
        return batch;
    });
    reader.join();
    if (!read.ok()) {
        // One line for the command line and the dialog: the first problem, and how many follow it.
        const qsizetype more = read.errors.size() - 1;
        const QString others = more == 0   ? QString()
                               : more == 1 ? u" (and 1 more problem)"_s
                                           : QStringLiteral(" (and %1 more problems)").arg(more);
        return {std::nullopt, read.errors.constFirst() + others, read.errors, importWarnings};
    }
    // Valid data can still differ from what was built; the digest catches a changed byte anywhere in it.
    if (storedDigest.toLatin1() != digest.hex())
        return {std::nullopt,
                QStringLiteral("%1: content digest does not match; the file was changed after it was built")
                    .arg(path)};
    read.dataset.setImports(std::move(marks));
    return {std::move(read.dataset), {}, {}, importWarnings};
}

std::optional<Dataset> readCheckedForm(const QString &path)
{
    const SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
    if (!db.isOpen())
        return std::nullopt;
    SqliteStatement select(db, QStringLiteral("SELECT form FROM %1 JOIN meta ON meta.key = '%2' AND "
                                              "meta.value = %1.content_sha256 "
                                              "WHERE (SELECT user_version FROM pragma_user_version) = %3")
                                   .arg(kCheckedFormTable, kDigestKey)
                                   .arg(kSchemaVersion));
    if (!select.isValid() || !select.nextRow())
        return std::nullopt;
    sqlite3_stmt *statement = select.handle();
    const auto *form = static_cast<const char *>(sqlite3_column_blob(statement, 0));
    return datasetFromCheckedForm(QByteArrayView(form, sqlite3_column_bytes(statement, 0)));
}

SourcesCompileReport compileSourcesToDatabase(const QString &sourceDir, const QString &output)
{
    if (!QFileInfo(sourceDir).isDir())
        return {{QStringLiteral("%1: no such folder of CSV sources").arg(sourceDir)}, {}, {}};
    const CompileResult result = compileDatasetSources(sourceDir);
    if (!result.ok())
        return {result.errors, result.warnings, {}};
    if (const QString error = writeDatasetDatabase(result.dataset, output); !error.isEmpty())
        return {{error}, result.warnings, {}};
    const Dataset &dataset = result.dataset;
    return {
        {},
        result.warnings,
        QStringLiteral("dataset %1: %2 programmes, %3 allocations, %4 milestones, %5 events, %6 countries")
            .arg(dataset.info.version)
            .arg(dataset.programmes.size())
            .arg(dataset.allocations.size())
            .arg(dataset.milestones.size())
            .arg(dataset.events.size())
            .arg(dataset.countries.size())};
}

QVariantList databaseRow(const Programme &programme)
{
    return toRow(programme);
}

QVariantList databaseRow(const Allocation &allocation)
{
    return toRow(allocation);
}

QVariantList databaseRow(const Milestone &milestone)
{
    return toRow(milestone);
}

QVariantList databaseRow(const TimelineEvent &event)
{
    return toRow(event);
}
