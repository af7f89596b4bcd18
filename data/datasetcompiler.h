#pragma once

#include "csv.h"
#include "dataset.h"
#include "datasetschema.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

// Where a record came from, for messages: "…/programmes.csv:4" or "…/dataset.sqlite: programmes row 4".
// Held as the part every record of a table shares and the record's number, and spelled out only for a
// message: a large dataset has hundreds of thousands of records.
struct SourceLocation
{
    QString prefix; // "…/programmes.csv:" or "…/dataset.sqlite: programmes row "
    qint64 number = 0;

    QString text() const { return prefix + QString::number(number); }
};

// One table's records, or a batch of them: a reader may hand a large table over in batches, so the compiler
// checks the first records while the reader reads the rest. Each record is text in the schema's column order
// (datasetschema.h); every field of every record is held in one string, so a large table is handed over
// without a string for each of its millions of fields.
struct SourceTable
{
    QString location;  // where a problem with the table as a whole is reported
    QString rowPrefix; // a record's location is this and its number: "…/programmes.csv:" and the line
    qsizetype columns = 0;
    QString text;                     // the fields, one after another
    std::vector<qsizetype> fieldEnds; // where each field ends in `text`, `columns` of them for each record
    std::vector<qint64> rowNumbers;   // each record's line or row number
    QStringList errors; // "location: problem" where the table or a record could not be read; the records hold
                        // the rest
    QStringList warnings; // "location: warning: …", passed on to the CompileResult
    bool more =
        false; // more records of this table follow: the compiler asks the reader for the same table again

    qsizetype rowCount() const { return qsizetype(rowNumbers.size()); }
    SourceLocation rowLocation(qsizetype row) const { return {rowPrefix, rowNumbers[std::size_t(row)]}; }
    QStringView field(qsizetype row, qsizetype column) const
    {
        const auto index = std::size_t(row * columns + column);
        const qsizetype start = index == 0 ? 0 : fieldEnds[index - 1];
        return QStringView(text).sliced(start, fieldEnds[index] - start);
    }

    // A record is added one field at a time, then ended with its number. A reader that writes a field's
    // characters into `text` itself ends the field with endField().
    void addField(QStringView value)
    {
        text.append(value);
        endField();
    }
    void endField() { fieldEnds.push_back(text.size()); }
    void endRecord(qint64 number) { rowNumbers.push_back(number); }
};

// Reads one table of a dataset's source, or its next batch; asked for each table in the schema's order, and
// again for the same table while the last answer said there is more.
using SourceTableReader = std::function<SourceTable(const TableSchema &)>;

struct CompileResult
{
    Dataset dataset;
    QStringList errors;
    QStringList warnings; // worth a look but not wrong, e.g. allocations exceeding their programme

    bool ok() const { return errors.isEmpty(); }
};

// Turns a dataset's rows into a Dataset, validating every record: types, ranges, ISO dates, ISO 4217
// currencies, references between tables and a source with a quoted sentence on every figure. Problems are
// collected as "location: problem" so one run reports them all. The CSV sources and the compiled database
// are both read through it, so the app refuses exactly what the build would.
CompileResult compileDataset(const SourceTableReader &readTable);

// Puts the lists the app shows in a fixed order into it, whatever order their rows came in: countries by
// code, sources and recipients by id, programmes by announcement then id, events by date then id, indicator
// values, exchange rates and country figures by their keys (series, country or currency, year). Every
// compiled dataset is in this order, so one compiled from CSV equals the same one read back from its
// database, and the database is written in it, so reading it back needs no sort by SQLite (which cost a
// large dataset's load most of a second).
void putInOrder(DatasetTables &tables);

// A CSV file of records for the compiler: read (Shift-JIS converted, with a warning), its header exactly
// `header`, each record with as many fields. What is wrong is located as "NAME:LINE: problem", NAME being
// how messages name the file; `headerAdvice` follows a wrong header's message. Records `isNote` picks are not
// data, and are skipped before any check.
struct CheckedCsv
{
    QList<CsvRecord> records; // those with the header's fields
    QStringList errors;
    QStringList warnings;
};
CheckedCsv readCheckedCsv(const QString &path, const QString &name, const QStringList &header,
                          const QString &headerAdvice = {},
                          const std::function<bool(const CsvRecord &)> &isNote = {});

// The CSV sources in a folder, reported as "file:line: problem".
CompileResult compileDatasetSources(const QString &sourceDir);

// The CSV files a source folder holds, in the order they are read.
QStringList datasetSourceFiles();
