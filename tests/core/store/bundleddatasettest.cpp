// The dataset that ships: it must load cleanly and hold the curated reference figures
// (docs/data.md), each with a source and bilingual names.
#include "bundledtesting.h"
#include "datasetreader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <set>

using namespace capex;
using capex::testing::bundled;

namespace {

std::vector<const Observation *> find(std::string_view entity, std::string_view metric, std::string_view period,
                                      std::function<bool(const Observation &)> also = {})
{
    std::vector<const Observation *> found;
    for (const Observation &o : bundled().observations)
        if (o.entity == entity && o.metric == metric && o.period.toString() == period && (!also || also(o)))
            found.push_back(&o);
    return found;
}

bool fromPublisher(const Observation &o, std::string_view needle)
{
    const Source *s = bundled().source(o.source);
    return s && s->publisher.find(needle) != std::string::npos;
}

} // namespace

TEST(BundledDataset, LoadsWithoutErrors)
{
    auto result = DatasetReader::read(bundledDatasetFiles());
    ASSERT_TRUE(result.ok()) << describe(result.error());
    EXPECT_GE(result->version, 1);
    EXPECT_GE(result->observations.size(), 100u);
}

TEST(BundledDataset, EveryObservationHasAKnownSource)
{
    for (const Observation &o : bundled().observations) {
        const Source *s = bundled().source(o.source);
        ASSERT_NE(s, nullptr) << o.uid;
        EXPECT_FALSE(s->publisher.empty()) << o.uid;
        EXPECT_FALSE(s->title.empty()) << o.uid;
    }
}

TEST(BundledDataset, EveryEntityAndMetricHasEnglishAndChineseNames)
{
    for (const Entity &e : bundled().entities) {
        EXPECT_FALSE(e.nameEn.empty()) << e.id;
        EXPECT_FALSE(e.nameZh.empty()) << e.id;
    }
    for (const Metric &m : bundled().metrics) {
        EXPECT_FALSE(m.nameEn.empty()) << m.id;
        EXPECT_FALSE(m.nameZh.empty()) << m.id;
    }
}

TEST(BundledDataset, EveryObservationHasNotesInBothLanguages)
{
    for (const Observation &o : bundled().observations) {
        EXPECT_FALSE(o.noteEn.empty()) << o.uid;
        EXPECT_FALSE(o.noteZh.empty()) << o.uid;
    }
}

TEST(BundledDataset, HoldsTheIdsTheRestOfTheProductReliesOn)
{
    for (const char *id : {"microsoft", "alphabet", "amazon", "meta", "oracle", "xai", "bytedance", "deepseek",
                           "openai", "xiaomi", "china", "deepseek_v3", "llama_3_1_405b", "gpt_4o"})
        EXPECT_NE(bundled().entity(id), nullptr) << id;
    for (const char *id : {"capex", "ai_capex", "gpu_fleet_h100e", "training_gpu_hours", "training_cost",
                           "cost_decline"})
        EXPECT_NE(bundled().metric(id), nullptr) << id;
}

TEST(BundledDataset, MoneyHasACurrencyWithAnFxRate)
{
    for (const Observation &o : bundled().observations) {
        const Metric *m = bundled().metric(o.metric);
        if (!m || m->unit != "money")
            continue;
        ASSERT_FALSE(o.currency.empty()) << o.uid;
        EXPECT_TRUE(bundled().fxRate(o.currency, o.period.dominantYear())) << o.uid << ' ' << o.currency;
    }
}

TEST(BundledDataset, DeepSeekV3TrainingFigures)
{
    auto hours = find("deepseek_v3", "training_gpu_hours", "2024-12-26");
    if (hours.empty()) // accept the figure under any period, but only one
        for (const Observation &o : bundled().observations)
            if (o.entity == "deepseek_v3" && o.metric == "training_gpu_hours")
                hours.push_back(&o);
    ASSERT_EQ(hours.size(), 1u);
    EXPECT_DOUBLE_EQ(*hours[0]->value, 2.788e6);
    EXPECT_EQ(hours[0]->grade, Grade::Reported);
    const Source *s = bundled().source(hours[0]->source);
    EXPECT_NE(s->url.find("2412.19437"), std::string::npos);
    EXPECT_FALSE(s->via.empty());

    bool cost = std::any_of(bundled().observations.begin(), bundled().observations.end(), [](const Observation &o) {
        return o.entity == "deepseek_v3" && o.metric == "training_cost" && o.value && *o.value == 5.576e6
            && o.currency == "USD";
    });
    EXPECT_TRUE(cost);
}

