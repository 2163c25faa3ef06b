// SPDX-License-Identifier: GPL-3.0-or-later
// The shop BPE tokenizer: encoding, decoding and the serialized form. Training is in bpe_trainer.cpp.
#include "text/bpe_tokenizer.h"

#include "text/bpe_merger.h"
#include "text/pretokenizer.h"

#include <cinttypes>
#include <cstdio>
#include <unordered_set>

namespace omni::text {

namespace {

constexpr const char* kMagic = "OMNI-BPE-TOKENIZER";
constexpr int kFormatVersion = 1;
constexpr const char* kPretokenizerName = "shop-1";

std::array<TokenId, 256> identityBytes()
{
    std::array<TokenId, 256> ids{};
    for (int b = 0; b < 256; ++b)
        ids[b] = b;
    return ids;
}

// FNV-1a, 64 bit: enough to tell a garbled blob from a good one.
uint64_t checksumOf(std::string_view data)
{
    uint64_t hash = 1469598103934665603ULL;
    for (const char c : data) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

std::string hex64(uint64_t value)
{
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016" PRIx64, value);
    return buffer;
}

// Reads the blob line by line, with errors that say where.
class BlobReader {
public:
    explicit BlobReader(std::string_view blob) : blob_(blob) {}

    [[noreturn]] void fail(const std::string& problem) const
    {
        throw TokenizerError("tokenizer data, line " + std::to_string(line_) + ": " + problem);
    }
    size_t position() const { return position_; }

    std::string_view nextLine(const char* what)
    {
        if (position_ >= blob_.size())
            truncated(what);
        const size_t end = blob_.find('\n', position_);
        if (end == std::string_view::npos)
            truncated(what);
        ++line_;
        const std::string_view text = blob_.substr(position_, end - position_);
        position_ = end + 1;
        return text;
    }
    std::string_view take(size_t count, const char* what)
    {
        if (blob_.size() - position_ < count)
            truncated(what);
        const std::string_view bytes = blob_.substr(position_, count);
        position_ += count;
        for (const char c : bytes)
            line_ += c == '\n';
        return bytes;
    }
    // "<keyword> <number>"
    int64_t keywordNumber(std::string_view keyword)
    {
        const std::string_view text = nextLine(std::string(keyword).c_str());
        if (text.substr(0, keyword.size()) != keyword || text.size() <= keyword.size() + 1 ||
            text[keyword.size()] != ' ')
            fail("expected \"" + std::string(keyword) + " <count>\", found \"" + std::string(text.substr(0, 40)) + "\"");
        return number(text.substr(keyword.size() + 1), keyword);
    }
    int64_t number(std::string_view text, std::string_view what)
    {
        if (text.empty() || text.size() > 10)
            fail("bad " + std::string(what) + " \"" + std::string(text) + "\"");
        int64_t value = 0;
        for (const char c : text) {
            if (c < '0' || c > '9')
                fail("bad " + std::string(what) + " \"" + std::string(text) + "\"");
            value = value * 10 + (c - '0');
        }
        return value;
    }

private:
    [[noreturn]] void truncated(const char* what) const
    {
        throw TokenizerError("tokenizer data is truncated: it ends after line " + std::to_string(line_) +
                             " where " + what + " should follow");
    }

    std::string_view blob_;
    size_t position_ = 0;
    int line_ = 0;
};

} // namespace

BpeTokenizer::BpeTokenizer(std::vector<std::pair<TokenId, TokenId>> merges, std::vector<std::string> specials)
{
    auto state = std::make_shared<State>();
    state->tokens.reserve(256 + merges.size());
    for (int b = 0; b < 256; ++b)
        state->tokens.emplace_back(1, static_cast<char>(b));
    state->merger = std::make_shared<BpeMerger>(identityBytes());
    for (size_t i = 0; i < merges.size(); ++i) {
        const auto [left, right] = merges[i];
        const TokenId merged = static_cast<TokenId>(256 + i);
        if (left < 0 || right < 0 || left >= merged || right >= merged)
            throw TokenizerError("merge " + std::to_string(i + 1) + " (" + std::to_string(left) + " " +
                                 std::to_string(right) + ") refers to a token that does not exist yet");
        if (!state->merger->addMerge(left, right, merged))
            throw TokenizerError("merge " + std::to_string(i + 1) + " (" + std::to_string(left) + " " +
                                 std::to_string(right) + ") repeats an earlier merge");
        state->tokens.push_back(state->tokens[left] + state->tokens[right]);
    }
    for (const std::string& spelling : specials) {
        if (spelling.empty())
            throw TokenizerError("a special token cannot be empty");
        const TokenId id = static_cast<TokenId>(state->tokens.size() + state->specialIds.size());
        if (!state->specialIds.emplace(spelling, id).second)
            throw TokenizerError("special token \"" + spelling + "\" is given twice");
    }
    state->merges = std::move(merges);
    state->specials = std::move(specials);
    state_ = std::move(state);
}

std::vector<TokenId> BpeTokenizer::encode(std::string_view utf8) const
{
    std::vector<std::string_view> pieces;
    pretokenize(utf8, PretokenizerKind::Shop, pieces);
    std::vector<TokenId> ids;
    ids.reserve(utf8.size() / 2 + 1);
    for (const std::string_view piece : pieces)
        state_->merger->encodePiece(piece, ids);
    return ids;
}

std::string BpeTokenizer::decode(const std::vector<TokenId>& ids) const
{
    std::string text;
    const TokenId ordinary = static_cast<TokenId>(state_->tokens.size());
    for (const TokenId id : ids)
        if (id >= 0 && id < ordinary)
            text += state_->tokens[id];
    return text;
}

std::string BpeTokenizer::tokenBytes(TokenId id) const
{
    if (id >= 0 && id < static_cast<TokenId>(state_->tokens.size()))
        return state_->tokens[id];
    return {};
}

int32_t BpeTokenizer::vocabSize() const
{
    return static_cast<int32_t>(state_->tokens.size() + state_->specials.size());
}

std::optional<TokenId> BpeTokenizer::specialId(std::string_view spelling) const
{
    const auto found = state_->specialIds.find(std::string(spelling));
    if (found == state_->specialIds.end())
        return std::nullopt;
    return found->second;
}

bool BpeTokenizer::isSpecial(TokenId id) const
{
    return id >= static_cast<TokenId>(state_->tokens.size()) && id < vocabSize();
}

// The blob, a text every line of which says what it is:
//   OMNI-BPE-TOKENIZER 1
//   pretokenizer shop-1
//   specials <count>
//   <byte length>:<spelling>      (one per special token; the spelling may hold any byte)
//   merges <count>
//   <left id> <right id>          (one per merge, in rank order)
//   checksum <FNV-1a 64 of everything above, 16 hex digits>
std::string BpeTokenizer::serialize() const
{
    std::string blob;
    blob += std::string(kMagic) + " " + std::to_string(kFormatVersion) + "\n";
    blob += std::string("pretokenizer ") + kPretokenizerName + "\n";
    blob += "specials " + std::to_string(state_->specials.size()) + "\n";
    for (const std::string& spelling : state_->specials)
        blob += std::to_string(spelling.size()) + ":" + spelling + "\n";
    blob += "merges " + std::to_string(state_->merges.size()) + "\n";
    for (const auto& [left, right] : state_->merges)
        blob += std::to_string(left) + " " + std::to_string(right) + "\n";
    blob += "checksum " + hex64(checksumOf(blob)) + "\n";
    return blob;
}

BpeTokenizer BpeTokenizer::deserialize(const std::string& blob)
{
    if (blob.empty())
        throw TokenizerError("tokenizer data is empty");
    BlobReader reader(blob);
    const std::string_view header = reader.nextLine("the header");
    const std::string magic = std::string(kMagic) + " ";
    if (header.substr(0, magic.size()) != magic)
        throw TokenizerError("not a tokenizer of this application (the data does not start with \"" +
                             std::string(kMagic) + "\")");
    const int64_t version = reader.number(header.substr(magic.size()), "format version");
    if (version != kFormatVersion)
        throw TokenizerError("tokenizer format version " + std::to_string(version) +
                             " is not supported (this build reads version " + std::to_string(kFormatVersion) + ")");
    const std::string_view pretokenizer = reader.nextLine("the pre-tokenizer");
    if (pretokenizer != std::string("pretokenizer ") + kPretokenizerName)
        reader.fail("unknown pre-tokenizer \"" + std::string(pretokenizer) + "\"");

    const int64_t specialCount = reader.keywordNumber("specials");
    std::vector<std::string> specials;
    for (int64_t i = 0; i < specialCount; ++i) {
        std::string lengthText;
        for (;;) {
            const char c = reader.take(1, "a special token")[0];
            if (c == ':')
                break;
            lengthText += c;
            if (lengthText.size() > 6)
                reader.fail("bad special token length");
        }
        const int64_t length = reader.number(lengthText, "special token length");
        specials.emplace_back(reader.take(static_cast<size_t>(length), "a special token"));
        if (reader.take(1, "a special token")[0] != '\n')
            reader.fail("special token " + std::to_string(i + 1) + " is longer than its stated length");
    }

    const int64_t mergeCount = reader.keywordNumber("merges");
    std::vector<std::pair<TokenId, TokenId>> merges;
    merges.reserve(static_cast<size_t>(std::min<int64_t>(mergeCount, 1 << 20)));
    for (int64_t i = 0; i < mergeCount; ++i) {
        const std::string_view line = reader.nextLine("a merge");
        const size_t space = line.find(' ');
        if (space == std::string_view::npos)
            reader.fail("a merge must be two token ids, found \"" + std::string(line.substr(0, 40)) + "\"");
        merges.emplace_back(static_cast<TokenId>(reader.number(line.substr(0, space), "token id")),
                            static_cast<TokenId>(reader.number(line.substr(space + 1), "token id")));
    }

    const size_t checkedBytes = reader.position();
    const std::string_view checksumLine = reader.nextLine("the checksum");
    if (checksumLine != "checksum " + hex64(checksumOf(std::string_view(blob).substr(0, checkedBytes))))
        reader.fail("checksum mismatch: the tokenizer data is damaged");
    if (reader.position() != blob.size())
        reader.fail("unexpected data after the checksum");
    try {
        return BpeTokenizer(std::move(merges), std::move(specials));
    } catch (const TokenizerError& error) {
        throw TokenizerError(std::string("tokenizer data: ") + error.what());
    }
}

} // namespace omni::text
