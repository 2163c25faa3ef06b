// SPDX-License-Identifier: GPL-3.0-or-later
// GPT-2's tokenizer from Hugging Face files: the byte alphabet, GPT-2's pre-tokenization, merges by
// rank (ids worked out by hand from a tiny vocab.json/merges.txt written here), special tokens, and
// errors that name the file, the line and the problem.
#include "check.h"

#include "text/gpt2_tokenizer.h"
#include "text/pretokenizer.h"
#include "text/utf8_stream.h"

#include <algorithm>
#include <string>
#include <vector>

using namespace omni::text;

namespace {

// GPT-2's byte order, written out again independently of the code under test: the printable
// Latin-1 bytes first (ids 0-187, spelled as themselves), then the other 68 bytes (ids 188-255,
// spelled U+0100 upwards). Byte ' ' is then "Ġ" = 220 and '\n' is "Ċ" = 198, as in GPT-2.
std::vector<std::pair<std::string, int>> byteVocabulary()
{
    std::vector<int> printable, others;
    for (int b = 0; b < 256; ++b) {
        const bool isPrintable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
        (isPrintable ? printable : others).push_back(b);
    }
    std::vector<std::pair<std::string, int>> vocabulary;
    for (const int b : printable) {
        std::string spelling;
        appendUtf8(spelling, char32_t(b));
        vocabulary.emplace_back(spelling, int(vocabulary.size()));
    }
    for (size_t i = 0; i < others.size(); ++i) {
        std::string spelling;
        appendUtf8(spelling, char32_t(256 + i));
        vocabulary.emplace_back(spelling, int(vocabulary.size()));
    }
    return vocabulary;
}

std::string jsonString(const std::string& text)
{
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

// Merges, by rank: 1 "Ġ t", 2 "h e", 3 "l l", 4 "Ġt he", 5 "he ll", 6 "hell o", 7 "e l".
const char* kMerges = "#version: 0.2\nĠ t\nh e\nl l\nĠt he\nhe ll\nhell o\ne l\n";

std::string tinyVocabJson(bool pretty)
{
    auto vocabulary = byteVocabulary();
    for (const char* merged : {"Ġt", "he", "ll", "Ġthe", "hell", "hello", "el", "<|endoftext|>", "an added token"})
        vocabulary.emplace_back(merged, int(vocabulary.size()));
    std::string json = "{";
    for (size_t i = 0; i < vocabulary.size(); ++i)
        json += (i ? (pretty ? ",\n  " : ", ") : (pretty ? "\n  " : "")) + jsonString(vocabulary[i].first) + ": " +
                std::to_string(vocabulary[i].second);
    return json + (pretty ? "\n}\n" : "}");
}

struct Files {
    omni::test::TempDir dir;
    std::string vocab = dir.file("vocab.json");
    std::string merges = dir.file("merges.txt");
    Files(const std::string& vocabText, const std::string& mergesText)
    {
        omni::test::writeFile(vocab, vocabText);
        omni::test::writeFile(merges, mergesText);
    }
};

Gpt2Tokenizer tiny()
{
    Files files(tinyVocabJson(false), kMerges);
    return Gpt2Tokenizer::fromFiles(files.vocab, files.merges);
}

std::string errorOf(const std::string& vocabText, const std::string& mergesText)
{
    Files files(vocabText, mergesText);
    try {
        Gpt2Tokenizer::fromFiles(files.vocab, files.merges);
    } catch (const TokenizerError& error) {
        // Every message names the file it is about (by its full path).
        const std::string message = error.what();
        OMNI_CHECK(message.find(files.dir.path()) != std::string::npos);
        return message;
    }
    omni::test::fail(__FILE__, __LINE__, "no TokenizerError");
}

bool contains(const std::string& text, const std::string& fragment) { return text.find(fragment) != std::string::npos; }

std::string joined(const std::vector<std::string_view>& pieces)
{
    std::string out;
    for (size_t i = 0; i < pieces.size(); ++i)
        out += (i ? "|" : "") + std::string(pieces[i]);
    return out;
}

} // namespace

OMNI_TEST(byte_alphabet_is_gpt2s)
{
    OMNI_CHECK(gpt2ByteToUnicode(' ') == U'Ġ');
    OMNI_CHECK(gpt2ByteToUnicode('\n') == U'Ċ');
    OMNI_CHECK(gpt2ByteToUnicode('a') == U'a');
    OMNI_CHECK(gpt2ByteToUnicode(0x00) == char32_t(0x100));
    OMNI_CHECK(gpt2ByteToUnicode(0xAD) == char32_t(0x143)); // the soft hyphen, last of the 68 moved bytes
    OMNI_CHECK(gpt2ByteToUnicode(0xE9) == U'é');
}

OMNI_TEST(gpt2_pretokenization_follows_its_pattern)
{
    // Expected pieces as Python's regex module splits them with GPT-2's pattern.
    OMNI_CHECK_EQ(joined(pretokenize("Hello world's  end\n\n", PretokenizerKind::Gpt2)),
                  std::string("Hello| world|'s| | end|\n\n"));
    OMNI_CHECK_EQ(joined(pretokenize("I'M 500ml 面霜！ 👍🏽ok", PretokenizerKind::Gpt2)),
                  std::string("I|'|M| 500|ml| 面霜|！| 👍🏽|ok"));
    OMNI_CHECK_EQ(joined(pretokenize("a  \tb", PretokenizerKind::Gpt2)), std::string("a|  |\t|b"));
}

OMNI_TEST(ids_follow_the_merges_by_rank)
{
    const Gpt2Tokenizer tokenizer = tiny();
    OMNI_CHECK_EQ(tokenizer.vocabSize(), int32_t(265));
    OMNI_CHECK_EQ(tokenizer.mergeCount(), size_t(7));
    // "hello": h e (rank 2) first, then l l (3), he ll (5), hell o (6): one token.
    OMNI_CHECK(tokenizer.encode("hello") == std::vector<TokenId>({261}));
    // " the": Ġ t (1), h e (2), Ġt he (4).
    OMNI_CHECK(tokenizer.encode(" the") == std::vector<TokenId>({259}));
    // " hel": h e (rank 2) beats e l (rank 7), and no merge joins Ġ or he+l: Ġ, he, l.
    OMNI_CHECK(tokenizer.encode(" hel") == std::vector<TokenId>({220, 257, 75}));
    OMNI_CHECK(tokenizer.encode("el") == std::vector<TokenId>({262}));
    // Pieces never merge across: "hello the" is "hello" + " the".
    OMNI_CHECK(tokenizer.encode("hello the") == std::vector<TokenId>({261, 259}));
    // Unmerged bytes in GPT-2's order: "!" 0, "a" 64, "\n" 198 ("Ċ").
    OMNI_CHECK(tokenizer.encode("!a\n") == std::vector<TokenId>({0, 64, 198}));
    OMNI_CHECK_EQ(tokenizer.tokenBytes(259), std::string(" the"));
    OMNI_CHECK_EQ(tokenizer.tokenBytes(220), std::string(" "));
    OMNI_CHECK_EQ(tokenizer.decode({261, 259, 220, 257, 75}), std::string("hello the hel"));
}

OMNI_TEST(endoftext_is_special_and_text_cannot_produce_it)
{
    const Gpt2Tokenizer tokenizer = tiny();
    const auto endOfText = tokenizer.specialId("<|endoftext|>");
    OMNI_CHECK(endOfText.has_value());
    OMNI_CHECK_EQ(*endOfText, TokenId(263));
    OMNI_CHECK(tokenizer.isSpecial(263));
    OMNI_CHECK(tokenizer.tokenBytes(263).empty());
    // A vocabulary entry outside the byte alphabet (it has real spaces) is an added special token.
    OMNI_CHECK(tokenizer.specialId("an added token") == std::optional<TokenId>(264));
    OMNI_CHECK(!tokenizer.isSpecial(261));
    // Spelled in text it is ordinary bytes: "<|", "endoftext", "|>".
    const auto ids = tokenizer.encode("<|endoftext|>");
    OMNI_CHECK(ids == std::vector<TokenId>({27, 91, 68, 77, 67, 78, 69, 83, 68, 87, 83, 91, 29}));
    OMNI_CHECK(std::none_of(ids.begin(), ids.end(), [&](TokenId id) { return tokenizer.isSpecial(id); }));
    OMNI_CHECK_EQ(tokenizer.decode({261, 263}), std::string("hello"));
}

OMNI_TEST(round_trips_and_pretty_printed_vocabulary)
{
    Files files(tinyVocabJson(true), kMerges);
    const Gpt2Tokenizer pretty = Gpt2Tokenizer::fromFiles(files.vocab, files.merges);
    const Gpt2Tokenizer compact = tiny();
    for (const std::string text : {"", "hello the world", "保湿面霜，含玻尿酸 50ml", "👩‍👩‍👧‍👦 👍🏽 ❤️",
                                   "  spaces \n\n\t tabs  ", "it's they'll", "\xff\xfe bytes"}) {
        OMNI_CHECK_EQ(compact.decode(compact.encode(text)), text);
        OMNI_CHECK(pretty.encode(text) == compact.encode(text));
    }
}

OMNI_TEST(merges_with_windows_line_ends_or_no_version_line_read_the_same)
{
    std::string crlf;
    for (const char c : std::string(kMerges)) {
        if (c == '\n')
            crlf += '\r';
        crlf += c;
    }
    Files windows(tinyVocabJson(false), crlf);
    const std::string bare = std::string(kMerges).substr(std::string(kMerges).find('\n') + 1);
    Files noVersion(tinyVocabJson(false), bare);
    for (const Files* files : {&windows, &noVersion}) {
        const Gpt2Tokenizer tokenizer = Gpt2Tokenizer::fromFiles(files->vocab, files->merges);
        OMNI_CHECK_EQ(tokenizer.mergeCount(), size_t(7));
        OMNI_CHECK(tokenizer.encode("hello the hel") == tiny().encode("hello the hel"));
    }
}

OMNI_TEST(missing_files_are_named)
{
    omni::test::TempDir dir;
    omni::test::writeFile(dir.file("merges.txt"), kMerges);
    OMNI_CHECK_THROWS_WITH(Gpt2Tokenizer::fromFiles(dir.file("nope.json"), dir.file("merges.txt")), TokenizerError,
                           "cannot open vocabulary file " + dir.file("nope.json"));
    omni::test::writeFile(dir.file("vocab.json"), tinyVocabJson(false));
    OMNI_CHECK_THROWS_WITH(Gpt2Tokenizer::fromFiles(dir.file("vocab.json"), dir.file("gone.txt")), TokenizerError,
                           "cannot open merges file " + dir.file("gone.txt"));
}

OMNI_TEST(broken_vocab_json_is_refused_with_line_and_column)
{
    std::string message = errorOf("{\"a\": 1, \"b\" 2}", kMerges);
    OMNI_CHECK(contains(message, "vocab.json:1:14: expected ':'"));
    message = errorOf("{\n  \"a\": 1,\n  \"b\": -2\n}", kMerges);
    OMNI_CHECK(contains(message, "vocab.json:3:8:"));
    OMNI_CHECK(contains(message, "negative"));
    OMNI_CHECK(contains(errorOf("{\"a\": 1, \"a\": 2}", kMerges), "appears twice"));
    OMNI_CHECK(contains(errorOf("{\"a\": 1.5}", kMerges), "whole numbers"));
    OMNI_CHECK(contains(errorOf("{\"a\": 1", kMerges), "not closed"));
    OMNI_CHECK(contains(errorOf("", kMerges), "empty"));
    OMNI_CHECK(contains(errorOf("[1, 2]", kMerges), "expected '{'"));
    OMNI_CHECK(contains(errorOf("{\"a\": 0, \"b\": 0}", kMerges), "id 0 is given to two tokens"));
    // Valid JSON, but not a byte-level vocabulary.
    OMNI_CHECK(contains(errorOf("{\"a\": 0, \"b\": 1}", kMerges), "no token for the byte 0x00"));
}

OMNI_TEST(broken_merges_are_refused_with_their_line)
{
    const std::string vocab = tinyVocabJson(false);
    std::string message = errorOf(vocab, "#version: 0.2\nĠ t\nh e x\n");
    OMNI_CHECK(contains(message, "merges.txt:3:"));
    OMNI_CHECK(contains(message, "two tokens"));
    OMNI_CHECK(contains(errorOf(vocab, "#version: 0.2\nĠ t\nhe\n"), "merges.txt:3: a merge must be two tokens"));
    message = errorOf(vocab, "Ġ t\nh zz\n");
    OMNI_CHECK(contains(message, "merges.txt:2: token \"zz\" is not in"));
    message = errorOf(vocab, "h e\nh l\n");
    OMNI_CHECK(contains(message, "merges.txt:2: the merged token \"hl\" is not in"));
}
