// SPDX-License-Identifier: GPL-3.0-or-later
// The cross-channel consistency audit: the sample shop's planted inconsistencies are all found with
// no false alarms, and hand-made listings exercise each rule (colours in both languages, quantities,
// the price tolerance) through the repositories on an empty store.
#include "check.h"

#include "consistency/consistency_audit.h"
#include "consistency/fact_lexicon.h"
#include "consistency/title_facts.h"
#include "store/product_repository.h"
#include "store/sample/catalog_vocabulary.h"
#include "store/sample_shop.h"

#include <cstdio>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace omni::consistency;
using omni::runtime::JobCancelled;
using omni::runtime::JobContext;
using omni::runtime::Progress;
using omni::store::Listing;
using omni::store::Product;
using omni::store::ProductRepository;
using omni::store::Store;

namespace {

std::set<std::string> splitCommas(const std::string& text)
{
    std::set<std::string> items;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ','))
        if (!item.empty())
            items.insert(item);
    return items;
}

bool serious(const Finding& finding)
{
    return finding.severity == Severity::Error || finding.severity == Severity::Warning;
}

// A navy cotton T-shirt at 99.00 listed on web (English) and app (Chinese), titles true to it.
struct HandMadeShop {
    Store store = Store::open(":memory:");
    ProductRepository products { store.db() };
    int64_t id = 0;

    HandMadeShop()
    {
        Product product;
        product.sku = "AP-000001";
        product.titleEn = "Hemu Men's Cotton Crew-neck T-shirt, Navy";
        product.titleZh = "禾木 男士纯棉圆领T恤 藏青色";
        product.category = "apparel";
        product.brand = "Hemu";
        product.price = 99.0;
        product.attributes = { { "colour", "navy" }, { "material", "cotton" }, { "size", "S/M/L/XL" } };
        id = products.insert(product);
        list("web", product.titleEn, 99.0);
        list("app", product.titleZh, 99.0);
    }

    void list(const std::string& channel, const std::string& title, double price, int64_t stock = 20)
    {
        Listing listing;
        listing.productId = id;
        listing.channelCode = channel;
        listing.title = title;
        listing.price = price;
        listing.stock = stock;
        products.upsertListing(listing);
    }

    std::vector<Finding> audit(const AuditOptions& options = AuditOptions()) const
    {
        return auditConsistency(store, options, JobContext()).findings;
    }
};

std::vector<Finding> ofKind(const std::vector<Finding>& findings, FindingKind kind)
{
    std::vector<Finding> matching;
    for (const Finding& finding : findings)
        if (finding.kind == kind)
            matching.push_back(finding);
    return matching;
}

} // namespace

OMNI_TEST(sample_shop_planted_inconsistencies_all_found_without_false_alarms)
{
    std::set<FindingKind> kindsFound;
    for (const uint64_t seed : { 20260101ULL, 7ULL, 424242ULL, 99ULL }) {
        Store store = Store::open(":memory:");
        omni::store::SampleShopOptions options;
        options.size = omni::store::SampleShopSize::Tiny;
        options.seed = seed;
        omni::store::generateSampleShop(store, options, JobContext());
        const std::set<std::string> planted = splitCommas(store.meta("sample.inconsistent_skus"));
        OMNI_CHECK(planted.size() >= 2);

        const AuditReport report = auditConsistency(store, AuditOptions(), JobContext());
        OMNI_CHECK_EQ(report.productsChecked, ProductRepository(store.db()).count());
        std::set<std::string> flagged;
        for (const Finding& finding : report.findings) {
            if (!serious(finding))
                continue;
            flagged.insert(finding.sku);
            kindsFound.insert(finding.kind);
            if (!planted.count(finding.sku))
                std::fprintf(stderr, "false alarm: %s\n", finding.message.c_str());
        }
        OMNI_CHECK(flagged == planted);
    }
    // The shops plant both kinds: wrong colours in titles and deviant prices.
    OMNI_CHECK(kindsFound.count(FindingKind::TitleFactMismatch) == 1);
    OMNI_CHECK(kindsFound.count(FindingKind::PriceMismatch) == 1);
}

