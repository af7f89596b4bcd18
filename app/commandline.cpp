#include "commandline.h"

#include "analysis.h"
#include "chartview.h"
#include "datasetstore.h"
#include "figureexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

struct Options
{
    QCommandLineOption dataset{u"dataset"_s, u"Open another compiled dataset instead of the bundled one."_s, u"file"_s};
    QCommandLineOption view{u"view"_s, u"export: timeline, recipients, comparison or table."_s, u"view"_s};
    QCommandLineOption output{u"output"_s, u"export: the file to write; .png, .pdf, .svg or .csv."_s, u"file"_s};
    QCommandLineOption countries{u"countries"_s,
                                 u"ISO 3166-1 alpha-3 codes, comma separated (EUU for the EU). Default: all."_s,
                                 u"codes"_s};
    QCommandLineOption from{u"from"_s, u"First announcement year. Default: 2016."_s, u"year"_s};
    QCommandLineOption to{u"to"_s, u"Last announcement year. Default: 2026."_s, u"year"_s};
    QCommandLineOption category{u"category"_s, u"One of %1. Default: all."_s.arg(enumKeyList<Category>()),
                                u"category"_s};
    QCommandLineOption funding{u"funding"_s,
                               u"Funding types, comma separated: %1. Default: public."_s.arg(enumKeyList<FundingType>()),
                               u"types"_s};
    QCommandLineOption currency{u"currency"_s, u"USD, JPY, EUR, or announced. Default: USD."_s, u"currency"_s};
    QCommandLineOption measure{u"measure"_s, u"Comparison: %1. Default: total."_s.arg(enumKeyList<Measure>()),
                               u"measure"_s};
    QCommandLineOption indicator{u"indicator"_s, u"Comparison with --measure adoption: the indicator series id."_s,
                                 u"id"_s};
    QCommandLineOption programme{u"programme"_s, u"Recipients: the programme id to show."_s, u"id"_s};
    QCommandLineOption recipientsMode{u"recipients-mode"_s,
                                      u"Recipients: %1. Default: programme."_s.arg(enumKeyList<RecipientsMode>()),
                                      u"mode"_s};
    QCommandLineOption timelineMode{u"timeline-mode"_s,
                                    u"Timeline: %1. Default: announcements."_s.arg(enumKeyList<TimelineMode>()),
                                    u"mode"_s};
    QCommandLineOption stackBy{u"stack-by"_s, u"Annualised timeline: %1. Default: country."_s.arg(enumKeyList<StackBy>()),
                               u"group"_s};
    QCommandLineOption search{u"search"_s, u"Table: keep programmes whose text contains this."_s, u"text"_s};
    QCommandLineOption size{u"size"_s, u"Page size in pixels at 96 dpi, WxH. Default: 1400x900 (PDF: A4 landscape)."_s,
                            u"WxH"_s};
};

class UsageError
{
public:
    QString message;
};

template <typename E> E parseKey(const QCommandLineParser &parser, const QCommandLineOption &option, E fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const QString value = parser.value(option);
    const auto parsed = enumFromKey<E>(value);
    if (!parsed) {
        throw UsageError{u"--%1: '%2' is not one of %3"_s.arg(option.names().constFirst(), value,
                                                                 enumKeyList<E>())};
    }
    return *parsed;
}

int parseYear(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int year = parser.value(option).toInt(&ok);
    if (!ok || year < 1990 || year > 2100)
        throw UsageError{u"--%1: '%2' is not a year"_s.arg(option.names().constFirst(), parser.value(option))};
    return year;
}

Filter parseFilter(const QCommandLineParser &parser, const Options &o, const Dataset &dataset)
{
    Filter filter;
    if (parser.isSet(o.countries)) {
        for (const QString &code : parser.value(o.countries).split(u',', Qt::SkipEmptyParts)) {
            const QString upper = code.trimmed().toUpper();
            if (!dataset.country(upper))
                throw UsageError{u"--countries: unknown country code '%1'"_s.arg(code)};
            filter.countries.append(upper);
        }
    }
    filter.fromYear = parseYear(parser, o.from, filter.fromYear);
    filter.toYear = parseYear(parser, o.to, filter.toYear);
    if (filter.fromYear > filter.toYear)
        throw UsageError{u"--from %1 is after --to %2"_s.arg(filter.fromYear).arg(filter.toYear)};
    if (parser.isSet(o.category))
        filter.category = parseKey(parser, o.category, Category::Other);
    if (parser.isSet(o.funding)) {
        filter.funding.clear();
        for (const QString &key : parser.value(o.funding).split(u',', Qt::SkipEmptyParts)) {
            const auto type = enumFromKey<FundingType>(key.trimmed());
            if (!type)
                throw UsageError{u"--funding: '%1' is not one of %2"_s.arg(key, enumKeyList<FundingType>())};
            filter.funding.insert(*type);
        }
    }
    if (parser.isSet(o.currency)) {
        const QString currency = parser.value(o.currency);
        if (currency == u"announced")
            filter.currency.clear();
        else if (currency == u"USD" || currency == u"JPY" || currency == u"EUR")
            filter.currency = currency;
        else
            throw UsageError{u"--currency: '%1' is not one of USD, JPY, EUR, announced"_s.arg(currency)};
    }
    filter.measure = parseKey(parser, o.measure, filter.measure);
    filter.timelineMode = parseKey(parser, o.timelineMode, filter.timelineMode);
    filter.stackBy = parseKey(parser, o.stackBy, filter.stackBy);
    filter.recipientsMode = parseKey(parser, o.recipientsMode, filter.recipientsMode);
    if (parser.isSet(o.programme)) {
        filter.programmeId = parser.value(o.programme);
        if (!dataset.programme(filter.programmeId))
            throw UsageError{u"--programme: unknown programme '%1'"_s.arg(filter.programmeId)};
    }
    if (parser.isSet(o.indicator)) {
        filter.indicatorSeriesId = parser.value(o.indicator);
        if (!dataset.series(filter.indicatorSeriesId))
            throw UsageError{u"--indicator: unknown indicator series '%1'"_s.arg(filter.indicatorSeriesId)};
    }
    filter.search = parser.value(o.search);
    return filter;
}

