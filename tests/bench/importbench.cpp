// The import's in-process figure: a 1,000,000-row CSV read, checked and written to a store.
#include "checkedimport.h"
#include "database.h"
#include "datasetreader.h"
#include "observationexport.h"
#include "observationimport.h"

#include <benchmark/benchmark.h>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <unistd.h>

namespace {

using namespace capex;
namespace fs = std::filesystem;

const Dataset &bundledDataset()
{
    static const Dataset dataset = [] {
        auto read = DatasetReader::read(bundledDatasetFiles());
        if (!read.ok()) {
            std::cerr << "bundled dataset: " << describe(read.error()) << '\n';
            std::exit(1);
        }
        return std::move(read).value();
    }();
    return dataset;
}

/// A folder of this process's own, removed at exit.
class ScratchFolder
{
public:
    ScratchFolder()
        : m_path(fs::temp_directory_path() / ("capexlens-bench-" + std::to_string(getpid())))
    {
        fs::remove_all(m_path);
        fs::create_directories(m_path);
    }
    ~ScratchFolder() { fs::remove_all(m_path); }
    ScratchFolder(const ScratchFolder &) = delete;
    ScratchFolder &operator=(const ScratchFolder &) = delete;
    const fs::path &path() const { return m_path; }

private:
    fs::path m_path;
};

/// A store of its own for one iteration, built from the bundled data, and what it holds.
struct Store
{
    std::unique_ptr<Database> db;
    Dataset snapshot;
};

/// Store number `run` in `scratch`; none, with the benchmark skipped, if it cannot be built.
std::optional<Store> freshStore(benchmark::State &state, const ScratchFolder &scratch, int run)
{
    auto db = Database::open(scratch.path() / ("store-" + std::to_string(run) + ".db"));
    if (!db.ok() || !db.value()->syncBundled(bundledDataset()).ok()) {
        state.SkipWithError("cannot build the store");
        return std::nullopt;
    }
    auto snapshot = db.value()->snapshot();
    if (!snapshot.ok()) {
        state.SkipWithError("cannot read the store");
        return std::nullopt;
    }
    return Store{std::move(db).value(), std::move(snapshot).value()};
}

/// `rows` rows the way a user's own sheet has them: the bundled records in turn (so every
/// entity, metric, unit, currency and source is real), each a new record by its English
/// note. Columns: the required ones, the range, as_of and both notes.
void writeCsv(const fs::path &path, int rows)
{
    const std::vector<Observation> &records = bundledDataset().observations;
    std::ofstream out(path, std::ios::binary);
    out << "entity,metric,period,value,low,high,unit,currency,kind,grade,as_of,note_en,note_zh,source_id\n";
    auto number = [](const std::optional<double> &v) { return v ? formatExactNumber(*v) : std::string(); };
    for (int i = 0; i < rows; ++i) {
        const Observation &o = records[static_cast<std::size_t>(i) % records.size()];
        out << o.entity << ',' << o.metric << ',' << o.period.toString() << ',' << number(o.value) << ','
            << number(o.low) << ',' << number(o.high) << ',' << o.unit << ',' << o.currency << ',' << kindName(o.kind)
            << ',' << gradeName(o.grade) << ',' << o.asOf << ",Benchmark row " << i << ",基准测试第" << i << "行,"
            << o.source << '\n';
    }
}

/// Runs `importOnce(store, csv, rows)` once an iteration, each time into a fresh store built
/// from the bundled data (made and closed outside the timing) from the same CSV of
/// `rows` = the benchmark's argument rows. `importOnce` returns false, having skipped the
/// benchmark with the reason, when the import did not land whole. Counters: rows/s, the
/// file's size, and the seconds closing the store took (close_s). The import ends at its
/// commit, when its rows are durable and visible; the log's copy into the database file runs
/// after it on another thread (WalCheckpointer), and closing waits for that copy.
template <typename ImportOnce> void importEachIteration(benchmark::State &state, const ImportOnce &importOnce)
{
    const int rows = static_cast<int>(state.range(0));
    ScratchFolder scratch;
    const fs::path csv = scratch.path() / "rows.csv";
    writeCsv(csv, rows);
    double closeSeconds = 0;
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        std::optional<Store> store = freshStore(state, scratch, run++);
        if (!store)
            return;
        state.ResumeTiming();
        if (!importOnce(*store, csv, rows))
            return;
        state.PauseTiming();
        const auto closing = std::chrono::steady_clock::now();
        store.reset();
        closeSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - closing).count();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * rows);
    state.counters["file_MB"] = static_cast<double>(fs::file_size(csv)) / 1e6;
    state.counters["close_s"] = closeSeconds / static_cast<double>(state.iterations());
}

