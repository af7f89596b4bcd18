#include "datasetsnapshot.h"

#include "freedonworker.h"
#include "sha256.h"
#include "stringhash.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>

#include <sys/stat.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <future>
#include <memory>
#include <mutex>
#include <tuple>
#include <type_traits>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Changed whenever the layout below changes; it is part of every key and of every checked form's header, so
// an old snapshot or form is never read.
constexpr quint32 kFormatVersion = 2;
constexpr char kMagic[8] = {'A', 'P', 'E', 'S', 'N', 'A', 'P', '\n'};
// How long a file must have kept its status-change time before a snapshot may stand for it: more than the
// coarsest clock tick of the file systems a dataset may sit on (two seconds on FAT).
constexpr int kSettledSeconds = 3;
// Snapshots kept in the folder; the least recently used go first.
constexpr qsizetype kKeptSnapshots = 4;

// Every field of each record, in the order a snapshot stores them. The round-trip test compares whole
// datasets with their defaulted operator==, so a field left out here fails it.
constexpr auto fieldsOf(const PartialDate *)
{
    return std::tuple(&PartialDate::year, &PartialDate::month, &PartialDate::day);
}
constexpr auto fieldsOf(const Money *)
{
    return std::tuple(&Money::units, &Money::currency, &Money::qualifier);
}
constexpr auto fieldsOf(const SourceRef *)
{
    return std::tuple(&SourceRef::sourceId, &SourceRef::quote);
}
constexpr auto fieldsOf(const DatasetInfo *)
{
    return std::tuple(&DatasetInfo::title, &DatasetInfo::version, &DatasetInfo::dataAsOf,
                      &DatasetInfo::startProgrammeId, &DatasetInfo::labelledFirstIds,
                      &DatasetInfo::schemaVersion);
}
constexpr auto fieldsOf(const Country *)
{
    return std::tuple(&Country::code, &Country::nameEn, &Country::nameJa, &Country::isBloc);
}
constexpr auto fieldsOf(const Source *)
{
    return std::tuple(&Source::id, &Source::publisher, &Source::title, &Source::url, &Source::published,
                      &Source::accessed);
}
constexpr auto fieldsOf(const Programme *)
{
    return std::tuple(&Programme::id, &Programme::countryCode, &Programme::nameEn, &Programme::nameJa,
                      &Programme::nameJaSource, &Programme::bodyEn, &Programme::bodyJa,
                      &Programme::bodyJaSource, &Programme::announced, &Programme::startYear,
                      &Programme::endYear, &Programme::amount, &Programme::category, &Programme::funding,
                      &Programme::status, &Programme::parentId, &Programme::source, &Programme::notes);
}
constexpr auto fieldsOf(const Dispute *)
{
    return std::tuple(&Dispute::programmeId, &Dispute::alternativeAmount, &Dispute::alternativeDate,
                      &Dispute::source, &Dispute::note);
}
constexpr auto fieldsOf(const Milestone *)
{
    return std::tuple(&Milestone::programmeId, &Milestone::stage, &Milestone::date, &Milestone::amount,
                      &Milestone::source, &Milestone::note);
}
constexpr auto fieldsOf(const Overlap *)
{
    return std::tuple(&Overlap::programmeId, &Overlap::partOfId, &Overlap::source, &Overlap::note);
}
constexpr auto fieldsOf(const Recipient *)
{
    return std::tuple(&Recipient::id, &Recipient::nameEn, &Recipient::nameJa, &Recipient::countryCode,
                      &Recipient::nameJaSource);
}
constexpr auto fieldsOf(const Allocation *)
{
    return std::tuple(&Allocation::programmeId, &Allocation::recipientId, &Allocation::amount,
                      &Allocation::source);
}
constexpr auto fieldsOf(const TimelineEvent *)
{
    return std::tuple(&TimelineEvent::id, &TimelineEvent::countryCode, &TimelineEvent::date,
                      &TimelineEvent::kind, &TimelineEvent::titleEn, &TimelineEvent::titleJa,
                      &TimelineEvent::source, &TimelineEvent::titleJaSource);
}
constexpr auto fieldsOf(const IndicatorSeries *)
{
    return std::tuple(&IndicatorSeries::id, &IndicatorSeries::nameEn, &IndicatorSeries::nameJa,
                      &IndicatorSeries::unit, &IndicatorSeries::survey, &IndicatorSeries::definition);
}
constexpr auto fieldsOf(const IndicatorValue *)
{
    return std::tuple(&IndicatorValue::seriesId, &IndicatorValue::countryCode, &IndicatorValue::year,
                      &IndicatorValue::value, &IndicatorValue::source);
}
constexpr auto fieldsOf(const ExchangeRate *)
{
    return std::tuple(&ExchangeRate::currency, &ExchangeRate::year, &ExchangeRate::perUsd,
                      &ExchangeRate::source);
}
constexpr auto fieldsOf(const CountryFigure *)
{
    return std::tuple(&CountryFigure::countryCode, &CountryFigure::year, &CountryFigure::value,
                      &CountryFigure::source);
}
constexpr auto fieldsOf(const ProgrammeImport *)
{
    return std::tuple(&ProgrammeImport::fileName, &ProgrammeImport::importedOn,
                      &ProgrammeImport::programmeIds);
}
constexpr auto fieldsOf(const DatasetTables *)
{
    return std::tuple(&DatasetTables::info, &DatasetTables::countries, &DatasetTables::sources,
                      &DatasetTables::programmes, &DatasetTables::disputes, &DatasetTables::milestones,
                      &DatasetTables::overlaps, &DatasetTables::recipients, &DatasetTables::allocations,
                      &DatasetTables::events, &DatasetTables::indicatorSeries, &DatasetTables::indicators,
                      &DatasetTables::exchangeRates, &DatasetTables::population, &DatasetTables::gdpUsd);
}

