#include "importednumber.h"

#include <gtest/gtest.h>

using namespace capex;

namespace {

constexpr NumberForms plain{false, false};
constexpr NumberForms amounts{false, true};
constexpr NumberForms fractions{true, false};

double parsed(std::string_view text, NumberForms forms)
{
    auto r = parseImportedNumber(text, forms);
    EXPECT_TRUE(r.ok()) << text << ": " << (r.ok() ? "" : describe(r.error()));
    return r.ok() ? r.value() : -1;
}

ErrorCode failure(std::string_view text, NumberForms forms)
{
    auto r = parseImportedNumber(text, forms);
    EXPECT_FALSE(r.ok()) << text;
    return r.ok() ? ErrorCode::InvalidValue : r.error().code;
}

} // namespace

TEST(ImportedNumber, PlainDecimalsAndExponents)
{
    EXPECT_EQ(parsed("72220000000", plain), 72.22e9);
    EXPECT_EQ(parsed(" 72.22e9 ", plain), 72.22e9);
    EXPECT_EQ(parsed("-0.5", plain), -0.5);
    EXPECT_EQ(parsed("+3", plain), 3.0);
    EXPECT_EQ(parsed(".5", plain), 0.5);
}

TEST(ImportedNumber, PlainDecimalsReadDirectlyAgreeWithTheGeneralPath)
{
    // Plain decimals skip the rebuilding of the text; the value is the same double.
    EXPECT_EQ(parsed("-1234.5", plain), -1234.5);
    EXPECT_EQ(parsed("0007", plain), 7.0);
    EXPECT_EQ(parsed("12.", plain), 12.0);
    EXPECT_EQ(parsed("0.1", amounts), 0.1);
    EXPECT_EQ(parsed("96.4", amounts), 96.4);
    EXPECT_EQ(failure("-", plain), ErrorCode::NotANumber);
    EXPECT_EQ(failure("1.2.3", plain), ErrorCode::NotANumber);
    EXPECT_EQ(failure("1" + std::string(400, '0'), plain), ErrorCode::NonFiniteNumber);
}

TEST(ImportedNumber, ThousandsSeparatorsInGroupsOfThree)
{
    EXPECT_EQ(parsed("1,234,567.5", plain), 1234567.5);
    EXPECT_EQ(parsed("39,230,000,000", plain), 39.23e9);
    EXPECT_EQ(failure("1,23", plain), ErrorCode::NotANumber);     // a decimal comma? not guessed
    EXPECT_EQ(failure("1234,567", plain), ErrorCode::NotANumber); // first group too long
    EXPECT_EQ(failure(",123", plain), ErrorCode::NotANumber);
}

TEST(ImportedNumber, ChineseUnitsScaleExactly)
{
    EXPECT_EQ(parsed("96.4亿", amounts), 9640000000.0);
    EXPECT_EQ(parsed("3万", amounts), 30000.0);
    EXPECT_EQ(parsed("1.2万亿", amounts), 1.2e12);
    EXPECT_EQ(parsed("1,600 亿", amounts), 160e9);
    EXPECT_EQ(failure("96.4亿", plain), ErrorCode::NotANumber); // where the column does not allow it
}

TEST(ImportedNumber, PercentOnlyForFractions)
{
    EXPECT_EQ(parsed("86%", fractions), 0.86);
    EXPECT_EQ(parsed("12.5％", fractions), 0.125);
    EXPECT_EQ(failure("86%", amounts), ErrorCode::NotANumber);
}

TEST(ImportedNumber, NonFiniteValuesAreRejectedAsSuch)
{
    EXPECT_EQ(failure("inf", plain), ErrorCode::NonFiniteNumber);
    EXPECT_EQ(failure("-Infinity", plain), ErrorCode::NonFiniteNumber);
    EXPECT_EQ(failure("NaN", plain), ErrorCode::NonFiniteNumber);
    EXPECT_EQ(failure("1e400", plain), ErrorCode::NonFiniteNumber);
    EXPECT_EQ(failure("1e-400", plain), ErrorCode::NonFiniteNumber);
    EXPECT_EQ(failure("1e300万亿", amounts), ErrorCode::NonFiniteNumber);
}

TEST(ImportedNumber, TextIsNotANumberAndNamesItself)
{
    auto r = parseImportedNumber("about 40", plain);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error(), (Error{ErrorCode::NotANumber, {}, 0, 0, {}, "about 40"}));
    EXPECT_EQ(failure("", plain), ErrorCode::NotANumber);
    EXPECT_EQ(failure("0x10", plain), ErrorCode::NotANumber);
    EXPECT_EQ(failure("1e", plain), ErrorCode::NotANumber);
    EXPECT_EQ(failure("亿", amounts), ErrorCode::NotANumber);
}

TEST(ImportedNumber, FormsFollowTheUnit)
{
    EXPECT_TRUE(numberFormsForUnit("fraction/yr").percent);
    EXPECT_FALSE(numberFormsForUnit("fraction").chineseUnits);
    EXPECT_TRUE(numberFormsForUnit("GPU").chineseUnits);
    EXPECT_FALSE(numberFormsForUnit("x/yr").chineseUnits);
}
