#include "commandline.h"

#include "analysis.h"
#include "briefingexport.h"
#include "briefingpack.h"
#include "currencies.h"
#include "datasetdiff.h"
#include "datasetstore.h"
#include "figureexport.h"
#include "figurepage.h"
#include "filterparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// The words that start a command rather than name a view file to open.
const QStringList kCommands{u"export"_s, u"compile"_s, u"diff"_s};

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

// "Figure 3 of 10" rewritten in place on stderr while a long export runs, when stderr is a terminal; a log
// or a pipe gets nothing but errors.
ExportProgress terminalProgress()
{
#ifdef Q_OS_WIN
    const bool terminal = _isatty(_fileno(stderr));
#else
    const bool terminal = isatty(fileno(stderr));
#endif
    if (!terminal)
        return {};
    return [](int done, int total) {
        err() << "\rFigure " << std::min(done + 1, total) << " of " << total << (done == total ? "\n" : "")
              << Qt::flush;
        return true;
    };
}

struct Options
{
    QCommandLineOption dataset{u"dataset"_s, u"Open another compiled dataset instead of the bundled one."_s,
                               u"file"_s};
    QCommandLineOption viewFile{u"view-file"_s,
                                u"export: a view saved by File › Save View; its view and filters, with any "
                                "filter options given on top."_s,
                                u"file"_s};
    QCommandLineOption view{u"view"_s,
                            u"export: timeline, recipients, comparison, table, or briefing (a PDF pack)."_s,
                            u"view"_s};
    QCommandLineOption output{u"output"_s, u"export: the file to write; .png, .pdf, .svg or .csv."_s,
                              u"file"_s};
    QCommandLineOption countries{
        u"countries"_s,
        u"ISO 3166-1 alpha-3 codes, comma separated (EUU for the EU). Default or empty: all."_s, u"codes"_s};
    QCommandLineOption from{u"from"_s, u"First announcement year. Default: the dataset's first."_s,
                            u"year"_s};
    QCommandLineOption to{
        u"to"_s, u"Last announcement year. Default: the year of the dataset's data-as-of date."_s, u"year"_s};
    QCommandLineOption category{u"category"_s, u"One of %1. Default: all."_s.arg(enumKeyList<Category>()),
                                u"category"_s};
    QCommandLineOption funding{
        u"funding"_s,
        u"Funding types, comma separated: %1. Default: public; empty: all."_s.arg(enumKeyList<FundingType>()),
        u"types"_s};
    QCommandLineOption currency{u"currency"_s,
                                u"%1, or announced. Default: USD."_s.arg(displayCurrencies().join(u", "_s)),
                                u"currency"_s};
    QCommandLineOption measure{u"measure"_s, u"Comparison: %1. Default: total."_s.arg(enumKeyList<Measure>()),
                               u"measure"_s};
    QCommandLineOption display{u"display"_s,
                               u"Comparison: %1 (a world map coloured by the measure). Default: bars."_s.arg(
                                   enumKeyList<ComparisonDisplay>()),
                               u"display"_s};
    QCommandLineOption indicator{u"indicator"_s,
                                 u"Comparison with --measure adoption: the indicator series id."_s, u"id"_s};
    QCommandLineOption programme{u"programme"_s, u"Recipients: the programme id to show."_s, u"id"_s};
    QCommandLineOption recipientsMode{
        u"recipients-mode"_s, u"Recipients: %1. Default: programme."_s.arg(enumKeyList<RecipientsMode>()),
        u"mode"_s};
    QCommandLineOption timelineMode{
        u"timeline-mode"_s, u"Timeline: %1. Default: announcements."_s.arg(enumKeyList<TimelineMode>()),
        u"mode"_s};
    QCommandLineOption stackBy{u"stack-by"_s,
                               u"Annualised timeline: %1. Default: country."_s.arg(enumKeyList<StackBy>()),
                               u"group"_s};
    QCommandLineOption search{u"search"_s, u"Table: keep programmes whose text contains this."_s, u"text"_s};
    QCommandLineOption size{u"size"_s,
                            u"PNG: image size in pixels. PDF and SVG: page size in pixels at 96 dpi. WxH, "
                            "at least %1x%2 at 96 dpi (a PNG at 300 dpi: %3x%4). Default: A4 landscape."_s
                                .arg(kMinimumPageSize.width())
                                .arg(kMinimumPageSize.height())
                                .arg(minimumExportSize(ExportFormat::Png, 300).width())
                                .arg(minimumExportSize(ExportFormat::Png, 300).height()),
                            u"WxH"_s};
    QCommandLineOption dpi{u"dpi"_s, u"PNG resolution. Default: 300."_s, u"dpi"_s};
    QCommandLineOption withTable{u"with-table"_s, u"Put the figures behind the chart in a table under it."_s};
    QCommandLineOption greyscale{u"greyscale"_s, u"Draw series in greys and patterns instead of colour."_s};
    QCommandLineOption pack{
        u"pack"_s, u"briefing: a pack specification (JSON) listing views and their filters."_s, u"file"_s};
    QCommandLineOption title{u"title"_s, u"briefing: the pack's title."_s, u"text"_s};
    QCommandLineOption organisation{u"organisation"_s, u"briefing: the organisation on the cover."_s,
                                    u"text"_s};
    QCommandLineOption author{u"author"_s, u"briefing: the author on the cover."_s, u"text"_s};
    QCommandLineOption lang{
        u"lang"_s,
        u"Interface and export language: ja or en. Default: the saved choice, else the system's."_s,
        u"ja|en"_s};
};