TEST(BundledDataset, LlamaTrainingGpuHours)
{
    bool found = std::any_of(bundled().observations.begin(), bundled().observations.end(), [](const Observation &o) {
        return o.entity == "llama_3_1_405b" && o.metric == "training_gpu_hours" && o.value && *o.value == 30.84e6;
    });
    EXPECT_TRUE(found);
}

TEST(BundledDataset, MicrosoftFleetHasLessWrongAndEpochEstimatesSideBySide)
{
    auto lessWrong = find("microsoft", "gpu_fleet_h100e", "2024",
                          [](const Observation &o) { return fromPublisher(o, "LessWrong"); });
    ASSERT_EQ(lessWrong.size(), 1u);
    EXPECT_DOUBLE_EQ(*lessWrong[0]->low, 750e3);
    EXPECT_DOUBLE_EQ(*lessWrong[0]->high, 900e3);
    // Epoch's estimate is a stock at a date, once (not again under the year).
    EXPECT_TRUE(find("microsoft", "gpu_fleet_h100e", "2024",
                     [](const Observation &o) { return fromPublisher(o, "Epoch"); }).empty());
    auto epoch = find("microsoft", "gpu_fleet_h100e", "2024-12-31",
                      [](const Observation &o) { return fromPublisher(o, "Epoch"); });
    ASSERT_EQ(epoch.size(), 1u);
    EXPECT_DOUBLE_EQ(*epoch[0]->value, 1130364);
    EXPECT_DOUBLE_EQ(*epoch[0]->low, 861675);
    EXPECT_DOUBLE_EQ(*epoch[0]->high, 1499322);
    EXPECT_EQ(epoch[0]->kind, Kind::Estimate);
    EXPECT_EQ(epoch[0]->uid, "microsoft.gpu_fleet_h100e.2024.epoch"); // the version-1 record, moved
}

TEST(BundledDataset, MicrosoftCapexUsesFiscalYearsEndingInJune)
{
    auto fy2025 = find("microsoft", "capex", "FY2025-06", [](const Observation &o) { return o.kind == Kind::Actual; });
    ASSERT_EQ(fy2025.size(), 1u);
    EXPECT_DOUBLE_EQ(*fy2025[0]->value, 88.2e9);
    EXPECT_TRUE(find("microsoft", "capex", "2025", [](const Observation &o) { return o.kind == Kind::Actual; })
                    .empty());
    // Its ~$190 B is for calendar 2026 and is filed there, not under the fiscal year.
    auto calendar2026 = find("microsoft", "capex", "2026", [](const Observation &o) { return o.kind == Kind::Guidance; });
    ASSERT_EQ(calendar2026.size(), 1u);
    EXPECT_DOUBLE_EQ(*calendar2026[0]->value, 190e9);
    EXPECT_TRUE(find("microsoft", "capex", "FY2026-06", [](const Observation &o) { return o.value.has_value(); })
                    .empty());
}

TEST(BundledDataset, HeadlineAndCashCapexAreSeparateSeries)
{
    // Microsoft's July-September 2025: $34.9 B including finance leases, $19.4 B cash paid.
    auto headline = find("microsoft", "capex", "FY2026Q1-06", [](const Observation &o) { return o.kind == Kind::Actual; });
    ASSERT_EQ(headline.size(), 1u);
    EXPECT_DOUBLE_EQ(*headline[0]->value, 34.9e9);
    auto cash = find("microsoft", "capex_cash", "FY2026Q1-06");
    ASSERT_EQ(cash.size(), 1u);
    EXPECT_DOUBLE_EQ(*cash[0]->value, 19.4e9);
    // The cash additions of the 10-Ks are cash figures too.
    auto fy2025Cash = find("microsoft", "capex_cash", "FY2025-06");
    ASSERT_EQ(fy2025Cash.size(), 1u);
    EXPECT_DOUBLE_EQ(*fy2025Cash[0]->value, 64.55e9);
    // No headline record of the four describes itself as a cash or ex-lease figure (the
    // quoted source text after "Source:" may mention both).
    for (const Observation &o : bundled().observations) {
        if (o.metric != "capex" || o.kind != Kind::Actual
            || std::string_view("microsoft alphabet amazon meta").find(o.entity) == std::string_view::npos)
            continue;
        const std::string description = o.noteEn.substr(0, o.noteEn.find("Source:"));
        for (const char *word : {"Cash paid", "cash paid", "excluding finance leases", "excl. finance leases"})
            EXPECT_EQ(description.find(word), std::string::npos) << o.uid << " mentions " << word;
    }
}

