#pragma once

#include "datasetreader.h"

#include <string>
#include <vector>

namespace capex::testing {

/// A small dataset in the bundled format, one record per line, so that tests can
/// change one field and check the exact line an error names.
inline std::vector<DatasetFile> tinyDatasetFiles()
{
    return {
        {"dataset.json", R"({"version": 1, "released": "2026-01-01"})"},
        {"entities.json", "[\n"
                          R"({"id": "meta", "type": "company", "name_en": "Meta", "name_zh": "Meta"},)"
                          "\n"
                          R"({"id": "bytedance", "type": "company", "name_en": "ByteDance", "name_zh": "字节跳动"})"
                          "\n]\n"},
        {"metrics.json", "[\n"
                         R"({"id": "capex", "name_en": "Capital expenditure", "name_zh": "资本开支", "unit": "money"})"
                         "\n]\n"},
        {"sources.json",
         "[\n"
         R"({"id": "seed_001", "publisher": "财联社", "title": "字节跳动资本开支", "url": null, "date": "2024-12-30", "language": "zh", "seed": true, "via": []},)"
         "\n"
         R"({"id": "meta_q4", "publisher": "Meta", "title": "Q4 2025 results", "url": "https://investor.atmeta.com", "date": "2026-01-28", "language": "en", "via": []},)"
         "\n"
         R"({"id": "zheshang", "publisher": "浙商证券", "title": "字节跳动算力", "url": null, "date": "2024-12", "language": "zh", "via": ["seed_001"]})"
         "\n]\n"},
        {"observations.json",
         "[\n"
         R"({"uid": "meta.capex.2025", "entity": "meta", "metric": "capex", "period": "2025", "value": 72.22e9, "low": null, "high": null, "unit": "USD", "currency": "USD", "kind": "actual", "grade": "reported", "source": "meta_q4", "as_of": "2026-01-28", "note_en": "Full-year capex", "note_zh": "全年资本开支"},)"
         "\n"
         R"({"uid": "meta.capex.2026.guidance", "entity": "meta", "metric": "capex", "period": "2026", "value": null, "low": 115e9, "high": 135e9, "unit": "USD", "currency": "USD", "kind": "guidance", "grade": "reported", "source": "meta_q4", "as_of": "2026-01-28", "note_en": "Guidance range", "note_zh": "指引区间"},)"
         "\n"
         R"({"uid": "bytedance.capex.2025", "entity": "bytedance", "metric": "capex", "period": "2025", "value": 160e9, "low": null, "high": null, "unit": "CNY", "currency": "CNY", "kind": "forecast", "grade": "estimate", "source": "zheshang", "as_of": null, "note_en": "2025 plan, twice 2024", "note_zh": "2025年计划，为2024年的两倍"})"
         "\n]\n"},
        {"fx.json", "[\n"
                    R"({"year": 2025, "currency": "CNY", "per_usd": 7.18, "source": "seed_001"})"
                    "\n]\n"},
        {"events.json",
         "[\n"
         R"({"id": "v3", "date": "2024-12-26", "label_en": "DeepSeek-V3", "label_zh": "DeepSeek-V3发布", "source": "seed_001"})"
         "\n]\n"},
        {"cost_curves.json",
         "[\n"
         R"({"id": "ark_training", "name_en": "ARK training", "name_zh": "ARK训练", "annual_decline": 0.75, "source": "seed_001", "note_en": "", "note_zh": ""})"
         "\n]\n"},
    };
}

/// Replaces the first occurrence of `from` by `to` in the named file.
inline std::vector<DatasetFile> withEdit(std::vector<DatasetFile> files, const std::string &name,
                                         const std::string &from, const std::string &to)
{
    for (DatasetFile &file : files)
        if (file.name == name) {
            auto at = file.text.find(from);
            if (at != std::string::npos)
                file.text.replace(at, from.size(), to);
        }
    return files;
}

inline Dataset tinyDataset()
{
    auto result = DatasetReader::read(tinyDatasetFiles());
    return result.ok() ? result.value() : Dataset{};
}

} // namespace capex::testing