double secondsBetween(std::chrono::steady_clock::time_point from, std::chrono::steady_clock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

/// Argument: rows. Each iteration imports the file as the import preview (File → Import…)
/// does: read and check (the plan), then write (backup and one transaction). Counters
/// besides importEachIteration()'s: the seconds of each half. `capexlens data import`
/// overlaps the two: BM_ImportCsvChecked.
void BM_ImportCsv(benchmark::State &state)
{
    double planSeconds = 0, writeSeconds = 0;
    importEachIteration(state, [&](Store &store, const fs::path &csv, int rows) {
        const auto start = std::chrono::steady_clock::now();
        auto plan = ObservationImport::planFile(csv, store.snapshot);
        const auto planned = std::chrono::steady_clock::now();
        if (!plan.ok() || !plan->acceptable() || static_cast<int>(plan->rows.size()) != rows) {
            state.SkipWithError(plan.ok() ? "rows were rejected" : describe(plan.error()).c_str());
            return false;
        }
        auto written = store.db->applyImport(plan.value());
        const auto done = std::chrono::steady_clock::now();
        if (!written.ok() || written->added != rows) {
            state.SkipWithError(written.ok() ? "not every row was added" : describe(written.error()).c_str());
            return false;
        }
        planSeconds += secondsBetween(start, planned);
        writeSeconds += secondsBetween(planned, done);
        return true;
    });
    state.counters["plan_s"] = planSeconds / static_cast<double>(state.iterations());
    state.counters["write_s"] = writeSeconds / static_cast<double>(state.iterations());
}
BENCHMARK(BM_ImportCsv)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

/// As BM_ImportCsv, through CheckedImport: rows written while later parts of the file are
/// still being checked, as `capexlens data import` does without --dry-run. Counters besides
/// importEachIteration()'s: the seconds from its start until every row was inserted
/// (inserted_s: the check and the inserts, overlapped) and until the commit ended (total_s,
/// which adds the series index and the commit).
void BM_ImportCsvChecked(benchmark::State &state)
{
    double insertedSeconds = 0, totalSeconds = 0;
    importEachIteration(state, [&](Store &store, const fs::path &csv, int rows) {
        const auto start = std::chrono::steady_clock::now();
        auto inserted = start;
        auto result = CheckedImport::importFile(*store.db, csv, store.snapshot, [&](std::size_t written, std::size_t) {
            if (written == static_cast<std::size_t>(rows))
                inserted = std::chrono::steady_clock::now();
            return true;
        });
        const auto done = std::chrono::steady_clock::now();
        if (!result.ok() || !result->outcome || result->outcome->added != rows) {
            state.SkipWithError(result.ok() ? "not every row was added" : describe(result.error()).c_str());
            return false;
        }
        insertedSeconds += secondsBetween(start, inserted);
        totalSeconds += secondsBetween(start, done);
        return true;
    });
    state.counters["inserted_s"] = insertedSeconds / static_cast<double>(state.iterations());
    state.counters["total_s"] = totalSeconds / static_cast<double>(state.iterations());
}
BENCHMARK(BM_ImportCsvChecked)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

} // namespace
