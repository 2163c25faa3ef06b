// SPDX-License-Identifier: GPL-3.0-or-later
// The sample-shop generator: determinism, sizes, and the properties an analyst (and the later
// features: audits, recommenders, retention charts, the assistant) rely on.
#include "check.h"

#include "store/activity_repository.h"
#include "store/customer_repository.h"
#include "store/kb_repository.h"
#include "store/product_repository.h"
#include "store/sample/catalog_vocabulary.h"
#include "store/sample/knowledge_base.h"
#include "store/sample_shop.h"

#include <cctype>
#include <cstdint>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace omni::store;
using omni::runtime::JobCancelled;
using omni::runtime::JobContext;
using omni::runtime::Progress;
using omni::test::TempDir;

namespace {

constexpr int64_t kDay = 86400;

SampleShopOptions tinyOptions(uint64_t seed = 20260101)
{
    SampleShopOptions options;
    options.size = SampleShopSize::Tiny;
    options.seed = seed;
    return options;
}

Store generatedTiny(uint64_t seed)
{
    Store store = Store::open(":memory:");
    generateSampleShop(store, tinyOptions(seed), JobContext());
    return store;
}

// One Tiny shop shared by the read-only invariant tests (generating it takes a fraction of a second,
// but a dozen copies would add up).
const Store& tiny()
{
    static const Store store = generatedTiny(20260101);
    return store;
}

int64_t queryInt(const Store& store, const char* sql)
{
    return store.db().queryInt(sql);
}

double queryDouble(const Store& store, const char* sql)
{
    Statement statement = store.db().prepare(sql);
    OMNI_CHECK(statement.step());
    return statement.columnDouble(0);
}

// FNV-1a over every row of every table, in primary-key order: equal digests mean equal shops.
uint64_t digest(const Store& store)
{
    // Table names and orderings are this test's constants, never data.
    static const std::vector<std::pair<const char*, const char*>> tables = {
        { "meta", "key" },
        { "customers", "id" },
        { "identities", "id" },
        { "products", "id" },
        { "product_attributes", "product_id, name" },
        { "listings", "id" },
        { "events", "id" },
        { "orders", "id" },
        { "order_items", "order_id, product_id" },
        { "reviews", "id" },
        { "kb_articles", "id" },
        { "daily_activity", "day" },
        { "daily_channel_activity", "day, channel_id" },
    };
    uint64_t hash = 1469598103934665603ULL;
    auto add = [&](const std::string& text) {
        for (unsigned char c : text) {
            hash ^= c;
            hash *= 1099511628211ULL;
        }
        hash ^= 0xFF; // field separator, so "ab","c" differs from "a","bc"
        hash *= 1099511628211ULL;
    };
    for (const auto& [table, order] : tables) {
        const int columns = static_cast<int>(
            store.db().queryInt(std::string("SELECT count(*) FROM pragma_table_info('") + table + "')"));
        OMNI_CHECK(columns > 0);
        Statement rows = store.db().prepare(std::string("SELECT * FROM ") + table + " ORDER BY " + order);
        add(table);
        while (rows.step())
            for (int column = 0; column < columns; ++column)
                add(rows.columnIsNull(column) ? std::string("\x01NULL") : rows.columnText(column));
    }
    return hash;
}

bool containsChinese(const std::string& text)
{
    // CJK ideographs are three bytes in UTF-8, starting with 0xE4..0xE9.
    for (unsigned char c : text)
        if (c >= 0xE4 && c <= 0xE9)
            return true;
    return false;
}

bool allDigits(const std::string& text)
{
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    return !text.empty();
}

} // namespace

OMNI_TEST(size_names_round_trip)
{
    for (SampleShopSize size : { SampleShopSize::Tiny, SampleShopSize::Demo, SampleShopSize::Large })
        OMNI_CHECK(parseSampleShopSize(sampleShopSizeName(size)) == size);
    OMNI_CHECK_EQ(std::string(sampleShopSizeName(SampleShopSize::Demo)), std::string("demo"));
    OMNI_CHECK(parseSampleShopSize("LARGE") == SampleShopSize::Large);
    OMNI_CHECK(!parseSampleShopSize("huge"));
    OMNI_CHECK(!parseSampleShopSize(""));
}

