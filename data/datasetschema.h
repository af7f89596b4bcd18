#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <span>

// The dataset's tables, described once. Each is one CSV source file, read by the compiler with exactly the
// header listed here, and one SQLite table the store creates, fills and reads back with the same columns in
// the same order, as the same text. Where the database names a column differently (`country` is
// `country_code`) the column says so.

enum class DatasetTable
{
    Meta,
    Countries,
    Sources,
    Programmes,
    Disputes,
    Milestones,
    Recipients,
    Allocations,
    Events,
    IndicatorSeries,
    Indicators,
    ExchangeRates,
    Population,
    Gdp,
    Overlaps,
};

struct ColumnSchema
{
    const char *csvName; // in the CSV header
    const char *sqlName; // in the database
    const char *sqlType; // type and column constraints
};

struct TableSchema
{
    DatasetTable table;
    const char *csvFile;
    const char *sqlName;
    std::span<const ColumnSchema> columns;
    const char *primaryKey; // a composite primary key, or empty

    QStringList csvHeader() const;
    QString createStatement() const;
    QString insertStatement() const;
    QString selectStatement() const; // the rowid, then every column, in the order the rows were written
};

// Every table in the order the compiler reads the CSV files.
std::span<const TableSchema> datasetSchema();
const TableSchema &tableSchema(DatasetTable table);
