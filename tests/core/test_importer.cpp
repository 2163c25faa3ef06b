// SPDX-License-Identifier: GPL-3.0-or-later
// Import of every kind from the fixtures in tests/data/import, the error for each kind of bad
// row (file, line, column), and the guarantee that a failed or cancelled import changes nothing.
#include "check.h"
#include "test_import_support.h"

#include "io/importer.h"
#include "runtime/job.h"
#include "store/activity_repository.h"
#include "store/customer_repository.h"
#include "store/product_repository.h"
#include "store/store.h"

#include <filesystem>

using namespace omni;
using namespace omni::test;
using io::ImportError;
using io::ImportKind;

namespace {

// A store holding the customers and products fixtures, the base for events, listings and orders.
store::Store shopWithCatalog(const TempDir& dir)
{
    store::Store store = store::Store::open(dir.file("shop.omni"));
    importFixtureFile(store, ImportKind::Customers, "customers.csv");
    importFixtureFile(store, ImportKind::Products, "products.csv");
    return store;
}

// Writes content as fileName, imports it expecting an ImportError, and checks that the store is
// unchanged afterwards, to the last row of the last table.
ImportError failedImport(const store::Store& store, const TempDir& dir, ImportKind kind, const std::string& content,
                         const std::string& fileName = "bad.csv", io::FileFormat format = io::FileFormat::Auto)
{
    const std::string path = dir.file(fileName);
    writeFile(path, content);
    const std::string before = dumpStore(store);
    try {
        importPath(store, kind, path, format);
    } catch (const ImportError& error) {
        if (dumpStore(store) != before)
            fail(__FILE__, __LINE__, "the failed import of " + fileName + " changed the store");
        return error;
    }
    fail(__FILE__, __LINE__, "importing " + fileName + " did not throw ImportError");
}

void checkError(const ImportError& error, int64_t line, const std::string& column, const std::string& fragment)
{
    OMNI_CHECK_EQ(error.line(), line);
    OMNI_CHECK_EQ(error.column(), column);
    if (error.reason().find(fragment) == std::string::npos)
        fail(__FILE__, __LINE__, "reason \"" + error.reason() + "\" lacks \"" + fragment + "\"");
    // what() reads "file:line: column 'c': reason".
    const std::string expectedStart =
        error.file() + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " +
        (column.empty() ? std::string() : "column '" + column + "': ");
    OMNI_CHECK_EQ(std::string(error.what()).substr(0, expectedStart.size()), expectedStart);
}

const std::string kEventsHeader = "channel,external_id,type,ts,session_id,sku,dwell_ms,query\n";
const std::string kGoodEvent = "web,u-1001,view,2026-03-01T10:00:00Z,s1,SH-001,100,\n";

} // namespace

// ---- kinds and names

OMNI_TEST(kind_names_round_trip_and_describe_their_columns)
{
    OMNI_CHECK_EQ(io::allImportKinds().size(), size_t(7));
    for (const ImportKind kind : io::allImportKinds()) {
        OMNI_CHECK(io::parseImportKind(io::importKindName(kind)) == kind);
        OMNI_CHECK(!io::describeImportKind(kind).empty());
    }
    OMNI_CHECK(!io::parseImportKind("bogus"));
    OMNI_CHECK_EQ(std::string(io::importKindName(ImportKind::UserItemSequence)), std::string("user-item"));
    OMNI_CHECK(io::describeImportKind(ImportKind::Products).find("sku, title_en, price (required)") != std::string::npos);
}

// ---- good files, one per kind

OMNI_TEST(customers_csv_groups_accounts_by_customer_key)
{
    TempDir dir;
    const store::Store store = store::Store::open(dir.file("shop.omni"));
    const io::ImportReport report = importFixtureFile(store, ImportKind::Customers, "customers.csv");
    OMNI_CHECK_EQ(report.rowsRead, 5);
    OMNI_CHECK_EQ(report.rowsAdded.at("customers"), 4);
    OMNI_CHECK_EQ(report.rowsAdded.at("identities"), 5);
    OMNI_CHECK_EQ(store.counts().customers, 4);
    OMNI_CHECK_EQ(store.counts().identities, 5);

    store::CustomerRepository customers(store.db());
    const auto wang = customers.findByKey("C001");
    OMNI_CHECK(wang.has_value());
    OMNI_CHECK_EQ(wang->name, std::string("Wang, Fang"));
    OMNI_CHECK_EQ(wang->email.value_or(""), std::string("fang@example.com"));
    OMNI_CHECK_EQ(wang->createdAt, 1767605400); // 2026-01-05T09:30:00Z
    OMNI_CHECK_EQ(customers.identities(wang->id).size(), size_t(2));
    OMNI_CHECK(customers.findByIdentity("app", "a-1001") == wang->id);

    const auto li = customers.findByKey("C002");
    OMNI_CHECK_EQ(li->name, std::string("李伟"));
    OMNI_CHECK_EQ(li->city.value_or(""), std::string("杭州"));
    OMNI_CHECK(!li->phone.has_value()); // an empty cell is no value, not ""
    OMNI_CHECK_EQ(li->createdAt, 1767225600);

    // No customer_key: the key is <channel>:<external_id>.
    const auto ann = customers.findByKey("store:card-5");
    OMNI_CHECK(ann.has_value());
    OMNI_CHECK_EQ(ann->name, std::string("Ann \"Annie\" Smith"));
    OMNI_CHECK_EQ(ann->createdAt, 1769940000); // "2026-02-01 10:00:00"
    OMNI_CHECK_EQ(customers.findByKey("C003")->createdAt, 1770681600); // date only: midnight UTC
}

