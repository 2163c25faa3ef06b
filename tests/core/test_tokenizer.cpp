// SPDX-License-Identifier: GPL-3.0-or-later
// The shop's byte-level BPE tokenizer: pre-tokenization, round trips in every script, training that
// shortens frequent words, special tokens that ordinary text cannot produce, the serialized blob
// and its refusal of damaged data, progress and Cancel.
#include "check.h"

#include "text/bpe_tokenizer.h"
#include "text/pretokenizer.h"

#include <algorithm>
#include <map>
#include <string>
#include <thread>
#include <vector>

using namespace omni::text;

namespace {

const std::vector<std::string> kSpecials = {"<|endoftext|>", "<|lang:en|>", "<|lang:zh|>", "<|channel:web|>"};

std::vector<std::string> tinyCorpus()
{
    std::vector<std::string> texts;
    for (int i = 0; i < 40; ++i) {
        texts.push_back("Hydrating face cream with hyaluronic acid, 50 ml. Gentle moisturizing cream for dry skin.");
        texts.push_back("保湿面霜，含玻尿酸，50毫升。温和保湿，适合干性肌肤。");
        texts.push_back("Soft cotton t-shirt in navy blue, size M. The cotton feels soft and the colour stays.");
        texts.push_back("纯棉T恤，藏青色，M码。柔软舒适的纯棉面料，不易褪色。");
        texts.push_back("Great cream, my skin loves it! 👍🏽 非常好用的面霜 😀");
    }
    return texts;
}

const BpeTokenizer& trained()
{
    static const BpeTokenizer tokenizer = BpeTokenizer::train(tinyCorpus(), 600, kSpecials);
    return tokenizer;
}

std::vector<std::string> roundTripSamples()
{
    return {
        "",
        " ",
        "   \t\n\n  ",
        "Hydrating face cream",
        "保湿面霜，含玻尿酸",
        "Nike运动鞋 size 42，黑色 500ml 与 50ml",
        "family 👩‍👩‍👧‍👦 and thumbs 👍🏽👍🏿, flags 🇨🇳🇬🇧, ❤️",
        "don't you're I'LL we've  double  spaces\n\nnew paragraph\t tab ",
        "日本語のテキスト、한국어 텍스트, Ελληνικά, русский, عربى",
        "<|endoftext|> spelled in text <|lang:en|>",
        "trailing spaces   ",
        "1234567890 ½ ① ٣",
        std::string("not utf-8: \xff\xfe \x80 \xE9\x9D end"),
    };
}

bool holdsSpecial(const Tokenizer& tokenizer, const std::vector<TokenId>& ids)
{
    return std::any_of(ids.begin(), ids.end(), [&](TokenId id) { return tokenizer.isSpecial(id); });
}

std::string joined(const std::vector<std::string_view>& pieces, const char* separator)
{
    std::string out;
    for (size_t i = 0; i < pieces.size(); ++i)
        out += (i ? separator : "") + std::string(pieces[i]);
    return out;
}

} // namespace

OMNI_TEST(shop_pretokenizer_splits_words_cjk_runs_and_single_digits)
{
    OMNI_CHECK_EQ(joined(pretokenize("Nike运动鞋 size 42，黑色", PretokenizerKind::Shop), "|"),
                  std::string("Nike|运动鞋| size| 4|2|，|黑色"));
    OMNI_CHECK_EQ(joined(pretokenize("容量500ml", PretokenizerKind::Shop), "|"), std::string("容量|5|0|0|ml"));
    OMNI_CHECK_EQ(joined(pretokenize("It'S  fine!!\n", PretokenizerKind::Shop), "|"),
                  std::string("It|'S| | fine|!!|\n"));
    for (const std::string& sample : roundTripSamples())
        OMNI_CHECK_EQ(joined(pretokenize(sample, PretokenizerKind::Shop), ""), sample);
}

