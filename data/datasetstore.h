#pragma once

#include "dataset.h"
#include "programmeimport.h"

#include <QString>
#include <QStringList>

#include <optional>

#include <QVariantList>

// The compiled dataset is one SQLite file, with a digest of its content and the checked form of the dataset
// (data/README.md). Writing replaces the file atomically; reading loads the whole dataset into memory
// through the compiler's checks, and refuses a database of another schema version, one the compiler would
// refuse, and one whose content no longer matches its digest.

// Returns an error message, or an empty string on success.
QString writeDatasetDatabase(const Dataset &dataset, const QString &path);

struct DatasetLoadResult
{
    std::optional<Dataset> dataset;
    QString error; // one line naming the file, and the table and rowid where there are any, and the problem
    QStringList problems = {}; // every problem the compiler found, when it found any
    QStringList warnings = {}; // about the imports, such as one read as Shift-JIS
};

// The dataset, with the programmes of `imports` layered over it in order: each import's rows are checked by
// the compiler after the dataset's own, so they may name its countries, sources and umbrellas, and an import
// with a problem keeps the whole from loading.
DatasetLoadResult readDatasetDatabase(const QString &path, const QList<ImportFile> &imports = {});

// The dataset as the database's checked form holds it: what the compiler made of the tables when it wrote
// them, read in a fraction of the time the tables take. Unchecked: the tables may have been changed since,
// and a form made by hand may hold anything the compiler refuses, so what it gives is shown only until
// readDatasetDatabase() has checked the file. Nothing when the file has no form, or none that this build
// reads or that stands for the tables' digest.
std::optional<Dataset> readCheckedForm(const QString &path);

// A record as the database holds it, in its table's column order (datasetschema.h); empty optional text is
// null. What the compiler reads back, so two records compare here as the dataset stores them.
QVariantList databaseRow(const Programme &programme);
QVariantList databaseRow(const Allocation &allocation);
QVariantList databaseRow(const Milestone &milestone);
QVariantList databaseRow(const TimelineEvent &event);

struct SourcesCompileReport
{
    QStringList problems; // "file:line: problem" for each; nothing was written when there is one
    QStringList warnings; // worth a look, written anyway
    QString summary;      // "dataset VERSION: N programmes, …" once written

    bool ok() const { return problems.isEmpty(); }
};

// Compiles the CSV sources in `sourceDir` and writes the database to `output`, replacing it only when every
// record is valid. What the build does to the bundled sources, and `ai-policy-explorer compile` to a user's.
SourcesCompileReport compileSourcesToDatabase(const QString &sourceDir, const QString &output);