OMNI_TEST(customers_jsonl_and_accounts_added_to_existing_customers)
{
    TempDir dir;
    const store::Store store = store::Store::open(dir.file("shop.omni"));
    importFixtureFile(store, ImportKind::Customers, "customers.csv");
    const io::ImportReport report = importFixtureFile(store, ImportKind::Customers, "customers.jsonl");
    OMNI_CHECK_EQ(report.rowsRead, 3); // the blank line is skipped
    OMNI_CHECK_EQ(report.rowsAdded.at("customers"), 2);
    OMNI_CHECK_EQ(report.rowsAdded.at("identities"), 3);
    store::CustomerRepository customers(store.db());
    const auto jing = customers.findByKey("J001");
    OMNI_CHECK_EQ(customers.identities(jing->id).size(), size_t(2));
    OMNI_CHECK_EQ(customers.findByKey("social:j-2")->name, std::string("张伟 “ZW”"));

    // A later file adds a new account to C001 and repeats one it already has: no error, one new row.
    const std::string path = dir.file("more.csv");
    writeFile(path, "channel,external_id,customer_key\nsocial,dy-wang,C001\nweb,u-1001,C001\n");
    const io::ImportReport more = importPath(store, ImportKind::Customers, path);
    OMNI_CHECK_EQ(more.rowsAdded.at("customers"), 0);
    OMNI_CHECK_EQ(more.rowsAdded.at("identities"), 1);
    OMNI_CHECK_EQ(customers.identities(customers.findByKey("C001")->id).size(), size_t(3));
}

OMNI_TEST(customer_rows_without_an_account)
{
    TempDir dir;
    const store::Store store = store::Store::open(dir.file("shop.omni"));
    // Both account columns empty but a customer_key: a customer with no account yet (an export
    // writes such customers this way).
    const std::string path = dir.file("people.csv");
    writeFile(path, "channel,external_id,customer_key,name,created_at\n,,K9,Nobody Yet,2026-01-01\n");
    const io::ImportReport report = importPath(store, ImportKind::Customers, path);
    OMNI_CHECK_EQ(report.rowsAdded.at("customers"), 1);
    OMNI_CHECK_EQ(report.rowsAdded.at("identities"), 0);
    OMNI_CHECK_EQ(store::CustomerRepository(store.db()).findByKey("K9")->name, std::string("Nobody Yet"));
    // Half an account, or no account and no key, is an empty required field.
    checkError(failedImport(store, dir, ImportKind::Customers, "channel,external_id,customer_key\nweb,,K10\n"), 2,
               "external_id", "empty required field");
    checkError(failedImport(store, dir, ImportKind::Customers, "channel,external_id,customer_key\n,x-1,K10\n"), 2,
               "channel", "empty required field");
    checkError(failedImport(store, dir, ImportKind::Customers, "channel,external_id,name\n,,Nobody\n"), 2, "channel",
               "empty required field");
}

OMNI_TEST(products_csv_with_attribute_columns)
{
    TempDir dir;
    const store::Store store = store::Store::open(dir.file("shop.omni"));
    const io::ImportReport report = importFixtureFile(store, ImportKind::Products, "products.csv");
    OMNI_CHECK_EQ(report.rowsAdded.at("products"), 3);
    OMNI_CHECK_EQ(report.rowsAdded.at("product_attributes"), 3); // empty attribute cells add nothing
    store::ProductRepository products(store.db());
    const auto shirt = products.get(*products.findIdBySku("SH-001"));
    OMNI_CHECK_EQ(shirt->titleEn, std::string("Linen shirt, white"));
    OMNI_CHECK_EQ(shirt->titleZh, std::string("亚麻衬衫"));
    OMNI_CHECK_EQ(shirt->price, 39.9);
    OMNI_CHECK_EQ(shirt->brand, std::string("Hemu"));
    OMNI_CHECK(shirt->createdAt == int64_t(1767225600));
    OMNI_CHECK_EQ(shirt->attributes.size(), size_t(2));
    OMNI_CHECK_EQ(shirt->attributes.at("colour"), std::string("white"));
    OMNI_CHECK_EQ(shirt->attributes.at("size"), std::string("M"));
    const auto mug = products.get(*products.findIdBySku("MG-003"));
    OMNI_CHECK_EQ(mug->titleEn, std::string("Mug \"Classic\""));
    OMNI_CHECK(mug->attributes.empty());
    OMNI_CHECK(!mug->createdAt.has_value());
}

