// Scenario files: a round trip keeps everything, and each bad file is refused with its exact error.
#include "scenario.h"

#include "modeltesting.h"

#include <gtest/gtest.h>

using namespace capex;
using capex::testing::expectError;

namespace {

const ModelParameters &base()
{
    static const ModelParameters parameters = capex::testing::bundledParameters();
    return parameters;
}

std::string file(const std::string &parameters, const std::string &extra = {})
{
    return R"({"schema_version": 1, "name": "Test", )" + extra + R"("parameters": {)" + parameters + "}}";
}

Error loadError(const std::string &text)
{
    auto scenario = ScenarioFile::load(text, base());
    EXPECT_FALSE(scenario);
    return scenario ? Error {ErrorCode::InvalidValue, {}, 0, 0, "(loaded)", {}} : scenario.error();
}

} // namespace

TEST(ScenarioFile, RoundTripKeepsEveryParameterTheSelectionAndThePreset)
{
    Scenario scenario {"Cheap compute", "注释 note", base(), {}, 0};
    ModelParameters &p = scenario.parameters;
    ASSERT_TRUE(p.setCostCurve("derived"));
    ASSERT_TRUE(p.selectCompanies({"meta", "oracle"}));
    ASSERT_TRUE(p.set("elasticity", 1.37));
    ASSERT_TRUE(p.set("horizon", 2040));
    ASSERT_TRUE(p.set("shock_year", 2031));
    ASSERT_TRUE(p.set("shock_factor", 0.2));
    ASSERT_TRUE(p.set("capex_growth.meta", 0.123456789));
    ASSERT_TRUE(p.set("base_fleet", 620e3)); // Meta alone: 550k–650k

    auto loaded = ScenarioFile::load(ScenarioFile::save(scenario), base());
    ASSERT_TRUE(loaded) << describe(loaded.error());
    EXPECT_EQ(loaded->name, "Cheap compute");
    EXPECT_EQ(loaded->note, "注释 note");
    EXPECT_EQ(loaded->parameters.costCurve(), "derived");
    EXPECT_EQ(loaded->parameters.selectedCompanies(), (std::vector<std::string> {"meta", "oracle"}));
    for (const ParameterSpec &spec : p.specs())
        EXPECT_EQ(loaded->parameters.get(spec.name), spec.value) << spec.name;
}

TEST(ScenarioFile, ValuesThatFollowedTheirDefaultsStillFollowAfterLoading)
{
    auto loaded = ScenarioFile::load(ScenarioFile::save({"Base", "", base(), {}, 0}), base());
    ASSERT_TRUE(loaded);
    EXPECT_FALSE(loaded->parameters.isExplicit("cost_decline"));
    EXPECT_FALSE(loaded->parameters.isExplicit("base_fleet"));
    ASSERT_TRUE(loaded->parameters.setCostCurve("ark_training"));
    EXPECT_DOUBLE_EQ(*loaded->parameters.get("cost_decline"), 0.75);
}

TEST(ScenarioFile, MissingParametersKeepTheirDefaults)
{
    auto loaded = ScenarioFile::load(file(R"("elasticity": 0.9)"), base());
    ASSERT_TRUE(loaded) << describe(loaded.error());
    EXPECT_DOUBLE_EQ(*loaded->parameters.get("elasticity"), 0.9);
    EXPECT_DOUBLE_EQ(*loaded->parameters.get("hw_gain"), 1.35);
}

TEST(ScenarioFile, TextThatIsNotJsonIsJsonSyntaxWithLineAndColumn)
{
    Error error = loadError("{\n  \"name\": ,\n}");
    EXPECT_EQ(error.code, ErrorCode::JsonSyntax);
    EXPECT_EQ(error.line, 2);
    EXPECT_EQ(error.column, 11);
}

TEST(ScenarioFile, MissingSchemaVersionIsInvalid)
{
    expectError(loadError(R"({"name": "x", "parameters": {}})"), ErrorCode::InvalidValue, "schema_version", "");
}

TEST(ScenarioFile, NewerSchemaVersionIsInvalidWithTheVersion)
{
    expectError(loadError(R"({"schema_version": 3, "name": "x", "parameters": {}})"), ErrorCode::InvalidValue,
        "schema_version", "3");
}

TEST(ScenarioFile, SchemaVersionMustBeAnInteger)
{
    expectError(loadError(R"({"schema_version": "1", "name": "x", "parameters": {}})"), ErrorCode::WrongType,
        "schema_version", "integer");
}

