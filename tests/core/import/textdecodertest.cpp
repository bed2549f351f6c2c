#include "textdecoder.h"

#include <gtest/gtest.h>

using namespace capex;

TEST(TextDecoder, PlainUtf8IsTakenAsItIs)
{
    auto text = TextDecoder::decode("entity,note_zh\nmeta,资本开支\n", "a.csv");
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(text->encoding, TextEncoding::Utf8);
    EXPECT_EQ(text->utf8, "entity,note_zh\nmeta,资本开支\n");
}

TEST(TextDecoder, Utf8ByteOrderMarkIsDropped)
{
    auto text = TextDecoder::decode("\xEF\xBB\xBF" "entity\n", "a.csv");
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(text->encoding, TextEncoding::Utf8WithBom);
    EXPECT_EQ(text->utf8, "entity\n");
}

TEST(TextDecoder, Utf16LittleEndianWithBomAsExcelUnicodeTextWritesIt)
{
    // "Meta,资本\n" in UTF-16LE: 资 = U+8D44, 本 = U+672C.
    const std::string bytes("\xFF\xFE" "M\0e\0t\0a\0,\0" "\x44\x8D\x2C\x67" "\n\0", 18);
    auto text = TextDecoder::decode(bytes, "a.txt");
    ASSERT_TRUE(text.ok()) << describe(text.error());
    EXPECT_EQ(text->encoding, TextEncoding::Utf16Le);
    EXPECT_EQ(text->utf8, "Meta,资本\n");
}

TEST(TextDecoder, Utf16BigEndianWithBom)
{
    const std::string bytes("\xFE\xFF" "\0M\0e\0t\0a\0," "\x8D\x44\x67\x2C" "\0\n", 18);
    auto text = TextDecoder::decode(bytes, "a.txt");
    ASSERT_TRUE(text.ok()) << describe(text.error());
    EXPECT_EQ(text->encoding, TextEncoding::Utf16Be);
    EXPECT_EQ(text->utf8, "Meta,资本\n");
}

TEST(TextDecoder, BytesThatAreNotUtf8AreReadAsGb18030)
{
    // "资本开支,3.9亿" as Excel saves it on Chinese Windows (GBK, a subset of GB18030).
    const std::string bytes = "\xD7\xCA\xB1\xBE\xBF\xAA\xD6\xA7,3.9\xD2\xDA\n";
    auto text = TextDecoder::decode(bytes, "a.csv");
    ASSERT_TRUE(text.ok()) << describe(text.error());
    EXPECT_EQ(text->encoding, TextEncoding::Gb18030);
    EXPECT_EQ(text->utf8, "资本开支,3.9亿\n");
}

TEST(TextDecoder, Gb18030FourByteSequencesDecode)
{
    // U+20000 (𠀀) is 0x95 0x32 0x82 0x36 in GB18030: beyond GBK, in the standard.
    auto text = TextDecoder::decode("a\x95\x32\x82\x36", "a.csv");
    ASSERT_TRUE(text.ok()) << describe(text.error());
    EXPECT_EQ(text->utf8, "a\xF0\xA0\x80\x80");
}

TEST(TextDecoder, UndecodableBytesNameTheLine)
{
    // Line 3 holds 0x81 followed by a space: neither UTF-8 nor GB18030.
    auto text = TextDecoder::decode("entity\nmeta\nbad \x81 byte\n", "a.csv");
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error(), (Error{ErrorCode::InvalidEncoding, "a.csv", 3, 0, {}, "GB18030"}));
}

TEST(TextDecoder, TruncatedUtf16IsRejected)
{
    const std::string bytes("\xFF\xFE" "a\0\n\0b", 7);
    auto text = TextDecoder::decode(bytes, "a.txt");
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error(), (Error{ErrorCode::InvalidEncoding, "a.txt", 2, 0, {}, "UTF-16LE"}));
}

TEST(TextDecoder, Utf8ValidationFindsABadByteAfterAnyRunOfAscii)
{
    // Plain ASCII is skipped eight bytes at a time: a bad or cut-off sequence must be found
    // at every offset into and after such a run.
    for (std::size_t ascii = 0; ascii < 20; ++ascii) {
        const std::string run(ascii, 'a');
        EXPECT_TRUE(TextDecoder::isValidUtf8(run + "资本" + run)) << ascii;
        EXPECT_FALSE(TextDecoder::isValidUtf8(run + "\xC0\xAF" + run)) << ascii;
        EXPECT_FALSE(TextDecoder::isValidUtf8(run + "\xE8\xB5")) << ascii; // cut off at the end
        EXPECT_FALSE(TextDecoder::isValidUtf8(run + "\xFF" + run + run)) << ascii;
    }
}

TEST(TextDecoder, Utf8ValidationRejectsOverlongsAndSurrogates)
{
    EXPECT_TRUE(TextDecoder::isValidUtf8("资本 €"));
    EXPECT_FALSE(TextDecoder::isValidUtf8("\xC0\xAF"));         // overlong '/'
    EXPECT_FALSE(TextDecoder::isValidUtf8("\xED\xA0\x80"));     // a surrogate
    EXPECT_FALSE(TextDecoder::isValidUtf8("\xE8\xB5"));         // truncated
    EXPECT_FALSE(TextDecoder::isValidUtf8("\xF4\x90\x80\x80")); // past U+10FFFF
}