QSize parseSize(const QCommandLineParser &parser, const Options &o)
{
    if (!parser.isSet(o.size))
        return {};
    static const QRegularExpression pattern(u"^(\\d{2,5})x(\\d{2,5})$"_s);
    const auto match = pattern.match(parser.value(o.size));
    const QSize size = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
    if (size.width() < 200 || size.height() < 150 || size.width() > 20000 || size.height() > 20000)
        throw UsageError{u"--size: '%1' is not WxH between 200x150 and 20000x20000"_s.arg(parser.value(o.size))};
    return size;
}

int runExport(const QCommandLineParser &parser, const Options &o, const QString &datasetPath)
{
    if (!parser.isSet(o.view) || !parser.isSet(o.output))
        throw UsageError{u"export needs --view and --output"_s};
    const ViewKind view = parseKey(parser, o.view, ViewKind::Table);
    const QString output = parser.value(o.output);
    if (!exportFormatForPath(output))
        throw UsageError{u"--output: '%1' must end in .png, .pdf, .svg or .csv"_s.arg(output)};

    DatasetLoadResult loaded = readDatasetDatabase(datasetPath);
    if (!loaded.dataset) {
        err() << "error: " << loaded.error << Qt::endl;
        return ExitDataset;
    }
    const auto analysis = std::make_shared<const Analysis>(
        std::make_shared<const Dataset>(std::move(*loaded.dataset)));
    const Filter filter = parseFilter(parser, o, analysis->dataset());
    const QSize size = parseSize(parser, o);

    const std::unique_ptr<ChartView> chart = createChartView(view);
    if (chart) {
        chart->resize(size.isValid() ? size : QSize(1400, 900));
        chart->apply(*analysis, filter);
    }
    const QString error = exportView(*analysis, filter, view, chart.get(), output, size);
    if (!error.isEmpty()) {
        err() << "error: " << error << Qt::endl;
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace

QString bundledDatasetPath()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"../share/ai-policy-explorer/dataset.sqlite"_s);
}

bool isHeadlessInvocation(const QStringList &arguments)
{
    // Only a bare start, optionally with --dataset, opens a window; anything else (export, --help,
    // --version, and mistakes) answers on the terminal and must work without a display.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--dataset" || argument == u"-dataset")
            ++i;
        else if (!argument.startsWith(u"--dataset="))
            return true;
    }
    return false;
}

LaunchRequest runCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"AI Policy Explorer: how nations fund artificial intelligence.\n\n"
        "Usage:\n"
        "  ai-policy-explorer [--dataset FILE]            start the application\n"
        "  ai-policy-explorer export --view VIEW --output FILE [filters]\n"
        "                                                 render a view without a display\n\n"
        "Exit codes: 0 done; 2 bad usage (unknown option, view, country, programme, unwritable output);\n"
        "3 dataset missing, unreadable, corrupt or of an unknown schema version."_s);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version(QStringList{u"v"_s, u"version"_s}, u"Print the app and dataset versions."_s);
    parser.addOption(version);
    Options o;
    for (const QCommandLineOption *option : {&o.dataset, &o.view, &o.output, &o.countries, &o.from, &o.to, &o.category,
                                             &o.funding, &o.currency, &o.measure, &o.indicator, &o.programme,
                                             &o.recipientsMode, &o.timelineMode, &o.stackBy, &o.search, &o.size})
        parser.addOption(*option);
    parser.addPositionalArgument(u"command"_s, u"Optional: export."_s, u"[export]"_s);

    if (!parser.parse(arguments)) {
        err() << "error: " << parser.errorText() << Qt::endl;
        return {false, {}, ExitUsage};
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        return {false, {}, ExitOk};
    }
    const QString datasetPath = parser.isSet(o.dataset) ? parser.value(o.dataset) : bundledDatasetPath();
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(version)) {
        const DatasetLoadResult loaded = readDatasetDatabase(datasetPath);
        out() << "ai-policy-explorer " << QCoreApplication::applicationVersion() << Qt::endl;
        if (!loaded.dataset) {
            err() << "error: " << loaded.error << Qt::endl;
            return {false, {}, ExitDataset};
        }
        out() << "dataset " << loaded.dataset->info.version << " (data as of "
              << loaded.dataset->info.dataAsOf.toString(Qt::ISODate) << ", schema " << kSchemaVersion << ")"
              << Qt::endl;
        return {false, {}, ExitOk};
    }
    if (positional.size() > 1 || (positional.size() == 1 && positional.constFirst() != u"export")) {
        err() << "error: unknown command '" << positional.join(u' ') << "'; the only command is export" << Qt::endl;
        return {false, {}, ExitUsage};
    }
    if (positional.isEmpty())
        return {true, datasetPath, ExitOk};
    try {
        return {false, {}, runExport(parser, o, datasetPath)};
    } catch (const UsageError &error) {
        err() << "error: " << error.message << Qt::endl;
        return {false, {}, ExitUsage};
    }
}
