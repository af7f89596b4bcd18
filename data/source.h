#pragma once

#include "partialdate.h"

#include <QDate>
#include <QString>

// A document that states figures: an official release, a news report, a statistical table.
struct Source
{
    QString id;
    QString publisher;
    QString title;
    QString url;           // shown as copyable text; the app never opens it
    PartialDate published; // invalid when the source carries no date
    QDate accessed;

    friend bool operator==(const Source &, const Source &) = default;
};

// Where one figure comes from: the source and the sentence in it that states the figure.
struct SourceRef
{
    QString sourceId;
    QString quote;

    friend bool operator==(const SourceRef &, const SourceRef &) = default;
};