OMNI_TEST(same_seed_gives_the_same_shop_and_another_seed_another)
{
    const Store second = generatedTiny(20260101);
    const Store other = generatedTiny(20260102);
    const uint64_t reference = digest(tiny());
    OMNI_CHECK_EQ(digest(second), reference);
    OMNI_CHECK(digest(other) != reference);
    // Not just a different hash: the people and the catalog differ too.
    OMNI_CHECK(queryInt(other, "SELECT count(*) FROM events") != queryInt(tiny(), "SELECT count(*) FROM events"));
}

OMNI_TEST(tiny_counts_are_in_the_expected_ranges)
{
    const TableCounts counts = tiny().counts();
    // 300 people, each with a record of their own (ids 1..300), plus a record for each group of a
    // person's accounts the shop cannot link to the rest (store/sample/accounts.h): some dozens.
    OMNI_CHECK_EQ(queryInt(tiny(), "SELECT count(*) FROM customers WHERE id <= 300"), 300);
    OMNI_CHECK(counts.customers > 300 && counts.customers <= 360);
    OMNI_CHECK_EQ(counts.products, 120);
    OMNI_CHECK(counts.events >= 14000 && counts.events <= 28000);
    OMNI_CHECK(counts.identities >= 360 && counts.identities <= 540);
    OMNI_CHECK(counts.listings >= 2 * counts.products && counts.listings <= 5 * counts.products);
    OMNI_CHECK(counts.orders >= 150 && counts.orders <= 1500);
    OMNI_CHECK(counts.reviews >= 30);
    OMNI_CHECK_EQ(counts.models, 0);
    // Every product has 2..5 listings, each on a different channel (UNIQUE in the schema).
    OMNI_CHECK_EQ(queryInt(tiny(),
                      "SELECT count(*) FROM (SELECT product_id, count(*) n FROM listings"
                      " GROUP BY product_id HAVING n < 2 OR n > 5)"),
        0);
    OMNI_CHECK_EQ(
        queryInt(tiny(), "SELECT count(*) FROM products WHERE id NOT IN (SELECT product_id FROM listings)"), 0);
    OMNI_CHECK_EQ(tiny().meta("sample.seed"), std::string("20260101"));
    OMNI_CHECK_EQ(tiny().meta("sample.size"), std::string("tiny"));
}

OMNI_TEST(customers_resolve_identities_across_channels)
{
    const Store& store = tiny();
    OMNI_CHECK_EQ(
        queryInt(store, "SELECT count(*) FROM customers WHERE id NOT IN (SELECT customer_id FROM identities)"), 0);
    // One account per channel per customer: a multi-channel customer has several, on different channels.
    OMNI_CHECK_EQ(queryInt(store,
                      "SELECT count(*) FROM (SELECT customer_id, channel_id FROM identities"
                      " GROUP BY customer_id, channel_id HAVING count(*) > 1)"),
        0);
    // 36% of the people are planned on several channels; the accounts the shop cannot link go to
    // records of their own, so somewhat fewer of the people's own records (ids 1..300) show several.
    const double multiChannel = queryDouble(store,
        "SELECT avg(n >= 2) FROM (SELECT count(DISTINCT channel_id) n FROM identities"
        " WHERE customer_id <= 300 GROUP BY customer_id)");
    OMNI_CHECK(multiChannel >= 0.22 && multiChannel <= 0.40);
    // The customer's sign-up account is first seen when the customer was created, the others later.
    OMNI_CHECK_EQ(queryInt(store,
                      "SELECT count(*) FROM identities i JOIN customers c ON c.id = i.customer_id"
                      " WHERE i.first_seen < c.created_at"),
        0);

    // External ids look like each channel's own kind of id.
    CustomerRepository customers(store.db());
    std::map<std::string, int> seenPerChannel;
    for (int64_t id = 1; id <= store.counts().customers; ++id) {
        for (const Identity& identity : customers.identities(id)) {
            const std::string& external = identity.externalId;
            ++seenPerChannel[identity.channelCode];
            if (identity.channelCode == "web")
                OMNI_CHECK(external.size() == 8 && external[0] == 'u' && allDigits(external.substr(1)));
            else if (identity.channelCode == "app")
                OMNI_CHECK(external.size() == 10 && external.rfind("a-", 0) == 0);
            else if (identity.channelCode == "mini_program")
                OMNI_CHECK(external.size() == 28 && external[0] == 'o');
            else if (identity.channelCode == "store")
                OMNI_CHECK(external.size() == 12 && external.rfind("card-", 0) == 0 && allDigits(external.substr(5)));
            else if (identity.channelCode == "social")
                OMNI_CHECK(external.size() > 2 && external[0] == '@');
            else
                OMNI_CHECK(!"unknown channel");
            OMNI_CHECK(customers.findByIdentity(identity.channelCode, external) == id);
        }
    }
    OMNI_CHECK_EQ(seenPerChannel.size(), size_t(5));
}

