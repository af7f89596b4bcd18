#pragma once

#include "datasetcompiler.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

// A user's own programmes, from a CSV file layered over the open dataset (File › Import Programmes). The
// file has the columns of programmes.csv followed by five that describe the row's source when the dataset
// has none of that id: source_publisher, source_title, source_url, source_published and source_accessed.
// Rows whose id starts with "#" are notes, such as the template's column meanings and example, and are
// skipped. The rows go through the compiler with the dataset's own, so an import is checked exactly as the
// dataset is: a dangling parent, an unknown currency or country, a duplicate id.

struct ImportFile
{
    QString path; // where it is read from: the user's file, or the app's copy of it
    QString name; // how messages and provenance name it: the user's file name
    QDate importedOn;
};

// An import's rows as the compiler reads them, located as "NAME:LINE".
struct ImportTables
{
    SourceTable programmes;
    SourceTable sources; // one row for each source the file describes, once
    QStringList programmeIds;
    QStringList warnings;
};

ImportTables readProgrammeImport(const ImportFile &file);

// The columns an import file has, in order.
QStringList programmeImportColumns();

// A file to fill in: the header, then the meaning of each column in English and in Japanese and an example,
// as note rows. UTF-8 with a byte order mark, which Excel needs to open it as UTF-8.
QByteArray programmeImportTemplate();