OMNI_TEST(products_jsonl_with_an_attributes_object)
{
    TempDir dir;
    const store::Store store = store::Store::open(dir.file("shop.omni"));
    const io::ImportReport report = importFixtureFile(store, ImportKind::Products, "products.jsonl");
    OMNI_CHECK_EQ(report.rowsRead, 2);
    store::ProductRepository products(store.db());
    const auto tea = products.get(*products.findIdBySku("TE-010"));
    OMNI_CHECK_EQ(tea->price, 12.0);
    OMNI_CHECK_EQ(tea->titleZh, std::string("绿茶"));
    OMNI_CHECK_EQ(tea->attributes.at("origin"), std::string("Hangzhou"));
    OMNI_CHECK_EQ(tea->attributes.at("weight"), std::string("250 g"));
    const auto oolong = products.get(*products.findIdBySku("TE-011"));
    OMNI_CHECK_EQ(oolong->titleEn, std::string("Oolong — premium"));
    OMNI_CHECK(oolong->attributes.empty());
}

OMNI_TEST(listings_are_added_then_replaced)
{
    TempDir dir;
    const store::Store store = shopWithCatalog(dir);
    OMNI_CHECK_EQ(importFixtureFile(store, ImportKind::Listings, "listings.csv").rowsAdded.at("listings"), 3);
    store::ProductRepository products(store.db());
    const auto listings = products.listings(*products.findIdBySku("SH-001"));
    OMNI_CHECK_EQ(listings.size(), size_t(2));
    OMNI_CHECK_EQ(listings[0].channelCode, std::string("web"));
    OMNI_CHECK_EQ(listings[0].description, std::string("Breathable, light"));
    OMNI_CHECK_EQ(listings[0].stock, 12);
    OMNI_CHECK_EQ(listings[1].price, 37.9);

    // The same product and channel again replaces the listing instead of adding one.
    const std::string path = dir.file("update.csv");
    writeFile(path, "sku,channel,title,price\nSH-001,app,Linen shirt (sale),29.9\n");
    OMNI_CHECK_EQ(importPath(store, ImportKind::Listings, path).rowsAdded.at("listings"), 0);
    OMNI_CHECK_EQ(store.counts().listings, 3);
    const auto updated = products.listings(*products.findIdBySku("SH-001"));
    OMNI_CHECK_EQ(updated[1].title, std::string("Linen shirt (sale)"));
    OMNI_CHECK_EQ(updated[1].price, 29.9);
    OMNI_CHECK_EQ(updated[1].stock, 0);
}

OMNI_TEST(events_csv_creates_anonymous_visitors_and_updates_daily_activity)
{
    TempDir dir;
    const store::Store store = shopWithCatalog(dir);
    const io::ImportReport report = importFixtureFile(store, ImportKind::Events, "events.csv");
    OMNI_CHECK_EQ(report.rowsRead, 7);
    OMNI_CHECK_EQ(report.rowsAdded.at("events"), 7);
    // guest-42 on web was unknown: one anonymous customer with that account.
    OMNI_CHECK_EQ(report.rowsAdded.at("customers"), 1);
    OMNI_CHECK_EQ(report.rowsAdded.at("identities"), 1);
    store::CustomerRepository customers(store.db());
    const auto guest = customers.findByKey("web:guest-42");
    OMNI_CHECK(guest.has_value());
    OMNI_CHECK_EQ(guest->createdAt, 1772438400); // its first event
    OMNI_CHECK(customers.findByIdentity("web", "guest-42") == guest->id);

    OMNI_CHECK_EQ(queryText(store, "SELECT query FROM events WHERE type = 'search'"), std::string("linen shirt, white"));
    OMNI_CHECK_EQ(queryText(store, "SELECT query FROM events WHERE type = 'view' LIMIT 1"), std::string("NULL"));
    OMNI_CHECK_EQ(queryInt(store, "SELECT ts FROM events WHERE type = 'click'"), 1772438460);
    OMNI_CHECK_EQ(queryInt(store, "SELECT ts FROM events e JOIN channels c ON c.id = e.channel_id"
                                  " WHERE c.code = 'mini_program'"),
                  1772442000); // "2026-03-02 09:00:00"
    OMNI_CHECK_EQ(queryInt(store, "SELECT count(*) FROM events WHERE product_id IS NULL"), 1);
    OMNI_CHECK_EQ(queryInt(store, "SELECT sum(dwell_ms) FROM events"), 4200 + 1500 + 800);

    // Day 2026-03-01 (20513): C001 on two channels, 4 events, 1 purchase. 2026-03-02: 2 customers, 3 events.
    const auto days = store::ActivityRepository(store.db()).daily();
    OMNI_CHECK_EQ(days.size(), size_t(2));
    OMNI_CHECK_EQ(days[0].day, 20513);
    OMNI_CHECK_EQ(days[0].activeCustomers, 1);
    OMNI_CHECK_EQ(days[0].events, 4);
    OMNI_CHECK_EQ(days[0].purchases, 1);
    OMNI_CHECK_EQ(days[1].activeCustomers, 2);
    OMNI_CHECK_EQ(days[1].events, 3);
    OMNI_CHECK_EQ(days[1].purchases, 0);

    // A second file adds to the daily figures rather than replacing them.
    importFixtureFile(store, ImportKind::Events, "events.jsonl");
    const auto after = store::ActivityRepository(store.db()).daily();
    OMNI_CHECK_EQ(after.size(), size_t(3));
    OMNI_CHECK_EQ(after[2].events, 2);
    OMNI_CHECK_EQ(queryText(store, "SELECT query FROM events WHERE type = 'search' AND ts = 1772740800"),
                  std::string("丝巾"));
}