template <typename T>
concept Record = requires
{
    fieldsOf(static_cast<const T *>(nullptr));
};

template <typename E>
concept VocabularyValue = std::is_enum_v<E>;

// Numbers in the machine's byte order (a snapshot never leaves the machine that wrote it); each text once,
// in a table of UTF-16 strings ahead of the records, which name it by its place there.
class SnapshotWriter
{
public:
    void put(bool value) { putRaw(quint8(value)); }
    void put(int value) { putRaw(qint32(value)); }
    void put(qint64 value) { putRaw(value); }
    void put(double value) { putRaw(value); }
    void put(QDate date) { putRaw(qint64(date.toJulianDay())); }
    void put(const QString &text)
    {
        if (text.isEmpty()) {
            putRaw(quint32(0));
            return;
        }
        const auto [place, added] = m_places.try_emplace(text, quint32(m_strings.size() + 1));
        if (added)
            m_strings.push_back(text);
        putRaw(place->second);
    }
    template <VocabularyValue E> void put(E value) { putRaw(quint8(value)); }
    template <typename T> void put(const std::optional<T> &value)
    {
        put(value.has_value());
        if (value)
            put(*value);
    }
    template <typename T> void put(const QList<T> &list)
    {
        putRaw(quint32(list.size()));
        for (const T &item : list)
            put(item);
    }
    template <Record T> void put(const T &record)
    {
        std::apply([&](auto... field) { (put(record.*field), ...); }, fieldsOf(&record));
    }
    // Each table as a section that starts with its size in bytes, so that a reader can hand it to another
    // thread and go on past it.
    void putSections(const DatasetTables &tables)
    {
        std::apply([&](auto... table) { (putSection(tables.*table), ...); }, fieldsOf(&tables));
    }

    // The strings table, then the records.
    QByteArray body() const
    {
        QByteArray out;
        out.reserve(m_records.size() + qsizetype(m_strings.size()) * 24);
        const auto appendRaw = [&out](auto value) {
            out.append(reinterpret_cast<const char *>(&value), sizeof value);
        };
        appendRaw(quint32(m_strings.size()));
        for (const QString &text : m_strings) {
            appendRaw(quint32(text.size()));
            out.append(reinterpret_cast<const char *>(text.constData()), text.size() * 2);
        }
        out.append(m_records);
        return out;
    }

private:
    template <typename N> void putRaw(N number)
    {
        m_records.append(reinterpret_cast<const char *>(&number), sizeof number);
    }
    template <typename T> void putSection(const T &table)
    {
        const qsizetype start = m_records.size();
        putRaw(quint64(0));
        put(table);
        const quint64 size = quint64(m_records.size() - start) - sizeof size;
        std::memcpy(m_records.data() + start, &size, sizeof size);
    }