class UsageError
{
public:
    QString message;
};

QSize parseSize(const QCommandLineParser &parser, const Options &o)
{
    if (!parser.isSet(o.size))
        return {};
    static const QRegularExpression pattern(u"^(\\d{2,5})x(\\d{2,5})$"_s);
    const auto match = pattern.match(parser.value(o.size));
    const QSize size =
        match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
    if (size.isEmpty() || size.width() > 20000 || size.height() > 20000)
        throw UsageError{u"--size: '%1' is not WxH up to 20000x20000"_s.arg(parser.value(o.size))};
    return size;
}

Filter parseFilterOptions(const QCommandLineParser &parser, const Dataset &dataset, const Filter &base)
{
    const FilterParseResult parsed = parseFilter(
        [&](const QString &name) -> std::optional<QString> {
            if (!parser.isSet(name))
                return std::nullopt;
            // An empty list leaves that filter off: every funding type, as an empty --countries is every
            // country. (To the parser, which also reads sessions, an empty funding list is none.)
            if (name == u"funding" && parser.value(name).trimmed().isEmpty())
                return enumKeyList<FundingType>().replace(u'|', u',');
            return parser.value(name);
        },
        dataset, base);
    if (!parsed.error.isEmpty())
        throw UsageError{u"--"_s + parsed.error};
    return parsed.filter;
}

ExportOptions parseExportOptions(const QCommandLineParser &parser, const Options &o)
{
    ExportOptions options;
    options.size = parseSize(parser, o);
    options.withTable = parser.isSet(o.withTable);
    options.greyscale = parser.isSet(o.greyscale);
    if (parser.isSet(o.dpi)) {
        bool ok = false;
        options.dpi = parser.value(o.dpi).toInt(&ok);
        if (!ok || options.dpi < 72 || options.dpi > 1200)
            throw UsageError{
                u"--dpi: '%1' is not a resolution between 72 and 1200"_s.arg(parser.value(o.dpi))};
    }
    return options;
}

// An export never writes over what it reads, however the path is spelled or linked.
void refuseOutputOverInput(const QString &output, const QString &input, const QCommandLineOption &inputOption)
{
    const QString canonical = QFileInfo(output).canonicalFilePath();
    if (!canonical.isEmpty() && canonical == QFileInfo(input).canonicalFilePath())
        throw UsageError{
            u"--output: '%1' is the same file as --%2"_s.arg(output, inputOption.names().constFirst())};
}

int runBriefingExport(const QCommandLineParser &parser, const Options &o, const Analysis &analysis,
                      const QString &output)
{
    if (exportFormatForPath(output) != ExportFormat::Pdf)
        throw UsageError{u"--output: a briefing pack is a PDF; '%1' must end in .pdf"_s.arg(output)};
    const Filter filter = parseFilterOptions(parser, analysis.dataset(), defaultFilter(analysis.dataset()));
    BriefingPack pack = defaultBriefingPack(filter);
    if (parser.isSet(o.pack)) {
        QFile file(parser.value(o.pack));
        if (!file.open(QIODevice::ReadOnly))
            throw UsageError{u"--pack: cannot read %1: %2"_s.arg(file.fileName(), file.errorString())};
        PackReadResult read = readBriefingPack(file.readAll(), analysis.dataset(), filter);
        if (!read.error.isEmpty())
            throw UsageError{u"--pack: %1: %2"_s.arg(file.fileName(), read.error)};
        pack = read.pack;
    }
    if (parser.isSet(o.title))
        pack.title = parser.value(o.title);
    if (parser.isSet(o.organisation))
        pack.organisation = parser.value(o.organisation);
    if (parser.isSet(o.author))
        pack.author = parser.value(o.author);
    const QString error =
        exportBriefingPack(analysis, pack, output, parseExportOptions(parser, o), terminalProgress());
    if (!error.isEmpty()) {
        err() << "error: " << error << Qt::endl;
        return ExitUsage;
    }
    return ExitOk;
}

