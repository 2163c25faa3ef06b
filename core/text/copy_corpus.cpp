// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/copy_corpus.h"

#include "store/channel_repository.h"
#include "store/product_repository.h"
#include "store/sha256.h"
#include "text/facts/fact_checker.h"
#include "text/facts/fact_sheet.h"
#include "text/facts/review_mining.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace omni::text {

namespace {

// A review of four stars or more counts as positive (its phrases are the shop's selling points).
constexpr double kPositiveRating = 4.0;

bool hasCjk(const std::string& text)
{
    // Any code point from U+2E80 on (CJK radicals, punctuation, ideographs, full-width forms)
    // starts with a lead byte of 0xE2 0xBA or higher; a simpler test is good enough here: a
    // three-byte sequence starting at 0xE3..0xE9 (U+3000..U+9FFF) or 0xEF (full-width forms).
    for (const unsigned char byte : text)
        if ((byte >= 0xE3 && byte <= 0xE9) || byte == 0xEF)
            return true;
    return false;
}

std::string languageOfText(const std::string& text) { return hasCjk(text) ? "zh" : "en"; }

CopyLanguage copyLanguage(const std::string& code) { return code == "zh" ? CopyLanguage::Chinese : CopyLanguage::English; }

uint64_t splitMix(uint64_t value)
{
    value += 0x9E3779B97F4A7C15ull;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ull;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBull;
    return value ^ (value >> 31);
}

std::string lowered(const std::string& text)
{
    std::string out = text;
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// A fact found in the text at a byte offset.
struct FoundFact {
    size_t begin = 0;
    size_t end = 0;
    std::string rendered;
};

// The facts a text states that the product supports, in the order it states them: the fact
// checker's supported claims, then attribute values and mined selling points the text repeats word
// for word where no claim already covers them (the checker verifies numbers, sizes, colours,
// materials and brands; descriptive values such as a skin type or a scent are planned facts too).
std::vector<std::string> factsStated(const std::string& text, CopyLanguage language, const ProductFactSheet& sheet,
                                     const std::vector<SellingPoint>& sellingPoints)
{
    std::vector<FoundFact> found;
    for (const Claim& claim : extractClaims(text, language, sheet))
        if (claim.supported && !claim.text.empty())
            found.push_back({claim.begin, claim.end, renderFact(claim.kind, claim.text)});
    const std::string haystack = lowered(text);
    const auto covered = [&](size_t begin, size_t end) {
        for (const FoundFact& fact : found)
            if (begin < fact.end && fact.begin < end)
                return true;
        return false;
    };
    const auto addVerbatim = [&](FactKind kind, const std::string& surface) {
        if (surface.empty())
            return;
        const size_t at = haystack.find(lowered(surface));
        if (at == std::string::npos || covered(at, at + surface.size()))
            return;
        found.push_back({at, at + surface.size(), renderFact(kind, text.substr(at, surface.size()))});
    };
    for (const AttributeFact& attribute : sheet.attributes)
        addVerbatim(attribute.kind, attribute.surface(language));
    for (const SellingPoint& point : sellingPoints)
        if (point.language == language)
            addVerbatim(FactKind::SellingPoint, point.text);
    std::stable_sort(found.begin(), found.end(),
                     [](const FoundFact& a, const FoundFact& b) { return a.begin < b.begin; });
    std::vector<std::string> facts;
    std::set<std::string> seen;
    for (const FoundFact& fact : found)
        if (seen.insert(fact.rendered).second)
            facts.push_back(fact.rendered);
    return facts;
}

// Every review of the store by product, one query (a per-product read would cost one query per
// product on a large shop).
std::unordered_map<int64_t, std::vector<store::Review>> reviewsByProduct(const store::Store& store)
{
    const store::ChannelRepository channels(store.db());
    store::Statement statement = store.db().prepare(
        "SELECT id, product_id, channel_id, rating, text, lang FROM reviews WHERE text <> '' ORDER BY product_id, id");
    std::unordered_map<int64_t, std::vector<store::Review>> reviews;
    while (statement.step()) {
        store::Review review;
        review.id = statement.columnInt(0);
        review.productId = statement.columnInt(1);
        review.channelCode = channels.codeForId(statement.columnInt(2));
        review.rating = statement.columnDouble(3);
        review.text = statement.columnText(4);
        review.lang = statement.columnText(5);
        reviews[review.productId].push_back(std::move(review));
    }
    return reviews;
}

std::string titleStyle(const std::string& channel)
{
    return channel == "app" ? styleCode(CopyStyle::PushTitle) : kTitleStyle;
}

std::string descriptionStyle(const std::string& channel)
{
    if (channel == "mini_program")
        return styleCode(CopyStyle::MiniProgramCard);
    if (channel == "social")
        return styleCode(CopyStyle::SocialPost);
    if (channel == "store")
        return styleCode(CopyStyle::ShelfCard);
    return styleCode(CopyStyle::WebDescription);
}

} // namespace

std::vector<std::string> CopyCorpus::specialTokens() const { return copySpecialTokens(channels, categories); }

bool isHeldOutProduct(int64_t productId, double heldOutShare, uint64_t seed)
{
    if (heldOutShare <= 0)
        return false;
    const uint64_t hash = splitMix(splitMix(seed) ^ static_cast<uint64_t>(productId));
    return static_cast<double>(hash >> 11) * 0x1.0p-53 < heldOutShare;
}

CopyCorpus buildCopyCorpus(const store::Store& store, const CopyCorpusOptions& options,
                           const runtime::JobContext& job)
{
    job.step(0, 0, "reading the shop's text");
    const store::ProductRepository repository(store.db());
    std::vector<store::Product> products;
    for (store::ProductSummary& summary : repository.listSummaries())
        products.push_back(std::move(summary.product));
    const std::map<int64_t, std::map<std::string, std::string>> attributes = repository.allAttributes();
    for (store::Product& product : products)
        if (const auto found = attributes.find(product.id); found != attributes.end())
            product.attributes = found->second;
    std::unordered_map<int64_t, std::vector<store::Listing>> listings;
    for (store::Listing& listing : repository.allListings())
        listings[listing.productId].push_back(std::move(listing));
    const std::unordered_map<int64_t, std::vector<store::Review>> reviews =
        options.includeReviews ? reviewsByProduct(store) : std::unordered_map<int64_t, std::vector<store::Review>>{};
    const std::vector<BrandName> brands = catalogBrands(products);

    CopyCorpus corpus;
    const store::ChannelRepository channels(store.db());
    for (const store::Channel& channel : channels.all())
        corpus.channels.push_back(channel.code);
    std::set<std::string> categories;
    std::string fingerprintText;
    const int64_t total = static_cast<int64_t>(products.size());
    for (int64_t index = 0; index < total; ++index) {
        if (index % 64 == 0)
            job.step(index, total, "building the copy corpus");
        if (options.maxTexts > 0 && corpus.size() >= options.maxTexts)
            break;
        const store::Product& product = products[static_cast<size_t>(index)];
        const ProductFactSheet sheet = factSheetFor(product, brands);
        static const std::vector<store::Review> kNoReviews;
        const auto productReviews = reviews.find(product.id);
        const std::vector<store::Review>& ownReviews =
            productReviews == reviews.end() ? kNoReviews : productReviews->second;
        std::map<std::string, std::vector<SellingPoint>> pointsByLanguage;
        for (const char* code : {"en", "zh"})
            pointsByLanguage[code] = mineSellingPoints(ownReviews, copyLanguage(code));

        const bool heldOut = isHeldOutProduct(product.id, options.heldOutShare, options.seed);
        std::vector<CopyExample>& side = heldOut ? corpus.heldOut : corpus.train;
        const size_t before = side.size();
        std::set<std::tuple<std::string, std::string, std::string>> seen; // language, style, text
        const auto add = [&](const std::string& source, const std::string& channel, const std::string& style,
                             const std::string& language, const std::string& text) {
            if (text.empty() || !seen.emplace(language, style, text).second)
                return;
            CopyExample example;
            example.productId = product.id;
            example.source = source;
            example.prompt.language = language;
            example.prompt.channel = channel;
            example.prompt.category = product.category;
            example.prompt.style = style;
            example.prompt.length = lengthOfText(text, language);
            const std::string& name = language == "zh" && !product.titleZh.empty() ? product.titleZh : product.titleEn;
            if (!name.empty())
                example.prompt.facts.push_back(renderNameFact(name));
            for (std::string& fact : factsStated(text, copyLanguage(language), sheet, pointsByLanguage[language]))
                example.prompt.facts.push_back(std::move(fact));
            example.target = text;
            side.push_back(std::move(example));
        };
        add("product.title", kProductChannel, kTitleStyle, "en", product.titleEn);
        add("product.title", kProductChannel, kTitleStyle, "zh", product.titleZh);
        add("product.description", kProductChannel, styleCode(CopyStyle::WebDescription), "en",
            product.descriptionEn);
        add("product.description", kProductChannel, styleCode(CopyStyle::WebDescription), "zh",
            product.descriptionZh);
        if (const auto found = listings.find(product.id); found != listings.end())
            for (const store::Listing& listing : found->second) {
                add("listing.title", listing.channelCode, titleStyle(listing.channelCode),
                    languageOfText(listing.title), listing.title);
                add("listing.description", listing.channelCode, descriptionStyle(listing.channelCode),
                    languageOfText(listing.description), listing.description);
            }
        for (const store::Review& review : ownReviews) {
            const std::string language = review.lang == "zh" || hasCjk(review.text) ? "zh" : "en";
            add("review", review.channelCode, review.rating >= kPositiveRating ? kPositiveReviewStyle : kOtherReviewStyle,
                language, review.text);
        }
        if (side.size() == before)
            continue;
        ++corpus.products;
        if (heldOut)
            ++corpus.heldOutProducts;
        if (!product.category.empty())
            categories.insert(product.category);
        for (size_t i = before; i < side.size(); ++i) {
            const CopyExample& example = side[i];
            fingerprintText += (heldOut ? "h" : "t") + std::to_string(example.productId) + '\x1f' + example.prompt.language + '\x1f' +
                               example.prompt.channel + '\x1f' + example.prompt.style + '\x1f' + example.target + '\x1e';
        }
    }
    // A shop whose products all hashed to one side still gets a held-out product (perplexity needs
    // one) and a training one: the last product with text moves over.
    if (corpus.heldOut.empty() && corpus.products >= 2 && options.heldOutShare > 0) {
        const int64_t moved = corpus.train.back().productId;
        auto first = std::stable_partition(corpus.train.begin(), corpus.train.end(),
                                           [&](const CopyExample& e) { return e.productId != moved; });
        corpus.heldOut.assign(std::make_move_iterator(first), std::make_move_iterator(corpus.train.end()));
        corpus.train.erase(first, corpus.train.end());
        corpus.heldOutProducts = 1;
    }
    corpus.categories.assign(categories.begin(), categories.end());
    corpus.fingerprint = store::sha256Hex(fingerprintText);
    job.step(total, total, "building the copy corpus");
    return corpus;
}

EncodedExample encodeExample(const Tokenizer& tokenizer, const CopyExample& example, int contextLength)
{
    EncodedExample encoded;
    encoded.tokens = encodePrompt(tokenizer, example.prompt);
    if (static_cast<int>(encoded.tokens.size()) >= contextLength) {
        encoded.tokens.clear();
        return encoded;
    }
    encoded.lossFrom = static_cast<int32_t>(encoded.tokens.size());
    const std::vector<TokenId> target = tokenizer.encode(example.target);
    encoded.tokens.insert(encoded.tokens.end(), target.begin(), target.end());
    if (const std::optional<TokenId> end = tokenizer.specialId(kEndOfText))
        encoded.tokens.push_back(*end);
    if (static_cast<int>(encoded.tokens.size()) > contextLength)
        encoded.tokens.resize(static_cast<size_t>(contextLength));
    return encoded;
}

} // namespace omni::text
