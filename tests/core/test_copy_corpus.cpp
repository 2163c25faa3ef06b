// SPDX-License-Identifier: GPL-3.0-or-later
// The copy model's corpus: every example carries the control tokens of its text (language,
// channel, category, style, length) and, as facts, only claims the product supports, in the order
// the text states them; reviews are review styles; the held-out split keeps each product on one
// side; the same store gives the same corpus; encoded examples put the loss on the target only.
#include "check.h"

#include "store/product_repository.h"
#include "store/review_repository.h"
#include "store/customer_repository.h"
#include "store/sample_shop.h"
#include "store/store.h"
#include "text/bpe_tokenizer.h"
#include "text/copy_corpus.h"
#include "text/facts/fact_checker.h"
#include "text/facts/fact_sheet.h"

#include <map>
#include <set>

using namespace omni;
using namespace omni::text;
using omni::test::TempDir;

namespace {

store::Store tinyShop(const TempDir& dir)
{
    store::Store store = store::Store::open(dir.file("shop.omni"));
    store::SampleShopOptions options;
    options.size = store::SampleShopSize::Tiny;
    store::generateSampleShop(store, options, runtime::JobContext());
    return store;
}

std::string lowered(std::string text)
{
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

// "colour navy" -> "navy"
std::string factSurface(const std::string& fact) { return fact.substr(fact.find(' ') + 1); }

const std::set<std::string> kCopyStyles = {"push_title", "web_description", "mini_program_card", "social_post",
                                           "shelf_card", "title"};
const std::set<std::string> kReviewStyles = {"review", "review_other"};

} // namespace

OMNI_TEST(sample_shop_examples_carry_control_tokens_and_only_supported_facts)
{
    TempDir dir;
    const store::Store store = tinyShop(dir);
    const CopyCorpus corpus = buildCopyCorpus(store, {}, runtime::JobContext());
    OMNI_CHECK(corpus.train.size() > 500);
    OMNI_CHECK(!corpus.heldOut.empty());
    OMNI_CHECK_EQ(corpus.channels.size(), size_t(5));

    const store::ProductRepository products(store.db());
    std::map<int64_t, store::Product> byId;
    std::vector<store::Product> all;
    for (const auto& summary : products.listSummaries())
        all.push_back(*products.get(summary.product.id));
    for (const store::Product& product : all)
        byId[product.id] = product;
    const std::vector<BrandName> brands = catalogBrands(all);

    std::map<std::string, int> sources;
    int withFacts = 0;
    int wrongFactsLeftOut = 0;
    std::vector<CopyExample> examples = corpus.train;
    examples.insert(examples.end(), corpus.heldOut.begin(), corpus.heldOut.end());
    for (const CopyExample& example : examples) {
        ++sources[example.source];
        const store::Product& product = byId.at(example.productId);
        OMNI_CHECK(example.prompt.language == "en" || example.prompt.language == "zh");
        OMNI_CHECK_EQ(example.prompt.category, product.category);
        OMNI_CHECK(!example.target.empty());
        if (example.source == "review") {
            OMNI_CHECK(kReviewStyles.count(example.prompt.style) == 1);
        } else {
            OMNI_CHECK(kCopyStyles.count(example.prompt.style) == 1);
        }
        if (example.source.rfind("product.", 0) == 0)
            OMNI_CHECK_EQ(example.prompt.channel, std::string(kProductChannel));
        else
            OMNI_CHECK(example.prompt.channel != kProductChannel);
        if (example.source == "listing.title" && example.prompt.channel == "app")
            OMNI_CHECK_EQ(example.prompt.style, std::string("push_title"));
        if (example.source == "listing.description" && example.prompt.channel == "social")
            OMNI_CHECK_EQ(example.prompt.style, std::string("social_post"));
        OMNI_CHECK(example.prompt.length == lengthOfText(example.target, example.prompt.language));

        // Every fact is stated by the text, in order, and none is a claim the checker refutes.
        const CopyLanguage language = example.prompt.language == "zh" ? CopyLanguage::Chinese : CopyLanguage::English;
        const ProductFactSheet sheet = factSheetFor(product, brands);
        std::set<std::string> unsupported;
        for (const Claim& claim : extractClaims(example.target, language, sheet))
            if (!claim.supported)
                unsupported.insert(claim.text);
        const std::string haystack = lowered(example.target);
        // The product's name comes first, in the text's language.
        OMNI_CHECK(!example.prompt.facts.empty());
        const std::string& name =
            example.prompt.language == "zh" && !product.titleZh.empty() ? product.titleZh : product.titleEn;
        OMNI_CHECK_EQ(example.prompt.facts.front(), "name " + name);
        size_t previous = 0;
        for (size_t i = 1; i < example.prompt.facts.size(); ++i) {
            const std::string& fact = example.prompt.facts[i];
            const std::string surface = factSurface(fact);
            const size_t at = haystack.find(lowered(surface));
            OMNI_CHECK(at != std::string::npos);
            OMNI_CHECK(unsupported.count(surface) == 0);
            // In the order the text states them (a later fact may repeat an earlier word, so
            // compare with the first occurrence at or after the previous fact).
            OMNI_CHECK(haystack.find(lowered(surface), previous) != std::string::npos || at >= previous);
            previous = at;
        }
        if (example.prompt.facts.size() > 1)
            ++withFacts;
        wrongFactsLeftOut += static_cast<int>(unsupported.size());
    }
    for (const char* source :
         {"product.title", "product.description", "listing.title", "listing.description", "review"})
        OMNI_CHECK(sources[source] > 0);
    // Titles and descriptions state brands, sizes, colours: most examples have facts.
    OMNI_CHECK(withFacts * 2 > static_cast<int>(examples.size()));
    // The sample shop plants inconsistent listings: their wrong facts exist and are left out.
    OMNI_CHECK(wrongFactsLeftOut > 0);
}

OMNI_TEST(planted_wrong_listing_colour_is_not_a_fact_but_the_brand_is)
{
    TempDir dir;
    const store::Store store = store::Store::open(dir.file("shop.omni"));
    store::ProductRepository products(store.db());
    store::Product product;
    product.sku = "AP-000001";
    product.titleEn = "Hemu Men's Cotton Crew-neck T-shirt, Navy";
    product.titleZh = "禾木 男士纯棉圆领T恤 藏青色";
    product.category = "apparel";
    product.brand = "Hemu";
    product.price = 99.0;
    product.descriptionEn = "Hemu Men's Cotton Crew-neck T-shirt, Navy. Material: cotton; Colour: navy.";
    product.attributes = {{"colour", "navy"}, {"material", "cotton"}};
    store::Listing listing;
    listing.productId = products.insert(product);
    listing.channelCode = "app";
    listing.title = "禾木 男士纯棉圆领T恤 酒红色";
    listing.price = 99.0;
    products.upsertListing(listing);

    CopyCorpusOptions options;
    options.heldOutShare = 0;
    const CopyCorpus corpus = buildCopyCorpus(store, options, runtime::JobContext());
    OMNI_CHECK(corpus.heldOut.empty());
    OMNI_CHECK_EQ(corpus.categories.size(), size_t(1));
    bool sawListing = false;
    bool sawDescription = false;
    for (const CopyExample& example : corpus.train) {
        if (example.source == "listing.title") {
            sawListing = true;
            OMNI_CHECK_EQ(example.prompt.language, std::string("zh"));
            OMNI_CHECK_EQ(example.prompt.style, std::string("push_title"));
            OMNI_CHECK_EQ(example.prompt.channel, std::string("app"));
            OMNI_CHECK_EQ(example.prompt.category, std::string("apparel"));
            OMNI_CHECK(example.prompt.length == CopyLength::Short);
            bool brand = false;
            for (const std::string& fact : example.prompt.facts) {
                OMNI_CHECK(fact.find("酒红") == std::string::npos);
                brand = brand || fact == "brand 禾木";
            }
            OMNI_CHECK(brand);
        }
        if (example.source == "product.description" && example.prompt.language == "en") {
            sawDescription = true;
            // The name, then the brand, as the text states it first.
            OMNI_CHECK(example.prompt.facts.size() > 2);
            OMNI_CHECK_EQ(example.prompt.facts[0], "name " + product.titleEn);
            OMNI_CHECK_EQ(example.prompt.facts[1], std::string("brand Hemu"));
            bool navy = false;
            for (const std::string& fact : example.prompt.facts)
                navy = navy || lowered(fact) == "colour navy";
            OMNI_CHECK(navy);
        }
    }
    OMNI_CHECK(sawListing);
    OMNI_CHECK(sawDescription);
}

OMNI_TEST(held_out_split_is_by_product_and_corpus_is_deterministic)
{
    TempDir dir;
    const store::Store store = tinyShop(dir);
    CopyCorpusOptions options;
    options.heldOutShare = 0.2;
    const CopyCorpus corpus = buildCopyCorpus(store, options, runtime::JobContext());
    std::set<int64_t> trainProducts, heldOutProducts;
    for (const CopyExample& example : corpus.train)
        trainProducts.insert(example.productId);
    for (const CopyExample& example : corpus.heldOut) {
        heldOutProducts.insert(example.productId);
        OMNI_CHECK(isHeldOutProduct(example.productId, 0.2, options.seed));
    }
    for (const int64_t product : heldOutProducts)
        OMNI_CHECK(trainProducts.count(product) == 0);
    OMNI_CHECK_EQ(static_cast<int64_t>(heldOutProducts.size()), corpus.heldOutProducts);
    const double share = static_cast<double>(heldOutProducts.size()) / static_cast<double>(corpus.products);
    OMNI_CHECK(share > 0.08 && share < 0.35);

    const CopyCorpus again = buildCopyCorpus(store, options, runtime::JobContext());
    OMNI_CHECK_EQ(again.fingerprint, corpus.fingerprint);
    OMNI_CHECK_EQ(again.train.size(), corpus.train.size());
    for (size_t i = 0; i < corpus.train.size(); ++i) {
        OMNI_CHECK_EQ(again.train[i].target, corpus.train[i].target);
        OMNI_CHECK(again.train[i].prompt.facts == corpus.train[i].prompt.facts);
    }
    // Another seed moves other products out.
    options.seed = 8;
    const CopyCorpus reseeded = buildCopyCorpus(store, options, runtime::JobContext());
    OMNI_CHECK(reseeded.fingerprint != corpus.fingerprint);
    // A cap keeps whole products.
    CopyCorpusOptions capped;
    capped.maxTexts = 100;
    const CopyCorpus small = buildCopyCorpus(store, capped, runtime::JobContext());
    OMNI_CHECK(small.size() >= 100 && small.size() < 150);
}

OMNI_TEST(encoded_examples_take_the_loss_on_the_target_only)
{
    TempDir dir;
    const store::Store store = tinyShop(dir);
    const CopyCorpus corpus = buildCopyCorpus(store, {}, runtime::JobContext());
    std::vector<std::string> texts;
    for (const CopyExample& example : corpus.train)
        texts.push_back(example.target);
    const BpeTokenizer tokenizer = BpeTokenizer::train(texts, 600, corpus.specialTokens());
    const TokenId end = *tokenizer.specialId(kEndOfText);
    const TokenId copy = *tokenizer.specialId(kCopyToken);
    int checked = 0;
    for (const CopyExample& example : corpus.train) {
        const EncodedExample encoded = encodeExample(tokenizer, example, 256);
        OMNI_CHECK(encoded.lossFrom > 0);
        OMNI_CHECK_EQ(encoded.tokens[0], *tokenizer.specialId("<|lang:" + example.prompt.language + "|>"));
        OMNI_CHECK_EQ(encoded.tokens[static_cast<size_t>(encoded.lossFrom) - 1], copy);
        OMNI_CHECK_EQ(encoded.tokens.back(), end);
        const std::vector<TokenId> target(encoded.tokens.begin() + encoded.lossFrom, encoded.tokens.end() - 1);
        OMNI_CHECK_EQ(tokenizer.decode(target), example.target);
        if (++checked == 300)
            break;
    }
    // Too small a context: cut at the end, no <|endoftext|>; a prompt that does not fit: nothing.
    const CopyExample& example = corpus.train.front();
    const EncodedExample full = encodeExample(tokenizer, example, 256);
    const EncodedExample cut = encodeExample(tokenizer, example, full.lossFrom + 1);
    OMNI_CHECK_EQ(cut.tokens.size(), size_t(full.lossFrom + 1));
    OMNI_CHECK(encodeExample(tokenizer, example, full.lossFrom - 1).tokens.empty());
}

OMNI_TEST(empty_store_gives_an_empty_corpus)
{
    TempDir dir;
    const store::Store store = store::Store::open(dir.file("shop.omni"));
    const CopyCorpus corpus = buildCopyCorpus(store, {}, runtime::JobContext());
    OMNI_CHECK_EQ(corpus.size(), 0);
    OMNI_CHECK_EQ(corpus.products, 0);
}
