// Dataset::forEach: the index by series and metric gives exactly the figures a pass over all of
// them gives, in the same order, and a dataset changed after indexing is read by that pass.
#include "bundledtesting.h"
#include "dataset.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

using namespace capex;
using capex::testing::bundled;

namespace {

std::vector<const Observation *> visited(const Dataset &d, std::string_view entity, std::string_view metric)
{
    std::vector<const Observation *> found;
    d.forEach(entity, metric, [&](const Observation &o) { found.push_back(&o); });
    return found;
}

std::vector<const Observation *> scanned(const Dataset &d, std::string_view entity, std::string_view metric)
{
    std::vector<const Observation *> found;
    for (const Observation &o : d.observations)
        if (o.entity == entity && o.metric == metric)
            found.push_back(&o);
    return found;
}

} // namespace

TEST(DatasetIndex, TheBundledDatasetIsIndexedAndEverySeriesMatchesAFullPass)
{
    const Dataset &d = bundled();
    ASSERT_TRUE(d.isIndexed());
    std::set<std::pair<std::string, std::string>> series;
    for (const Observation &o : d.observations)
        series.insert({o.entity, o.metric});
    ASSERT_GT(series.size(), 50u);
    std::size_t total = 0;
    for (const auto &[entity, metric] : series) {
        const auto found = visited(d, entity, metric);
        EXPECT_EQ(found, scanned(d, entity, metric)) << entity << ' ' << metric;
        total += found.size();
    }
    EXPECT_EQ(total, d.observations.size()) << "every figure in exactly one series";
    // Microsoft's capex: the same figures, by row, as the pass finds; more than a handful.
    EXPECT_GE(visited(d, "microsoft", "capex").size(), 8u);
    EXPECT_TRUE(visited(d, "microsoft", "no_such_metric").empty());
    EXPECT_TRUE(visited(d, "no_such_entity", "capex").empty());
}

TEST(DatasetIndex, ByMetricVisitsEveryFigureOfTheMetricInOrder)
{
    const Dataset &d = bundled();
    std::vector<const Observation *> byIndex, byPass;
    d.forEachOfMetric("gpu_fleet_h100e", [&](const Observation &o) { byIndex.push_back(&o); });
    for (const Observation &o : d.observations)
        if (o.metric == "gpu_fleet_h100e")
            byPass.push_back(&o);
    ASSERT_GE(byPass.size(), 5u);
    EXPECT_EQ(byIndex, byPass);
}

TEST(DatasetIndex, FirstOfASeriesIsItsFirstFigureInDatasetOrder)
{
    const Dataset &d = bundled();
    ASSERT_TRUE(d.isIndexed());
    const auto series = scanned(d, "microsoft", "capex");
    ASSERT_FALSE(series.empty());
    EXPECT_EQ(d.firstOf("microsoft", "capex"), series.front());
    EXPECT_EQ(d.firstOf("microsoft", "no_such_metric"), nullptr);
    EXPECT_EQ(d.firstOf("no_such_entity", "capex"), nullptr);

    Dataset unindexed = d;
    unindexed.observations.push_back(*series.front()); // grown: read by a pass
    ASSERT_FALSE(unindexed.isIndexed());
    EXPECT_EQ(unindexed.firstOf("microsoft", "capex"), &unindexed.observations[static_cast<std::size_t>(series.front() - d.observations.data())]);
}

TEST(DatasetIndex, AChangedDatasetIsReadByAPassUntilIndexedAgain)
{
    Dataset d = bundled(); // a copy keeps the index, pointing into its own figures
    ASSERT_TRUE(d.isIndexed());
    const std::size_t before = visited(d, "microsoft", "capex").size();
    EXPECT_EQ(visited(d, "microsoft", "capex"), scanned(d, "microsoft", "capex"));
    for (const Observation *o : visited(d, "microsoft", "capex"))
        EXPECT_TRUE(o >= d.observations.data() && o < d.observations.data() + d.observations.size());

    Observation added = *visited(d, "microsoft", "capex").front();
    added.rowId = 0;
    added.uid.clear();
    d.observations.push_back(added); // the vector grows: the index no longer covers it
    EXPECT_FALSE(d.isIndexed());
    EXPECT_EQ(visited(d, "microsoft", "capex").size(), before + 1);

    d.buildIndex();
    EXPECT_EQ(visited(d, "microsoft", "capex").size(), before + 1);
    EXPECT_EQ(visited(d, "microsoft", "capex").back(), &d.observations.back());

    Dataset moved = std::move(d); // a move keeps the array, and the index with it
    EXPECT_TRUE(moved.isIndexed());
    EXPECT_EQ(visited(moved, "microsoft", "capex").size(), before + 1);

    Dataset assigned;
    assigned = moved;
    EXPECT_TRUE(assigned.isIndexed());
    EXPECT_EQ(visited(assigned, "microsoft", "capex"), scanned(assigned, "microsoft", "capex"));
}

TEST(DatasetIndex, TheDataAsKnownOnADateIsIndexed)
{
    const Dataset known = bundled().knownOn("2025-06-30");
    ASSERT_TRUE(known.isIndexed());
    EXPECT_EQ(visited(known, "meta", "capex"), scanned(known, "meta", "capex"));
    EXPECT_LT(visited(known, "meta", "capex").size(), visited(bundled(), "meta", "capex").size());
}
