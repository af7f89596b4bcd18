// Writes the bundled dataset made N times larger (syntheticdataset.h) as a database the app opens with
// --dataset: make-synthetic-dataset FACTOR SEED OUTPUT.sqlite
#include "datasetstore.h"
#include "syntheticdataset.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    QTextStream err(stderr);
    bool factorOk = false, seedOk = false;
    const int factor = arguments.value(1).toInt(&factorOk);
    const quint32 seed = arguments.value(2).toUInt(&seedOk);
    if (arguments.size() != 4 || !factorOk || factor < 1 || !seedOk) {
        err << "usage: make-synthetic-dataset FACTOR SEED OUTPUT.sqlite\n";
        return 2;
    }
    const DatasetLoadResult base = readDatasetDatabase(QStringLiteral(APE_BUNDLED_DATASET));
    if (!base.dataset) {
        err << base.error << '\n';
        return 3;
    }
    const QString error =
        writeDatasetDatabase(syntheticDataset(*base.dataset, factor, seed), arguments.at(3));
    if (!error.isEmpty()) {
        err << error << '\n';
        return 1;
    }
    return 0;
}
