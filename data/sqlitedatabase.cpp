#include "sqlitedatabase.h"

#include <QFile>
#include <QLocale>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

// As long as Qt's SQLite driver waits for another connection's lock before giving up.
constexpr int kBusyTimeoutMs = 5000;

bool isLockedCode(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

} // namespace

SqliteDatabase::SqliteDatabase(const QString &path, Mode mode)
{
    // Each connection is used by one thread at a time, so SQLite need not lock around every call.
    const int flags =
        SQLITE_OPEN_NOMUTEX |
        (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    // SQLite allocates a handle even when opening fails, so that the reason can be read from it.
    m_opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_handle, flags, nullptr) == SQLITE_OK;
    if (m_opened)
        sqlite3_busy_timeout(m_handle, kBusyTimeoutMs);
}

SqliteDatabase::~SqliteDatabase()
{
    sqlite3_close(m_handle);
}

bool SqliteDatabase::exec(const QString &sql) const
{
    return sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

QString SqliteDatabase::errorText() const
{
    return m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : u"out of memory"_s;
}

bool SqliteDatabase::lastErrorWasLocked() const
{
    return m_handle && isLockedCode(sqlite3_extended_errcode(m_handle));
}

SqliteStatement::SqliteStatement(const SqliteDatabase &database, const QString &sql) : m_database(database)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(database.handle(), utf8.constData(), int(utf8.size()), &m_handle, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(m_handle);
        m_handle = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_handle);
}

bool SqliteStatement::bind(int index, const QVariant &value)
{
    const int position = index + 1;
    if (value.isNull())
        return sqlite3_bind_null(m_handle, position) == SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(m_handle, position, value.toLongLong()) == SQLITE_OK;
    case QMetaType::Double:
        return sqlite3_bind_double(m_handle, position, value.toDouble()) == SQLITE_OK;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(m_handle, position, bytes.constData(), sqlite3_uint64(bytes.size()),
                                   SQLITE_TRANSIENT) == SQLITE_OK;
    }
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        return sqlite3_bind_text64(m_handle, position, utf8.constData(), sqlite3_uint64(utf8.size()),
                                   SQLITE_TRANSIENT, SQLITE_UTF8) == SQLITE_OK;
    }
    }
}

bool SqliteStatement::nextRow()
{
    const int result = sqlite3_step(m_handle);
    m_done = result == SQLITE_DONE;
    return result == SQLITE_ROW;
}

bool SqliteStatement::reset()
{
    m_done = false;
    return sqlite3_reset(m_handle) == SQLITE_OK;
}

QString SqliteStatement::errorText() const
{
    return m_database.errorText();
}

QString SqliteStatement::text(int column) const
{
    switch (sqlite3_column_type(m_handle, column)) {
    case SQLITE_INTEGER:
        return QString::number(sqlite3_column_int64(m_handle, column));
    case SQLITE_FLOAT:
        return QString::number(sqlite3_column_double(m_handle, column), 'g', QLocale::FloatingPointShortest);
    case SQLITE_NULL:
        return {};
    default: {
        // Text and blobs alike: the bytes read as UTF-8.
        const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_handle, column));
        return QString::fromUtf8(utf8, sqlite3_column_bytes(m_handle, column));
    }
    }
}
