// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/gpt2_tokenizer.h"

#include "text/bpe_merger.h"
#include "text/pretokenizer.h"
#include "text/utf8_stream.h"
#include "text/vocab_json.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace omni::text {

namespace {

// bytes_to_unicode() of GPT-2's encoder.py.
const std::array<char32_t, 256>& byteToUnicodeTable()
{
    static const std::array<char32_t, 256> table = [] {
        std::array<char32_t, 256> map{};
        std::array<bool, 256> printable{};
        for (int b = '!'; b <= '~'; ++b)
            printable[b] = true;
        for (int b = 0xA1; b <= 0xAC; ++b)
            printable[b] = true;
        for (int b = 0xAE; b <= 0xFF; ++b)
            printable[b] = true;
        char32_t next = 256;
        for (int b = 0; b < 256; ++b)
            map[b] = printable[b] ? static_cast<char32_t>(b) : next++;
        return map;
    }();
    return table;
}

// The inverse, for code points below 0x144 (the table's largest value is 0x143); -1 = not a byte.
const std::array<int, 0x144>& unicodeToByteTable()
{
    static const std::array<int, 0x144> table = [] {
        std::array<int, 0x144> map{};
        map.fill(-1);
        for (int b = 0; b < 256; ++b)
            map[byteToUnicodeTable()[b]] = b;
        return map;
    }();
    return table;
}

// The bytes a vocab.json token stands for, or false when it is not spelled in the byte alphabet.
bool tokenToBytes(const std::string& token, std::string& bytes)
{
    bytes.clear();
    const auto& inverse = unicodeToByteTable();
    for (size_t p = 0; p < token.size();) {
        const Utf8Step step = decodeUtf8At(token, p);
        if (step.kind != Utf8Step::Kind::Character || step.codePoint >= inverse.size() ||
            inverse[step.codePoint] < 0)
            return false;
        bytes += static_cast<char>(inverse[step.codePoint]);
        p += step.length;
    }
    return !bytes.empty();
}

std::string readWholeFile(const std::string& path, const char* what)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw TokenizerError("cannot open " + std::string(what) + " " + path + ": " + std::strerror(errno));
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad())
        throw TokenizerError("cannot read " + std::string(what) + " " + path);
    return content.str();
}

std::string shown(std::string_view text)
{
    return "\"" + std::string(text.substr(0, 60)) + (text.size() > 60 ? "...\"" : "\"");
}

} // namespace

char32_t gpt2ByteToUnicode(unsigned char byte) { return byteToUnicodeTable()[byte]; }

Gpt2Tokenizer Gpt2Tokenizer::fromFiles(const std::string& vocabJsonPath, const std::string& mergesTxtPath)
{
    const std::string vocab = readWholeFile(vocabJsonPath, "vocabulary file");
    const std::string merges = readWholeFile(mergesTxtPath, "merges file");
    return fromText(vocab, merges, vocabJsonPath, mergesTxtPath);
}

