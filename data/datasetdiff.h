#pragma once

#include "dataset.h"
#include "figuretable.h"

#include <QList>
#include <QString>

class QIODevice;

// What changed between two datasets: programmes, allocations, milestones and events added, removed or
// changed, each changed record field by field with the old and the new value, and the source each version
// cites. "What is new since my last briefing."
struct FieldChange
{
    QString field; // the column, as the CSV sources name it
    QString before;
    QString after;

    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

struct RecordChange
{
    enum class Kind
    {
        Added,
        Removed,
        Changed
    };
    enum class Table
    {
        Programme,
        Allocation,
        Milestone,
        Event
    };

    Kind kind = Kind::Changed;
    Table table = Table::Programme;
    // The programme or event id; "programme id → recipient id" for an allocation, "programme id · stage ·
    // date" for a milestone.
    QString key;
    QString name; // the programme's name or the event's title, in English, from the newer version
    QList<FieldChange> fields; // for a changed record, each field that differs
    QString sourceBefore;      // the source the older version cites, in full; empty when it was added
    QString sourceAfter;       // the newer version's; empty when it was removed

    friend bool operator==(const RecordChange &, const RecordChange &) = default;
};

struct DatasetDiff
{
    DatasetInfo before;
    DatasetInfo after;
    QList<RecordChange> changes; // programmes, allocations, milestones, then events; each table's by key

    qsizetype count(RecordChange::Kind kind) const;
};

DatasetDiff diffDatasets(const Dataset &before, const Dataset &after);

// Calls `row(change, field)` for each changed field in order, a record added or removed being one: the rows
// every listing of a diff shows.
template <typename Row> void forEachChangedField(const DatasetDiff &diff, const Row &row)
{
    for (const RecordChange &change : diff.changes) {
        for (const FieldChange &field : change.fields)
            row(change, field);
    }
}

// Such a row as the printed table and the dialog show it: change, record, key, name, field, before, after.
QStringList changeCells(const RecordChange &change, const FieldChange &field);

// One row per changed field (a whole record added or removed is one row), with both sources, written as the
// other CSV exports are (SpreadsheetCsvWriter). False when the device refuses the write.
bool writeDiffCsv(QIODevice &device, const DatasetDiff &diff);

// The columns of changeCells' rows, as a printed table heads them.
QList<FigureTableColumn> diffColumns();
// The same rows as a table a page can print.
FigureTable diffTable(const DatasetDiff &diff);

// "12 added, 3 removed, 5 changed".
QString diffSummary(const DatasetDiff &diff);
QString changeKindLabel(RecordChange::Kind kind);
QString changeTableLabel(RecordChange::Table table);
