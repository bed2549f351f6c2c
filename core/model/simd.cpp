#include "simd.h"

#include <atomic>

namespace capex::detail {
namespace {

// -1: not forced; otherwise the forced InstructionSet.
std::atomic<int> forced {-1};

} // namespace

bool supports(InstructionSet set)
{
    switch (set) {
    case InstructionSet::Baseline:
        return true;
    case InstructionSet::Avx2:
#if defined(__x86_64__) || defined(__i386__)
        return __builtin_cpu_supports("avx2") != 0;
#else
        return false;
#endif
    }
    return false;
}

InstructionSet instructionSet()
{
    const int set = forced.load(std::memory_order_relaxed);
    if (set >= 0)
        return static_cast<InstructionSet>(set);
    static const InstructionSet widest = supports(InstructionSet::Avx2) ? InstructionSet::Avx2 : InstructionSet::Baseline;
    return widest;
}

void forceInstructionSet(std::optional<InstructionSet> set)
{
    forced.store(set ? static_cast<int>(*set) : -1, std::memory_order_relaxed);
}

} // namespace capex::detail