TEST(ScenarioFile, MissingNameIsMissingField)
{
    expectError(loadError(R"({"schema_version": 1, "parameters": {}})"), ErrorCode::MissingField, "name", "");
}

TEST(ScenarioFile, NameMustBeAString)
{
    expectError(
        loadError(R"({"schema_version": 1, "name": 5, "parameters": {}})"), ErrorCode::WrongType, "name", "string");
}

TEST(ScenarioFile, MissingParametersObjectIsMissingField)
{
    expectError(loadError(R"({"schema_version": 1, "name": "x"})"), ErrorCode::MissingField, "parameters", "");
}

TEST(ScenarioFile, ParameterOfTheWrongTypeNamesItsPath)
{
    expectError(loadError(file(R"("elasticity": "high")")), ErrorCode::WrongType, "parameters.elasticity", "number");
}

TEST(ScenarioFile, ParameterOutsideItsDomainNamesTheDomain)
{
    expectError(loadError(file(R"("elasticity": 5.5)")), ErrorCode::ParameterOutOfDomain, "elasticity", "[0, 5]");
}

TEST(ScenarioFile, UnknownParameterIsNamed)
{
    expectError(loadError(file(R"("elasticty": 1)")), ErrorCode::UnknownParameter, "elasticty", "");
}

TEST(ScenarioFile, UnknownCompanyIsAnUnknownReference)
{
    expectError(loadError(file("", R"("companies": ["meta", "nvidia"], )")), ErrorCode::UnknownReference, "companies",
        "nvidia");
}

TEST(ScenarioFile, CompanyThatIsNotAStringNamesItsIndex)
{
    expectError(loadError(file("", R"("companies": ["meta", 3], )")), ErrorCode::WrongType, "companies[1]", "string");
}

TEST(ScenarioFile, UnknownCostCurveIsInvalid)
{
    expectError(loadError(file("", R"("cost_curve": "moore", )")), ErrorCode::InvalidValue, "cost_curve", "moore");
}

TEST(ScenarioFile, ShockYearIsCheckedAgainstTheFilesOwnHorizon)
{
    auto loaded = ScenarioFile::load(file(R"("shock_year": 2038, "horizon": 2040)"), base());
    ASSERT_TRUE(loaded) << describe(loaded.error());
    EXPECT_EQ(loaded->parameters.get("shock_year"), 2038);
}

TEST(ScenarioFile, BuiltInScenariosHaveNamesInBothLanguages)
{
    std::vector<std::string> ids;
    for (const ScenarioPreset &preset : ScenarioFile::presets()) {
        ids.push_back(preset.id);
        EXPECT_FALSE(preset.nameEn.empty());
        EXPECT_FALSE(preset.nameZh.empty());
    }
    EXPECT_EQ(ids, (std::vector<std::string> {"base", "deepseek_moment", "inelastic", "strong_jevons", "power_bound"}));
}

TEST(ScenarioFile, BuiltInScenariosSetTheirParameters)
{
    auto deepseek = ScenarioFile::preset("deepseek_moment", base());
    ASSERT_TRUE(deepseek);
    EXPECT_DOUBLE_EQ(*deepseek->parameters.get("shock_factor"), 0.1);
    EXPECT_EQ(deepseek->parameters.get("shock_year"), 2026); // the year after t0
    auto inelastic = ScenarioFile::preset("inelastic", base());
    ASSERT_TRUE(inelastic);
    EXPECT_DOUBLE_EQ(*inelastic->parameters.get("elasticity"), 0.6);
    auto jevons = ScenarioFile::preset("strong_jevons", base());
    ASSERT_TRUE(jevons);
    EXPECT_DOUBLE_EQ(*jevons->parameters.get("elasticity"), 1.6);
    auto plain = ScenarioFile::preset("base", base());
    ASSERT_TRUE(plain);
    EXPECT_DOUBLE_EQ(*plain->parameters.get("elasticity"), 1.1);
}

TEST(ScenarioFile, UnknownBuiltInScenarioIsAnUnknownReference)
{
    auto scenario = ScenarioFile::preset("bubble", base());
    ASSERT_FALSE(scenario);
    expectError(scenario.error(), ErrorCode::UnknownReference, "scenario", "bubble");
}

TEST(ScenarioFile, ANumberThatOverflowsIsASyntaxErrorNotACrash)
{
    auto result = capex::ScenarioFile::load(R"({"schema_version": 1, "name": "x", "parameters": {"elasticity": 1e999}})",
                                            capex::ModelParameters());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, capex::ErrorCode::JsonSyntax);
}
