#include "csv.h"

#include <QIODevice>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

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

// Which lines of a file are UTF-8. A newline byte is never part of a multibyte sequence, so each line can
// be checked on its own.
struct Utf8Lines
{
    int firstInvalid = 0;           // counted from 1; 0 when every line is UTF-8
    bool someValidNonAscii = false; // a line beyond ASCII that is UTF-8: the file is UTF-8 with a bad byte
};

Utf8Lines checkUtf8Lines(const QByteArray &bytes)
{
    Utf8Lines lines;
    int line = 1;
    for (qsizetype start = 0; start <= bytes.size(); ++line) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView text = QByteArrayView(bytes).sliced(start, end - start);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(text);
        if (decoder.hasError()) {
            if (lines.firstInvalid == 0)
                lines.firstInvalid = line;
        } else if (decoded.size() != text.size()) {
            lines.someValidNonAscii = true;
        }
        start = end + 1;
    }
    return lines;
}

// `bytes` read as Shift-JIS, in Microsoft's CP932 form that Excel writes, or an empty string when they are
// not. Any run of bytes with the high bit set may happen to decode, so text without a single kana is taken
// for another encoding (a Latin-1 "é" before a letter decodes as a kanji), and refused instead of garbled.
QString shiftJisText(const QByteArray &bytes)
{
    QStringDecoder decoder("windows-31j", QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return {};
    const QString text = decoder.decode(bytes);
    const auto isKana = [](QChar c) { return c.unicode() >= 0x3041 && c.unicode() <= 0x30FE; };
    if (decoder.hasError() || std::none_of(text.begin(), text.end(), isKana))
        return {};
    return text;
}

// Characters no hand-edited field should hold, which would otherwise pass unseen: a byte order mark past the
// start (an id that looks right but matches nothing), control characters such as NUL, and a carriage return
// that ends a line on its own (a file with old Mac line endings would read as one long header line).
QString invisibleCharacterProblem(const QString &text, qsizetype i)
{
    const char16_t c = text.at(i).unicode();
    if (c == u'\r' && (i + 1 == text.size() || text.at(i + 1) != u'\n'))
        return QStringLiteral(
            "carriage return without a line feed; save the file with LF or CRLF line endings");
    if (c == 0xFEFF)
        return QStringLiteral("byte order mark (U+FEFF) inside the file; only the file's start may hold one");
    if (c == 0)
        return QStringLiteral("NUL character; is the file UTF-16? save it as UTF-8");
    if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0x7F)
        return QStringLiteral("control character U+%1 in the text").arg(int(c), 4, 16, QLatin1Char('0'));
    return {};
}

CsvTable findInvisibleCharacters(const QString &text)
{
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n')
            ++line;
        else if (const QString problem = invisibleCharacterProblem(text, i); !problem.isEmpty())
            return CsvTable{{}, {}, QStringLiteral("line %1: %2").arg(line).arg(problem), line};
    }
    return {};
}

} // namespace

CsvTable readCsv(QIODevice &device)
{
    const QByteArray bytes = device.readAll();
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return CsvTable{{}, {}, QStringLiteral("line 1: the file is UTF-16; save it as UTF-8"), 1};
    QString text;
    bool shiftJis = false;
    if (const Utf8Lines lines = checkUtf8Lines(bytes); lines.firstInvalid != 0) {
        const int line = lines.firstInvalid;
        if (!lines.someValidNonAscii)
            text = shiftJisText(bytes);
        if (text.isEmpty())
            return CsvTable{{},
                            {},
                            QStringLiteral("line %1: not UTF-8 text; save the file as UTF-8 (Excel: "
                                           "\"CSV UTF-8\"; LibreOffice: character set \"Unicode (UTF-8)\")")
                                .arg(line),
                            line};
        shiftJis = true;
    } else {
        text = QString::fromUtf8(bytes);
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (CsvTable invisible = findInvisibleCharacters(text); !invisible.error.isEmpty())
        return invisible;
    CsvTable table = CsvParser(text).run();
    table.readAsShiftJis = shiftJis;
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

SpreadsheetCsvWriter::SpreadsheetCsvWriter(QIODevice &device) : m_device(device)
{
    m_ok = m_device.write("\xEF\xBB\xBF") == 3;
}

void SpreadsheetCsvWriter::row(QStringList fields)
{
    static const QRegularExpression plainNumber(u"^-?\\d+(\\.\\d+)?$"_s);
    for (QString &field : fields) {
        if (!field.isEmpty() && u"=+-@\t\r"_s.contains(field.front()) && !plainNumber.match(field).hasMatch())
            field.prepend(u'\'');
    }
    if (m_ok)
        m_ok = m_device.write(csvRow(fields).toUtf8()) >= 0;
}
