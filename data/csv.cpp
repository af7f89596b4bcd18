#include "csv.h"

#include <QIODevice>

CsvTable readCsv(QIODevice &device)
{
    CsvTable table;
    QString text = QString::fromUtf8(device.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    CsvRecord record;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int quoteStartLine = 0;
    record.line = 1;

    const auto endRecord = [&](int nextLine) {
        record.fields.append(field);
        field.clear();
        const bool blank = record.fields.size() == 1 && record.fields.constFirst().isEmpty() && !fieldWasQuoted;
        if (!blank) {
            if (table.header.isEmpty())
                table.header = record.fields;
            else
                table.records.append(record);
        }
        record = CsvRecord{nextLine, {}};
        fieldWasQuoted = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty()) {
                table.error = QStringLiteral("line %1: quote inside an unquoted field").arg(line);
                table.errorLine = line;
                return table;
            }
            inQuotes = true;
            fieldWasQuoted = true;
            quoteStartLine = line;
        } else if (c == u',') {
            record.fields.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            ++line;
            endRecord(line);
        } else {
            field += c;
        }
    }
    if (inQuotes) {
        table.error = QStringLiteral("line %1: quoted field is never closed").arg(quoteStartLine);
        table.errorLine = quoteStartLine;
        return table;
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || fieldWasQuoted)
        endRecord(line + 1);
    return table;
}

QString csvRow(const QStringList &fields)
{
    QString row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += u',';
        const QString &field = fields.at(i);
        if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')) {
            QString escaped = field;
            escaped.replace(u'"', QLatin1String("\"\""));
            row += u'"' + escaped + u'"';
        } else {
            row += field;
        }
    }
    return row + u'\n';
}
