#include "datasetdiff.h"

#include "amountformat.h"
#include "csv.h"
#include "datasetschema.h"
#include "datasetstore.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QMap>

using namespace Qt::StringLiterals;

namespace {

// "METI. GPU cloud subsidies. https://…": enough to find the source again.
QString sourceText(const Dataset &dataset, const QString &sourceId)
{
    const Source *source = dataset.source(sourceId);
    if (!source)
        return sourceId;
    return QStringList{source->publisher, source->title, source->url}.join(u". "_s);
}

// What an added or removed record was, in a few words.
QString summary(const Programme &p)
{
    return formatMoney(p.amount) + u", "_s + p.announced.toIso();
}
QString summary(const Allocation &a)
{
    return formatMoney(a.amount);
}
QString summary(const Milestone &m)
{
    return formatMoney(m.amount);
}
QString summary(const TimelineEvent &e)
{
    return e.date.toIso();
}

QString keyOf(const Programme &p)
{
    return p.id;
}
QString keyOf(const Milestone &m)
{
    return m.programmeId + u" · "_s + enumKey(m.stage) + u" · "_s + m.date.toIso();
}
QString keyOf(const TimelineEvent &e)
{
    return e.id;
}

QString nameOf(const Dataset &, const Programme &p)
{
    return p.nameEn;
}
QString nameOf(const Dataset &dataset, const Allocation &a)
{
    const Recipient *recipient = dataset.recipient(a.recipientId);
    return recipient ? recipient->nameEn : a.recipientId;
}
QString nameOf(const Dataset &dataset, const Milestone &m)
{
    const Programme *programme = dataset.programme(m.programmeId);
    return programme ? programme->nameEn : m.programmeId;
}
QString nameOf(const Dataset &, const TimelineEvent &e)
{
    return e.titleEn;
}

// Records by key, in key order. Allocations have none of their own: a programme and a recipient, and a
// count where one programme gives the same recipient two allocations.
template <typename T> QMap<QString, const T *> byKey(const QList<T> &records)
{
    QMap<QString, const T *> keyed;
    for (const T &record : records)
        keyed.insert(keyOf(record), &record);
    return keyed;
}

template <> QMap<QString, const Allocation *> byKey(const QList<Allocation> &records)
{
    QMap<QString, const Allocation *> keyed;
    for (const Allocation &a : records) {
        const QString key = a.programmeId + u" → "_s + a.recipientId;
        QString unique = key;
        for (int n = 2; keyed.contains(unique); ++n)
            unique = key + u" #"_s + QString::number(n);
        keyed.insert(unique, &a);
    }
    return keyed;
}

template <typename T>
void diffTable(const Dataset &before, const Dataset &after, const QList<T> &old, const QList<T> &now,
               DatasetTable table, RecordChange::Table kind, QList<RecordChange> &changes)
{
    const QStringList columns = tableSchema(table).csvHeader();
    const qsizetype first = changes.size();
    const QMap<QString, const T *> oldByKey = byKey(old);
    const QMap<QString, const T *> newByKey = byKey(now);
    for (auto it = oldByKey.cbegin(); it != oldByKey.cend(); ++it) {
        const T *then = it.value();
        const T *current = newByKey.value(it.key());
        if (!current) {
            changes.append({RecordChange::Kind::Removed,
                            kind,
                            it.key(),
                            nameOf(before, *then),
                            {{QString(), summary(*then), QString()}},
                            sourceText(before, then->source.sourceId),
                            {}});
            continue;
        }
        const QVariantList thenRow = databaseRow(*then);
        const QVariantList currentRow = databaseRow(*current);
        QList<FieldChange> fields;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (thenRow.at(i).toString() != currentRow.at(i).toString())
                fields.append({columns.at(i), thenRow.at(i).toString(), currentRow.at(i).toString()});
        }
        if (!fields.isEmpty())
            changes.append({RecordChange::Kind::Changed, kind, it.key(), nameOf(after, *current), fields,
                            sourceText(before, then->source.sourceId),
                            sourceText(after, current->source.sourceId)});
    }
    for (auto it = newByKey.cbegin(); it != newByKey.cend(); ++it) {
        if (!oldByKey.contains(it.key()))
            changes.append({RecordChange::Kind::Added,
                            kind,
                            it.key(),
                            nameOf(after, *it.value()),
                            {{QString(), QString(), summary(*it.value())}},
                            {},
                            sourceText(after, it.value()->source.sourceId)});
    }
    std::stable_sort(changes.begin() + first, changes.end(),
                     [](const RecordChange &a, const RecordChange &b) { return a.key < b.key; });
}

} // namespace

