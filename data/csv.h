#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

// One record of an RFC 4180 file, with the line it starts on for error messages.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvTable
{
    QStringList header;
    QList<CsvRecord> records;
    QString error; // "line N: problem" when the file is not valid CSV
    int errorLine = 0;
    bool readAsShiftJis = false; // the bytes were Shift-JIS (CP932), as Japanese Excel saves CSV, not UTF-8
};

// Reads UTF-8 CSV, with or without a byte order mark: quoted fields may hold commas, doubled quotes and
// newlines. Blank lines are skipped. A file that is not UTF-8 but is Japanese text in Shift-JIS (CP932) is
// converted. Other text, control characters, a byte order mark past the start and lone carriage returns are
// refused with their line, since each would otherwise change a value without showing.
CsvTable readCsv(QIODevice &device);

// Writes one CSV row, quoting only the fields that need it.
QString csvRow(const QStringList &fields);

// Writes a CSV file for spreadsheets, the exports' form: UTF-8 with a byte-order mark so spreadsheet programs
// detect the encoding, and no cell a spreadsheet would run as a formula. A spreadsheet runs a cell that
// starts with = + - @, a tab or a carriage return as a formula, so a name from the data could compute, or
// fetch a URL, when the file is opened; OWASP's remedy is a leading apostrophe, which makes the cell text.
// Plain decimal numbers stay numbers, negative ones too.
class SpreadsheetCsvWriter
{
public:
    explicit SpreadsheetCsvWriter(QIODevice &device);

    void row(QStringList fields);
    // False once the device refused a write.
    bool ok() const { return m_ok; }

private:
    QIODevice &m_device;
    bool m_ok = true;
};
