#pragma once

#include "dataset.h"
#include "programmeimport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// Datasets the loader has checked, kept in a cache folder so that opening the same files again skips
// SQLite, the content digest and the compiler's checks: seconds on a dataset of a few hundred thousand
// programmes, against a fraction of a second to read a snapshot back.
//
// A snapshot stands for the files exactly as they were checked. Its key holds the device, inode, size and
// the modification and status-change times of the dataset file, of every import and of the running
// executable: any write to a file changes its status-change time, which no program can set back, so an
// edited file, a replaced one or a new build never finds an old snapshot. A file whose status changed in
// the last few seconds is checked without keeping a snapshot, because a second change within the same tick
// of its clock would leave the same times. A database with a write-ahead log or a rollback journal beside
// it may hold changes outside the file, so it is always checked. Each snapshot carries a SHA-256 of its
// content: a damaged one is ignored and the files are checked again, never read from it.
//
// A dataset read from a snapshot refers to the snapshot's text in place (QString::fromRawData), and the file
// stays mapped until the process ends. Qt copies such a string when QString::utf16() is called on it, which
// makes that call a write: never make it on one of the dataset's strings from two threads at once.
class DatasetSnapshots
{
public:
    DatasetSnapshots() = default; // keeps none: every load is checked
    explicit DatasetSnapshots(QString folder) : m_folder(std::move(folder)) {}
    // The user's cache folder for this application.
    static DatasetSnapshots inUserCache();

    // The files as they are now, taken before they are read; empty when no snapshot may stand for them.
    struct Key
    {
        QByteArray witness;   // what identifies every file, as the snapshot stores it
        bool settled = false; // no file's status changed in the last few seconds: a snapshot may be kept

        bool isValid() const { return !witness.isEmpty(); }
    };
    Key keyFor(const QString &datasetPath, const QList<ImportFile> &imports) const;

    struct Kept
    {
        Dataset dataset;
        QStringList warnings; // what loading the imports warned about when they were checked
    };
    // The dataset kept for exactly these files, or nothing. Waits for snapshots still being written.
    std::optional<Kept> read(const Key &key) const;
    // Keeps a dataset checked from the files `key` was taken of, on a worker thread, one snapshot at a time:
    // writing one of a large dataset takes as long as a second load, and nothing shown needs it. The process
    // waits for it before it exits. Nothing is kept when the key is not settled, or when the folder cannot be
    // written (which only costs the next load its speed).
    void writeInBackground(const Key &key, std::shared_ptr<const Dataset> dataset,
                           const QStringList &warnings) const;
    // Until every snapshot started by writeInBackground() is in its folder, or was not kept.
    static void waitForBackgroundWrites();

    QString folder() const { return m_folder; }

private:
    void write(const Key &key, const Dataset &dataset, const QStringList &warnings) const;
    QString pathFor(const Key &key) const;
    void removeOldest() const;

    QString m_folder;
};

// The checked form a compiled database carries of its dataset (datasetstore.h): what a snapshot holds of it,
// behind a header naming the layout and the byte order of the numbers, and a SHA-256 of the rest.
QByteArray checkedFormOf(const DatasetTables &tables);
// The dataset in a checked form, or nothing when the form is of another layout or byte order, or damaged.
// Its strings are copies, so the form's bytes may go once it is read.
std::optional<Dataset> datasetFromCheckedForm(QByteArrayView form);
