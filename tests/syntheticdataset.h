#pragma once

#include "dataset.h"

#include <QtGlobal>

// The bundled dataset made `factor` times larger for benchmarks: every programme, recipient, allocation,
// event, dispute and overlap copied `factor` times with unique ids, each copy's amounts varied by a
// factor in [0.5, 1.5) drawn from `seed` (a programme's allocations by the same factor, so they still fit
// it). The first copy is the original, so the start and labelled programmes stay; countries, sources,
// rates, indicators and country figures are shared. The same (base, factor, seed) gives the same dataset.
Dataset syntheticDataset(const Dataset &base, int factor, quint32 seed);