// The view file's figure, read against the dataset it will be drawn from.
PackFigure readViewFileOption(const QCommandLineParser &parser, const Options &o, const Dataset &dataset)
{
    QFile file(parser.value(o.viewFile));
    if (!file.open(QIODevice::ReadOnly))
        throw UsageError{u"--view-file: cannot read %1: %2"_s.arg(file.fileName(), file.errorString())};
    const ViewReadResult read = readViewFile(file.readAll(), dataset);
    if (!read.error.isEmpty())
        throw UsageError{u"--view-file: %1: %2"_s.arg(file.fileName(), read.error)};
    return read.figure;
}

int runExport(const QCommandLineParser &parser, const Options &o, const QString &datasetPath)
{
    if (parser.isSet(o.view) == parser.isSet(o.viewFile) || !parser.isSet(o.output))
        throw UsageError{u"export needs --output and either --view or --view-file"_s};
    const QString viewName = parser.isSet(o.view) ? parser.value(o.view) : QString();
    const auto named = enumFromKey<ViewKind>(viewName);
    if (parser.isSet(o.view) && !named && viewName != u"briefing")
        throw UsageError{u"--view: '%1' is not one of %2|briefing"_s.arg(viewName, enumKeyList<ViewKind>())};
    const QString output = parser.value(o.output);
    if (!exportFormatForPath(output))
        throw UsageError{u"--output: '%1' must end in .png, .pdf, .svg or .csv"_s.arg(output)};
    refuseOutputOverInput(output, datasetPath, o.dataset);
    for (const QCommandLineOption *input : {&o.pack, &o.viewFile}) {
        if (parser.isSet(*input))
            refuseOutputOverInput(output, parser.value(*input), *input);
    }

    const AnalysisLoadResult loaded = loadAnalysis(datasetPath, {}, DatasetSnapshots::inUserCache());
    if (!loaded.analysis) {
        err() << "error: " << loaded.error << Qt::endl;
        return ExitDataset;
    }
    const std::shared_ptr<const Analysis> &analysis = loaded.analysis;
    if (viewName == u"briefing")
        return runBriefingExport(parser, o, *analysis, output);

    const Dataset &dataset = analysis->dataset();
    const PackFigure figure = parser.isSet(o.viewFile) ? readViewFileOption(parser, o, dataset)
                                                       : PackFigure{*named, defaultFilter(dataset), {}};
    const Filter filter = parseFilterOptions(parser, dataset, figure.filter);
    const QString error = exportView(*analysis, filter, figure.view, output, parseExportOptions(parser, o));
    if (!error.isEmpty()) {
        err() << "error: " << error << Qt::endl;
        return ExitUsage;
    }
    return ExitOk;
}

// `compile SOURCE_DIR --output FILE`: the build's compiler, for a user's own CSV sources.
int runCompile(const QCommandLineParser &parser, const Options &o, const QString &sourceDir)
{
    if (!parser.isSet(o.output))
        throw UsageError{u"compile needs --output, the dataset file to write"_s};
    const SourcesCompileReport report = compileSourcesToDatabase(sourceDir, parser.value(o.output));
    for (const QString &line : report.warnings + report.problems)
        err() << line << Qt::endl;
    if (!report.ok()) {
        err() << "error: " << report.problems.size() << " problem(s); nothing was written" << Qt::endl;
        return ExitDataset;
    }
    out() << report.summary << Qt::endl;
    return ExitOk;
}

