// libFuzzer: SEC EDGAR company facts (a file the user downloaded, or a server's answer) through
// the reader, the derivation of quarters and the update's plan against the bundled dataset.
#include "fuzzdataset.h"
#include "secfacts.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    std::vector<capex::SecCompanyResult> results;
    results.push_back({"fuzz.json", capex::readSecCompanyFacts(text, "fuzz.json", 0)});
    if (results.back().facts.ok()) {
        // A company read is never empty, and every record cites one of its filings.
        const capex::SecCompanyFacts &facts = results.back().facts.value();
        if (facts.records.empty() || facts.sources.empty())
            std::abort();
    }
    const capex::ImportPlan plan = capex::planSecUpdate(results, capex::fuzz::bundledDataset());
    if (plan.rows.empty() == plan.rejected.empty())
        std::abort(); // either the company's rows or its rejection, never both nor neither
    return 0;
}