OMNI_TEST(events_may_name_the_customer_by_key)
{
    TempDir dir;
    const store::Store store = shopWithCatalog(dir);
    const std::string path = dir.file("keyed.csv");
    writeFile(path, "channel,external_id,type,ts,customer_key\n"
                    "web,,view,100,C002\n"          // no account on web: found by key alone
                    "social,li-social,view,200,C002\n" // a new account of C002
                    "social,li-social,click,300,\n");
    const io::ImportReport report = importPath(store, ImportKind::Events, path);
    OMNI_CHECK_EQ(report.rowsAdded.at("customers"), 0);
    OMNI_CHECK_EQ(report.rowsAdded.at("identities"), 1);
    const int64_t c002 = queryInt(store, "SELECT id FROM customers WHERE customer_key = ?1", "C002");
    OMNI_CHECK_EQ(queryInt(store, "SELECT count(*) FROM events WHERE customer_id = ?1", std::to_string(c002)), 3);
}

OMNI_TEST(orders_group_item_rows_by_order_key)
{
    TempDir dir;
    const store::Store store = shopWithCatalog(dir);
    const io::ImportReport report = importFixtureFile(store, ImportKind::Orders, "orders.csv");
    OMNI_CHECK_EQ(report.rowsRead, 4);
    OMNI_CHECK_EQ(report.rowsAdded.at("orders"), 3);
    OMNI_CHECK_EQ(report.rowsAdded.at("order_items"), 4);
    // O-1's items are not next to each other in the file; they still form one order.
    OMNI_CHECK_EQ(queryDouble(store, "SELECT total FROM orders WHERE order_key = ?1", "O-1"), 2 * 37.9 + 24);
    OMNI_CHECK_EQ(queryInt(store, "SELECT count(*) FROM order_items i JOIN orders o ON o.id = i.order_id"
                                  " WHERE o.order_key = ?1",
                           "O-1"),
                  2);
    OMNI_CHECK_EQ(queryText(store, "SELECT status FROM orders WHERE order_key = ?1", "O-2"), std::string("paid"));
    OMNI_CHECK_EQ(queryDouble(store, "SELECT total FROM orders WHERE order_key = ?1", "O-2"), 25.5);
    OMNI_CHECK_EQ(queryText(store, "SELECT status FROM orders WHERE order_key = ?1", "O-3"), std::string("shipped"));
    OMNI_CHECK_EQ(queryText(store, "SELECT c.customer_key FROM orders o JOIN customers c ON c.id = o.customer_id"
                                   " WHERE o.order_key = ?1",
                            "O-2"),
                  std::string("C001"));
}