// `diff OLD NEW [--output FILE]`: what changed, listed on stdout, or written as CSV, PDF, SVG or PNG.
int runDiff(const QCommandLineParser &parser, const Options &o, const QString &oldPath,
            const QString &newPath)
{
    const QString output = parser.value(o.output);
    if (parser.isSet(o.output)) {
        if (!exportFormatForPath(output))
            throw UsageError{u"--output: '%1' must end in .csv, .pdf, .svg or .png"_s.arg(output)};
        refuseOutputOverInput(output, oldPath, o.dataset);
        refuseOutputOverInput(output, newPath, o.dataset);
    }
    std::optional<Dataset> datasets[2];
    for (int i = 0; i < 2; ++i) {
        DatasetLoadResult loaded = readDatasetDatabase(i == 0 ? oldPath : newPath);
        if (!loaded.dataset) {
            err() << "error: " << loaded.error << Qt::endl;
            return ExitDataset;
        }
        datasets[i] = std::move(loaded.dataset);
    }
    const DatasetDiff diff = diffDatasets(*datasets[0], *datasets[1]);
    if (!parser.isSet(o.output)) {
        out() << "dataset " << diff.before.version << " → " << diff.after.version << ": " << diffSummary(diff)
              << Qt::endl;
        forEachChangedField(diff, [](const RecordChange &change, const FieldChange &field) {
            out() << changeKindLabel(change.kind).toLower() << ' ' << changeTableLabel(change.table).toLower()
                  << ' ' << change.key << " (" << change.name << ")";
            if (!field.field.isEmpty())
                out() << ' ' << field.field << ": " << field.before << " → " << field.after;
            else
                out() << ": " << field.before + field.after;
            out() << Qt::endl;
        });
        return ExitOk;
    }
    const QString error = exportDatasetDiff(diff, output, parseExportOptions(parser, o));
    if (!error.isEmpty()) {
        err() << "error: " << error << Qt::endl;
        return ExitUsage;
    }
    return ExitOk;
}

// --version: the app's, then the dataset's (which must open).
int printVersions(const QString &datasetPath)
{
    out() << "ai-policy-explorer " << QCoreApplication::applicationVersion() << Qt::endl;
    const AnalysisLoadResult loaded = loadAnalysis(datasetPath, {}, DatasetSnapshots::inUserCache());
    if (!loaded.analysis) {
        err() << "error: " << loaded.error << Qt::endl;
        return ExitDataset;
    }
    const DatasetInfo &info = loaded.analysis->dataset().info;
    out() << "dataset " << info.version << " (data as of " << info.dataAsOf.toString(Qt::ISODate)
          << ", schema " << kSchemaVersion << ")" << Qt::endl;
    out() << licenceStatement() << Qt::endl;
    return ExitOk;
}

// The window cannot open: what would have kept it closed anyway (the dataset) is reported first, as export
// reports it, then the missing display.
int refuseWindowWithoutDisplay(const QString &datasetPath)
{
    const AnalysisLoadResult loaded = loadAnalysis(datasetPath, {}, DatasetSnapshots::inUserCache());
    if (!loaded.analysis) {
        err() << "error: " << loaded.error << Qt::endl;
        return ExitDataset;
    }
    err() << "error: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); export works "
             "without one, see --help"
          << Qt::endl;
    return ExitUsage;
}

// The command line answered: no window, this exit code.
LaunchRequest finished(int exitCode)
{
    return {false, {}, exitCode, {}};
}

} // namespace

QString licenceStatement()
{
    return QCoreApplication::translate(
        "CommandLine",
        "Licence: GPL-3.0-or-later. Dataset compilation: CC BY 4.0; quoted sentences remain their "
        "publishers', quoted with attribution.");
}

QString bundledDatasetPath()
{
    return QDir(QCoreApplication::applicationDirPath())
        .filePath(u"../share/ai-policy-explorer/dataset.sqlite"_s);
}

bool isBundledDataset(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return !canonical.isEmpty() && canonical == QFileInfo(bundledDatasetPath()).canonicalFilePath();
}

bool isHeadlessInvocation(const QStringList &arguments)
{
    // Only a start, optionally with --dataset, --lang and a view file to open, opens a window; anything
    // else (export, --help, --version, and mistakes) answers on the terminal and must work without a display.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--dataset" || argument == u"--lang")
            ++i;
        else if (!argument.startsWith(u"--dataset=") && !argument.startsWith(u"--lang=") &&
                 (argument.startsWith(u'-') || kCommands.contains(argument) || !QFileInfo(argument).isFile()))
            return true;
    }
    return false;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

