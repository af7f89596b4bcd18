#include "tabseparated.h"

#include <QAbstractItemModel>

namespace {

QString cellText(const QVariant &value)
{
    QString text = value.toString();
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r' || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return text;
}

} // namespace

QString tabSeparatedRows(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns)
{
    QString text;
    const auto writeLine = [&](auto cell) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                text += u'\t';
            text += cellText(cell(columns.at(i)));
        }
        text += u'\n';
    };
    writeLine([&](int column) { return model.headerData(column, Qt::Horizontal, Qt::DisplayRole); });
    for (const int row : rows)
        writeLine([&](int column) { return model.index(row, column).data(Qt::DisplayRole); });
    return text;
}
