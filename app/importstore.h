#pragma once

#include "programmeimport.h"

#include <QList>
#include <QString>

// The programmes a user imported, kept across restarts: each file is copied, as it was read, into the app's
// data folder, and the list of copies with the name and date of each is kept in the settings. The copies are
// read again at every start, through the same checks as the first time.

// The imports in the order they were made.
QList<ImportFile> storedImports();

// Copies `file` into the app's data folder and adds it to the end of the list; an error, or empty.
QString storeImport(const ImportFile &file);

// Forgets the import at `index` and deletes its copy.
void removeStoredImport(qsizetype index);