OMNI_TEST(movielens_with_movies_csv_uses_titles_and_first_genre)
{
    TempDir dir;
    const store::Store store = store::Store::open(dir.file("shop.omni"));
    const io::ImportReport report = importFixtureFile(store, ImportKind::MovieLensRatings, "movielens/ratings.csv");
    OMNI_CHECK_EQ(report.rowsRead, 299);
    OMNI_CHECK_EQ(report.rowsAdded.at("events"), 299);
    OMNI_CHECK_EQ(report.rowsAdded.at("reviews"), 299);
    OMNI_CHECK_EQ(report.rowsAdded.at("customers"), 3);   // users 1, 2 and 3
    OMNI_CHECK_EQ(report.rowsAdded.at("products"), 290); // distinct movies rated
    OMNI_CHECK_EQ(store.counts().reviews, 299);
    OMNI_CHECK_EQ(queryInt(store, "SELECT count(*) FROM events WHERE type = 'review'"), 299);

    store::ProductRepository products(store.db());
    const auto toyStory = products.get(*products.findIdBySku("ml-1"));
    OMNI_CHECK_EQ(toyStory->titleEn, std::string("Toy Story (1995)"));
    OMNI_CHECK_EQ(toyStory->category, std::string("Adventure"));
    OMNI_CHECK_EQ(toyStory->price, 0.0);
    OMNI_CHECK_EQ(products.get(*products.findIdBySku("ml-50"))->titleEn, std::string("Usual Suspects, The (1995)"));

    // Line 2: user 1 rated movie 1 with 4.0 at 964982703, on the web channel as account ml-1.
    store::CustomerRepository customers(store.db());
    const auto user1 = customers.findByIdentity("web", "ml-1");
    OMNI_CHECK(user1.has_value());
    OMNI_CHECK_EQ(queryDouble(store, "SELECT rating FROM reviews r JOIN products p ON p.id = r.product_id"
                                     " WHERE p.sku = 'ml-1' AND r.ts = ?1",
                              "964982703"),
                  4.0);
    OMNI_CHECK_EQ(queryInt(store, "SELECT count(*) FROM reviews WHERE customer_id = ?1", std::to_string(*user1)), 232);
    OMNI_CHECK(!store::ActivityRepository(store.db()).daily().empty());
}

OMNI_TEST(movielens_without_movies_csv_names_movies_by_id)
{
    TempDir dir;
    const store::Store store = store::Store::open(dir.file("shop.omni"));
    std::filesystem::create_directory(dir.file("ml"));
    std::filesystem::copy_file(importFixture("movielens/ratings.csv"), dir.file("ml/ratings.csv"));
    importPath(store, ImportKind::MovieLensRatings, dir.file("ml/ratings.csv"));
    store::ProductRepository products(store.db());
    const auto movie = products.get(*products.findIdBySku("ml-1"));
    OMNI_CHECK_EQ(movie->titleEn, std::string("Movie 1"));
    OMNI_CHECK(movie->category.empty());
    OMNI_CHECK_EQ(store.counts().products, 290);

    // Importing the ratings again reuses the users and movies and adds the ratings once more.
    const io::ImportReport again = importPath(store, ImportKind::MovieLensRatings, dir.file("ml/ratings.csv"));
    OMNI_CHECK_EQ(again.rowsAdded.at("products"), 0);
    OMNI_CHECK_EQ(again.rowsAdded.at("customers"), 0);
    OMNI_CHECK_EQ(store.counts().reviews, 598);
}

OMNI_TEST(user_item_lines_become_purchases_in_file_order)
{
    TempDir dir;
    const store::Store store = store::Store::open(dir.file("shop.omni"));
    const io::ImportReport report = importFixtureFile(store, ImportKind::UserItemSequence, "user_item.txt");
    OMNI_CHECK_EQ(report.rowsRead, 5);
    OMNI_CHECK_EQ(report.rowsAdded.at("customers"), 2);
    OMNI_CHECK_EQ(report.rowsAdded.at("products"), 4);
    OMNI_CHECK_EQ(queryInt(store, "SELECT count(*) FROM events WHERE type = 'purchase'"), 5);
    // User 1's items in order 10, 11, 12, with increasing times.
    store::Statement sequence = store.db().prepare(
        "SELECT p.sku, e.ts FROM events e JOIN products p ON p.id = e.product_id"
        " JOIN identities i ON i.customer_id = e.customer_id WHERE i.external_id = 'seq-1' ORDER BY e.ts");
    std::vector<std::string> skus;
    int64_t lastTs = 0;
    while (sequence.step()) {
        skus.push_back(sequence.columnText(0));
        OMNI_CHECK(sequence.columnInt(1) > lastTs);
        lastTs = sequence.columnInt(1);
    }
    OMNI_CHECK(skus == (std::vector<std::string>{"seq-10", "seq-11", "seq-12"}));
    // A second file continues after the first.
    const int64_t firstEnd = queryInt(store, "SELECT max(ts) FROM events");
    importFixtureFile(store, ImportKind::UserItemSequence, "user_item.txt");
    OMNI_CHECK_EQ(queryInt(store, "SELECT min(ts) FROM events WHERE id > 5"), firstEnd + 1);
}

