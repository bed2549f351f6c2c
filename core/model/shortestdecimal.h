#pragma once

#include <array>
#include <charconv>
#include <string>

namespace capex::detail {

/// The shortest decimal text that reads back as `value` ("0.95", "2650000", "-0.2"): for
/// domains in error details and for CSV cells. Empty for a value to_chars cannot write.
inline std::string shortestDecimal(double value)
{
    std::array<char, 64> buffer {};
    auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return ec == std::errc {} ? std::string(buffer.data(), end) : std::string();
}

} // namespace capex::detail