LaunchRequest runCommandLine(const QStringList &arguments, bool displayAvailable)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"AI Policy Explorer: how nations fund artificial intelligence.\n\n"
        "Usage:\n"
        "  ai-policy-explorer [--dataset FILE] [VIEW.apeview]\n"
        "                                                 start the application, on a saved view\n"
        "  ai-policy-explorer export --view VIEW --output FILE [filters]\n"
        "                                                 render a view without a display\n"
        "  ai-policy-explorer export --view briefing --output PACK.pdf [--pack SPEC.json] [filters]\n"
        "                                                 a multi-page briefing pack\n"
        "  ai-policy-explorer export --view-file VIEW.apeview --output FILE [filters]\n"
        "                                                 render a view saved by File › Save View\n"
        "  ai-policy-explorer compile SOURCE_DIR --output DATASET.sqlite\n"
        "                                                 build a dataset from CSV sources "
        "(data/README.md)\n"
        "  ai-policy-explorer diff OLD.sqlite NEW.sqlite [--output FILE]\n"
        "                                                 what changed: listed, or as .csv, .pdf, .svg, "
        ".png\n\n"
        "Exit codes: 0 done; 2 bad usage (unknown option, view, country, programme, unwritable output, no\n"
        "display for the window);\n"
        "3 dataset missing, unreadable, corrupt or of an unknown schema version, or CSV sources with problems."_s);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version(QStringList{u"v"_s, u"version"_s},
                                     u"Print the app and dataset versions."_s);
    parser.addOption(version);
    Options o;
    for (const QCommandLineOption *option :
         {&o.dataset,      &o.view,      &o.viewFile,  &o.output,    &o.countries,
          &o.from,         &o.to,        &o.category,  &o.funding,   &o.currency,
          &o.measure,      &o.display,   &o.indicator, &o.programme, &o.recipientsMode,
          &o.timelineMode, &o.stackBy,   &o.search,    &o.size,      &o.dpi,
          &o.withTable,    &o.greyscale, &o.pack,      &o.title,     &o.organisation,
          &o.author,       &o.lang})
        parser.addOption(*option);
    parser.addPositionalArgument(u"command"_s,
                                 u"Optional: export, compile, diff, or a view file (.apeview) to open."_s,
                                 u"[export | compile SOURCE_DIR | diff OLD NEW | VIEW.apeview]"_s);

    if (!parser.parse(arguments)) {
        err() << "error: " << parser.errorText() << Qt::endl;
        return finished(ExitUsage);
    }
    if (parser.isSet(o.lang) && parser.value(o.lang) != u"ja" && parser.value(o.lang) != u"en") {
        err() << "error: --lang: '" << parser.value(o.lang) << "' is not one of ja, en" << Qt::endl;
        return finished(ExitUsage);
    }
    // An empty file name, from an unset shell variable say, would otherwise be reported as a file named "".
    for (const QCommandLineOption *file : {&o.dataset, &o.output, &o.pack, &o.viewFile}) {
        if (parser.isSet(*file) && parser.value(*file).isEmpty()) {
            err() << "error: --" << file->names().constFirst() << ": the file name is empty" << Qt::endl;
            return finished(ExitUsage);
        }
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        return finished(ExitOk);
    }
    const QString datasetPath = parser.isSet(o.dataset) ? parser.value(o.dataset) : bundledDatasetPath();
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(version))
        return finished(printVersions(datasetPath));
    const QString command = positional.value(0);
    const qsizetype commandArguments = command == u"compile" ? 1 : command == u"diff" ? 2 : 0;
    // One argument that is not a command is a view file for the window to open.
    const bool opensViewFile = positional.size() == 1 && !kCommands.contains(command);
    if (opensViewFile && !QFileInfo(command).isFile()) {
        err() << "error: '" << command << "' is neither a command (" << kCommands.join(u", ")
              << ") nor a view file" << Qt::endl;
        return finished(ExitUsage);
    }
    if (!opensViewFile && positional.size() > 1 + commandArguments) {
        err() << "error: unknown command '" << positional.join(u' ') << "'; the commands are "
              << kCommands.join(u", ") << Qt::endl;
        return finished(ExitUsage);
    }
    if (positional.isEmpty() || opensViewFile) {
        if (!displayAvailable)
            return finished(refuseWindowWithoutDisplay(datasetPath));
        return {true, datasetPath, ExitOk, opensViewFile ? command : QString(), parser.isSet(o.dataset)};
    }
    if (positional.size() != 1 + commandArguments) {
        err() << "error: " << command << " needs " << commandArguments << " argument(s); see --help"
              << Qt::endl;
        return finished(ExitUsage);
    }
    try {
        if (command == u"compile")
            return finished(runCompile(parser, o, positional.at(1)));
        if (command == u"diff")
            return finished(runDiff(parser, o, positional.at(1), positional.at(2)));
        return finished(runExport(parser, o, datasetPath));
    } catch (const UsageError &error) {
        err() << "error: " << error.message << Qt::endl;
        return finished(ExitUsage);
    }
}
