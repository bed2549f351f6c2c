// libFuzzer: JSON in the format of `capexlens data export` through the importer.
#include "fuzzdataset.h"
#include "observationimport.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Always the JSON path: the importer takes text starting with '[' as JSON.
    std::string text = "[";
    text.append(reinterpret_cast<const char *>(data), size);
    auto plan = capex::ObservationImport::plan(text, "fuzz.json", capex::fuzz::bundledDataset());
    if (plan.ok() && plan->format != "json")
        std::abort();
    return 0;
}
