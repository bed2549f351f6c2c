#include "datasetreader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <cmath>

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
    ASSERT_EQ(json["years"].size(), 12u); // 2024–2035
    const auto &first = json["years"][0];
    for (const char *key : {"year", "unit_cost_index", "demand_index", "spend_index", "compute_index", "required_h100e",
                            "installed_h100e", "new_h100e", "retired_h100e", "idle_h100e", "unmet_h100e",
                            "h100e_price_usd", "required_ai_capex_usd", "capped", "planned_ai_capex_usd",
                            "plan_to_required_ratio"})
        EXPECT_TRUE(first.contains(key)) << key;
    EXPECT_EQ(first["year"], 2024);
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
    EXPECT_LT(json["years"][11]["spend_index"].get<double>(), 1.0); // over-built: spend falls

    Invocation presets = run({QStringLiteral("scenario"), QStringLiteral("presets")});
    EXPECT_EQ(presets.exitCode, 0);
    for (const char *id : {"base", "deepseek_moment", "inelastic", "strong_jevons"})
        EXPECT_TRUE(presets.out.contains(id)) << id;
}

TEST_F(CliTest, ScenarioRunRejectsUnknownAndOutOfDomainParametersWithTwo)
{
    Invocation unknown = run({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--set"),
                              QStringLiteral("elastic=1.2")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("elastic"))) << unknown.err.toStdString();
    Invocation outside = run({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--set"),
                              QStringLiteral("elasticity=2")});
    EXPECT_EQ(outside.exitCode, 2);
    EXPECT_TRUE(outside.err.contains(QStringLiteral("elasticity"))) << outside.err.toStdString();
    EXPECT_TRUE(outside.err.contains(QStringLiteral("[0.6, 1.6]"))) << outside.err.toStdString();
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
    ASSERT_EQ(json["years"].size(), 12u);
    for (const char *output : {"spend_index", "required_h100e", "required_ai_capex_usd", "plan_to_required_ratio"})
        for (const char *p : {"p5", "p25", "p50", "p75", "p95"})
            EXPECT_TRUE(json["years"][11][output].contains(p)) << output << ' ' << p;
    EXPECT_LT(json["years"][11]["spend_index"]["p5"].get<double>(), json["years"][11]["spend_index"]["p95"].get<double>());
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