OMNI_TEST(customers_have_mixed_names_and_contact_details)
{
    const Store& store = tiny();
    int chinese = 0;
    int latin = 0;
    for (const CustomerSummary& summary : CustomerRepository(store.db()).listSummaries())
        (containsChinese(summary.customer.name) ? chinese : latin)++;
    OMNI_CHECK(chinese > latin);
    OMNI_CHECK(latin >= 30);
    const double withEmail = queryDouble(store, "SELECT avg(email IS NOT NULL) FROM customers");
    const double withCity = queryDouble(store, "SELECT avg(city IS NOT NULL) FROM customers");
    OMNI_CHECK(withEmail > 0.4 && withEmail < 0.95);
    OMNI_CHECK(withCity > 0.6 && withCity < 0.95);
    OMNI_CHECK_EQ(queryInt(store, "SELECT count(*) - count(DISTINCT email) FROM customers WHERE email IS NOT NULL"), 0);
    OMNI_CHECK(queryInt(store, "SELECT count(*) FROM customers WHERE email NOT LIKE '%_@_%._%'") == 0);
}

OMNI_TEST(events_stay_inside_the_period_and_follow_the_customer)
{
    const Store& store = tiny();
    const SampleShopOptions options = tinyOptions();
    const int64_t start = options.endTs - options.days * kDay;
    OMNI_CHECK(queryInt(store, "SELECT min(ts) FROM events") >= start);
    OMNI_CHECK(queryInt(store, "SELECT max(ts) FROM events") < options.endTs);
    OMNI_CHECK_EQ(queryInt(store,
                      "SELECT count(*) FROM events e JOIN customers c ON c.id = e.customer_id"
                      " WHERE e.ts < c.created_at"),
        0);
    // Every event happens on a channel where the customer has an account, once that account exists.
    OMNI_CHECK_EQ(queryInt(store,
                      "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM identities i"
                      " WHERE i.customer_id = e.customer_id AND i.channel_id = e.channel_id"
                      " AND i.first_seen <= e.ts)"),
        0);
    // A session belongs to one customer on one channel.
    OMNI_CHECK_EQ(queryInt(store,
                      "SELECT count(*) FROM (SELECT session_id FROM events GROUP BY session_id"
                      " HAVING count(DISTINCT channel_id) > 1 OR count(DISTINCT customer_id) > 1)"),
        0);
    OMNI_CHECK_EQ(queryInt(store, "SELECT count(*) FROM events WHERE session_id = ''"), 0);
    // Searches carry a query and no product; everything else a product and no query.
    OMNI_CHECK_EQ(queryInt(store,
                      "SELECT count(*) FROM events WHERE type = 'search'"
                      " AND (query IS NULL OR query = '' OR product_id IS NOT NULL)"),
        0);
    OMNI_CHECK_EQ(queryInt(store,
                      "SELECT count(*) FROM events WHERE type <> 'search'"
                      " AND (query IS NOT NULL OR product_id IS NULL)"),
        0);
    OMNI_CHECK(queryInt(store, "SELECT count(*) FROM events WHERE type = 'search'") > 200);
    // Views have a dwell time; shoppers look for seconds to minutes.
    OMNI_CHECK_EQ(queryInt(store, "SELECT count(*) FROM events WHERE type = 'view' AND dwell_ms <= 0"), 0);
    const double meanDwell = queryDouble(store, "SELECT avg(dwell_ms) FROM events WHERE type = 'view'");
    OMNI_CHECK(meanDwell > 5000 && meanDwell < 60000);
    // Nobody views a product before it was launched.
    OMNI_CHECK_EQ(queryInt(store,
                      "SELECT count(*) FROM events e JOIN products p ON p.id = e.product_id"
                      " WHERE e.ts < p.created_at"),
        0);
}

