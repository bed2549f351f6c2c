// libFuzzer: any bytes through decoding, CSV parsing and validation into an import plan.
#include "csvreader.h"
#include "fuzzdataset.h"
#include "observationimport.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    auto plan = capex::ObservationImport::plan(bytes, "fuzz.csv", capex::fuzz::bundledDataset());
    if (plan.ok()) {
        // Every rejection names a line inside the file.
        for (const capex::RejectedRow &row : plan->rejected)
            if (row.line < 1 || row.error.file != "fuzz.csv")
                std::abort();
    }
    // The reader alone, with each delimiter, straight on the bytes.
    for (char delimiter : {',', ';', '\t'}) {
        capex::CsvReader reader(bytes, delimiter, "fuzz.csv");
        capex::CsvRecord record;
        int previousLine = 0;
        while (reader.next(record)) {
            if (record.line <= previousLine)
                std::abort(); // records start on strictly increasing lines
            previousLine = record.line;
        }
    }
    return 0;
}
