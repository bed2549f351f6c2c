#pragma once

// Internal to core/model: which instruction set the Monte Carlo's vectorised kernels run with.
// The build targets baseline x86-64 (SSE2); where the CPU has AVX2, a second copy of each hot
// kernel, compiled for AVX2 by a function attribute, runs instead (4 doubles per instruction
// instead of 2). Both copies perform the same IEEE operations in the same order — no FMA
// contraction (-ffp-contract=off) and no reassociation — so they give bit-identical results;
// tests force each set in turn to prove it.

#include <optional>

namespace capex::detail {

enum class InstructionSet
{
    Baseline, ///< x86-64 with SSE2 (or whatever the compiler targets elsewhere)
    Avx2,
};

/// True when this CPU (and its operating system) runs `set`.
bool supports(InstructionSet set);

/// The set the kernels use: the widest supported, unless a test forced one.
InstructionSet instructionSet();

/// For tests: makes the kernels use `set` (which must be supported); nullopt restores the default.
void forceInstructionSet(std::optional<InstructionSet> set);

} // namespace capex::detail