OMNI_TEST(round_trip_in_every_script_before_and_after_training)
{
    const BpeTokenizer bytesOnly = BpeTokenizer::train({}, 256 + int(kSpecials.size()), kSpecials);
    OMNI_CHECK_EQ(bytesOnly.vocabSize(), int32_t(256 + kSpecials.size()));
    for (const std::string& sample : roundTripSamples()) {
        for (const BpeTokenizer* tokenizer : {&bytesOnly, &trained()}) {
            const std::vector<TokenId> ids = tokenizer->encode(sample);
            OMNI_CHECK_EQ(tokenizer->decode(ids), sample);
            std::string viaBytes;
            for (const TokenId id : ids) {
                OMNI_CHECK(id >= 0 && id < tokenizer->vocabSize());
                viaBytes += tokenizer->tokenBytes(id);
            }
            OMNI_CHECK_EQ(viaBytes, sample);
        }
        OMNI_CHECK_EQ(bytesOnly.encode(sample).size(), sample.size()); // no merges: one token a byte
    }
}

OMNI_TEST(training_shortens_frequent_words)
{
    const BpeTokenizer& tokenizer = trained();
    OMNI_CHECK(tokenizer.vocabSize() > 300);
    OMNI_CHECK(tokenizer.vocabSize() <= 600);
    for (const std::string text : {"Hydrating face cream with hyaluronic acid", "保湿面霜，含玻尿酸",
                                   "Soft cotton t-shirt in navy blue", "纯棉T恤，藏青色"}) {
        const double tokensPerByte = double(tokenizer.encode(text).size()) / double(text.size());
        OMNI_CHECK(tokensPerByte < 0.35);
    }
    // A frequent word becomes one token; a Chinese character (three bytes) at most one too.
    OMNI_CHECK_EQ(tokenizer.encode(" cream").size(), size_t(1));
    OMNI_CHECK_EQ(tokenizer.encode("保湿").size(), size_t(1));
    // Text the corpus never saw still encodes, just in more tokens.
    const std::string unseen = "Quartz wristwatch";
    OMNI_CHECK(tokenizer.encode(unseen).size() > tokenizer.encode(" cream cream").size());
}

OMNI_TEST(digits_stay_separate_so_numbers_keep_their_value)
{
    const BpeTokenizer& tokenizer = trained();
    const auto fifty = tokenizer.encode("50");
    const auto fiveHundred = tokenizer.encode("500");
    OMNI_CHECK_EQ(fifty.size(), size_t(2));
    OMNI_CHECK_EQ(fiveHundred.size(), size_t(3));
    OMNI_CHECK(fifty != fiveHundred);
    // "50" is frequent in the corpus, yet no merge ever joins two digits.
    for (TokenId id = 0; id < tokenizer.vocabSize(); ++id) {
        const std::string bytes = tokenizer.tokenBytes(id);
        OMNI_CHECK(std::count_if(bytes.begin(), bytes.end(), [](char c) { return c >= '0' && c <= '9'; }) <= 1);
    }
}

// The plain textbook algorithm: recount every pair after every merge. The trainer's incremental
// pair counts must pick exactly the same merges.
std::vector<std::pair<TokenId, TokenId>> naiveMerges(const std::vector<std::string>& texts, int merges)
{
    std::vector<std::vector<TokenId>> words;
    for (const std::string& text : texts)
        for (const std::string_view piece : pretokenize(text, PretokenizerKind::Shop)) {
            std::vector<TokenId> word;
            for (const char c : piece)
                word.push_back(static_cast<unsigned char>(c));
            words.push_back(word);
        }
    std::vector<std::pair<TokenId, TokenId>> result;
    for (int m = 0; m < merges; ++m) {
        std::map<std::pair<TokenId, TokenId>, int64_t> counts;
        for (const auto& word : words)
            for (size_t i = 0; i + 1 < word.size(); ++i)
                ++counts[{word[i], word[i + 1]}];
        std::pair<TokenId, TokenId> best{-1, -1};
        int64_t bestCount = 1;
        for (const auto& [pair, count] : counts) // ascending pairs: the first of equal counts wins
            if (count > bestCount) {
                best = pair;
                bestCount = count;
            }
        if (best.first < 0)
            break;
        const TokenId merged = static_cast<TokenId>(256 + result.size());
        result.push_back(best);
        for (auto& word : words) {
            std::vector<TokenId> next;
            for (size_t i = 0; i < word.size(); ++i) {
                if (i + 1 < word.size() && word[i] == best.first && word[i + 1] == best.second) {
                    next.push_back(merged);
                    ++i;
                } else {
                    next.push_back(word[i]);
                }
            }
            word = next;
        }
    }
    return result;
}