OMNI_TEST(searches_are_in_the_customers_language)
{
    const Store& store = tiny();
    Statement statement = store.db().prepare(
        "SELECT e.query, c.name FROM events e JOIN customers c ON c.id = e.customer_id WHERE e.type = 'search'");
    int chineseQueries = 0;
    int englishQueries = 0;
    int chineseFromLatinNames = 0;
    while (statement.step()) {
        const bool chineseQuery = containsChinese(statement.columnText(0));
        (chineseQuery ? chineseQueries : englishQueries)++;
        // Customers with Chinese-character names always search in Chinese.
        if (containsChinese(statement.columnText(1)))
            OMNI_CHECK(chineseQuery);
        else if (chineseQuery)
            ++chineseFromLatinNames;
    }
    OMNI_CHECK(chineseQueries > englishQueries);
    OMNI_CHECK(englishQueries > 20);
    // Chinese customers with an English first name ("Kevin Zhang") search in Chinese too.
    OMNI_CHECK(chineseFromLatinNames > 0);
}

OMNI_TEST(weekends_are_busier_than_weekdays)
{
    // 1970-01-01 was a Thursday, so (day + 3) % 7 is 0 on Mondays and 5, 6 at the weekend.
    const double weekend = queryDouble(tiny(),
        "SELECT CAST(sum(events) AS REAL) / count(*) FROM daily_activity"
        " WHERE (day + 3) % 7 >= 5");
    const double weekday = queryDouble(tiny(),
        "SELECT CAST(sum(events) AS REAL) / count(*) FROM daily_activity"
        " WHERE (day + 3) % 7 < 5");
    OMNI_CHECK(weekend > 1.1 * weekday);
    // Evenings are busier than the small hours.
    const int64_t evening = queryInt(tiny(), "SELECT count(*) FROM events WHERE (ts % 86400) / 3600 BETWEEN 19 AND 22");
    const int64_t night = queryInt(tiny(), "SELECT count(*) FROM events WHERE (ts % 86400) / 3600 BETWEEN 2 AND 5");
    OMNI_CHECK(evening > 5 * night);
}

OMNI_TEST(popularity_is_skewed_towards_a_few_products)
{
    Statement statement = tiny().db().prepare(
        "SELECT count(*) FROM events WHERE type = 'view' GROUP BY product_id ORDER BY count(*) DESC");
    std::vector<int64_t> views;
    while (statement.step())
        views.push_back(statement.columnInt(0));
    int64_t total = 0;
    int64_t top = 0;
    for (size_t i = 0; i < views.size(); ++i) {
        total += views[i];
        if (i < 12) // the top 10% of 120 products
            top += views[i];
    }
    OMNI_CHECK(total > 0);
    OMNI_CHECK(static_cast<double>(top) / static_cast<double>(total) > 0.3);
}

OMNI_TEST(funnel_rates_fall_from_view_to_purchase)
{
    const Store& store = tiny();
    const int64_t views = queryInt(store, "SELECT count(*) FROM events WHERE type = 'view'");
    const int64_t clicks = queryInt(store, "SELECT count(*) FROM events WHERE type = 'click'");
    const int64_t carts = queryInt(store, "SELECT count(*) FROM events WHERE type = 'add_to_cart'");
    const int64_t purchases = queryInt(store, "SELECT count(*) FROM events WHERE type = 'purchase'");
    OMNI_CHECK(views > clicks && clicks > carts && carts > purchases && purchases > 0);
    // Online, most carts are abandoned (the store's till records purchases only).
    const int64_t onlinePurchases = queryInt(store,
        "SELECT count(*) FROM events WHERE type = 'purchase'"
        " AND channel_id <> (SELECT id FROM channels WHERE code = 'store')");
    OMNI_CHECK(onlinePurchases < carts * 6 / 10);
}

