#pragma once

#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

// SQLite through its C API, for the dataset file only. Qt's driver hands every value over as a QVariant of
// UTF-16 text; reading a large dataset that way cost more than everything else in a load together.

class SqliteDatabase
{
public:
    enum class Mode
    {
        ReadOnly,
        Create, // read-write, created when missing
    };
    SqliteDatabase(const QString &path, Mode mode);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    bool isOpen() const { return m_handle && m_opened; }
    bool exec(const QString &sql) const;
    QString errorText() const;
    // Another connection held a lock longer than this one waits (SQLITE_BUSY or SQLITE_LOCKED).
    bool lastErrorWasLocked() const;
    sqlite3 *handle() const { return m_handle; }

private:
    sqlite3 *m_handle = nullptr;
    bool m_opened = false;
};

class SqliteStatement
{
public:
    SqliteStatement(const SqliteDatabase &database, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_handle != nullptr; }
    // Parameters count from 0, as QSqlQuery's do. A double that is not a number binds as NULL, as SQLite
    // stores it.
    bool bind(int index, const QVariant &value);
    bool nextRow(); // false at the end and on an error; errorText() tells them apart
    bool finished() const { return m_done; }
    bool reset();
    QString errorText() const;

    // The value as Qt's SQLite driver would give it, turned to text as QVariant::toString() does: integers
    // in decimal, reals in their shortest exact form, blobs and text as UTF-8; empty for NULL.
    QString text(int column) const;
    sqlite3_stmt *handle() const { return m_handle; }

private:
    const SqliteDatabase &m_database;
    sqlite3_stmt *m_handle = nullptr;
    bool m_done = false;
};
