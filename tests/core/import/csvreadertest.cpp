#include "csvreader.h"

#include <gtest/gtest.h>

using namespace capex;

namespace {

std::vector<CsvRecord> readAll(std::string_view text, char delimiter = ',')
{
    CsvReader reader(text, delimiter, "a.csv");
    std::vector<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records.push_back(record);
    EXPECT_FALSE(reader.error()) << describe(*reader.error());
    return records;
}

Error firstError(std::string_view text)
{
    CsvReader reader(text, ',', "a.csv");
    CsvRecord record;
    while (reader.next(record)) {
    }
    return reader.error().value_or(Error{ErrorCode::InvalidValue, "no error", 0, 0, {}, {}});
}

} // namespace

TEST(CsvReader, SniffsTheDelimiterFromTheHeaderOnly)
{
    EXPECT_EQ(CsvReader::sniffDelimiter("entity,metric,period\n1;2;3;4;5\n"), ',');
    EXPECT_EQ(CsvReader::sniffDelimiter("entity;metric;period\n"), ';');
    EXPECT_EQ(CsvReader::sniffDelimiter("entity\tmetric\tperiod\r\n"), '\t');
    EXPECT_EQ(CsvReader::sniffDelimiter("\"a;b;c\",x,y\n"), ','); // quoted delimiters do not count
    EXPECT_EQ(CsvReader::sniffDelimiter("entity\n"), ',');
}

TEST(CsvReader, QuotedFieldsHoldDelimitersQuotesAndNewlines)
{
    auto records = readAll("a,b,c\r\n\"1,5\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nx,,\r\n");
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[1].fields, (std::vector<std::string>{"1,5", "say \"hi\"", "two\r\nlines"}));
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[2].fields, (std::vector<std::string>{"x", "", ""}));
    EXPECT_EQ(records[2].line, 4); // the quoted newline moved it down a line
}

TEST(CsvReader, AcceptsLfCrAndAMissingFinalNewline)
{
    auto records = readAll("a;b\nc;d\re;f", ';');
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[2].fields, (std::vector<std::string>{"e", "f"}));
    EXPECT_EQ(records[2].line, 3);
}

TEST(CsvReader, TabDelimitedKeepsCommas)
{
    auto records = readAll("a\tb\n1,234\t\"x\ty\"\n", '\t');
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[1].fields, (std::vector<std::string>{"1,234", "x\ty"}));
}

TEST(CsvReader, UnterminatedQuoteNamesTheLineWhereItOpened)
{
    EXPECT_EQ(firstError("a,b\n1,\"open\nstill open\n"), (Error{ErrorCode::UnterminatedQuote, "a.csv", 2, 2, {}, {}}));
}

TEST(CsvReader, QuoteInsideAnUnquotedFieldIsMalformed)
{
    EXPECT_EQ(firstError("a,b,c\n1,2 \"inch\",3\n"), (Error{ErrorCode::MalformedQuote, "a.csv", 2, 2, {}, {}}));
}

TEST(CsvReader, TextAfterAClosingQuoteIsMalformed)
{
    EXPECT_EQ(firstError("a,b\n\"x\"y,2\n"), (Error{ErrorCode::MalformedQuote, "a.csv", 2, 1, {}, {}}));
}