OMNI_TEST(incremental_training_matches_recounting_from_scratch)
{
    // Overlapping runs ("aaaa", "abab") are where incremental pair counts go wrong if anywhere.
    std::vector<std::string> texts = tinyCorpus();
    texts.resize(15);
    for (const std::string extra : {"aaaa aaa aaaaa abab ababab", "zzzz zz zzz", "哈哈哈哈 哈哈", "ab ab ab aaaa"})
        texts.push_back(extra);
    const BpeTokenizer tokenizer = BpeTokenizer::train(texts, 256 + 250, {});
    const auto expected = naiveMerges(texts, 250);
    OMNI_CHECK_EQ(tokenizer.merges().size(), expected.size());
    OMNI_CHECK(tokenizer.merges() == expected);
}

OMNI_TEST(training_is_deterministic)
{
    const BpeTokenizer again = BpeTokenizer::train(tinyCorpus(), 600, kSpecials);
    OMNI_CHECK(again.merges() == trained().merges());
}

OMNI_TEST(special_tokens_have_their_own_ids_and_text_cannot_produce_them)
{
    const BpeTokenizer& tokenizer = trained();
    std::vector<TokenId> specialIds;
    for (const std::string& spelling : kSpecials) {
        const auto id = tokenizer.specialId(spelling);
        OMNI_CHECK(id.has_value());
        OMNI_CHECK(tokenizer.isSpecial(*id));
        OMNI_CHECK(tokenizer.tokenBytes(*id).empty());
        OMNI_CHECK_EQ(tokenizer.decode({*id}), std::string());
        specialIds.push_back(*id);
    }
    // The last ids, in the order given.
    OMNI_CHECK_EQ(specialIds.front(), tokenizer.vocabSize() - int32_t(kSpecials.size()));
    OMNI_CHECK_EQ(specialIds.back(), tokenizer.vocabSize() - 1);
    OMNI_CHECK(!tokenizer.specialId("<|lang:fr|>").has_value());
    OMNI_CHECK(!tokenizer.isSpecial(0));
    OMNI_CHECK(!tokenizer.isSpecial(tokenizer.vocabSize()));
    for (const std::string text : {"<|endoftext|>", "<|lang:en|><|lang:zh|>", "x<|channel:web|>y"}) {
        const auto ids = tokenizer.encode(text);
        OMNI_CHECK(!holdsSpecial(tokenizer, ids));
        OMNI_CHECK_EQ(tokenizer.decode(ids), std::string(text));
    }
    // Decoding skips special ids between ordinary ones.
    std::vector<TokenId> ids = {*tokenizer.specialId("<|lang:zh|>")};
    const auto body = tokenizer.encode("面霜");
    ids.insert(ids.end(), body.begin(), body.end());
    ids.push_back(*tokenizer.specialId("<|endoftext|>"));
    OMNI_CHECK_EQ(tokenizer.decode(ids), std::string("面霜"));
}

OMNI_TEST(bad_training_requests_are_refused)
{
    OMNI_CHECK_THROWS_WITH(BpeTokenizer::train(tinyCorpus(), 258, kSpecials), TokenizerError, "too small");
    OMNI_CHECK_THROWS_WITH(BpeTokenizer::train(tinyCorpus(), 400, {"<|a|>", "<|a|>"}), TokenizerError, "twice");
    OMNI_CHECK_THROWS_WITH(BpeTokenizer::train(tinyCorpus(), 400, {""}), TokenizerError, "empty");
}

OMNI_TEST(serialized_tokenizer_encodes_the_same)
{
    const BpeTokenizer& tokenizer = trained();
    const std::string blob = tokenizer.serialize();
    const BpeTokenizer restored = BpeTokenizer::deserialize(blob);
    OMNI_CHECK_EQ(restored.vocabSize(), tokenizer.vocabSize());
    OMNI_CHECK(restored.merges() == tokenizer.merges());
    OMNI_CHECK(restored.specialTokens() == tokenizer.specialTokens());
    for (const std::string& spelling : kSpecials)
        OMNI_CHECK(restored.specialId(spelling) == tokenizer.specialId(spelling));
    for (const std::string& sample : roundTripSamples())
        OMNI_CHECK(restored.encode(sample) == tokenizer.encode(sample));
    OMNI_CHECK_EQ(restored.serialize(), blob);
    // Special spellings with odd bytes (a newline, a colon) survive too.
    const BpeTokenizer odd = BpeTokenizer::train({"ab ab ab"}, 300, {"a:b", "line\nbreak"});
    const BpeTokenizer oddRestored = BpeTokenizer::deserialize(odd.serialize());
    OMNI_CHECK(oddRestored.specialId("line\nbreak") == odd.specialId("line\nbreak"));
    OMNI_CHECK(oddRestored.specialId("a:b") == odd.specialId("a:b"));
}

