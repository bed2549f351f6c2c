#pragma once

#include "commandline.h"

namespace capex::app {

/// `capexlens data update sec [--ticker T]... [--cik N]... [--from FILE]... [--dry-run]
/// [--user-agent UA] [--base-url URL]`: fetches the companies' facts from SEC EDGAR (every
/// company of the table when none is named) or reads downloaded ones, prints the plan (see
/// planSecUpdate) and, unless --dry-run, writes it after a backup, all or nothing. Progress goes to
/// standard error. Going online needs a User-Agent with a contact e-mail address: --user-agent,
/// else $CAPEXLENS_SEC_USER_AGENT, else the one the window remembered. Exit 0 on success, 1 when a
/// company fails or the store cannot be written (nothing written), 2 on a usage error.
int dataUpdateSec(const CommandLine &commandLine);

} // namespace capex::app
