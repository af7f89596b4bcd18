#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;

// Rows of a table model as tab-separated text for the clipboard, the form Excel and LibreOffice paste into
// cells: a header row, then one line per row, each ending in '\n'. Cells are the displayed text, with
// tabs and line breaks turned into spaces so every cell stays in its column. `rows` and `columns` are
// top-level rows and columns of `model`, in the order to write them.
QString tabSeparatedRows(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns);