OMNI_TEST(format_follows_the_extension_or_the_option)
{
    TempDir dir;
    const store::Store store = store::Store::open(dir.file("shop.omni"));
    const std::string line = R"({"sku": "N-1", "title_en": "Notebook", "price": 3})" "\n";
    writeFile(dir.file("products.ndjson"), line);
    OMNI_CHECK_EQ(importPath(store, ImportKind::Products, dir.file("products.ndjson")).rowsAdded.at("products"), 1);
    writeFile(dir.file("products.txt"), R"({"sku": "N-2", "title_en": "Pen", "price": 1})" "\n");
    OMNI_CHECK_EQ(importPath(store, ImportKind::Products, dir.file("products.txt"), io::FileFormat::JsonLines)
                      .rowsAdded.at("products"),
                  1);
    OMNI_CHECK_EQ(store.counts().products, 2);
}

// ---- bad files: the right file, line and column, and an unchanged store

OMNI_TEST(missing_and_empty_files)
{
    TempDir dir;
    const store::Store store = store::Store::open(dir.file("shop.omni"));
    try {
        importPath(store, ImportKind::Events, dir.file("nope.csv"));
        fail(__FILE__, __LINE__, "no error for a missing file");
    } catch (const ImportError& error) {
        checkError(error, 0, "", "no such file");
        OMNI_CHECK_EQ(error.file(), dir.file("nope.csv"));
    }
    checkError(failedImport(store, dir, ImportKind::Events, ""), 1, "", "empty");
    checkError(failedImport(store, dir, ImportKind::Events, "\n\n"), 1, "", "empty");
    checkError(failedImport(store, dir, ImportKind::Products, "", "empty.jsonl"), 1, "", "empty");
    checkError(failedImport(store, dir, ImportKind::UserItemSequence, "", "empty.txt"), 1, "", "empty");
    try {
        importPath(store, ImportKind::Events, dir.path());
        fail(__FILE__, __LINE__, "no error for a folder");
    } catch (const ImportError& error) {
        checkError(error, 0, "", "folder");
    }
}

OMNI_TEST(header_problems_are_reported_on_line_1)
{
    TempDir dir;
    const store::Store store = shopWithCatalog(dir);
    const ImportError unknown =
        failedImport(store, dir, ImportKind::Events, "channel,external_id,type,ts,colour\nweb,u-1001,view,1,red\n");
    checkError(unknown, 1, "colour", "unknown column");
    // The message lists what is expected.
    OMNI_CHECK(unknown.reason().find("channel, external_id, type, ts (required); session_id") != std::string::npos);
    checkError(failedImport(store, dir, ImportKind::Events, "channel,external_id,ts\nweb,u-1001,1\n"), 1, "type",
               "missing required column");
    checkError(failedImport(store, dir, ImportKind::Products, "sku,title_en,price,sku\n"), 1, "sku", "twice");
    // attr_ columns are for products only.
    checkError(failedImport(store, dir, ImportKind::Listings, "sku,channel,title,price,attr_colour\n"), 1,
               "attr_colour", "unknown column");
}

OMNI_TEST(bad_values_name_line_and_column)
{
    TempDir dir;
    const store::Store store = shopWithCatalog(dir);
    const std::string products = "sku,title_en,price\n";
    checkError(failedImport(store, dir, ImportKind::Products, products + "N-1,Pen,1\nN-2,Ink,\"12,5\"\n"), 3, "price",
               "'12,5' is not a number");
    checkError(failedImport(store, dir, ImportKind::Products, products + "N-1,Pen,-2\n"), 2, "price", "negative price");
    checkError(failedImport(store, dir, ImportKind::Products, products + "N-1,,2\n"), 2, "title_en",
               "empty required field");
    checkError(failedImport(store, dir, ImportKind::Events, kEventsHeader + kGoodEvent +
                                                               "web,u-1001,view,2026-02-30T10:00:00Z,s1,,,\n"),
               3, "ts", "not a timestamp");
    checkError(failedImport(store, dir, ImportKind::Events,
                            kEventsHeader + "web,u-1001,view,2026-03-01T10:00:00+08:00,s1,,,\n"),
               2, "ts", "only UTC");
    const ImportError channel =
        failedImport(store, dir, ImportKind::Events, kEventsHeader + kGoodEvent + kGoodEvent + "tiktok,u-1,view,1,,,,\n");
    checkError(channel, 4, "channel", "unknown channel 'tiktok'");
    OMNI_CHECK(channel.reason().find("web, app, mini_program, store, social") != std::string::npos);
    checkError(failedImport(store, dir, ImportKind::Events, kEventsHeader + "web,u-1001,browse,1,,,,\n"), 2, "type",
               "unknown event type 'browse'");
    checkError(failedImport(store, dir, ImportKind::Events, kEventsHeader + "web,u-1001,view,1,,NOPE-1,,\n"), 2, "sku",
               "unknown sku 'NOPE-1'");
    checkError(failedImport(store, dir, ImportKind::Events, kEventsHeader + "web,u-1001,view,1,,,-5,\n"), 2,
               "dwell_ms", "negative");
    checkError(failedImport(store, dir, ImportKind::Events, kEventsHeader + "web,u-1001,view,1,,,1.5,\n"), 2,
               "dwell_ms", "not a whole number");
    checkError(failedImport(store, dir, ImportKind::Events, kEventsHeader + "web,,view,1,,,,\n"), 2, "external_id",
               "empty required field");
    checkError(failedImport(store, dir, ImportKind::Listings, "sku,channel,title,price\nGONE,web,x,1\n"), 2, "sku",
               "unknown sku 'GONE'");
}

