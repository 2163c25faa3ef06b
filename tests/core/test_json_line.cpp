// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON Lines object parser: values, escapes, surrogate pairs, what nesting is allowed, errors.
#include "check.h"

#include "io/json_line.h"

using namespace omni::io;

namespace {
const JsonValue& member(const JsonObject& object, const std::string& key)
{
    for (const auto& entry : object)
        if (entry.first == key)
            return entry.second;
    omni::test::fail(__FILE__, __LINE__, "no member " + key);
}

JsonSyntaxError errorOf(const std::string& line)
{
    try {
        parseJsonObjectLine(line);
    } catch (const JsonSyntaxError& error) {
        return error;
    }
    omni::test::fail(__FILE__, __LINE__, "no JsonSyntaxError for: " + line);
}

bool mentions(const JsonSyntaxError& error, const std::string& fragment)
{
    return std::string(error.what()).find(fragment) != std::string::npos;
}
} // namespace

OMNI_TEST(scalar_values_keep_their_type_and_text)
{
    const JsonObject object =
        parseJsonObjectLine(R"(  {"sku": "A-1", "price": 12.50, "stock": -3, "big": 1.5e3, "on": true, "off": false,)"
                            R"( "none": null}  )");
    OMNI_CHECK_EQ(object.size(), size_t(7));
    OMNI_CHECK_EQ(object[0].first, std::string("sku")); // order as written
    OMNI_CHECK(member(object, "sku").type == JsonValue::Type::String);
    OMNI_CHECK_EQ(member(object, "sku").text, std::string("A-1"));
    // Numbers keep their literal, so that "12.50" is converted exactly like a CSV cell.
    OMNI_CHECK(member(object, "price").type == JsonValue::Type::Number);
    OMNI_CHECK_EQ(member(object, "price").text, std::string("12.50"));
    OMNI_CHECK_EQ(member(object, "stock").text, std::string("-3"));
    OMNI_CHECK_EQ(member(object, "big").text, std::string("1.5e3"));
    OMNI_CHECK(member(object, "on").type == JsonValue::Type::Bool);
    OMNI_CHECK_EQ(member(object, "off").text, std::string("false"));
    OMNI_CHECK(member(object, "none").type == JsonValue::Type::Null);
    OMNI_CHECK(member(object, "none").text.empty());
}

OMNI_TEST(empty_object)
{
    OMNI_CHECK(parseJsonObjectLine("{}").empty());
    OMNI_CHECK(parseJsonObjectLine(" { } ").empty());
}

OMNI_TEST(string_escapes_are_decoded)
{
    const JsonObject object = parseJsonObjectLine(R"({"s": "q\" b\\ s\/ \b\f\n\r\t end"})");
    OMNI_CHECK_EQ(member(object, "s").text, std::string("q\" b\\ s/ \b\f\n\r\t end"));
}

OMNI_TEST(unicode_escapes_become_utf8)
{
    // é (2 bytes), 亚 (3 bytes), and U+1F600 as a surrogate pair (4 bytes).
    const JsonObject object = parseJsonObjectLine(R"({"a": "\u00e9", "b": "\u4e9A", "c": "\ud83d\ude00", "d": "\u0041"})");
    OMNI_CHECK_EQ(member(object, "a").text, std::string("\xC3\xA9"));
    OMNI_CHECK_EQ(member(object, "b").text, std::string("亚"));
    OMNI_CHECK_EQ(member(object, "c").text, std::string("\xF0\x9F\x98\x80"));
    OMNI_CHECK_EQ(member(object, "d").text, std::string("A"));
    // Raw UTF-8 passes through as written.
    OMNI_CHECK_EQ(member(parseJsonObjectLine(R"({"t": "丝绸围巾"})"), "t").text, std::string("丝绸围巾"));
}