    QByteArray m_records;
    std::vector<QString> m_strings;
    StringHash<quint32> m_places; // a string's place in the table, counting from 1; 0 is the empty string
};

// Reads what SnapshotWriter wrote, checking every count, place and vocabulary value against what is there,
// so that even a snapshot whose checksum happened to match cannot make it read out of bounds.
class SnapshotReader
{
public:
    SnapshotReader(const char *begin, const char *end) : m_at(begin), m_end(end) {}

    // Whether the strings refer to the bytes read (which then outlive every copy of them) or are copied.
    enum class Strings
    {
        InPlace,
        Copied,
    };

    bool ok() const { return m_ok && m_at == m_end; }

    // The strings table, which the records that follow name by place; read first, and kept while they are
    // read.
    std::vector<QString> readStrings(Strings storage)
    {
        std::vector<QString> strings;
        const quint32 count = getRaw<quint32>();
        if (!fits(count, 4))
            return strings;
        strings.reserve(count + 1);
        strings.emplace_back();
        for (quint32 i = 0; i < count && m_ok; ++i) {
            const quint32 size = getRaw<quint32>();
            if (!fits(size, 2))
                return strings;
            if (storage == Strings::InPlace) {
                // UTF-16 at an even offset of a mapped file, as the header and every field before it are of
                // even size.
                strings.push_back(
                    QString::fromRawData(reinterpret_cast<const QChar *>(m_at), qsizetype(size)));
            } else {
                // Bytes perhaps not aligned for UTF-16 (a small blob lies wherever SQLite's page has it).
                QString &copy = strings.emplace_back(qsizetype(size), Qt::Uninitialized);
                std::memcpy(copy.data(), m_at, std::size_t(size) * 2);
            }
            m_at += std::size_t(size) * 2;
        }
        return strings;
    }
    void nameStringsFrom(const std::vector<QString> *strings) { m_strings = strings; }

    // A reader of the next section (SnapshotWriter::putSections), which this one skips.
    SnapshotReader section()
    {
        const quint64 size = getRaw<quint64>();
        SnapshotReader part(m_at, m_at);
        part.m_strings = m_strings;
        part.m_ok = fits(size, 1);
        if (part.m_ok) {
            part.m_end = m_at + size;
            m_at += size;
        }
        return part;
    }

    void get(bool &value)
    {
        const quint8 byte = getRaw<quint8>();
        m_ok = m_ok && byte <= 1;
        value = byte == 1;
    }
    void get(int &value) { value = getRaw<qint32>(); }
    void get(qint64 &value) { value = getRaw<qint64>(); }
    void get(double &value) { value = getRaw<double>(); }
    void get(QDate &date) { date = QDate::fromJulianDay(getRaw<qint64>()); }
    void get(QString &text)
    {
        const quint32 place = getRaw<quint32>();
        if (!m_strings || place >= m_strings->size()) {
            m_ok = false;
            return;
        }
        text = (*m_strings)[place];
    }
    template <VocabularyValue E> void get(E &value)
    {
        const quint8 number = getRaw<quint8>();
        const auto &entries = Vocabulary<E>::entries;
        m_ok = m_ok && std::any_of(entries.begin(), entries.end(),
                                   [number](const auto &entry) { return quint8(entry.value) == number; });
        value = E(number);
    }
    template <typename T> void get(std::optional<T> &value)
    {
        bool present = false;
        get(present);
        if (!present) {
            value.reset();
            return;
        }
        get(value.emplace());
    }
    template <typename T> void get(QList<T> &list)
    {
        const quint32 count = getRaw<quint32>();
        if (!fits(count, 1))
            return;
        list.resize(qsizetype(count));
        for (T &item : list) {
            if (!m_ok)
                return;
            get(item);
        }
    }
    template <Record T> void get(T &record)
    {
        std::apply([&](auto... field) { (get(record.*field), ...); }, fieldsOf(&record));
    }

private:
    // Whether `count` items of at least `size` bytes each could still follow.
    bool fits(quint64 count, quint64 size)
    {
        m_ok = m_ok && count <= quint64(m_end - m_at) / size;
        return m_ok;
    }