TEST(BundledDataset, EveryQuarterOfAmazonsCapexSince2024)
{
    for (const char *quarter : {"2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4",
                                "2026Q1"})
        EXPECT_EQ(find("amazon", "capex", quarter, [](const Observation &o) { return o.kind == Kind::Actual; }).size(),
                  1u)
            << quarter;
    auto q1 = find("amazon", "capex", "2026Q1");
    ASSERT_EQ(q1.size(), 1u);
    EXPECT_DOUBLE_EQ(*q1[0]->value, 44.2e9);
}

TEST(BundledDataset, GuidanceWithoutANumberKeepsItsWords)
{
    auto statement = find("meta", "capex", "2026",
                          [](const Observation &o) { return o.kind == Kind::Guidance && o.asOf == "2025-10-29"; });
    ASSERT_EQ(statement.size(), 1u);
    EXPECT_FALSE(statement[0]->value);
    EXPECT_FALSE(statement[0]->low);
    EXPECT_FALSE(statement[0]->high);
    EXPECT_NE(statement[0]->noteEn.find("notably larger"), std::string::npos);
    EXPECT_FALSE(statement[0]->noteZh.empty());
}

TEST(BundledDataset, ByteDancePlanStaysInRmb)
{
    auto plan = find("bytedance", "capex", "2025");
    ASSERT_FALSE(plan.empty());
    EXPECT_EQ(plan[0]->currency, "CNY");
    EXPECT_DOUBLE_EQ(*plan[0]->value, 160e9);
}

TEST(BundledDataset, MetaGuidanceIsARangeWithoutPointValue)
{
    auto guidance = find("meta", "capex", "2026", [](const Observation &o) { return o.kind == Kind::Guidance; });
    ASSERT_EQ(guidance.size(), 4u); // two statements in words, then two ranges
    std::sort(guidance.begin(), guidance.end(), [](auto *a, auto *b) { return a->asOf < b->asOf; });
    EXPECT_EQ(guidance[2]->asOf, "2026-01-28");
    EXPECT_FALSE(guidance[2]->value);
    EXPECT_DOUBLE_EQ(*guidance[2]->low, 115e9);
    EXPECT_DOUBLE_EQ(*guidance[2]->high, 135e9);
    EXPECT_EQ(guidance[3]->asOf, "2026-04-29");
    EXPECT_DOUBLE_EQ(*guidance[3]->low, 125e9);
    EXPECT_DOUBLE_EQ(*guidance[3]->high, 145e9);
}

TEST(BundledDataset, AlphabetGuidanceRevisionsKeepTheirDates)
{
    auto revisions = find("alphabet", "capex", "2025", [](const Observation &o) { return o.kind == Kind::Guidance; });
    ASSERT_EQ(revisions.size(), 3u);
    std::vector<std::string> asOf;
    for (const Observation *o : revisions)
        asOf.push_back(o->asOf);
    std::sort(asOf.begin(), asOf.end());
    EXPECT_EQ(asOf, (std::vector<std::string>{"2025-02-04", "2025-07-23", "2025-10-29"}));
}

TEST(BundledDataset, CostCurvePresetsOfTheModel)
{
    auto decline = [](std::string_view id) -> std::optional<double> {
        for (const CostCurve &c : bundled().costCurves)
            if (c.id == id)
                return c.annualDecline;
        return std::nullopt;
    };
    EXPECT_DOUBLE_EQ(decline("ark_training").value_or(0), 0.75);
    EXPECT_DOUBLE_EQ(decline("ark_inference").value_or(0), 0.86);
    EXPECT_DOUBLE_EQ(decline("a16z_llmflation").value_or(0), 0.90);
    EXPECT_DOUBLE_EQ(decline("epoch_inference_gpt4").value_or(0), 0.975);
}

TEST(BundledDataset, EventsOfEarly2025)
{
    std::vector<std::string> dates;
    for (const Event &e : bundled().events)
        dates.push_back(e.date);
    for (const char *date : {"2024-12-26", "2025-01-20", "2025-01-21", "2025-01-26"})
        EXPECT_NE(std::find(dates.begin(), dates.end(), date), dates.end()) << date;
}

TEST(BundledDataset, NoTwoRecordsShareAnImportIdentity)
{
    // An import matches a row to a stored record by entity, metric, period, kind, source and
    // English note (docs/importing.md): two bundled records alike in all six would make the
    // data's own export fail to import again.
    std::set<std::string> seen;
    for (const Observation &o : bundled().observations) {
        const std::string identity = o.entity + '|' + o.metric + '|' + o.period.toString() + '|' + kindName(o.kind)
            + '|' + o.source + '|' + o.noteEn;
        EXPECT_TRUE(seen.insert(identity).second) << o.uid;
    }
}