OMNI_TEST(customers_churn_so_retention_declines)
{
    // Customers who joined in the first two months: far fewer are still active two months later.
    const SampleShopOptions options = tinyOptions();
    const int64_t start = options.endTs - options.days * kDay;
    Statement statement = tiny().db().prepare(
        "SELECT c.id,"
        " EXISTS (SELECT 1 FROM events e WHERE e.customer_id = c.id AND e.ts < c.created_at + 28 * 86400),"
        " EXISTS (SELECT 1 FROM events e WHERE e.customer_id = c.id AND e.ts >= c.created_at + 56 * 86400"
        "         AND e.ts < c.created_at + 84 * 86400)"
        " FROM customers c WHERE c.created_at >= ?1 AND c.created_at < ?1 + 60 * 86400");
    statement.bind(1, start);
    int cohort = 0;
    int firstMonth = 0;
    int thirdMonth = 0;
    while (statement.step()) {
        ++cohort;
        firstMonth += static_cast<int>(statement.columnInt(1));
        thirdMonth += static_cast<int>(statement.columnInt(2));
    }
    OMNI_CHECK(cohort >= 30);
    OMNI_CHECK(firstMonth >= cohort * 8 / 10);
    OMNI_CHECK(thirdMonth < firstMonth * 7 / 10);
    // Yet the shop grows: customers keep joining through the whole period.
    const int64_t joinedInPeriod = queryInt(tiny(),
        "SELECT count(*) FROM customers WHERE created_at >= "
        "(SELECT min(ts) FROM events)");
    OMNI_CHECK(joinedInPeriod > 150);
}

OMNI_TEST(orders_match_their_items_listings_and_purchases)
{
    const Store& store = tiny();
    OMNI_CHECK_EQ(queryInt(store, "SELECT count(*) FROM orders WHERE id NOT IN (SELECT order_id FROM order_items)"), 0);
    OMNI_CHECK_EQ(queryInt(store,
                      "SELECT count(*) FROM orders o WHERE abs(o.total - (SELECT sum(quantity * unit_price)"
                      " FROM order_items i WHERE i.order_id = o.id)) > 0.005"),
        0);
    // Prices come from the listing on the order's channel, which exists.
    OMNI_CHECK_EQ(queryInt(store,
                      "SELECT count(*) FROM order_items i JOIN orders o ON o.id = i.order_id"
                      " LEFT JOIN listings l ON l.product_id = i.product_id AND l.channel_id = o.channel_id"
                      " WHERE l.id IS NULL OR abs(l.price - i.unit_price) > 0.001"),
        0);
    // Every order line is one purchase event by the same customer, on the same channel, at the same time.
    OMNI_CHECK_EQ(queryInt(store, "SELECT count(*) FROM order_items"),
        queryInt(store, "SELECT count(*) FROM events WHERE type = 'purchase'"));
    OMNI_CHECK_EQ(queryInt(store,
                      "SELECT count(*) FROM order_items i JOIN orders o ON o.id = i.order_id"
                      " WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.type = 'purchase'"
                      " AND e.customer_id = o.customer_id AND e.product_id = i.product_id"
                      " AND e.channel_id = o.channel_id AND e.ts = o.ts)"),
        0);
    // Mostly delivered; some returned or cancelled; only recent ones still under way.
    const double delivered = queryDouble(store, "SELECT avg(status = 'delivered') FROM orders");
    OMNI_CHECK(delivered > 0.75 && delivered < 0.99);
    OMNI_CHECK(queryInt(store, "SELECT count(*) FROM orders WHERE status IN ('returned', 'cancelled')") > 0);
    const SampleShopOptions options = tinyOptions();
    Statement underWay = store.db().prepare("SELECT count(*) FROM orders WHERE status IN ('paid', 'shipped')"
                                            " AND ts < ?1");
    underWay.bind(1, options.endTs - 5 * kDay);
    OMNI_CHECK(underWay.step());
    OMNI_CHECK_EQ(underWay.columnInt(0), 0);
    // Order keys follow time.
    OMNI_CHECK_EQ(
        queryInt(store, "SELECT count(*) FROM orders a JOIN orders b ON b.id = a.id + 1 WHERE b.ts < a.ts"), 0);
}

