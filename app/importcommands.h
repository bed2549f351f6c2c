#pragma once

#include "commandline.h"
#include "importplan.h"

class QTextStream;

namespace capex::app {

/// `capexlens data import FILE [--dry-run]`: checks FILE (the CSV or JSON of `data
/// export`, see ObservationImport) against the store and prints the plan — rows to add,
/// update, leave unchanged, and every rejected row with its reason — then, unless
/// --dry-run, writes all of it in one transaction after a backup. Exit 0 on success, 1
/// when anything is rejected or fails (nothing written), 2 on a usage error.
int dataImport(const CommandLine &commandLine);

/// Prints what `plan` would do: its file (or the SEC filings), the counts, the new entities and
/// sources, the updates and every rejection with its reason (the first 50 of each).
void printPlan(QTextStream &out, const ImportPlan &plan);

} // namespace capex::app