OMNI_TEST(sample_shop_findings_carry_a_fix_that_resolves_them)
{
    Store store = Store::open(":memory:");
    omni::store::SampleShopOptions options;
    options.size = omni::store::SampleShopSize::Tiny;
    omni::store::generateSampleShop(store, options, JobContext());
    ProductRepository products(store.db());
    const AuditReport before = auditConsistency(store, AuditOptions(), JobContext());
    OMNI_CHECK(before.count(Severity::Error) > 0);
    // Applying every suggested fix (what the UI's one-click fix will do) leaves no Error/Warning.
    for (const Finding& finding : before.findings) {
        if (!serious(finding))
            continue;
        OMNI_CHECK(finding.fixField != FixField::None);
        OMNI_CHECK(!finding.suggestedFix.empty());
        OMNI_CHECK(!finding.message.empty());
        for (Listing listing : products.listings(finding.productId)) {
            if (listing.channelCode != finding.channelCode)
                continue;
            if (finding.fixField == FixField::Price)
                listing.price = std::stod(finding.suggestedFix);
            else
                listing.title = finding.suggestedFix;
            products.upsertListing(listing);
        }
    }
    const AuditReport after = auditConsistency(store, AuditOptions(), JobContext());
    OMNI_CHECK_EQ(after.count(Severity::Error) + after.count(Severity::Warning), int64_t(0));
}

OMNI_TEST(lexicon_knows_every_sample_colour_and_material)
{
    for (const auto& category : omni::store::sample::catalogVocabulary())
        for (const auto& type : category.types)
            for (const auto& spec : type.attributes) {
                const std::string name = spec.name;
                if (name != "colour" && name != "material")
                    continue;
                for (const auto& value : spec.values) {
                    const LexiconTerm* term = findTerm(value.en);
                    if (!term)
                        std::fprintf(stderr, "lexicon lacks %s %s\n", spec.name, value.en);
                    OMNI_CHECK(term != nullptr);
                    if (term)
                        OMNI_CHECK_EQ(term->zh, std::string(value.zh));
                }
            }
}

OMNI_TEST(fact_extraction_prefers_longer_terms_and_whole_words)
{
    const auto facts = extractFacts("Lanxi Slim-fit Jeans, Light Blue");
    OMNI_CHECK_EQ(facts.size(), size_t(1));
    OMNI_CHECK_EQ(facts[0].key, std::string("light blue"));
    const auto zh = extractFacts("蓝溪 修身牛仔裤 浅蓝色");
    OMNI_CHECK_EQ(zh.size(), size_t(1));
    OMNI_CHECK_EQ(zh[0].key, std::string("light blue"));
    OMNI_CHECK(zh[0].chinese);
    OMNI_CHECK(extractFacts("Tired Redmi charger").empty()); // "red" only as a word
    const auto quantities = extractFacts("Thermos 500 ml, 1.5米床, SPF50+ iPhone 15");
    OMNI_CHECK_EQ(quantities.size(), size_t(2));
    OMNI_CHECK_EQ(quantities[0].key, std::string("500 ml"));
    OMNI_CHECK_EQ(quantities[1].key, std::string("1.5 m"));
}

OMNI_TEST(consistent_hand_made_listings_raise_nothing_serious)
{
    HandMadeShop shop;
    shop.list("mini_program", "禾木 男士纯棉圆领T恤 藏青色", 99.0);
    for (const Finding& finding : shop.audit())
        OMNI_CHECK(!serious(finding));
}

