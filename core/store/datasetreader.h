#pragma once

#include "dataset.h"
#include "result.h"

#include <filesystem>
#include <string>
#include <vector>

namespace capex {

/// One file of the dataset format described in data/README.md, by its name.
struct DatasetFile
{
    std::string name; ///< e.g. "observations.json"
    std::string text;
};

/// Reads the JSON dataset format of data/README.md and checks it whole: every key of
/// every record, its type and domain, unique ids, and every reference between files.
/// The first problem found is returned with the file, the line of the record and the
/// field; nothing partial is ever returned.
class DatasetReader
{
public:
    /// The files every dataset consists of, in the order they are read.
    static const std::vector<std::string> &fileNames();

    static Result<Dataset> read(const std::vector<DatasetFile> &files);
    /// The dataset's version from dataset.json alone, checked as read() checks it, without
    /// reading the other files.
    static Result<int> version(const std::vector<DatasetFile> &files);
    static Result<Dataset> readDirectory(const std::filesystem::path &directory);
};

/// The dataset compiled into the program from data/ (generated at build time).
std::vector<DatasetFile> bundledDatasetFiles();

/// 1-based line numbers at which each element of the top-level JSON array in `text`
/// starts, found by a scan that honours strings and escapes.
std::vector<int> arrayElementLines(std::string_view text);

} // namespace capex