OMNI_TEST(reviews_are_skewed_positive_and_agree_with_their_language)
{
    const Store& store = tiny();
    OMNI_CHECK_EQ(queryInt(store, "SELECT count(*) FROM reviews WHERE rating NOT IN (1, 2, 3, 4, 5)"), 0);
    OMNI_CHECK(queryDouble(store, "SELECT avg(rating) FROM reviews") > 3.5);
    OMNI_CHECK(queryInt(store, "SELECT count(*) FROM reviews WHERE rating >= 4")
        > 2 * queryInt(store, "SELECT count(*) FROM reviews WHERE rating <= 2"));
    Statement texts = store.db().prepare("SELECT lang, text FROM reviews");
    while (texts.step()) {
        const std::string lang = texts.columnText(0);
        OMNI_CHECK(lang == "en" || lang == "zh");
        OMNI_CHECK(!texts.columnText(1).empty());
        OMNI_CHECK_EQ(containsChinese(texts.columnText(1)), lang == "zh");
    }
    // A review follows a delivered or returned order of that product, and is announced by an event.
    OMNI_CHECK_EQ(queryInt(store,
                      "SELECT count(*) FROM reviews r WHERE NOT EXISTS (SELECT 1 FROM orders o"
                      " JOIN order_items i ON i.order_id = o.id WHERE o.customer_id = r.customer_id"
                      " AND i.product_id = r.product_id AND o.status IN ('delivered', 'returned')"
                      " AND o.ts < r.ts)"),
        0);
    OMNI_CHECK_EQ(queryInt(store, "SELECT count(*) FROM reviews"),
        queryInt(store, "SELECT count(*) FROM events WHERE type = 'review'"));
    // Texts agree with the stars: the same opening never appears under both 5 and 1-2 stars.
    OMNI_CHECK_EQ(queryInt(store,
                      "SELECT count(*) FROM reviews a JOIN reviews b ON a.text = b.text"
                      " WHERE a.rating = 5 AND b.rating <= 2"),
        0);
}

OMNI_TEST(descriptions_are_true_to_the_attributes)
{
    ProductRepository products(tiny().db());
    int withColourInTitle = 0;
    for (const ProductSummary& summary : products.listSummaries()) {
        const std::optional<Product> product = products.get(summary.product.id);
        OMNI_CHECK(product.has_value());
        OMNI_CHECK(!product->attributes.empty());
        OMNI_CHECK(containsChinese(product->titleZh) && !containsChinese(product->titleEn));
        OMNI_CHECK(product->titleEn.rfind(product->brand, 0) == 0);
        for (const auto& [name, value] : product->attributes) {
            OMNI_CHECK(product->descriptionEn.find(value) != std::string::npos);
            OMNI_CHECK(
                product->descriptionZh.find(omni::store::sample::chineseValue(name, value)) != std::string::npos);
        }
        const auto colour = product->attributes.find("colour");
        if (colour != product->attributes.end()) {
            std::string titleLower = product->titleEn;
            for (char& c : titleLower)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            withColourInTitle += titleLower.find(colour->second) != std::string::npos;
        }
        OMNI_CHECK(product->price > 0);
    }
    OMNI_CHECK(withColourInTitle > 20);
    // Prices are believable per category: accessories cost less than strollers and down jackets.
    OMNI_CHECK(queryDouble(tiny(), "SELECT avg(price) FROM products WHERE category = 'food'")
        < queryDouble(tiny(), "SELECT avg(price) FROM products WHERE category IN ('apparel', 'shoes')"));
}

OMNI_TEST(vocabulary_gives_each_attribute_value_one_translation)
{
    // Copy checks translate attribute values (stored in English) to find them in Chinese copy,
    // which only works if a value means the same wherever it is used.
    std::map<std::pair<std::string, std::string>, std::string> translations;
    for (const auto& category : omni::store::sample::catalogVocabulary()) {
        OMNI_CHECK(!category.brands.empty() && !category.types.empty());
        for (const auto& type : category.types) {
            OMNI_CHECK(type.minPrice > 0 && type.minPrice < type.maxPrice);
            OMNI_CHECK(!type.queries.empty());
            for (const auto& attribute : type.attributes) {
                for (const auto& value : attribute.values) {
                    const auto [entry, added]
                        = translations.emplace(std::make_pair(attribute.name, value.en), value.zh);
                    if (!added && entry->second != value.zh)
                        omni::test::fail(__FILE__, __LINE__,
                            std::string(attribute.name) + " '" + value.en + "' is both " + entry->second + " and "
                                + value.zh);
                }
            }
        }
    }
    OMNI_CHECK(translations.size() > 100);
}