    template <typename N> N getRaw()
    {
        N number{};
        if (!m_ok || std::size_t(m_end - m_at) < sizeof number) {
            m_ok = false;
            return number;
        }
        std::memcpy(&number, m_at, sizeof number);
        m_at += sizeof number;
        return number;
    }

    const char *m_at;
    const char *m_end;
    bool m_ok = true;
    const std::vector<QString> *m_strings = nullptr;
};

constexpr qsizetype kDigestSize = 32; // SHA-256

// What a snapshot or a checked form holds: every table, then the imports and their warnings.
QByteArray bodyOf(const DatasetTables &tables, const QList<ProgrammeImport> &imports,
                  const QStringList &warnings)
{
    SnapshotWriter writer;
    writer.putSections(tables);
    writer.put(imports);
    writer.put(warnings);
    return writer.body();
}

// Reads what bodyOf() wrote while its SHA-256 is compared with `digest` on another thread, and the
// programmes, by far the largest table, on a third; the reader checks every count and place, so reading a
// damaged body is safe, and what was read of one is dropped.
std::optional<DatasetSnapshots::Kept> readBody(QByteArrayView body, QByteArrayView digest,
                                               SnapshotReader::Strings storage)
{
    auto digestMatches = std::async(std::launch::async, [=] { return digest == Sha256::of(body); });
    SnapshotReader reader(body.begin(), body.end());
    const std::vector<QString> strings = reader.readStrings(storage);
    reader.nameStringsFrom(&strings);
    DatasetTables tables;
    std::future<bool> programmesRead;
    bool tablesRead = true;
    const auto readTable = [&](auto &table) {
        SnapshotReader section = reader.section();
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(table)>, QList<Programme>>) {
            programmesRead = std::async(std::launch::async, [section, &table]() mutable {
                section.get(table);
                return section.ok();
            });
        } else {
            section.get(table);
            tablesRead = tablesRead && section.ok();
        }
    };
    std::apply([&](auto... table) { (readTable(tables.*table), ...); }, fieldsOf(&tables));
    QList<ProgrammeImport> imports;
    QStringList warnings;
    reader.get(imports);
    reader.get(warnings);
    // Both threads are waited for before anything returns: they write into `tables` and read `strings`.
    tablesRead = (!programmesRead.valid() || programmesRead.get()) && tablesRead;
    if (!digestMatches.get() || !tablesRead || !reader.ok())
        return std::nullopt;
    DatasetSnapshots::Kept kept{Dataset(std::move(tables)), std::move(warnings)};
    kept.dataset.setImports(std::move(imports));
    return kept;
}

// The body of a snapshot or checked form: after `prefix` (a snapshot's key, a form's header) and the body's
// SHA-256, as both are laid out; nothing when the bytes do not start with `prefix`.
std::optional<DatasetSnapshots::Kept> readBodyAfter(QByteArrayView bytes, QByteArrayView prefix,
                                                    SnapshotReader::Strings storage)
{
    if (bytes.size() < prefix.size() + kDigestSize || !bytes.startsWith(prefix))
        return std::nullopt;
    return readBody(bytes.sliced(prefix.size() + kDigestSize), bytes.sliced(prefix.size(), kDigestSize),
                    storage);
}

struct FileIdentity
{
    bool exists = false;
    qint64 statusChangedMsecs = 0; // since the epoch
    QByteArray bytes;              // device, inode, size, modification and status-change times
};

FileIdentity identityOf(const QString &path)
{
    struct stat status = {};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &status) != 0)
        return {};
    const qint64 fields[] = {qint64(status.st_dev),          qint64(status.st_ino),
                             qint64(status.st_size),         qint64(status.st_mtim.tv_sec),
                             qint64(status.st_mtim.tv_nsec), qint64(status.st_ctim.tv_sec),
                             qint64(status.st_ctim.tv_nsec)};
    const qint64 statusChanged = qint64(status.st_ctim.tv_sec) * 1000 + status.st_ctim.tv_nsec / 1000000;
    return {true, statusChanged, QByteArray(reinterpret_cast<const char *>(fields), sizeof fields)};
}

