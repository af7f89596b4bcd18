#pragma once

#include "analysis.h"

#include <QList>
#include <QString>

struct DetailField
{
    QString label;
    QString value;
};

// What the detail pane shows for one programme: every field as text, sources included.
struct ProgrammeDetail
{
    QString title;
    QList<DetailField> fields;
};

// The detail of one programme, amounts also in the filter's display currency; empty for an unknown id.
ProgrammeDetail programmeDetail(const Analysis &analysis, const QString &programmeId, const Filter &filter);