OMNI_TEST(truncated_or_damaged_blob_is_refused_with_a_message)
{
    const std::string blob = trained().serialize();
    OMNI_CHECK_THROWS_WITH(BpeTokenizer::deserialize(""), TokenizerError, "empty");
    OMNI_CHECK_THROWS_WITH(BpeTokenizer::deserialize("PK\x03\x04 something else\n"), TokenizerError,
                           "not a tokenizer");
    // Cut anywhere: always refused, never a crash or a silently smaller tokenizer.
    for (size_t cut = 1; cut < blob.size(); cut += 7) {
        bool refused = false;
        try {
            BpeTokenizer::deserialize(blob.substr(0, cut));
        } catch (const TokenizerError& error) {
            refused = true;
            OMNI_CHECK(std::string(error.what()).find("tokenizer data") != std::string::npos);
        }
        OMNI_CHECK(refused);
    }
    OMNI_CHECK_THROWS_WITH(BpeTokenizer::deserialize(blob.substr(0, blob.size() / 2)), TokenizerError, "truncated");
    // One changed digit in a merge: the checksum no longer matches.
    std::string damaged = blob;
    const size_t mergeLine = damaged.find("merges ");
    const size_t digit = damaged.find_first_of("0123456789", damaged.find('\n', mergeLine) + 1);
    damaged[digit] = damaged[digit] == '1' ? '2' : '1';
    OMNI_CHECK_THROWS_WITH(BpeTokenizer::deserialize(damaged), TokenizerError, "checksum");
    // A newer format is named as such.
    std::string newer = blob;
    newer.replace(newer.find(" 1\n"), 3, " 2\n");
    OMNI_CHECK_THROWS_WITH(BpeTokenizer::deserialize(newer), TokenizerError, "version 2");
    OMNI_CHECK_THROWS_WITH(BpeTokenizer::deserialize(blob + "extra"), TokenizerError, "after the checksum");
}

OMNI_TEST(training_reports_progress_and_can_be_cancelled)
{
    std::vector<omni::runtime::Progress> seen;
    omni::runtime::JobContext job([&](const omni::runtime::Progress& progress) { seen.push_back(progress); });
    BpeTokenizer::train(tinyCorpus(), 600, kSpecials, &job);
    OMNI_CHECK(!seen.empty());
    OMNI_CHECK_EQ(seen.back().done, seen.back().total);
    OMNI_CHECK(std::any_of(seen.begin(), seen.end(), [](const auto& p) { return p.stage == "Learning merges"; }));

    omni::runtime::JobContext cancelled;
    cancelled.cancel();
    OMNI_CHECK_THROWS(BpeTokenizer::train(tinyCorpus(), 600, kSpecials, &cancelled), omni::runtime::JobCancelled);
}

OMNI_TEST(concurrent_encoding_gives_the_same_ids)
{
    // The piece cache is shared by copies and threads; results must not depend on who filled it.
    const BpeTokenizer tokenizer = BpeTokenizer::deserialize(trained().serialize()); // a cold cache
    const BpeTokenizer copy = tokenizer;
    std::vector<std::vector<TokenId>> expected;
    for (const std::string& text : tinyCorpus())
        expected.push_back(trained().encode(text));
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            const BpeTokenizer& user = t % 2 ? copy : tokenizer;
            const auto texts = tinyCorpus();
            for (int round = 0; round < 5; ++round)
                for (size_t i = 0; i < texts.size(); ++i)
                    mismatches[t] += user.encode(texts[(i + t * 7) % texts.size()]) != expected[(i + t * 7) % texts.size()];
        });
    for (auto& thread : threads)
        thread.join();
    for (const int count : mismatches)
        OMNI_CHECK_EQ(count, 0);
}