// A snapshot file's bytes, mapped until the process ends, or none when it cannot be mapped. A dataset read
// from a snapshot refers to its text in place rather than copying a few hundred thousand strings, and copies
// of that text end up all over the application, so a mapping is never taken back; a file read again is
// mapped once. This application replaces (QSaveFile) or removes snapshots, never writes one in place, so the
// text stays the one whose digest was checked. One found damaged stays mapped too: address space only.
QByteArrayView mapUntilExit(const QString &path)
{
    struct Mapping
    {
        dev_t device;
        ino_t inode;
        std::unique_ptr<QFile> file;
        QByteArrayView bytes;
    };
    static std::mutex mutex;
    static std::vector<Mapping> mappings;
    auto file = std::make_unique<QFile>(path);
    struct stat status = {};
    if (!file->open(QIODevice::ReadOnly) || ::fstat(file->handle(), &status) != 0 || status.st_size == 0)
        return {};
    const std::lock_guard lock(mutex);
    for (const Mapping &mapping : mappings) {
        if (mapping.device == status.st_dev && mapping.inode == status.st_ino)
            return mapping.bytes;
    }
    const uchar *bytes = file->map(0, status.st_size);
    if (!bytes)
        return {};
    mappings.push_back({status.st_dev, status.st_ino, std::move(file),
                        QByteArrayView(reinterpret_cast<const char *>(bytes), qsizetype(status.st_size))});
    return mappings.back().bytes;
}

// A string in a key: its length in bytes, then its UTF-8.
void appendText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const quint32 size = quint32(utf8.size());
    out.append(reinterpret_cast<const char *>(&size), sizeof size);
    out.append(utf8);
}

} // namespace

DatasetSnapshots DatasetSnapshots::inUserCache()
{
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return DatasetSnapshots(cache.isEmpty() ? QString() : cache + u"/datasets"_s);
}

DatasetSnapshots::Key DatasetSnapshots::keyFor(const QString &datasetPath,
                                               const QList<ImportFile> &imports) const
{
    if (m_folder.isEmpty())
        return {};
    // The executable stands for the code that checked the files: a rebuild has another identity.
    const QString executable =
        QCoreApplication::instance() ? QCoreApplication::applicationFilePath() : QString();
    if (executable.isEmpty())
        return {};
    for (const char *beside : {"-wal", "-journal"}) {
        if (QFileInfo::exists(datasetPath + QLatin1StringView(beside)))
            return {};
    }
    Key key;
    key.witness.append(kMagic, sizeof kMagic);
    key.witness.append(reinterpret_cast<const char *>(&kFormatVersion), sizeof kFormatVersion);
    key.witness.append(reinterpret_cast<const char *>(&kSchemaVersion), sizeof kSchemaVersion);
    const qint64 settledBefore = QDateTime::currentMSecsSinceEpoch() - kSettledSeconds * 1000;
    key.settled = true;
    const auto addFile = [&](const QString &path) {
        const FileIdentity identity = identityOf(path);
        appendText(key.witness, QFileInfo(path).absoluteFilePath());
        key.witness.append(identity.bytes);
        key.settled = key.settled && identity.statusChangedMsecs < settledBefore;
        return identity.exists;
    };
    if (!addFile(executable) || !addFile(datasetPath))
        return {};
    for (const ImportFile &import : imports) {
        if (!addFile(import.path))
            return {};
        appendText(key.witness, import.name);
        appendText(key.witness, import.importedOn.toString(Qt::ISODate));
    }
    // Even, so the body after it starts at an even offset, where its UTF-16 strings can be read in place.
    if (key.witness.size() % 2 != 0)
        key.witness.append('\0');
    return key;
}

QString DatasetSnapshots::pathFor(const Key &key) const
{
    return m_folder + u'/' + QString::fromLatin1(Sha256::of(key.witness).left(20).toHex()) + u".snapshot"_s;
}