OMNI_TEST(wrong_colour_in_english_title_is_an_error_with_a_fixed_title)
{
    HandMadeShop shop;
    shop.list("web", "Hemu Men's Cotton Crew-neck T-shirt, Burgundy", 99.0);
    const auto findings = ofKind(shop.audit(), FindingKind::TitleFactMismatch);
    OMNI_CHECK_EQ(findings.size(), size_t(1));
    OMNI_CHECK_EQ(findings[0].channelCode, std::string("web"));
    OMNI_CHECK(findings[0].severity == Severity::Error);
    OMNI_CHECK_EQ(findings[0].canonicalValue, std::string("navy"));
    OMNI_CHECK_EQ(findings[0].listingValue, std::string("Burgundy"));
    OMNI_CHECK_EQ(findings[0].suggestedFix, std::string("Hemu Men's Cotton Crew-neck T-shirt, Navy"));
    OMNI_CHECK(findings[0].message.find("Burgundy") != std::string::npos);
}

OMNI_TEST(wrong_colour_in_chinese_title_is_an_error_with_a_chinese_fix)
{
    HandMadeShop shop;
    shop.list("app", "禾木 男士纯棉圆领T恤 酒红色", 99.0);
    const auto findings = ofKind(shop.audit(), FindingKind::TitleFactMismatch);
    OMNI_CHECK_EQ(findings.size(), size_t(1));
    OMNI_CHECK_EQ(findings[0].channelCode, std::string("app"));
    OMNI_CHECK(findings[0].severity == Severity::Error);
    OMNI_CHECK_EQ(findings[0].listingValue, std::string("酒红色"));
    OMNI_CHECK_EQ(findings[0].suggestedFix, std::string("禾木 男士纯棉圆领T恤 藏青色"));
}

OMNI_TEST(wrong_material_is_found)
{
    HandMadeShop shop;
    shop.list("app", "禾木 男士亚麻圆领T恤 藏青色", 99.0);
    const auto findings = ofKind(shop.audit(), FindingKind::TitleFactMismatch);
    OMNI_CHECK_EQ(findings.size(), size_t(1));
    OMNI_CHECK_EQ(findings[0].canonicalValue, std::string("cotton"));
    OMNI_CHECK_EQ(findings[0].suggestedFix, std::string("禾木 男士纯棉圆领T恤 藏青色"));
}

OMNI_TEST(wrong_number_with_unit_is_an_error)
{
    Store store = Store::open(":memory:");
    ProductRepository products(store.db());
    Product bottle;
    bottle.sku = "HK-000002";
    bottle.titleEn = "Qingshan Vacuum Flask 500 ml";
    bottle.titleZh = "青山 保温杯 500 ml";
    bottle.category = "home_kitchen";
    bottle.price = 129.0;
    bottle.attributes = { { "capacity", "500 ml" }, { "material", "stainless steel" } };
    const int64_t id = products.insert(bottle);
    Listing listing;
    listing.productId = id;
    listing.channelCode = "app";
    listing.title = "青山 保温杯 750 ml";
    listing.price = 129.0;
    listing.stock = 5;
    products.upsertListing(listing);
    listing.channelCode = "web";
    listing.title = "Qingshan Vacuum Flask 500 ml";
    products.upsertListing(listing);

    const auto findings = ofKind(auditConsistency(store, AuditOptions(), JobContext()).findings,
        FindingKind::TitleFactMismatch);
    OMNI_CHECK_EQ(findings.size(), size_t(1));
    OMNI_CHECK_EQ(findings[0].channelCode, std::string("app"));
    OMNI_CHECK(findings[0].severity == Severity::Error);
    OMNI_CHECK_EQ(findings[0].canonicalValue, std::string("500 ml"));
    OMNI_CHECK_EQ(findings[0].listingValue, std::string("750 ml"));
    OMNI_CHECK_EQ(findings[0].suggestedFix, bottle.titleZh);
}

