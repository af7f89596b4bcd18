// Build-time tool: compiles the dataset's CSV sources into the SQLite database the app ships with.
// Usage: compile-dataset SOURCE_DIR OUTPUT.sqlite
// Prints every problem as file:line: problem and exits 1, so the build fails and nothing half-valid ships.

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
    const SourcesCompileReport report = compileSourcesToDatabase(args.at(1), args.at(2));
    for (const QString &line : report.warnings + report.problems)
        err << line << '\n';
    if (!report.ok()) {
        err << report.problems.size() << " error(s); the dataset was not written.\n";
        return 1;
    }
    QTextStream(stdout) << report.summary << '\n';
    return 0;
}
