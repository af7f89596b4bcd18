#include "csv.h"

#include <QIODevice>

namespace {

// RFC 4180 as a small state machine over the text; `line` counts newlines, also those inside quotes.
class CsvParser
{
public:
    explicit CsvParser(const QString &text) : m_text(text) {}

    CsvTable run()
    {
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            const bool ok = m_inQuotes ? quotedChar(i) : plainChar(m_text.at(i));
            if (!ok)
                return m_table;
        }
        if (m_inQuotes)
            return fail(QStringLiteral("line %1: quoted field is never closed").arg(m_quoteStartLine),
                        m_quoteStartLine);
        if (!m_field.isEmpty() || !m_record.fields.isEmpty() || m_fieldWasQuoted)
            endRecord(m_line + 1);
        return m_table;
    }

private:
    // Inside quotes: a doubled quote is one quote character, a single one closes the field.
    bool quotedChar(qsizetype &i)
    {
        const QChar c = m_text.at(i);
        if (c == u'"') {
            if (i + 1 < m_text.size() && m_text.at(i + 1) == u'"') {
                m_field += u'"';
                ++i;
            } else {
                m_inQuotes = false;
            }
            return true;
        }
        if (c == u'\n')
            ++m_line;
        m_field += c;
        return true;
    }

    bool plainChar(QChar c)
    {
        if (c == u'"') {
            if (!m_field.isEmpty()) {
                fail(QStringLiteral("line %1: quote inside an unquoted field").arg(m_line), m_line);
                return false;
            }
            m_inQuotes = true;
            m_fieldWasQuoted = true;
            m_quoteStartLine = m_line;
        } else if (c == u',') {
            m_record.fields.append(m_field);
            m_field.clear();
            m_fieldWasQuoted = false;
        } else if (c == u'\n') {
            ++m_line;
            endRecord(m_line);
        } else if (c != u'\r') {
            m_field += c;
        }
        return true;
    }

    void endRecord(int nextLine)
    {
        m_record.fields.append(m_field);
        m_field.clear();
        const bool blank =
            m_record.fields.size() == 1 && m_record.fields.constFirst().isEmpty() && !m_fieldWasQuoted;
        if (!blank) {
            if (m_table.header.isEmpty())
                m_table.header = m_record.fields;
            else
                m_table.records.append(m_record);
        }
        m_record = CsvRecord{nextLine, {}};
        m_fieldWasQuoted = false;
    }

    CsvTable fail(const QString &error, int line)
    {
        m_table.error = error;
        m_table.errorLine = line;
        return m_table;
    }

    const QString &m_text;
    CsvTable m_table;
    CsvRecord m_record{1, {}};
    QString m_field;
    bool m_inQuotes = false;
    bool m_fieldWasQuoted = false;
    int m_line = 1;
    int m_quoteStartLine = 0;
};

} // namespace

CsvTable readCsv(QIODevice &device)
{
    QString text = QString::fromUtf8(device.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return CsvParser(text).run();
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