OMNI_TEST(price_beyond_tolerance_is_found_and_within_tolerance_is_not)
{
    HandMadeShop shop;
    shop.list("app", "禾木 男士纯棉圆领T恤 藏青色", 99.50); // 0.5 % off: within the default 1 %
    OMNI_CHECK(ofKind(shop.audit(), FindingKind::PriceMismatch).empty());

    shop.list("app", "禾木 男士纯棉圆领T恤 藏青色", 97.0); // 2 % off: a warning
    auto findings = ofKind(shop.audit(), FindingKind::PriceMismatch);
    OMNI_CHECK_EQ(findings.size(), size_t(1));
    OMNI_CHECK(findings[0].severity == Severity::Warning);
    OMNI_CHECK_EQ(findings[0].canonicalValue, std::string("99.00"));
    OMNI_CHECK_EQ(findings[0].listingValue, std::string("97.00"));
    OMNI_CHECK(findings[0].fixField == FixField::Price);
    OMNI_CHECK_EQ(findings[0].suggestedFix, std::string("99.00"));

    AuditOptions loose;
    loose.priceRelativeTolerance = 0.05; // the tolerance is configurable
    OMNI_CHECK(ofKind(shop.audit(loose), FindingKind::PriceMismatch).empty());

    shop.list("web", "Hemu Men's Cotton Crew-neck T-shirt, Navy", 79.0); // 20 % off: an error
    findings = ofKind(shop.audit(), FindingKind::PriceMismatch);
    OMNI_CHECK_EQ(findings.size(), size_t(2));
    for (const Finding& finding : findings)
        OMNI_CHECK(finding.severity == (finding.channelCode == "web" ? Severity::Error : Severity::Warning));
}

OMNI_TEST(missing_listing_and_sold_out_are_info_only)
{
    HandMadeShop shop;
    // Another apparel product on the store channel makes "store sells apparel" plausible.
    Product other;
    other.sku = "AP-000002";
    other.titleEn = "Hemu Shirt";
    other.titleZh = "禾木 衬衫";
    other.category = "apparel";
    other.price = 120;
    const int64_t otherId = shop.products.insert(other);
    Listing listing;
    listing.productId = otherId;
    listing.channelCode = "store";
    listing.title = other.titleZh;
    listing.price = 120;
    listing.stock = 3;
    shop.products.upsertListing(listing);
    shop.list("app", "禾木 男士纯棉圆领T恤 藏青色", 99.0, 0);

    const auto findings = shop.audit();
    const auto missing = ofKind(findings, FindingKind::MissingListing);
    bool storeMissing = false;
    for (const Finding& finding : missing) {
        OMNI_CHECK(finding.severity == Severity::Info);
        storeMissing = storeMissing || (finding.sku == "AP-000001" && finding.channelCode == "store");
    }
    OMNI_CHECK(storeMissing);
    const auto stock = ofKind(findings, FindingKind::StockMismatch);
    OMNI_CHECK_EQ(stock.size(), size_t(1));
    OMNI_CHECK_EQ(stock[0].channelCode, std::string("app"));
    OMNI_CHECK(stock[0].severity == Severity::Info);
    for (const Finding& finding : findings)
        OMNI_CHECK(!serious(finding));
}

OMNI_TEST(audit_reports_progress_and_honours_cancel)
{
    HandMadeShop shop;
    std::vector<Progress> seen;
    JobContext job([&seen](const Progress& progress) { seen.push_back(progress); });
    const AuditReport report = auditConsistency(shop.store, AuditOptions(), job);
    OMNI_CHECK_EQ(report.productsChecked, int64_t(1));
    OMNI_CHECK_EQ(report.listingsChecked, int64_t(2));
    OMNI_CHECK(!seen.empty());
    OMNI_CHECK_EQ(seen.back().done, int64_t(1));
    OMNI_CHECK_EQ(seen.back().total, int64_t(1));

    JobContext cancelled;
    cancelled.cancel();
    OMNI_CHECK_THROWS(auditConsistency(shop.store, AuditOptions(), cancelled), JobCancelled);
}