OMNI_TEST(planted_inconsistencies_are_recorded_and_real)
{
    const Store& store = tiny();
    std::set<std::string> planted;
    std::stringstream list(store.meta("sample.inconsistent_skus"));
    for (std::string sku; std::getline(list, sku, ',');)
        planted.insert(sku);
    // About 3% of 120 with a deviant price or title colour, plus at least two (about 1%) with a
    // wrong fact in one channel's description.
    OMNI_CHECK(planted.size() >= 4 && planted.size() <= 10);

    ProductRepository products(store.db());
    int inconsistent = 0;
    for (const ProductSummary& summary : products.listSummaries()) {
        const Product& product = summary.product;
        bool differs = false;
        for (const Listing& listing : products.listings(product.id)) {
            // The web shop lists in English, the other channels in Chinese.
            const std::string& expectedTitle = listing.channelCode == "web" ? product.titleEn : product.titleZh;
            const std::string& expectedCopy
                = listing.channelCode == "web" ? product.descriptionEn : product.descriptionZh;
            differs = differs || listing.title != expectedTitle || listing.price != product.price
                || listing.description != expectedCopy;
        }
        OMNI_CHECK_EQ(differs, planted.count(product.sku) == 1);
        inconsistent += differs;
    }
    OMNI_CHECK_EQ(static_cast<size_t>(inconsistent), planted.size());
}

OMNI_TEST(knowledge_base_has_every_topic_in_both_languages)
{
    std::map<std::string, std::set<std::string>> languages;
    for (const KbArticle& article : KbRepository(tiny().db()).list()) {
        languages[article.topic].insert(article.lang);
        OMNI_CHECK(!article.title.empty() && !article.body.empty());
        OMNI_CHECK_EQ(containsChinese(article.body), article.lang == "zh");
    }
    for (const char* topic : { "returns", "shipping", "sizes", "coupons", "order_status", "payment", "warranty",
             "store_pickup", "invoices" })
        OMNI_CHECK_EQ(languages[topic].size(), size_t(2));
    for (const auto& [topic, langs] : languages)
        OMNI_CHECK_EQ(langs.size(), size_t(2));
    // The embedded copy is the file in the source tree (found from this test's own path).
    const std::string self = __FILE__;
    const std::string root = self.substr(0, self.rfind("tests/core/"));
    const std::string file = omni::test::readFile(root + "resources/kb/default_kb.tsv");
    OMNI_CHECK_EQ(std::string(omni::store::sample::defaultKbTsv()), file);
}

OMNI_TEST(knowledge_base_tsv_errors_name_the_line_and_column)
{
    using omni::store::sample::parseKbTsv;
    const std::string header = "topic\tlang\ttitle\tbody\n";
    const auto articles
        = parseKbTsv("# comment\n" + header + "returns\ten\tReturns\tLine one\\nLine two\\\\\n", "kb.tsv");
    OMNI_CHECK_EQ(articles.size(), size_t(1));
    OMNI_CHECK_EQ(articles[0].body, std::string("Line one\nLine two\\"));
    OMNI_CHECK_THROWS_WITH(
        parseKbTsv(header + "returns\tfr\tRetours\tTexte\n", "kb.tsv"), StoreError, "kb.tsv:2: column 'lang'");
    OMNI_CHECK_THROWS_WITH(parseKbTsv(header + "returns\ten\tReturns\n", "kb.tsv"), StoreError,
        "kb.tsv:2: column 'body': expected 4 tab-separated columns, found 3");
    OMNI_CHECK_THROWS_WITH(parseKbTsv(header + "returns\ten\tReturns\tBad \\x escape\n", "kb.tsv"), StoreError,
        "kb.tsv:2: column 'body': unknown escape \\x");
    OMNI_CHECK_THROWS_WITH(parseKbTsv(header + "returns\ten\tA\tB\nreturns\ten\tC\tD\n", "kb.tsv"), StoreError,
        "kb.tsv:3: column 'topic'");
    OMNI_CHECK_THROWS_WITH(parseKbTsv(header + "returns\ten\t\tB\n", "kb.tsv"), StoreError,
        "kb.tsv:2: column 'title': the title is empty");
    OMNI_CHECK_THROWS_WITH(
        parseKbTsv("topic\tlanguage\ttitle\tbody\n", "kb.tsv"), StoreError, "kb.tsv:1: expected the header");
}

