// SPDX-License-Identifier: GPL-3.0-or-later
// The cross-channel consistency audit: the sample shop's planted inconsistencies are all found with
// no false alarms, and hand-made listings exercise each rule (colours in both languages, quantities,
// the price tolerance) through the repositories on an empty store.
#include "check.h"

#include "consistency/consistency_audit.h"
#include "consistency/fact_lexicon.h"
#include "consistency/listing_fix.h"
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

    void list(const std::string& channel, const std::string& title, double price, int64_t stock = 20,
        const std::string& description = "", const std::string& status = "active")
    {
        Listing listing;
        listing.productId = id;
        listing.channelCode = channel;
        listing.title = title;
        listing.price = price;
        listing.stock = stock;
        listing.description = description;
        listing.status = status;
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
    // Applying every suggested fix (what the UI's one-click fix does) leaves no Error/Warning, and
    // a fixed title or description reads exactly like the product record's text in its language.
    for (const Finding& finding : before.findings) {
        if (!serious(finding))
            continue;
        OMNI_CHECK(finding.fixField != FixField::None);
        OMNI_CHECK(!finding.suggestedFix.empty());
        OMNI_CHECK(!finding.message.empty());
        applyFix(store, finding);
        if (finding.fixField == FixField::Price)
            continue;
        const Product product = *products.get(finding.productId);
        const Listing listing = *products.findListing(finding.productId, finding.channelCode);
        const bool zh = finding.language == "zh";
        if (finding.fixField == FixField::Title)
            OMNI_CHECK_EQ(listing.title, zh ? product.titleZh : product.titleEn);
        else
            OMNI_CHECK_EQ(listing.description, zh ? product.descriptionZh : product.descriptionEn);
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
    // What the record says, in the listing's language, and the claim replaced by it.
    OMNI_CHECK_EQ(findings[0].canonicalValue, std::string("纯棉"));
    OMNI_CHECK_EQ(findings[0].listingValue, std::string("亚麻"));
    OMNI_CHECK_EQ(findings[0].fact, std::string("material"));
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
    other.brand = "Hemu";
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

    // One other apparel product is too few to infer a range by default; allow it here.
    AuditOptions options;
    options.missingListingMinimum = 1;
    const auto findings = shop.audit(options);
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
    for (const Finding& finding : findings) {
        if (serious(finding))
            std::fprintf(stderr, "unexpected: %s\n", finding.message.c_str());
        OMNI_CHECK(!serious(finding));
    }
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

OMNI_TEST(wrong_facts_in_english_and_chinese_descriptions_are_errors_with_a_precise_fix)
{
    HandMadeShop shop;
    const std::string en = "Hemu Men's Cotton Crew-neck T-shirt, Navy. Soft and easy. Material: linen; Colour: navy.";
    const std::string zh = "禾木 男士纯棉圆领T恤 藏青色。柔软舒适。材质：纯棉；颜色：酒红色。";
    shop.list("web", "Hemu Men's Cotton Crew-neck T-shirt, Navy", 99.0, 20, en);
    shop.list("app", "禾木 男士纯棉圆领T恤 藏青色", 99.0, 20, zh);
    const auto findings = ofKind(shop.audit(), FindingKind::DescriptionFactMismatch);
    OMNI_CHECK_EQ(findings.size(), size_t(2));
    for (const Finding& finding : findings) {
        OMNI_CHECK(finding.severity == Severity::Error);
        OMNI_CHECK(finding.fixField == FixField::Description);
        const bool web = finding.channelCode == "web";
        const std::string& text = web ? en : zh;
        OMNI_CHECK_EQ(finding.language, std::string(web ? "en" : "zh"));
        OMNI_CHECK_EQ(finding.fact, std::string(web ? "material" : "colour"));
        OMNI_CHECK_EQ(finding.listingValue, std::string(web ? "linen" : "酒红色"));
        OMNI_CHECK_EQ(finding.canonicalValue, std::string(web ? "cotton" : "藏青色"));
        OMNI_CHECK_EQ(finding.replacement, finding.canonicalValue);
        OMNI_CHECK_EQ(text.substr(finding.claimBegin, finding.claimEnd - finding.claimBegin), finding.listingValue);
        OMNI_CHECK_EQ(finding.auditedText, text);
        OMNI_CHECK_EQ(finding.suggestedFix,
            web ? std::string("Hemu Men's Cotton Crew-neck T-shirt, Navy. Soft and easy. Material: cotton; Colour: navy.")
                : std::string("禾木 男士纯棉圆领T恤 藏青色。柔软舒适。材质：纯棉；颜色：藏青色。"));
        OMNI_CHECK(finding.message.find(web ? "\"linen\"" : "\"酒红色\"") != std::string::npos);
    }
}

OMNI_TEST(wrong_volume_and_another_brand_in_a_description_are_found)
{
    HandMadeShop shop;
    Product other;
    other.sku = "AP-000003";
    other.titleEn = "Lanxi Slim-fit Jeans, Blue";
    other.titleZh = "蓝溪 修身牛仔裤 蓝色";
    other.category = "apparel";
    other.brand = "Lanxi";
    other.price = 199;
    shop.products.insert(other);
    // A second product whose record has a volume, described on web with the wrong one.
    Product bottle;
    bottle.sku = "KT-000004";
    bottle.titleEn = "Hemu Vacuum Flask 500 ml";
    bottle.titleZh = "禾木 保温杯 500 ml";
    bottle.category = "kitchen";
    bottle.brand = "Hemu";
    bottle.price = 89;
    bottle.attributes = { { "capacity", "500 ml" }, { "material", "stainless steel" } };
    const int64_t bottleId = shop.products.insert(bottle);
    Listing listing;
    listing.productId = bottleId;
    listing.channelCode = "web";
    listing.title = bottle.titleEn;
    listing.price = 89;
    listing.stock = 10;
    listing.description = "Lanxi Vacuum Flask 750 ml. Capacity: 750 ml; Material: stainless steel.";
    shop.products.upsertListing(listing);

    std::vector<Finding> findings;
    for (const Finding& finding : ofKind(shop.audit(), FindingKind::DescriptionFactMismatch))
        if (finding.sku == "KT-000004")
            findings.push_back(finding);
    OMNI_CHECK_EQ(findings.size(), size_t(3)); // the brand and both volumes
    int brands = 0, volumes = 0;
    for (const Finding& finding : findings) {
        OMNI_CHECK(finding.severity == Severity::Error);
        if (finding.fact == "brand") {
            ++brands;
            OMNI_CHECK_EQ(finding.listingValue, std::string("Lanxi"));
            OMNI_CHECK_EQ(finding.replacement, std::string("Hemu"));
        } else {
            ++volumes;
            OMNI_CHECK_EQ(finding.listingValue, std::string("750 ml"));
            OMNI_CHECK_EQ(finding.replacement, std::string("500 ml"));
        }
    }
    OMNI_CHECK_EQ(brands, 1);
    OMNI_CHECK_EQ(volumes, 2);
}

OMNI_TEST(stock_rules_sold_out_where_it_sells_stock_not_on_sale_and_negative_counts)
{
    HandMadeShop shop;
    // No orders at all: demand is unknown, so a sold-out active listing with stock elsewhere shows.
    shop.list("app", "禾木 男士纯棉圆领T恤 藏青色", 99.0, 0);
    auto stock = ofKind(shop.audit(), FindingKind::StockMismatch);
    OMNI_CHECK_EQ(stock.size(), size_t(1));
    OMNI_CHECK(stock[0].stockIssue == StockIssue::SoldOutWhereItSells);
    OMNI_CHECK(stock[0].severity == Severity::Info);
    OMNI_CHECK_EQ(stock[0].stockElsewhere, int64_t(20));
    OMNI_CHECK_EQ(stock[0].recentUnitsSold, int64_t(-1));

    // Sold out everywhere is no mismatch.
    shop.list("web", "Hemu Men's Cotton Crew-neck T-shirt, Navy", 99.0, 0);
    OMNI_CHECK(ofKind(shop.audit(), FindingKind::StockMismatch).empty());

    // Paused with stock while on sale elsewhere: units kept off sale. Draft the same.
    shop.list("web", "Hemu Men's Cotton Crew-neck T-shirt, Navy", 99.0, 0);
    shop.list("app", "禾木 男士纯棉圆领T恤 藏青色", 99.0, 15);
    shop.list("store", "禾木 男士纯棉圆领T恤 藏青色", 99.0, 6, "", "paused");
    stock = ofKind(shop.audit(), FindingKind::StockMismatch);
    bool paused = false;
    for (const Finding& finding : stock)
        if (finding.channelCode == "store") {
            paused = true;
            OMNI_CHECK(finding.stockIssue == StockIssue::StockNotOnSale);
            OMNI_CHECK_EQ(finding.listingStatus, std::string("paused"));
            OMNI_CHECK_EQ(finding.listingStock, int64_t(6));
        }
    OMNI_CHECK(paused);
    // A paused listing without stock, or a paused one when nothing is on sale elsewhere, is quiet.
    shop.list("store", "禾木 男士纯棉圆领T恤 藏青色", 99.0, 0, "", "paused");
    for (const Finding& finding : ofKind(shop.audit(), FindingKind::StockMismatch))
        OMNI_CHECK(finding.channelCode != "store");

    // A count below zero is a counting error: a warning whatever else holds.
    shop.list("store", "禾木 男士纯棉圆领T恤 藏青色", 99.0, -3);
    stock = ofKind(shop.audit(), FindingKind::StockMismatch);
    bool negative = false;
    for (const Finding& finding : stock)
        if (finding.channelCode == "store") {
            negative = true;
            OMNI_CHECK(finding.stockIssue == StockIssue::NegativeStock);
            OMNI_CHECK(finding.severity == Severity::Warning);
        }
    OMNI_CHECK(negative);
}

OMNI_TEST(sold_out_listings_are_reported_only_where_the_product_sells)
{
    // The tiny sample shop has orders: a sold-out listing is reported only with recent sales on its
    // channel, and every reported one has them.
    Store store = Store::open(":memory:");
    omni::store::SampleShopOptions options;
    options.size = omni::store::SampleShopSize::Tiny;
    omni::store::generateSampleShop(store, options, JobContext());
    AuditOptions audit;
    const auto strict = ofKind(auditConsistency(store, audit, JobContext()).findings, FindingKind::StockMismatch);
    for (const Finding& finding : strict) {
        OMNI_CHECK(finding.stockIssue == StockIssue::SoldOutWhereItSells);
        OMNI_CHECK(finding.recentUnitsSold >= audit.soldOutRecentUnits);
        OMNI_CHECK_EQ(finding.listingStock, int64_t(0));
        OMNI_CHECK(finding.stockElsewhere > 0);
    }
    audit.soldOutRecentUnits = 0; // every sold-out listing with stock elsewhere
    const auto all = ofKind(auditConsistency(store, audit, JobContext()).findings, FindingKind::StockMismatch);
    OMNI_CHECK(all.size() > strict.size());
}

OMNI_TEST(missing_listing_only_where_the_channel_carries_nearly_the_whole_category)
{
    HandMadeShop shop; // AP-000001 on web and app
    // Twenty more apparel products, all on store: AP-000001 is the one store lacks.
    for (int i = 2; i <= 21; ++i) {
        Product other;
        other.sku = "AP-0001" + std::to_string(10 + i);
        other.titleEn = "Hemu Shirt";
        other.titleZh = "禾木 衬衫";
        other.category = "apparel";
        other.brand = "Hemu";
        other.price = 120;
        Listing listing;
        listing.productId = shop.products.insert(other);
        listing.channelCode = "store";
        listing.title = other.titleZh;
        listing.price = 120;
        listing.stock = 3;
        shop.products.upsertListing(listing);
    }
    auto missing = ofKind(shop.audit(), FindingKind::MissingListing);
    OMNI_CHECK_EQ(missing.size(), size_t(1));
    OMNI_CHECK_EQ(missing[0].sku, std::string("AP-000001"));
    OMNI_CHECK_EQ(missing[0].channelCode, std::string("store"));
    OMNI_CHECK_EQ(missing[0].listingValue, std::string("20/20"));
    // 20 of 20 is 100%: still a gap at 95%; a coverage above 100% turns the rule off, and so does a
    // minimum of more products than the category has.
    AuditOptions options;
    options.missingListingMinimum = 21;
    OMNI_CHECK(ofKind(shop.audit(options), FindingKind::MissingListing).empty());
    options.missingListingMinimum = 20;
    options.missingListingCoverage = 0.95;
    OMNI_CHECK(ofKind(shop.audit(options), FindingKind::MissingListing).size() == 1);
    options.missingListingCoverage = 1.01;
    OMNI_CHECK(ofKind(shop.audit(options), FindingKind::MissingListing).empty());
}
