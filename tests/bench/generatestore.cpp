// generate_store: the large store of the scale benchmarks (scripts/generate-store, scripts/bench).
//
//   generate_store --db FILE --csv FILE [--rows N]
//
// Opens (or builds from the bundled dataset) the store FILE, creates the companies the rows
// need that it does not hold yet (as the import preview's "Create entity" does:
// Database::addEntity), and writes N rows (default 1,000,000) in the import's CSV columns to
// the CSV FILE. The rows are then imported the normal way, `capexlens --db FILE data import
// CSV` (scripts/generate-store does both). Deterministic: the same N gives the same bytes.
//
// What the rows hold (docs/performance.md, "The large store"):
// - 200 companies: the bundled dataset's companies, then bench_co_001 … up to 200;
// - a third of the rows on the metrics the charts draw, in slots of (company, metric, period):
//   capex by calendar year 2010–2026 and by quarter 2015Q1–2026Q4, capex_cash and ai_capex by
//   year (all 200 companies); GPU fleets at year ends, GPU-hour and token prices by month and
//   cost declines by year (the first 20 companies: clouds and labs publish them, many
//   estimates each).
//   The rows go round the slots: each slot's first row is the company's reported actual
//   (for fleets, prices and declines an estimate), its second guidance (a range, capex from
//   2024 on) or an estimate, every further one an estimate or forecast of one of twelve
//   brokers, ±25 % around the actual. So every period has several sources and estimates;
// - the other two thirds on ten metrics no chart draws (revenue, staff, downloads, …) by
//   quarter 2000Q1–2026Q4, the same way round their slots.
// Every row's English note holds its row number, so no two rows share an import identity.
#include "database.h"
#include "datasetreader.h"
#include "observationexport.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <numeric>
#include <string>
#include <vector>

