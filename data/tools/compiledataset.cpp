// Build-time tool: compiles the dataset's CSV sources into the SQLite database the app ships with.
// Usage: compile-dataset SOURCE_DIR OUTPUT.sqlite
// Prints every problem as file:line: problem and exits 1, so the build fails and nothing half-valid ships.

#include "datasetcompiler.h"
#include "datasetstore.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 3) {
        err << "usage: compile-dataset SOURCE_DIR OUTPUT.sqlite\n";
        return 2;
    }
    const CompileResult result = compileDatasetSources(args.at(1));
    for (const QString &warning : result.warnings)
        err << warning << '\n';
    if (!result.ok()) {
        for (const QString &error : result.errors)
            err << error << '\n';
        err << result.errors.size() << " error(s); the dataset was not written.\n";
        return 1;
    }
    const QString error = writeDatasetDatabase(result.dataset, args.at(2));
    if (!error.isEmpty()) {
        err << error << '\n';
        return 1;
    }
    QTextStream(stdout) << "dataset " << result.dataset.info.version << ": "
                        << result.dataset.programmes.size() << " programmes, "
                        << result.dataset.allocations.size() << " allocations, "
                        << result.dataset.events.size() << " events, " << result.dataset.countries.size()
                        << " countries\n";
    return 0;
}