OMNI_TEST(daily_activity_is_rebuilt_from_the_events)
{
    const Store& store = tiny();
    OMNI_CHECK_EQ(
        queryInt(store, "SELECT sum(events) FROM daily_activity"), queryInt(store, "SELECT count(*) FROM events"));
    OMNI_CHECK_EQ(queryInt(store, "SELECT sum(purchases) FROM daily_activity"),
        queryInt(store, "SELECT count(*) FROM events WHERE type = 'purchase'"));
    OMNI_CHECK_EQ(ActivityRepository(store.db()).daily().size(), size_t(tinyOptions().days));
}

OMNI_TEST(a_store_that_is_not_empty_is_refused_and_left_alone)
{
    TempDir dir;
    const Store store = Store::open(dir.file("shop.omni"));
    Customer customer;
    customer.customerKey = "mine";
    customer.name = "Existing Customer";
    customer.createdAt = 1700000000;
    CustomerRepository(store.db()).insert(customer);
    OMNI_CHECK_THROWS_WITH(generateSampleShop(store, tinyOptions(), JobContext()), StoreError, "empty store");
    const TableCounts counts = store.counts();
    OMNI_CHECK_EQ(counts.customers, 1);
    OMNI_CHECK_EQ(counts.products, 0);
    OMNI_CHECK_EQ(counts.kbArticles, 0);
    OMNI_CHECK_EQ(store.meta("sample.seed"), std::string());
}

OMNI_TEST(bad_options_are_refused)
{
    const Store store = Store::open(":memory:");
    SampleShopOptions options = tinyOptions();
    options.days = 0;
    OMNI_CHECK_THROWS_WITH(generateSampleShop(store, options, JobContext()), StoreError, "days");
    OMNI_CHECK(store.isEmpty());
}

OMNI_TEST(cancelling_from_the_progress_callback_leaves_the_store_empty)
{
    for (const char* cancelAt : { "customers", "events", "reviews", "daily activity" }) {
        TempDir dir;
        const Store store = Store::open(dir.file("shop.omni"));
        JobContext* self = nullptr;
        JobContext job([&](const Progress& progress) {
            if (progress.stage == cancelAt && progress.done > 0)
                self->cancel();
        });
        self = &job;
        OMNI_CHECK_THROWS(generateSampleShop(store, tinyOptions(), job), JobCancelled);
        OMNI_CHECK(store.isEmpty());
        const TableCounts counts = store.counts();
        OMNI_CHECK_EQ(counts.identities + counts.listings + counts.orders + counts.reviews + counts.kbArticles, 0);
        OMNI_CHECK_EQ(queryInt(store, "SELECT count(*) FROM daily_activity"), 0);
        OMNI_CHECK_EQ(store.meta("sample.seed"), std::string());
        // The store is still usable: a second, uncancelled run fills it.
        generateSampleShop(store, tinyOptions(), JobContext());
        OMNI_CHECK_EQ(store.counts().customers, tiny().counts().customers);
    }
}

OMNI_TEST(progress_goes_through_every_stage_and_reaches_the_end)
{
    std::vector<Progress> reports;
    const Store store = Store::open(":memory:");
    const SampleShopReport report = generateSampleShop(
        store, tinyOptions(), JobContext([&](const Progress& progress) { reports.push_back(progress); }));
    OMNI_CHECK(reports.size() > 10);
    std::vector<std::string> stages;
    for (size_t i = 0; i < reports.size(); ++i) {
        OMNI_CHECK(reports[i].total > 0);
        OMNI_CHECK(reports[i].done <= reports[i].total);
        if (i > 0)
            OMNI_CHECK(reports[i].done >= reports[i - 1].done);
        if (stages.empty() || stages.back() != reports[i].stage)
            stages.push_back(reports[i].stage);
    }
    const std::vector<std::string> expected
        = { "customers", "catalog", "events", "orders", "reviews", "knowledge base", "daily activity" };
    OMNI_CHECK(stages == expected);
    OMNI_CHECK_EQ(reports.back().done, reports.back().total);
    OMNI_CHECK_EQ(report.counts.events, store.counts().events);
    OMNI_CHECK_EQ(report.counts.customers, tiny().counts().customers);
    OMNI_CHECK(report.seconds > 0);
}
