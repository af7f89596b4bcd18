#pragma once

#include "analysis.h"
#include "dataset.h"

#include <QString>

#include <memory>

// The tiny hand-written dataset under tests/fixtures/tiny. Its expected totals are worked out by hand in
// the tests that use them.
QString fixtureDir();
Dataset fixtureDataset();
std::shared_ptr<const Analysis> fixtureAnalysis();
// The filter the fixture's hand-worked totals assume: announced 2016–2026 (an 11-year window, which leaves
// out the 2015 event), every country, public money, USD. Pinned here rather than taken from
// defaultFilter(), which would start at the fixture's first programme year, 2018.
Filter fixtureFilter();

// Copies the fixture's CSV files into `targetDir`, so a test can break one of them.
bool copyFixture(const QString &targetDir);

// Replaces the first occurrence of `from` in a text file; false when the file lacks it.
bool replaceInFile(const QString &path, const QString &from, const QString &to);

// The fixture with one more umbrella: jp-budget-2026, a ¥1.239 tn FY2026 budget line (chips, announced
// 2026-01) that also contains jp-first-year, as overlaps.csv records. Compiled into `targetDir`.
Dataset fixtureWithSharedPart(const QString &targetDir);

// pdftotext's output (poppler-utils, part of the test setup) for one page (from 1) or every page (0), in
// `mode`: -layout or -raw.
QString pdfToText(const QString &pdf, const QString &mode, int page = 0);
// Text to compare with a PDF's: white space runs as one space, and the fonts' ligatures ("ﬁ", "ﬃ") as their
// letters.
QString comparableText(const QString &text);
// A PDF's text in drawing order with each run of white space as one space: a wrapped cell or entry reads as
// one line.
inline QString pdfWords(const QString &pdf, int page = 0)
{
    return comparableText(pdfToText(pdf, QStringLiteral("-raw"), page));
}

// Runs `statements` on the SQLite file at `path` through Qt SQL, as another program would edit a dataset;
// returns the first error, or an empty string.
QString editDatabase(const QString &path, const QStringList &statements);

// Compiles the fixture into a SQLite file in `targetDir`; returns its path.
QString compileFixtureDatabase(const QString &targetDir);

// The fixture's next version, compiled into a SQLite file in `targetDir` (its path returned), for what a
// comparison finds: version test.2; jp-gpu's amount (72.5 → 73 billion yen) and status (allocated →
// disbursed) changed; fr-withdrawn and KDDI's allocation removed; jp-ai-2026 (¥20 billion) added; the title
// of event e-act changed.
QString compileNextFixtureDatabase(const QString &targetDir);

// The fixture compiled into a SQLite file in `targetDir` (its path returned) whose checked form is the next
// version's (above), under this file's digest: tables that hold other figures than the dataset stored with
// them.
QString compileFixtureWithNextForm(const QString &targetDir);