OMNI_TEST(orders_problems)
{
    TempDir dir;
    const store::Store store = shopWithCatalog(dir);
    const std::string header = "order_key,channel,external_id,ts,sku,quantity,unit_price,status\n";
    const std::string good = "O-9,web,u-1001,100,SH-001,1,39.9,paid\n";
    checkError(failedImport(store, dir, ImportKind::Orders, header + good + "O-8,web,u-1001,100,SC-002,0,25,\n"), 3,
               "quantity", "less than 1");
    checkError(failedImport(store, dir, ImportKind::Orders, header + "O-8,web,u-1001,100,SC-002,1,-1,\n"), 2,
               "unit_price", "negative price");
    checkError(failedImport(store, dir, ImportKind::Orders, header + good + "O-9,web,u-1001,101,SC-002,1,25,paid\n"),
               3, "ts", "another ts");
    checkError(failedImport(store, dir, ImportKind::Orders, header + good + "O-9,app,a-1001,100,SC-002,1,25,paid\n"),
               3, "channel", "channel web");
    checkError(failedImport(store, dir, ImportKind::Orders, header + good + "O-9,web,u-1001,100,SH-001,2,39.9,paid\n"),
               3, "sku", "appears twice in order 'O-9' (line 2)");
    checkError(failedImport(store, dir, ImportKind::Orders, header + "O-8,web,u-1001,100,SC-002,1,25,lost\n"), 2,
               "status", "unknown status 'lost'");
    importFixtureFile(store, ImportKind::Orders, "orders.csv");
    checkError(failedImport(store, dir, ImportKind::Orders, header + "O-1,web,u-1001,100,SC-002,1,25,\n"), 2,
               "order_key", "already in the store");
}

OMNI_TEST(duplicates_within_the_file_and_in_the_store)
{
    TempDir dir;
    const store::Store store = shopWithCatalog(dir);
    checkError(failedImport(store, dir, ImportKind::Products, "sku,title_en,price\nN-1,Pen,1\nN-2,Ink,2\nN-1,Pen,1\n"),
               4, "sku", "duplicate sku 'N-1' in this file (first on line 2)");
    checkError(failedImport(store, dir, ImportKind::Products, "sku,title_en,price\nSH-001,Shirt,1\n"), 2, "sku",
               "duplicate sku 'SH-001': a product with this sku is already in the store");
    checkError(failedImport(store, dir, ImportKind::Customers,
                            "channel,external_id,customer_key\nweb,n-1,K1\napp,n-2,K1\nweb,n-1,K2\n"),
               4, "external_id", "duplicate account web:n-1 in this file (first on line 2)");
    checkError(failedImport(store, dir, ImportKind::Listings,
                            "sku,channel,title,price\nSH-001,web,a,1\nSH-001,web,b,2\n"),
               3, "channel", "duplicate listing");
    // An account already linked to a different customer.
    checkError(failedImport(store, dir, ImportKind::Customers, "channel,external_id,customer_key\nweb,u-1001,C002\n"),
               2, "external_id", "already belongs to another customer ('C001')");
    checkError(failedImport(store, dir, ImportKind::Events,
                            "channel,external_id,type,ts,customer_key\nweb,u-1001,view,1,C002\n"),
               2, "customer_key", "belongs to customer 'C001', not 'C002'");
}

