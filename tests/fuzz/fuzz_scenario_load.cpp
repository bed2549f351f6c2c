// libFuzzer: scenario files (ScenarioFile::load) on top of the bundled data.
#include "fuzzdataset.h"
#include "modelinputs.h"
#include "parameters.h"
#include "scenario.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const capex::ModelParameters base(capex::ModelInputs::fromDataset(capex::fuzz::bundledDataset()));
    const std::string_view json(reinterpret_cast<const char *>(data), size);
    auto scenario = capex::ScenarioFile::load(json, base);
    if (scenario.ok()) {
        // What loads must save and load again.
        auto again = capex::ScenarioFile::load(capex::ScenarioFile::save(scenario.value()), base);
        if (!again.ok())
            __builtin_trap();
    }
    return 0;
}
