#include "programmeimport.h"

#include "datasetschema.h"
#include "vocabulary.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr const char *kSourceColumns[] = {"publisher", "title", "url", "published", "accessed"};

QString sourceColumn(const char *column)
{
    return u"source_"_s + QLatin1StringView(column);
}

// Each column's meaning, for the template: in English, in Japanese, and the example row's value.
struct ColumnHelp
{
    QString english;
    QString japanese;
    QString example;
};

QHash<QString, ColumnHelp> columnHelp()
{
    const auto oneOf = [](const QString &keys) -> QString {
        return u"one of "_s + QString(keys).replace(u'|', u", "_s);
    };
    const auto jaOneOf = [](const QString &keys) -> QString {
        return QString(keys).replace(u'|', u"、"_s) + u"のいずれか"_s;
    };
    return {
        {u"id"_s,
         {u"Unique id, lower case with hyphens. A row whose id starts with # is a note and is not read: "
          u"remove "
          "the # of the example to use it."_s,
          u"一意のID(半角英小文字とハイフン)。IDが#で始まる行はメモとして読み込みません(例の行を使うときは#を"
          "消してください)。"_s,
          u"#jpn-example-ai-2025"_s}},
        {u"country"_s,
         {u"Country code of the dataset (ISO 3166-1 alpha-3: JPN, USA; EUU for the EU)"_s,
          u"データセットの国コード(ISO 3166-1 alpha-3:JPN、USA。EUはEUU)"_s, u"JPN"_s}},
        {u"name_en"_s,
         {u"Programme name in English"_s, u"施策名(英語、必須)"_s, u"Example prefecture AI programme"_s}},
        {u"name_ja"_s,
         {u"Programme name in Japanese (may be empty)"_s, u"施策名(日本語、任意)"_s, u"例示県AI推進事業"_s}},
        {u"name_ja_source"_s,
         {u"Where the Japanese name comes from: empty for this row's source, another source's id, or "
          "translation when you translated it"_s,
          u"日本語名の出典:空欄ならこの行の出典、別の出典のID、自分で訳した場合は translation"_s, QString()}},
        {u"body_en"_s,
         {u"Body that announced it, in English"_s, u"発表した機関(英語、必須)"_s, u"Example Prefecture"_s}},
        {u"body_ja"_s, {u"Body in Japanese (may be empty)"_s, u"発表した機関(日本語、任意)"_s, u"例示県"_s}},
        {u"body_ja_source"_s,
         {u"Where the body's Japanese name comes from, as for name_ja_source; empty for a Japanese body's "
          u"own "
          "name"_s,
          u"機関の日本語名の出典(name_ja_sourceと同じ。日本の機関の正式名称なら空欄)"_s, QString()}},
        {u"announced"_s,
         {u"Announcement date: YYYY-MM-DD, or YYYY-MM when the day is not known"_s,
          u"発表日:YYYY-MM-DD(日が不明ならYYYY-MM)"_s, u"2025-04-01"_s}},
        {u"start_year"_s, {u"First year the money covers"_s, u"対象期間の初年"_s, u"2025"_s}},
        {u"end_year"_s, {u"Last year the money covers"_s, u"対象期間の最終年"_s, u"2027"_s}},
        {u"amount"_s,
         {u"Amount in whole units of the currency, without separators: 1500000000 for ¥1.5 billion"_s,
          u"金額(通貨単位の整数、区切りなし。15億円なら1500000000)"_s, u"1500000000"_s}},
        {u"qualifier"_s,
         {oneOf(enumKeyList<AmountQualifier>()), jaOneOf(enumKeyList<AmountQualifier>()), u"up_to"_s}},
        {u"currency"_s,
         {u"ISO 4217 code: JPY, USD, EUR…"_s, u"ISO 4217の通貨コード:JPY、USD、EURなど"_s, u"JPY"_s}},
        {u"category"_s, {oneOf(enumKeyList<Category>()), jaOneOf(enumKeyList<Category>()), u"compute"_s}},
        {u"funding"_s,
         {oneOf(enumKeyList<FundingType>()) + u" (private pledges and targets are not public money)"_s,
          jaOneOf(enumKeyList<FundingType>()) + u"(民間の表明額や目標は公的資金ではありません)"_s,
          u"public"_s}},
        {u"status"_s, {oneOf(enumKeyList<Status>()), jaOneOf(enumKeyList<Status>()), u"approved"_s}},
        {u"parent_id"_s,
         {u"Id of the umbrella programme this is part of, or empty; a part is counted once, in its umbrella"_s,
          u"内訳として属する包括施策のID(なければ空欄)。内訳は包括施策の中で一度だけ計上します"_s,
          QString()}},
        {u"source_id"_s,
         {u"Id of the source: one of the dataset's, or a new one described in the source_ columns"_s,
          u"出典のID:データセットの出典か、source_の列で記述する新しい出典"_s, u"example-pref-2025-04-01"_s}},
        {u"quote"_s,
         {u"The source's sentence that states the amount, as written"_s,
          u"金額を述べた出典の一文(原文のまま)"_s, u"AI推進事業に最大15億円を計上する。"_s}},
        {u"notes"_s, {u"Anything a reader should know (may be empty)"_s, u"補足(任意)"_s, QString()}},
        {sourceColumn("publisher"),
         {u"New source: who published it"_s, u"新しい出典:発行者"_s, u"Example Prefecture"_s}},
        {sourceColumn("title"), {u"New source: its title"_s, u"新しい出典:表題"_s, u"FY2025 budget"_s}},
        {sourceColumn("url"),
         {u"New source: its address"_s, u"新しい出典:URL"_s, u"https://www.example.jp/budget"_s}},
        {sourceColumn("published"),
         {u"New source: date published, YYYY-MM-DD (may be empty)"_s, u"新しい出典:公表日 YYYY-MM-DD(任意)"_s,
          u"2025-04-01"_s}},
        {sourceColumn("accessed"),
         {u"New source: date you read it, YYYY-MM-DD"_s, u"新しい出典:閲覧日 YYYY-MM-DD"_s, u"2025-05-01"_s}},
    };
}