Gpt2Tokenizer Gpt2Tokenizer::fromText(std::string_view vocabJson, std::string_view mergesTxt,
                                      const std::string& vocabName, const std::string& mergesName)
{
    auto state = std::make_shared<State>();

    // Vocabulary: ids by token spelling, bytes by id.
    const auto entries = parseVocabJson(vocabJson, vocabName);
    if (entries.empty())
        throw TokenizerError(vocabName + ": the vocabulary is empty");
    int64_t maxId = 0;
    for (const auto& entry : entries)
        maxId = std::max(maxId, entry.second);
    if (maxId >= int64_t(entries.size()) * 2 + 1024)
        throw TokenizerError(vocabName + ": token id " + std::to_string(maxId) + " is far beyond the " +
                             std::to_string(entries.size()) + " tokens of the vocabulary");
    state->tokens.resize(static_cast<size_t>(maxId + 1));
    state->special.assign(static_cast<size_t>(maxId + 1), false);
    std::vector<bool> used(static_cast<size_t>(maxId + 1), false);
    std::unordered_map<std::string, TokenId> ids;
    ids.reserve(entries.size());
    std::string bytes;
    for (const auto& [token, id64] : entries) {
        const TokenId id = static_cast<TokenId>(id64);
        if (used[id])
            throw TokenizerError(vocabName + ": id " + std::to_string(id) + " is given to two tokens (the second is " +
                                 shown(token) + ")");
        used[id] = true;
        ids.emplace(token, id);
        if (token == "<|endoftext|>" || !tokenToBytes(token, bytes)) {
            state->special[id] = true;
            state->specialIds.emplace(token, id);
        } else {
            state->tokens[id] = bytes;
        }
    }

    std::array<TokenId, 256> byteIds{};
    for (int b = 0; b < 256; ++b) {
        std::string spelling;
        appendUtf8(spelling, gpt2ByteToUnicode(static_cast<unsigned char>(b)));
        const auto found = ids.find(spelling);
        if (found == ids.end()) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", b);
            throw TokenizerError(vocabName + ": no token for the byte " + hex + " (spelled \"" + spelling +
                                 "\"): this is not a byte-level BPE vocabulary");
        }
        byteIds[b] = found->second;
    }
    state->merger = std::make_shared<BpeMerger>(byteIds);

    // Merges, in rank order.
    size_t lineNumber = 0;
    for (size_t position = 0; position < mergesTxt.size();) {
        size_t end = mergesTxt.find('\n', position);
        if (end == std::string_view::npos)
            end = mergesTxt.size();
        std::string_view line = mergesTxt.substr(position, end - position);
        position = end + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (lineNumber == 1 && line.substr(0, 3) == "\xEF\xBB\xBF")
            line.remove_prefix(3);
        if (line.empty() || (lineNumber == 1 && line.substr(0, 8) == "#version"))
            continue;
        const auto where = [&] { return mergesName + ":" + std::to_string(lineNumber) + ": "; };
        const size_t space = line.find(' ');
        if (space == std::string_view::npos || space == 0 || space + 1 == line.size() ||
            line.find(' ', space + 1) != std::string_view::npos)
            throw TokenizerError(where() + "a merge must be two tokens separated by one space, found " + shown(line));
        const std::string left(line.substr(0, space)), right(line.substr(space + 1));
        const auto leftId = ids.find(left), rightId = ids.find(right), mergedId = ids.find(left + right);
        if (leftId == ids.end())
            throw TokenizerError(where() + "token " + shown(left) + " is not in " + vocabName);
        if (rightId == ids.end())
            throw TokenizerError(where() + "token " + shown(right) + " is not in " + vocabName);
        if (mergedId == ids.end())
            throw TokenizerError(where() + "the merged token " + shown(left + right) + " is not in " + vocabName);
        if (state->special[leftId->second] || state->special[rightId->second])
            throw TokenizerError(where() + "a merge cannot use a special token");
        state->merger->addMerge(leftId->second, rightId->second, mergedId->second); // a repeat keeps its first rank
    }

    Gpt2Tokenizer tokenizer;
    tokenizer.state_ = std::move(state);
    return tokenizer;
}

std::vector<TokenId> Gpt2Tokenizer::encode(std::string_view utf8) const
{
    std::vector<std::string_view> pieces;
    pretokenize(utf8, PretokenizerKind::Gpt2, pieces);
    std::vector<TokenId> ids;
    ids.reserve(utf8.size() / 3 + 1);
    for (const std::string_view piece : pieces)
        state_->merger->encodePiece(piece, ids);
    return ids;
}

std::string Gpt2Tokenizer::decode(const std::vector<TokenId>& ids) const
{
    std::string text;
    for (const TokenId id : ids)
        if (id >= 0 && id < vocabSize())
            text += state_->tokens[id];
    return text;
}

std::string Gpt2Tokenizer::tokenBytes(TokenId id) const
{
    if (id >= 0 && id < vocabSize())
        return state_->tokens[id];
    return {};
}

int32_t Gpt2Tokenizer::vocabSize() const { return static_cast<int32_t>(state_->tokens.size()); }

std::optional<TokenId> Gpt2Tokenizer::specialId(std::string_view spelling) const
{
    const auto found = state_->specialIds.find(std::string(spelling));
    if (found == state_->specialIds.end())
        return std::nullopt;
    return found->second;
}

bool Gpt2Tokenizer::isSpecial(TokenId id) const { return id >= 0 && id < vocabSize() && state_->special[id]; }

size_t Gpt2Tokenizer::mergeCount() const { return state_->merger->mergeCount(); }

} // namespace omni::text
