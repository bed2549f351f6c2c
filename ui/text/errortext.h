#pragma once

#include "result.h"

#include <QString>

namespace capex::ui {

/// A core Error as one sentence in the current language, naming the file, line,
/// column and field where they are known.
QString errorText(const Error &error);

} // namespace capex::ui