// The file: the key's witness, then the SHA-256 of the body, then the body (bodyOf()).
std::optional<DatasetSnapshots::Kept> DatasetSnapshots::read(const Key &key) const
{
    if (!key.isValid())
        return std::nullopt;
    // A snapshot being written is worth waiting for: reading it is quicker than checking the files again.
    waitForBackgroundWrites();
    const QString path = pathFor(key);
    // In place, where the file is mapped until the process ends (mapUntilExit).
    std::optional<Kept> kept =
        readBodyAfter(mapUntilExit(path), key.witness, SnapshotReader::Strings::InPlace);
    // Used now: the last to be removed when the folder holds too many.
    if (QFile used(path); kept && used.open(QIODevice::ReadOnly))
        used.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime);
    return kept;
}

void DatasetSnapshots::write(const Key &key, const Dataset &dataset, const QStringList &warnings) const
{
    if (!QDir().mkpath(m_folder))
        return;
    const QByteArray body = bodyOf(dataset, dataset.imports(), warnings);
    QSaveFile file(pathFor(key)); // in place all at once or not at all
    if (!file.open(QIODevice::WriteOnly) || file.write(key.witness) != key.witness.size() ||
        file.write(Sha256::of(body)) != kDigestSize || file.write(body) != body.size() || !file.commit())
        return;
    removeOldest();
}

namespace {

// Its own pool of one thread, so snapshots are written one after another, and so that waiting for them waits
// for nothing else. Destroyed as the process ends, which waits for a write under way: a snapshot is either
// kept whole or not at all, but one begun is worth finishing.
QThreadPool &backgroundWriters()
{
    struct OneWriter : QThreadPool
    {
        OneWriter() { setMaxThreadCount(1); }
    };
    static OneWriter writers;
    return writers;
}

} // namespace

void DatasetSnapshots::writeInBackground(const Key &key, std::shared_ptr<const Dataset> dataset,
                                         const QStringList &warnings) const
{
    if (!key.isValid() || !key.settled)
        return;
    backgroundWriters().start([snapshots = *this, key, dataset = std::move(dataset), warnings] {
        freesSharesInPlace = true; // the process waits for this thread as it ends, perhaps without a pool
        snapshots.write(key, *dataset, warnings);
    });
}

void DatasetSnapshots::waitForBackgroundWrites()
{
    backgroundWriters().waitForDone();
}

void DatasetSnapshots::removeOldest() const
{
    const QFileInfoList kept = QDir(m_folder).entryInfoList({u"*.snapshot"_s}, QDir::Files, QDir::Time);
    for (qsizetype i = kKeptSnapshots; i < kept.size(); ++i)
        QFile::remove(kept.at(i).filePath());
}

namespace {

// A checked form's header: what it is, the layout of its body, the byte order its numbers are in (a database
// may be copied to another kind of machine) and the version of the application that wrote it (whose
// vocabularies the body numbers); then the body's SHA-256 and the body.
constexpr char kFormMagic[8] = {'A', 'P', 'E', 'F', 'O', 'R', 'M', '\n'};
constexpr quint32 kByteOrderMark = 0x01020304;

QByteArray checkedFormHeader()
{
    QByteArray header(kFormMagic, sizeof kFormMagic);
    for (const quint32 number : {kFormatVersion, kByteOrderMark})
        header.append(reinterpret_cast<const char *>(&number), sizeof number);
    header.append(APE_VERSION);
    header.append('\0');
    return header;
}

} // namespace

QByteArray checkedFormOf(const DatasetTables &tables)
{
    const QByteArray body = bodyOf(tables, {}, {});
    return checkedFormHeader() + Sha256::of(body) + body;
}

std::optional<Dataset> datasetFromCheckedForm(QByteArrayView form)
{
    // Copied, as the form's bytes are the database's and go once it is read.
    std::optional<DatasetSnapshots::Kept> kept =
        readBodyAfter(form, checkedFormHeader(), SnapshotReader::Strings::Copied);
    if (!kept)
        return std::nullopt;
    return std::move(kept->dataset);
}