qsizetype DatasetDiff::count(RecordChange::Kind kind) const
{
    return std::count_if(changes.cbegin(), changes.cend(),
                         [kind](const RecordChange &change) { return change.kind == kind; });
}

DatasetDiff diffDatasets(const Dataset &before, const Dataset &after)
{
    DatasetDiff diff{before.info, after.info, {}};
    diffTable(before, after, before.programmes, after.programmes, DatasetTable::Programmes,
              RecordChange::Table::Programme, diff.changes);
    diffTable(before, after, before.allocations, after.allocations, DatasetTable::Allocations,
              RecordChange::Table::Allocation, diff.changes);
    diffTable(before, after, before.milestones, after.milestones, DatasetTable::Milestones,
              RecordChange::Table::Milestone, diff.changes);
    diffTable(before, after, before.events, after.events, DatasetTable::Events, RecordChange::Table::Event,
              diff.changes);
    return diff;
}

QString changeKindLabel(RecordChange::Kind kind)
{
    switch (kind) {
    case RecordChange::Kind::Added:
        return QCoreApplication::translate("DatasetDiff", "Added");
    case RecordChange::Kind::Removed:
        return QCoreApplication::translate("DatasetDiff", "Removed");
    case RecordChange::Kind::Changed:
        break;
    }
    return QCoreApplication::translate("DatasetDiff", "Changed");
}

QString changeTableLabel(RecordChange::Table table)
{
    switch (table) {
    case RecordChange::Table::Programme:
        return QCoreApplication::translate("DatasetDiff", "Programme");
    case RecordChange::Table::Allocation:
        return QCoreApplication::translate("DatasetDiff", "Allocation");
    case RecordChange::Table::Milestone:
        return QCoreApplication::translate("DatasetDiff", "Milestone");
    case RecordChange::Table::Event:
        break;
    }
    return QCoreApplication::translate("DatasetDiff", "Event");
}

QString diffSummary(const DatasetDiff &diff)
{
    return QCoreApplication::translate("DatasetDiff", "%1 added, %2 removed, %3 changed")
        .arg(diff.count(RecordChange::Kind::Added))
        .arg(diff.count(RecordChange::Kind::Removed))
        .arg(diff.count(RecordChange::Kind::Changed));
}

bool writeDiffCsv(QIODevice &device, const DatasetDiff &diff)
{
    SpreadsheetCsvWriter csv(device);
    csv.row({u"change"_s, u"record"_s, u"key"_s, u"name"_s, u"field"_s, u"before"_s, u"after"_s,
             u"source_before"_s, u"source_after"_s});
    static constexpr const char *kKinds[] = {"added", "removed", "changed"};
    static constexpr const char *kTables[] = {"programme", "allocation", "milestone", "event"};
    forEachChangedField(diff, [&](const RecordChange &change, const FieldChange &field) {
        csv.row({QLatin1StringView(kKinds[int(change.kind)]), QLatin1StringView(kTables[int(change.table)]),
                 change.key, change.name, field.field, field.before, field.after, change.sourceBefore,
                 change.sourceAfter});
    });
    return csv.ok();
}

QStringList changeCells(const RecordChange &change, const FieldChange &field)
{
    return {changeKindLabel(change.kind),
            changeTableLabel(change.table),
            change.key,
            change.name,
            field.field,
            field.before,
            field.after};
}

QList<FigureTableColumn> diffColumns()
{
    QList<FigureTableColumn> columns;
    for (const auto &[title, width] : {std::pair{QCoreApplication::translate("DatasetDiff", "Change"), 0.07},
                                       {QCoreApplication::translate("DatasetDiff", "Record"), 0.07},
                                       {QCoreApplication::translate("DatasetDiff", "Id"), 0.16},
                                       {QCoreApplication::translate("DatasetDiff", "Name"), 0.2},
                                       {QCoreApplication::translate("DatasetDiff", "Field"), 0.08},
                                       {QCoreApplication::translate("DatasetDiff", "Before"), 0.21},
                                       {QCoreApplication::translate("DatasetDiff", "After"), 0.21}})
        columns.append({title, width, false});
    return columns;
}

FigureTable diffTable(const DatasetDiff &diff)
{
    FigureTable table;
    table.columns = diffColumns();
    forEachChangedField(diff, [&](const RecordChange &change, const FieldChange &field) {
        table.rows.append(changeCells(change, field));
    });
    return table;
}