namespace {

using namespace capex;

constexpr int companyCount = 200;
constexpr int brokerCount = 12;

/// splitmix64: a fixed sequence on every platform (std::uniform_*_distribution is not).
std::uint64_t mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/// A number in [0, 1) from `seed`.
double unit(std::uint64_t seed) { return static_cast<double>(mix(seed) >> 11) * 0x1.0p-53; }

struct Slot
{
    const char *metric;
    Period period;
    const char *unit;     ///< the metric's unit, or the currency code for money
    bool money;
    double base;          ///< the size of the figure for a mid-sized company in 2020
    double growth;        ///< per year
    bool hasActual;       ///< the company reports it
    bool guidance;        ///< capex from 2024: the second row of the slot is guidance
    std::size_t companies = companyCount; ///< for the first this many companies only
};

/// Fleets, prices and cost declines are published for a few companies (clouds, labs), with
/// many estimates each; capex and the other metrics for all 200.
constexpr std::size_t fewCompanies = 20;

std::vector<Slot> chartSlots()
{
    std::vector<Slot> slots;
    for (int y = 2010; y <= 2026; ++y)
        slots.push_back({"capex", Period::calendarYear(y), "USD", true, 20e9, 0.18, true, y >= 2024});
    for (int y = 2015; y <= 2026; ++y)
        for (int q = 1; q <= 4; ++q)
            slots.push_back({"capex", Period::calendarQuarter(y, q), "USD", true, 5e9, 0.18, true, false});
    for (int y = 2015; y <= 2026; ++y)
        slots.push_back({"capex_cash", Period::calendarYear(y), "USD", true, 17e9, 0.18, true, false});
    for (int y = 2020; y <= 2026; ++y)
        slots.push_back({"ai_capex", Period::calendarYear(y), "USD", true, 8e9, 0.35, true, false});
    for (int y = 2020; y <= 2026; ++y)
        slots.push_back({"gpu_fleet_h100e", Period::date(y, 12, 31), "H100e", false, 50e3, 0.6, false, false, fewCompanies});
    for (int y = 2023; y <= 2026; ++y)
        for (int m = 1; m <= 12; ++m) {
            slots.push_back({"gpu_hour_price", Period::calendarMonth(y, m), "USD", true, 4.0, -0.3, false, false, fewCompanies});
            slots.push_back({"price_per_million_tokens", Period::calendarMonth(y, m), "USD", true, 10.0, -0.5, false,
                             false, fewCompanies});
        }
    for (int y = 2018; y <= 2026; ++y)
        slots.push_back({"cost_decline", Period::calendarYear(y), "fraction/yr", false, 0.4, 0.0, false, false, fewCompanies});
    return slots;
}

std::vector<Slot> otherSlots()
{
    struct Other
    {
        const char *metric, *unit;
        bool money;
        double base, growth;
    };
    const Other others[] = {
        {"revenue", "USD", true, 30e9, 0.1},
        {"data_center_revenue", "USD", true, 5e9, 0.3},
        {"ai_revenue", "USD", true, 1e9, 0.5},
        {"revenue_backlog", "USD", true, 20e9, 0.2},
        {"operating_cost", "USD", true, 2e9, 0.15},
        {"staff", "people", false, 50e3, 0.05},
        {"downloads", "count", false, 10e6, 0.4},
        {"daily_active_users", "count", false, 5e6, 0.3},
        {"chip_output", "count", false, 100e3, 0.5},
        {"power_mw", "MW", false, 300, 0.3},
    };
    std::vector<Slot> slots;
    for (const Other &o : others)
        for (int y = 2000; y <= 2026; ++y)
            for (int q = 1; q <= 4; ++q)
                slots.push_back({o.metric, Period::calendarQuarter(y, q), o.unit, o.money, o.base / 4, o.growth, true,
                                 false});
    return slots;
}

/// Writes a CSV cell, quoted when it must be.
std::string cell(const std::string &text)
{
    if (text.find_first_of(",\"\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + '"';
}

int usage()
{
    std::cerr << "usage: generate_store --db FILE --csv FILE [--rows N]\n";
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    std::string dbPath, csvPath;
    long long rows = 1000000;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc)
            return usage();
        if (arg == "--db")
            dbPath = argv[++i];
        else if (arg == "--csv")
            csvPath = argv[++i];
        else if (arg == "--rows")
            rows = std::atoll(argv[++i]);
        else
            return usage();
    }
    if (dbPath.empty() || csvPath.empty() || rows < 1)
        return usage();

    auto bundled = DatasetReader::read(bundledDatasetFiles());
    if (!bundled.ok()) {
        std::cerr << "generate_store: the bundled dataset: " << describe(bundled.error()) << '\n';
        return 1;
    }
    auto db = Database::open(dbPath);
    if (!db.ok()) {
        std::cerr << "generate_store: " << dbPath << ": " << describe(db.error()) << '\n';
        return 1;
    }
    if (db.value()->datasetVersion() < bundled->version)
        if (auto sync = db.value()->syncBundled(bundled.value()); !sync.ok()) {
            std::cerr << "generate_store: " << dbPath << ": " << describe(sync.error()) << '\n';
            return 1;
        }
    auto snapshot = db.value()->snapshot();
    if (!snapshot.ok()) {
        std::cerr << "generate_store: " << dbPath << ": " << describe(snapshot.error()) << '\n';
        return 1;
    }

    // The companies: the bundled ones first, then generated ones up to 200, created in the
    // store unless it holds them already (a second run on the same store).
    std::vector<std::string> companies;
    for (const Entity &e : snapshot->entities)
        if (e.type == "company" && !e.userEntered && companies.size() < companyCount)
            companies.push_back(e.id);
    for (int n = 1; companies.size() < companyCount; ++n) {
        char id[64];
        std::snprintf(id, sizeof id, "bench_co_%03d", n);
        if (!snapshot->entity(id)) {
            Entity e{id, "company", "Benchmark company " + std::to_string(n), "基准公司" + std::to_string(n), true};
            if (auto added = db.value()->addEntity(e); !added.ok()) {
                std::cerr << "generate_store: " << dbPath << ": " << describe(added.error()) << '\n';
                return 1;
            }
        }
        companies.push_back(id);
    }
    db.value().reset();

    // Every (company, slot) a round goes through.
    struct Instance
    {
        std::size_t company;
        const Slot *slot;
    };
    const std::vector<Slot> charted = chartSlots(), other = otherSlots();
    auto instancesOf = [&](const std::vector<Slot> &slots) {
        std::vector<Instance> instances;
        for (const Slot &slot : slots)
            for (std::size_t c = 0; c < std::min(slot.companies, companies.size()); ++c)
                instances.push_back({c, &slot});
        return instances;
    };
    const std::vector<Instance> chartInstances = instancesOf(charted), otherInstances = instancesOf(other);
    std::ofstream out(csvPath, std::ios::binary);
    if (!out) {
        std::cerr << "generate_store: cannot write " << csvPath << '\n';
        return 1;
    }
    out << "entity,metric,period,value,low,high,unit,currency,kind,grade,as_of,note_en,note_zh,"
           "source_publisher,source_title,source_date\n";
    long long chartRows = 0;
    for (long long i = 0; i < rows; ++i) {
        // Rows 0, 3, 6, … on the charted metrics, the others on the rest.
        const bool isChart = i % 3 == 0;
        const long long j = isChart ? i / 3 : i - i / 3 - 1; // the row's number within its third
        chartRows += isChart;
        const std::vector<Instance> &instances = isChart ? chartInstances : otherInstances;
        const auto slotsPerRound = static_cast<long long>(instances.size());
        const long long round = j / slotsPerRound;
        // Within a round, the slots in a scattered order (a stride prime to their number), so
        // that a small N still reaches every metric.
        long long stride = 7919;
        while (std::gcd(stride, slotsPerRound) != 1)
            stride += 2;
        const Instance &instance = instances[static_cast<std::size_t>((j % slotsPerRound) * stride % slotsPerRound)];
        const std::size_t company = instance.company;
        const Slot &s = *instance.slot;
        const std::uint64_t seed = static_cast<std::uint64_t>(i) * 7919u + 17u;

        const int year = s.period.year;
        const double size = 0.3 + 2.7 * unit(company * 131u + 7u); // companies differ up to ninefold
        double actual = s.base * size * std::pow(1.0 + s.growth, year - 2020);
        if (std::strcmp(s.metric, "cost_decline") == 0)
            actual = 0.2 + 0.5 * unit(company * 977u + static_cast<unsigned>(year));
        const bool reported = round == 0 && s.hasActual;
        const bool guidance = round == 1 && s.guidance;
        const double spread = reported ? 1.0 : 0.75 + 0.5 * unit(seed);
        double value = actual * spread;
        if (std::strcmp(s.metric, "cost_decline") == 0)
            value = std::min(0.95, value);

        std::string kind = "estimate", grade = "estimate", publisher, title, low, high, valueText;
        const int broker = static_cast<int>((round + static_cast<long long>(company)) % brokerCount) + 1;
        char asOf[64];
        if (reported) {
            kind = "actual";
            grade = "reported";
            publisher = companies[company];
            title = "Generated filings";
            // Reported in the month after the quarter, or in February after the year.
            const bool quarter = s.period.type == Period::Type::Quarter;
            std::snprintf(asOf, sizeof asOf, "%04d-%02d-15", quarter && s.period.quarter < 4 ? year : year + 1,
                          quarter ? (s.period.quarter % 4) * 3 + 1 : 2);
        } else {
            if (guidance)
                kind = "guidance", grade = "reported";
            else
                kind = year >= 2026 ? "forecast" : "estimate";
            char name[64];
            std::snprintf(name, sizeof name, "Generated broker %02d", broker);
            publisher = guidance ? companies[company] : name;
            title = guidance ? "Generated guidance" : "Generated estimates";
            std::snprintf(asOf, sizeof asOf, "%04d-%02d-%02d", year - 1 + static_cast<int>(unit(seed + 1) * 2),
                          1 + static_cast<int>(unit(seed + 2) * 12), 1 + static_cast<int>(unit(seed + 3) * 28));
        }
        if (guidance) {
            low = formatExactNumber(std::round(value * 0.95 / 1e6) * 1e6);
            high = formatExactNumber(std::round(value * 1.05 / 1e6) * 1e6);
        } else {
            valueText = formatExactNumber(s.money && value > 1e6 ? std::round(value / 1e6) * 1e6
                                                                   : std::round(value * 1e4) / 1e4);
        }
        out << companies[company] << ',' << s.metric << ',' << s.period.toString() << ',' << valueText << ',' << low
            << ',' << high << ',' << s.unit << ',' << (s.money ? "USD" : "") << ',' << kind << ',' << grade << ','
            << asOf << ",Generated row " << i << ",生成的第" << i << "行," << cell(publisher) << ',' << title
            << ",2026\n";
    }
    out.close();
    if (!out) {
        std::cerr << "generate_store: cannot write " << csvPath << '\n';
        return 1;
    }
    std::cout << "rows=" << rows << " chart_rows=" << chartRows << " companies=" << companies.size()
              << " csv_bytes=" << std::filesystem::file_size(csvPath) << '\n';
    return 0;
}
