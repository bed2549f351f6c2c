#include "datasetreader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <map>

namespace {

struct Invocation
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

class CliTest : public ::testing::Test
{
protected:
    Invocation run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAPEXLENS_DB"), m_dir.filePath(QStringLiteral("capexlens.db")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CAPEXLENS_EXECUTABLE), arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CliTest, VersionNamesProgramAndDatasetVersions)
{
    Invocation r = run({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith("capexlens " CAPEXLENS_VERSION "\n")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("dataset version 2")) << r.out.toStdString();
}

TEST_F(CliTest, HelpListsTheCommands)
{
    Invocation r = run({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains("data export"));
    Invocation zh = run({QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--help")});
    EXPECT_TRUE(QString::fromUtf8(zh.out).contains(QStringLiteral("导出全部观测值")));
}

TEST_F(CliTest, JsonExportListsEveryReferenceFigureWithItsSource)
{
    Invocation r = run({QStringLiteral("data"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    auto json = nlohmann::json::parse(r.out.toStdString());
    auto bundled = capex::DatasetReader::read(capex::bundledDatasetFiles());
    ASSERT_TRUE(bundled.ok());
    ASSERT_EQ(json.size(), bundled->observations.size());
    bool v3 = false;
    for (const auto &record : json) {
        EXPECT_FALSE(record["source"]["publisher"].get<std::string>().empty());
        if (record["entity"] == "deepseek_v3" && record["metric"] == "training_gpu_hours") {
            v3 = true;
            EXPECT_DOUBLE_EQ(record["value"].get<double>(), 2.788e6);
            EXPECT_EQ(record["grade"], "reported");
        }
    }
    EXPECT_TRUE(v3);
}

TEST_F(CliTest, CsvExportToAFile)
{
    const QString out = m_dir.filePath(QStringLiteral("data.csv"));
    Invocation r = run({QStringLiteral("data"), QStringLiteral("export"), QStringLiteral("--format=csv"), QStringLiteral("--out"),
                 out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    EXPECT_TRUE(csv.startsWith("entity,entity_en,entity_zh,metric,period,value,low,high,unit,currency,kind,grade"));
    EXPECT_TRUE(csv.contains("bytedance,ByteDance,"));
    EXPECT_TRUE(r.out.isEmpty());
}

TEST_F(CliTest, UsageErrorsExitWithTwoAndNameTheArgument)
{
    Invocation unknownOption = run({QStringLiteral("--colour")});
    EXPECT_EQ(unknownOption.exitCode, 2);
    EXPECT_TRUE(unknownOption.err.contains(QStringLiteral("--colour"))) << unknownOption.err.toStdString();

    Invocation badFormat = run({QStringLiteral("data"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(badFormat.exitCode, 2);
    EXPECT_TRUE(badFormat.err.contains(QStringLiteral("xml")));

    Invocation unknownCommand = run({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknownCommand.exitCode, 2);
    EXPECT_TRUE(unknownCommand.err.contains(QStringLiteral("frobnicate")));

    Invocation missingValue = run({QStringLiteral("data"), QStringLiteral("export"), QStringLiteral("--out")});
    EXPECT_EQ(missingValue.exitCode, 2);
    EXPECT_TRUE(missingValue.err.contains(QStringLiteral("--out")));
}

TEST_F(CliTest, UnwritableOutputFailsWithOneAndLeavesNoFile)
{
    const QString out = m_dir.filePath(QStringLiteral("no-such-folder/data.json"));
    Invocation r = run({QStringLiteral("data"), QStringLiteral("export"), QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(out)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(CliTest, MessagesFollowTheLanguage)
{
    Invocation r = run({QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("data"), QStringLiteral("export"),
                 QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("只能是 json 或 csv"))) << r.err.toStdString();
}

TEST_F(CliTest, ScenarioRunPrintsTheSpecificationsKeysAndNumbers)
{
    Invocation r = run({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    auto json = nlohmann::json::parse(r.out.toStdString());
    ASSERT_EQ(json["years"].size(), 11u); // 2025–2035
    const auto &first = json["years"][0];
    for (const char *key : {"year", "unit_cost_index", "demand_index", "spend_index", "compute_index", "required_h100e",
                            "installed_h100e", "new_h100e", "retired_h100e", "idle_h100e", "unmet_h100e",
                            "h100e_price_usd", "required_ai_capex_usd", "capped", "planned_ai_capex_usd",
                            "plan_to_required_ratio", "installed_power_gw", "required_power_gw", "power_ceiling_gw",
                            "capped_by", "planned_ai_capex_low_usd", "planned_ai_capex_high_usd"})
        EXPECT_TRUE(first.contains(key)) << key;
    EXPECT_EQ(first["year"], 2025);
    // Epoch's end-2025 fleets of the five at 1.4 kW: 8,212,410 × 1.4 kW = 11.497 GW.
    EXPECT_NEAR(first["installed_power_gw"].get<double>(), 8212410 * 1.4 / 1e6, 1e-9);
    EXPECT_DOUBLE_EQ(first["unit_cost_index"].get<double>(), 1.0);
    EXPECT_TRUE(first["plan_to_required_ratio"].is_null());
    // 2026: C = 0.14² = 0.0196; E = C^(1 − 1.1) = 0.0196^−0.1.
    const auto &y2026 = json["years"][2];
    EXPECT_NEAR(y2026["unit_cost_index"].get<double>(), 0.0196, 1e-12);
    EXPECT_NEAR(y2026["spend_index"].get<double>(), std::pow(0.0196, -0.1), 1e-12);
    EXPECT_DOUBLE_EQ(json["parameters"]["elasticity"].get<double>(), 1.1);
}

TEST_F(CliTest, ScenarioRunTakesSetAndPresets)
{
    Invocation r = run({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--scenario"),
                        QStringLiteral("preset:inelastic"), QStringLiteral("--set"), QStringLiteral("demand_growth=1.0")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    auto json = nlohmann::json::parse(r.out.toStdString());
    EXPECT_DOUBLE_EQ(json["parameters"]["elasticity"].get<double>(), 0.6);
    EXPECT_LT(json["years"][10]["spend_index"].get<double>(), 1.0); // over-built: spend falls

    Invocation presets = run({QStringLiteral("scenario"), QStringLiteral("presets")});
    EXPECT_EQ(presets.exitCode, 0);
    for (const char *id : {"base", "deepseek_moment", "inelastic", "strong_jevons", "power_bound"})
        EXPECT_TRUE(presets.out.contains(id)) << id;
}

TEST_F(CliTest, ScenarioRunRejectsUnknownAndOutOfDomainParametersWithTwo)
{
    Invocation unknown = run({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--set"),
                              QStringLiteral("elastic=1.2")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("elastic"))) << unknown.err.toStdString();
    Invocation outside = run({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--set"),
                              QStringLiteral("elasticity=5.1")});
    EXPECT_EQ(outside.exitCode, 2);
    EXPECT_TRUE(outside.err.contains(QStringLiteral("elasticity"))) << outside.err.toStdString();
    EXPECT_TRUE(outside.err.contains(QStringLiteral("[0, 5]"))) << outside.err.toStdString();
    // Outside the usual range but inside the domain: accepted, kept exactly.
    Invocation wide = run({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--set"),
                           QStringLiteral("elasticity=2"), QStringLiteral("--set"), QStringLiteral("cost_decline=0.3")});
    ASSERT_EQ(wide.exitCode, 0) << wide.err.toStdString();
    auto json = nlohmann::json::parse(wide.out.toStdString());
    EXPECT_DOUBLE_EQ(json["parameters"]["elasticity"].get<double>(), 2.0);
    EXPECT_DOUBLE_EQ(json["parameters"]["cost_decline"].get<double>(), 0.3);
}

TEST_F(CliTest, MonteCarloGivesIdenticalPercentilesOnOneAndTwoThreads)
{
    const QStringList args = {QStringLiteral("scenario"), QStringLiteral("montecarlo"), QStringLiteral("--runs"),
                              QStringLiteral("5000"), QStringLiteral("--seed"), QStringLiteral("11"),
                              QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--threads")};
    Invocation one = run(args + QStringList{QStringLiteral("1")});
    Invocation two = run(args + QStringList{QStringLiteral("2")});
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    ASSERT_EQ(two.exitCode, 0) << two.err.toStdString();
    EXPECT_EQ(one.out, two.out);
    auto json = nlohmann::json::parse(one.out.toStdString());
    EXPECT_EQ(json["runs"], 5000);
    ASSERT_EQ(json["years"].size(), 11u);
    for (const char *output : {"spend_index", "required_h100e", "required_ai_capex_usd", "required_power_gw",
             "plan_to_required_ratio"})
        for (const char *p : {"p5", "p25", "p50", "p75", "p95"})
            EXPECT_TRUE(json["years"][10][output].contains(p)) << output << ' ' << p;
    EXPECT_LT(json["years"][10]["spend_index"]["p5"].get<double>(), json["years"][10]["spend_index"]["p95"].get<double>());
}

TEST_F(CliTest, GridCellEqualsScenarioRunAtItsTwoValues)
{
    Invocation grid = run({QStringLiteral("scenario"), QStringLiteral("grid"), QStringLiteral("--x"),
                           QStringLiteral("elasticity"), QStringLiteral("--y"), QStringLiteral("cost_decline"),
                           QStringLiteral("--steps"), QStringLiteral("3")});
    ASSERT_EQ(grid.exitCode, 0) << grid.err.toStdString();
    auto g = nlohmann::json::parse(grid.out.toStdString());
    EXPECT_EQ(g["output"], "plan_to_required_ratio");
    EXPECT_EQ(g["year"], 2030); // t0 + 5
    ASSERT_EQ(g["x"]["values"], nlohmann::json::parse("[0.6, 1.1, 1.6]"));
    ASSERT_EQ(g["y"]["values"].size(), 3u);
    Invocation single = run({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--set"),
                             QStringLiteral("elasticity=1.6"), QStringLiteral("--set"), QStringLiteral("cost_decline=0.5")});
    ASSERT_EQ(single.exitCode, 0) << single.err.toStdString();
    auto s = nlohmann::json::parse(single.out.toStdString());
    EXPECT_EQ(g["values"][0][2].get<double>(), s["years"][5]["plan_to_required_ratio"].get<double>());
    Invocation csv = run({QStringLiteral("scenario"), QStringLiteral("grid"), QStringLiteral("--x"),
                          QStringLiteral("useful_life"), QStringLiteral("--y"), QStringLiteral("ai_share"),
                          QStringLiteral("--steps"), QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.startsWith("ai_share\\useful_life,4,5,6\n")) << csv.out.toStdString();
    Invocation bad = run({QStringLiteral("scenario"), QStringLiteral("grid"), QStringLiteral("--x"),
                          QStringLiteral("world_gdp_usd"), QStringLiteral("--y"), QStringLiteral("elasticity")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("world_gdp_usd"))) << bad.err.toStdString();
}

TEST_F(CliTest, HindcastSetsThePlanOnTheDateBesideWhatFollowed)
{
    Invocation r = run({QStringLiteral("scenario"), QStringLiteral("hindcast")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    auto json = nlohmann::json::parse(r.out.toStdString());
    EXPECT_EQ(json["as_of"], "2025-02-01");
    EXPECT_EQ(json["t0"], 2024);
    ASSERT_FALSE(json["years"].empty());
    const auto &y = json["years"][0];
    EXPECT_EQ(y["year"], 2025);
    for (const char *key : {"planned_ai_capex_usd", "actual_ai_capex_usd", "plan_error", "required_ai_capex_usd",
             "installed_h100e", "fleet_estimate_h100e", "fleet_error"})
        EXPECT_TRUE(y.contains(key)) << key;
    ASSERT_TRUE(y["actual_ai_capex_usd"].is_number());
    EXPECT_NEAR(y["plan_error"].get<double>(),
        y["actual_ai_capex_usd"].get<double>() / y["planned_ai_capex_usd"].get<double>() - 1.0, 1e-12);
    Invocation bad = run({QStringLiteral("scenario"), QStringLiteral("hindcast"), QStringLiteral("--as-of"),
                          QStringLiteral("1 Feb 2025")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--as-of"))) << bad.err.toStdString();
}

TEST_F(CliTest, AsOfLeavesOutWhatWasPublishedLater)
{
    Invocation now = run({QStringLiteral("scenario"), QStringLiteral("run")});
    Invocation then = run({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--as-of"),
                           QStringLiteral("2025-02-01"), QStringLiteral("--set"), QStringLiteral("t0=2024")});
    ASSERT_EQ(now.exitCode, 0) << now.err.toStdString();
    ASSERT_EQ(then.exitCode, 0) << then.err.toStdString();
    auto a = nlohmann::json::parse(now.out.toStdString()), b = nlohmann::json::parse(then.out.toStdString());
    EXPECT_EQ(b["as_of"], "2025-02-01");
    EXPECT_FALSE(a.contains("as_of"));
    // On 2025-02-01 Meta's latest word on 2025 was $60–65 B; its 2026 guidance came later.
    EXPECT_NE(a["parameters"]["capex_growth.meta"], b["parameters"]["capex_growth.meta"]);
}

TEST_F(CliTest, MonteCarloRejectsRunsOutsideItsRange)
{
    Invocation r = run({QStringLiteral("scenario"), QStringLiteral("montecarlo"), QStringLiteral("--runs"),
                        QStringLiteral("10")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--runs"))) << r.err.toStdString();
}

TEST_F(CliTest, TornadoSortsBarsBySwing)
{
    Invocation r = run({QStringLiteral("scenario"), QStringLiteral("tornado"), QStringLiteral("--output"),
                        QStringLiteral("required_ai_capex_usd"), QStringLiteral("--year"), QStringLiteral("2030"),
                        QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    auto json = nlohmann::json::parse(r.out.toStdString());
    EXPECT_EQ(json["year"], 2030);
    ASSERT_GE(json["bars"].size(), 5u);
    for (std::size_t i = 1; i < json["bars"].size(); ++i)
        EXPECT_GE(json["bars"][i - 1]["swing"].get<double>(), json["bars"][i]["swing"].get<double>());
    Invocation bad = run({QStringLiteral("scenario"), QStringLiteral("tornado"), QStringLiteral("--output"),
                          QStringLiteral("profit")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("profit")));
}

TEST_F(CliTest, VisitingAllPagesPrintsEveryFigureOfTheBenchmarkAndNoWarning)
{
    // scripts/bench reads these lines; a window that warns on the console fails here too.
    Invocation r = run({QStringLiteral("--exit-after-paint"), QStringLiteral("--visit-all-pages")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    std::map<std::string, double> figures;
    for (const QByteArray &line : r.out.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            figures[line.left(equals).toStdString()] = line.mid(equals + 1).toDouble();
    }
    for (const char *key : {"first_paint_ms", "loaded_ms", "load_stall_max_ms", "load_stall_reading_ms",
                            "load_stall_filling_ms", "load_busy_filling_ms", "load_step_max_ms", "all_pages_ms", "peak_rss_kb"})
        EXPECT_TRUE(figures.count(key)) << key << "\n" << r.out.toStdString();
    // The store is read in the background and the overview filled in steps: some took time.
    EXPECT_GT(figures["load_step_max_ms"], 0.0);
    // The window's CPU time in a gap is part of that gap.
    EXPECT_GT(figures["load_busy_filling_ms"], 0.0);
    EXPECT_LE(figures["load_busy_filling_ms"], figures["load_stall_filling_ms"] + 0.1);
    EXPECT_GT(figures["peak_rss_kb"], 10'000.0);
    int pages = 0;
    for (const auto &[key, value] : figures)
        if (key.rfind("page_ms.", 0) == 0) {
            ++pages;
            EXPECT_GT(value, 0.0) << key;
        }
    EXPECT_EQ(pages, 12);
    EXPECT_TRUE(figures.count("page_ms.data") && figures.count("page_ms.uncertainty"));
}