SourceTable emptyTable(DatasetTable table, const ImportFile &file)
{
    SourceTable rows;
    rows.location = file.name + u":1"_s;
    rows.rowPrefix = file.name + u':';
    rows.columns = tableSchema(table).columns.size();
    return rows;
}

} // namespace

QStringList programmeImportColumns()
{
    QStringList columns = tableSchema(DatasetTable::Programmes).csvHeader();
    for (const char *column : kSourceColumns)
        columns.append(sourceColumn(column));
    return columns;
}

ImportTables readProgrammeImport(const ImportFile &file)
{
    ImportTables tables{
        emptyTable(DatasetTable::Programmes, file), emptyTable(DatasetTable::Sources, file), {}, {}};
    const QStringList columns = programmeImportColumns();
    // Note rows, the template's meanings and example, are skipped before any check.
    CheckedCsv csv = readCheckedCsv(
        file.path, file.name, columns, u"(Dataset › Save Import Template writes a file with it)"_s,
        [](const CsvRecord &record) { return record.fields.constFirst().startsWith(u'#'); });
    tables.programmes.errors = std::move(csv.errors);
    tables.warnings = std::move(csv.warnings);
    const qsizetype programmeColumns = tables.programmes.columns;
    const qsizetype sourceIdColumn = columns.indexOf(u"source_id"_s);
    QHash<QString, QStringList> describedSources; // by id: the fields that describe it, from its first row
    for (const CsvRecord &record : std::as_const(csv.records)) {
        for (qsizetype i = 0; i < programmeColumns; ++i)
            tables.programmes.addField(record.fields.at(i));
        tables.programmes.endRecord(record.line);
        tables.programmeIds.append(record.fields.constFirst());

        // A source described on several rows becomes one source; described two ways, it is a mistake.
        const QStringList source = record.fields.mid(programmeColumns);
        if (std::all_of(source.begin(), source.end(), [](const QString &field) { return field.isEmpty(); }))
            continue;
        const QString &id = record.fields.at(sourceIdColumn);
        if (const auto earlier = describedSources.constFind(id); earlier != describedSources.cend()) {
            if (*earlier != source)
                tables.programmes.errors.append(
                    QStringLiteral("%1:%2: source '%3' is described differently on an earlier row")
                        .arg(file.name)
                        .arg(record.line)
                        .arg(id));
            continue;
        }
        describedSources.insert(id, source);
        tables.sources.addField(id);
        for (const QString &field : source)
            tables.sources.addField(field);
        tables.sources.endRecord(record.line);
    }
    return tables;
}

QByteArray programmeImportTemplate()
{
    const QHash<QString, ColumnHelp> help = columnHelp();
    const QStringList columns = programmeImportColumns();
    // The note rows start with "#", so the id column's meaning follows one.
    QStringList english, japanese, example;
    for (const QString &column : columns) {
        const ColumnHelp &meaning = help.value(column);
        const QString note = english.isEmpty() ? u"# "_s : QString();
        english.append(note + meaning.english);
        japanese.append(note + meaning.japanese);
        example.append(meaning.example);
    }
    return "\xEF\xBB\xBF" + (csvRow(columns) + csvRow(english) + csvRow(japanese) + csvRow(example)).toUtf8();
}