OMNI_TEST(layout_problems_quoting_json_and_field_counts)
{
    TempDir dir;
    const store::Store store = shopWithCatalog(dir);
    checkError(failedImport(store, dir, ImportKind::Events, kEventsHeader + kGoodEvent + "web,u-1001,view,1,s\"1,,,\n"),
               3, "session_id", "quote inside an unquoted field");
    checkError(failedImport(store, dir, ImportKind::Events, kEventsHeader + "web,u-1001,view,1,\"s1\nx,,,\n"), 2,
               "session_id", "not closed");
    checkError(failedImport(store, dir, ImportKind::Events, kEventsHeader + "web,u-1001,view,1,s1\n"), 2, "sku",
               "missing value");
    checkError(failedImport(store, dir, ImportKind::Events, kEventsHeader + "web,u-1001,view,1,s1,,,,x\n"), 2,
               "(field 9)", "extra value");

    const std::string goodJson = R"({"channel": "web", "external_id": "u-1001", "type": "view", "ts": 1})" "\n";
    const ImportError malformed =
        failedImport(store, dir, ImportKind::Events, goodJson + "\n" + R"({"channel": "web", "type": "view" "ts": 1})",
                     "events.jsonl");
    checkError(malformed, 3, "", "malformed JSON at character 35: expected ',' or '}'");
    checkError(failedImport(store, dir, ImportKind::Events,
                            goodJson + R"({"channel": "web", "external_id": "u-1001", "type": "view", "ts": 1, "x": 2})",
                            "events.jsonl"),
               2, "x", "unknown column");
    checkError(failedImport(store, dir, ImportKind::Events, R"({"channel": "web", "external_id": "u-1001", "ts": 1})",
                            "events.jsonl"),
               1, "type", "missing required column");
    checkError(failedImport(store, dir, ImportKind::Events,
                            R"({"channel": "web", "external_id": "u-1001", "type": "view", "ts": 1, "query": {"a": "b"}})",
                            "events.jsonl"),
               1, "query", "nested objects are not allowed");
    checkError(failedImport(store, dir, ImportKind::Products,
                            R"({"sku": "N-1", "title_en": "Pen", "price": 1, "attributes": "red"})", "p.jsonl"),
               1, "attributes", "object of string values");

    checkError(failedImport(store, dir, ImportKind::UserItemSequence, "1 10\n2 11 5\n", "seq.txt"), 2, "",
               "expected 2 fields");
    checkError(failedImport(store, dir, ImportKind::MovieLensRatings,
                            "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n1,2,5.5,964982703\n", "ratings.csv"),
               3, "rating", "outside the range 0.5 to 5");
    checkError(failedImport(store, dir, ImportKind::MovieLensRatings,
                            "userId,movieId,rating,timestamp\n1,1,0,964982703\n", "ratings.csv"),
               2, "rating", "outside the range");
    checkError(failedImport(store, dir, ImportKind::MovieLensRatings, "userId,movieId,rating\n1,1,4\n", "ratings.csv"),
               1, "timestamp", "missing required column");
}

OMNI_TEST(a_late_failure_rolls_back_earlier_rows_of_every_table)
{
    TempDir dir;
    const store::Store store = shopWithCatalog(dir);
    importFixtureFile(store, ImportKind::Events, "events.csv");
    // 1000 good rows that create anonymous customers, then one bad row.
    std::string content = kEventsHeader;
    for (int i = 0; i < 1000; ++i)
        content += "app,visitor-" + std::to_string(i) + ",view,2026-04-01T00:00:00Z,,SC-002,,\n";
    content += "app,visitor-x,view,yesterday,,,,\n";
    checkError(failedImport(store, dir, ImportKind::Events, content), 1002, "ts", "'yesterday' is not a timestamp");
    OMNI_CHECK_EQ(store.counts().events, 7);
}

OMNI_TEST(cancelling_mid_file_leaves_the_store_unchanged)
{
    TempDir dir;
    const store::Store store = shopWithCatalog(dir);
    std::string content = kEventsHeader;
    for (int i = 0; i < 20000; ++i)
        content += "web,u-1001,view," + std::to_string(1772000000 + i) + ",s" + std::to_string(i / 10) + ",SH-001,10,\n";
    const std::string path = dir.file("many.csv");
    writeFile(path, content);
    const std::string before = dumpStore(store);

    runtime::Progress cancelledAt;
    std::shared_ptr<std::atomic_bool> flag;
    runtime::JobContext job([&](const runtime::Progress& progress) {
        // Cancel like the GUI's button would: once the reading has visibly started.
        if (progress.done > 0 && progress.done < progress.total && !flag->load()) {
            cancelledAt = progress;
            flag->store(true);
        }
    });
    flag = job.cancelFlag();
    io::ImportOptions options;
    options.kind = ImportKind::Events;
    options.path = path;
    OMNI_CHECK_THROWS(io::importFile(store, options, job), runtime::JobCancelled);
    OMNI_CHECK_EQ(cancelledAt.stage, std::string("reading many.csv"));
    OMNI_CHECK_EQ(cancelledAt.total, static_cast<int64_t>(content.size()));
    OMNI_CHECK(cancelledAt.done < cancelledAt.total);
    OMNI_CHECK(dumpStore(store) == before);

    // The same file imports in full when nobody cancels.
    OMNI_CHECK_EQ(importPath(store, ImportKind::Events, path).rowsAdded.at("events"), 20000);
}
