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

// Copies the fixture's CSV files into `targetDir`, so a test can break one of them.
bool copyFixture(const QString &targetDir);

// Compiles the fixture into a SQLite file in `targetDir`; returns its path.
QString compileFixtureDatabase(const QString &targetDir);