OMNI_TEST(broken_surrogates_are_refused)
{
    OMNI_CHECK(mentions(errorOf(R"({"a": "\ud83d"})"), "high surrogate"));
    OMNI_CHECK(mentions(errorOf(R"({"a": "\ud83d\u0041"})"), "high surrogate"));
    OMNI_CHECK(mentions(errorOf(R"({"a": "\ude00"})"), "lone low surrogate"));
    OMNI_CHECK(mentions(errorOf(R"({"a": "\u12G4"})"), "four hex digits"));
}

OMNI_TEST(one_level_of_string_objects_is_allowed)
{
    const JsonObject object =
        parseJsonObjectLine(R"({"sku": "A", "attributes": {"colour": "white", "size": "M"}, "x": {}})");
    const JsonValue& attributes = member(object, "attributes");
    OMNI_CHECK(attributes.type == JsonValue::Type::Object);
    OMNI_CHECK_EQ(attributes.members.size(), size_t(2));
    OMNI_CHECK_EQ(attributes.members[0].first, std::string("colour"));
    OMNI_CHECK_EQ(attributes.members[1].second, std::string("M"));
    OMNI_CHECK(member(object, "x").members.empty());
}

OMNI_TEST(deeper_nesting_arrays_and_non_string_members_are_refused)
{
    OMNI_CHECK(mentions(errorOf(R"({"a": {"b": {"c": "d"}}})"), "must be strings"));
    OMNI_CHECK(mentions(errorOf(R"({"a": {"b": 1}})"), "must be strings"));
    OMNI_CHECK(mentions(errorOf(R"({"a": [1, 2]})"), "arrays are not supported"));
    OMNI_CHECK(mentions(errorOf(R"([{"a": 1}])"), "expected '{'"));
}

OMNI_TEST(malformed_lines_name_the_character_position)
{
    const JsonSyntaxError missingColon = errorOf(R"({"a" 1})");
    OMNI_CHECK(mentions(missingColon, "':'"));
    OMNI_CHECK_EQ(missingColon.column(), size_t(6)); // the 1 where ':' should be

    const JsonSyntaxError unclosed = errorOf(R"({"a": "text)");
    OMNI_CHECK(mentions(unclosed, "not closed"));
    OMNI_CHECK_EQ(unclosed.column(), size_t(7)); // where the string opened

    OMNI_CHECK(mentions(errorOf(R"({"a": 1)"), "not closed"));
    OMNI_CHECK(mentions(errorOf(R"({"a": 1,})"), "quoted key"));
    OMNI_CHECK(mentions(errorOf(R"({a: 1})"), "quoted key"));
    OMNI_CHECK(mentions(errorOf(R"({"a": 1} {"b": 2})"), "one object per line"));
    OMNI_CHECK(mentions(errorOf(R"({"a": 1, "a": 2})"), "duplicate key"));
    OMNI_CHECK(mentions(errorOf(R"({"a": tru})"), "expected a value"));
    OMNI_CHECK(mentions(errorOf("{\"a\": \"tab\there\"}"), "control character"));
    OMNI_CHECK(mentions(errorOf(R"({"a": "\x"})"), "unknown escape"));
    OMNI_CHECK(mentions(errorOf(""), "expected '{'"));
}

OMNI_TEST(numbers_follow_the_json_grammar)
{
    OMNI_CHECK_EQ(member(parseJsonObjectLine(R"({"n": 0})"), "n").text, std::string("0"));
    OMNI_CHECK_EQ(member(parseJsonObjectLine(R"({"n": -0.5E-2})"), "n").text, std::string("-0.5E-2"));
    OMNI_CHECK(mentions(errorOf(R"({"n": 012})"), "leading zeros"));
    OMNI_CHECK(mentions(errorOf(R"({"n": 1.})"), "malformed number"));
    OMNI_CHECK(mentions(errorOf(R"({"n": -})"), "malformed number"));
    OMNI_CHECK(mentions(errorOf(R"({"n": 1e})"), "malformed number"));
    OMNI_CHECK(mentions(errorOf(R"({"n": +1})"), "expected a value"));
}
