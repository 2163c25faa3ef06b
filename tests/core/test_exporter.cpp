// SPDX-License-Identifier: GPL-3.0-or-later
// Export: every table writes, CSV quoting of awkward text, cancellation, and the round trip
// export -> import into a fresh store -> the same rows.
#include "check.h"
#include "test_import_support.h"

#include "io/csv_reader.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "store/sample_shop.h"
#include "store/store.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

using namespace omni;
using namespace omni::test;
using io::ImportKind;

namespace {

// A store with every fixture of the shop's own kinds imported.
store::Store fullShop(const std::string& path)
{
    store::Store store = store::Store::open(path);
    importFixtureFile(store, ImportKind::Customers, "customers.csv");
    importFixtureFile(store, ImportKind::Customers, "customers.jsonl");
    importFixtureFile(store, ImportKind::Products, "products.csv");
    importFixtureFile(store, ImportKind::Products, "products.jsonl");
    importFixtureFile(store, ImportKind::Listings, "listings.csv");
    importFixtureFile(store, ImportKind::Events, "events.csv");
    importFixtureFile(store, ImportKind::Events, "events.jsonl");
    importFixtureFile(store, ImportKind::Orders, "orders.csv");
    return store;
}

int64_t exportTo(const store::Store& store, const std::string& table, const std::string& path)
{
    return io::exportTableCsv(store, table, path, runtime::JobContext());
}

std::vector<std::vector<std::string>> readCsv(const std::string& path)
{
    std::istringstream in(readFile(path));
    io::CsvReader reader(in);
    std::vector<std::vector<std::string>> rows;
    while (reader.next()) {
        rows.emplace_back();
        for (size_t i = 0; i < reader.size(); ++i)
            rows.back().emplace_back(reader.field(i));
    }
    return rows;
}

// Every row of a query as text, one line per row, for comparing two stores. The queries use
// keys and codes, never internal ids, which differ between stores.
std::string rowsOf(const store::Store& store, const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(store.db().handle(), sql, -1, &statement, nullptr) != SQLITE_OK)
        fail(__FILE__, __LINE__, std::string("cannot prepare ") + sql);
    std::string text;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        for (int i = 0; i < sqlite3_column_count(statement); ++i) {
            const auto* value = reinterpret_cast<const char*>(sqlite3_column_text(statement, i));
            text += value ? std::string(value) : std::string("NULL");
            text += "|";
        }
        text += "\n";
    }
    sqlite3_finalize(statement);
    return text;
}

// The shop as a merchant sees it, store-independent.
const char* const kComparableViews[] = {
    "SELECT customer_key, name, email, phone, city, created_at FROM customers ORDER BY customer_key",
    "SELECT c.customer_key, ch.code, i.external_id, i.first_seen FROM identities i"
    " JOIN customers c ON c.id = i.customer_id JOIN channels ch ON ch.id = i.channel_id ORDER BY 2, 3",
    "SELECT sku, title_en, title_zh, category, brand, price, description_en, description_zh, created_at"
    " FROM products ORDER BY sku",
    "SELECT p.sku, a.name, a.value FROM product_attributes a JOIN products p ON p.id = a.product_id ORDER BY 1, 2",
    "SELECT p.sku, ch.code, l.title, l.price, l.description, l.stock FROM listings l"
    " JOIN products p ON p.id = l.product_id JOIN channels ch ON ch.id = l.channel_id ORDER BY 1, 2",
    "SELECT c.customer_key, ch.code, e.session_id, p.sku, e.type, e.ts, e.dwell_ms, e.query FROM events e"
    " JOIN customers c ON c.id = e.customer_id JOIN channels ch ON ch.id = e.channel_id"
    " LEFT JOIN products p ON p.id = e.product_id ORDER BY e.ts, 1, 5",
    "SELECT o.order_key, c.customer_key, ch.code, o.ts, o.status, o.total FROM orders o"
    " JOIN customers c ON c.id = o.customer_id JOIN channels ch ON ch.id = o.channel_id ORDER BY 1",
    "SELECT o.order_key, p.sku, i.quantity, i.unit_price FROM order_items i JOIN orders o ON o.id = i.order_id"
    " JOIN products p ON p.id = i.product_id ORDER BY 1, 2",
    "SELECT day, active_customers, events, purchases FROM daily_activity ORDER BY day",
};

} // namespace

OMNI_TEST(exportable_tables_and_unknown_names)
{
    const auto tables = io::exportableTables();
    for (const char* expected : {"customers", "identities", "products", "product_attributes", "listings", "events",
                                 "orders", "reviews", "kb_articles", "models", "channels", "daily_activity"})
        if (std::find(tables.begin(), tables.end(), expected) == tables.end())
            fail(__FILE__, __LINE__, std::string("not exportable: ") + expected);
    TempDir dir;
    const store::Store store = store::Store::open(dir.file("shop.omni"));
    // Not a table name pasted into SQL: a refusal naming the known tables.
    OMNI_CHECK_THROWS_WITH(exportTo(store, "customers; DROP TABLE events", dir.file("x.csv")), std::invalid_argument,
                           "known: customers, identities");
    OMNI_CHECK_THROWS_WITH(exportTo(store, "meta", dir.file("x.csv")), std::invalid_argument, "unknown table 'meta'");
    OMNI_CHECK(!std::filesystem::exists(dir.file("x.csv")));
}

OMNI_TEST(every_table_exports_a_header_and_its_rows)
{
    TempDir dir;
    const store::Store store = fullShop(dir.file("shop.omni"));
    importFixtureFile(store, ImportKind::MovieLensRatings, "movielens/ratings.csv"); // reviews too
    for (const std::string& table : io::exportableTables()) {
        const std::string path = dir.file(table + ".csv");
        const int64_t written = exportTo(store, table, path);
        const auto rows = readCsv(path);
        OMNI_CHECK(!rows.empty());
        OMNI_CHECK_EQ(static_cast<int64_t>(rows.size()) - 1, written);
        for (const auto& row : rows)
            if (row.size() != rows[0].size())
                fail(__FILE__, __LINE__, table + ": a row's field count differs from the header's");
    }
    OMNI_CHECK_EQ(exportTo(store, "events", dir.file("events.csv")), store.counts().events);
    OMNI_CHECK_EQ(exportTo(store, "reviews", dir.file("reviews.csv")), 299);
    OMNI_CHECK_EQ(exportTo(store, "channels", dir.file("channels.csv")), 5);
}

OMNI_TEST(columns_are_readable_codes_skus_and_utc_times)
{
    TempDir dir;
    const store::Store store = fullShop(dir.file("shop.omni"));
    exportTo(store, "events", dir.file("events.csv"));
    const auto events = readCsv(dir.file("events.csv"));
    OMNI_CHECK(events[0] == (std::vector<std::string>{"channel", "external_id", "type", "ts", "session_id", "sku",
                                                       "dwell_ms", "query", "customer_key"}));
    OMNI_CHECK(events[1] == (std::vector<std::string>{"web", "u-1001", "view", "2026-03-01T10:00:00Z", "s1", "SH-001",
                                                       "4200", "", "C001"}));
    exportTo(store, "products", dir.file("products.csv"));
    const auto products = readCsv(dir.file("products.csv"));
    // Attribute columns: every attribute name in the store, sorted.
    OMNI_CHECK(products[0] == (std::vector<std::string>{"sku", "title_en", "price", "title_zh", "category", "brand",
                                                         "description_en", "description_zh", "created_at",
                                                         "attr_colour", "attr_origin", "attr_size", "attr_weight"}));
    OMNI_CHECK(products[1] == (std::vector<std::string>{"SH-001", "Linen shirt, white", "39.9", "亚麻衬衫", "apparel",
                                                         "Hemu", "", "", "2026-01-01T00:00:00Z", "white", "", "M", ""}));
    OMNI_CHECK_EQ(products[4][0], std::string("TE-010"));
    OMNI_CHECK_EQ(products[4][10], std::string("Hangzhou"));
    exportTo(store, "daily_activity", dir.file("daily.csv"));
    OMNI_CHECK_EQ(readCsv(dir.file("daily.csv"))[1][0], std::string("2026-03-01"));
}

OMNI_TEST(awkward_text_is_quoted_and_reads_back)
{
    TempDir dir;
    const store::Store store = store::Store::open(dir.file("shop.omni"));
    writeFile(dir.file("p.jsonl"),
              R"({"sku": "Q-1", "title_en": "Shirt, \"slim\" fit", "price": 1, "title_zh": "衬衫，修身", )"
              R"("description_en": "line one\nline two", "description_zh": "第一行\r\n第二行"})"
              "\n");
    importPath(store, ImportKind::Products, dir.file("p.jsonl"));
    exportTo(store, "products", dir.file("out.csv"));
    const std::string text = readFile(dir.file("out.csv"));
    // Quoted where a comma, quote or line break needs it, with quotes doubled; Chinese as plain UTF-8.
    OMNI_CHECK(text.find("Q-1,\"Shirt, \"\"slim\"\" fit\",1,衬衫，修身,,,\"line one\nline two\",\"第一行\r\n第二行\",\r\n") !=
               std::string::npos);
    const auto rows = readCsv(dir.file("out.csv"));
    OMNI_CHECK_EQ(rows.size(), size_t(2));
    OMNI_CHECK_EQ(rows[1][1], std::string("Shirt, \"slim\" fit"));
    OMNI_CHECK_EQ(rows[1][3], std::string("衬衫，修身"));
    OMNI_CHECK_EQ(rows[1][6], std::string("line one\nline two"));
    OMNI_CHECK_EQ(rows[1][7], std::string("第一行\r\n第二行"));
}

namespace {
// Exports the shop's own tables from original, imports them into a fresh store in dependency
// order, and checks that every comparable view has the same rows.
void checkRoundTrip(const store::Store& original, const TempDir& dir)
{
    const char* const tables[] = {"customers", "products", "listings", "events", "orders"};
    const ImportKind kinds[] = {ImportKind::Customers, ImportKind::Products, ImportKind::Listings, ImportKind::Events,
                                ImportKind::Orders};
    for (const char* table : tables)
        exportTo(original, table, dir.file(std::string(table) + ".csv"));

    const store::Store copy = store::Store::open(dir.file("copy.omni"));
    for (size_t i = 0; i < 5; ++i) {
        const io::ImportReport report = importPath(copy, kinds[i], dir.file(std::string(tables[i]) + ".csv"));
        OMNI_CHECK(report.rowsRead > 0);
    }
    for (const char* view : kComparableViews) {
        const std::string expected = rowsOf(original, view);
        OMNI_CHECK(!expected.empty());
        const std::string actual = rowsOf(copy, view);
        if (actual != expected)
            fail(__FILE__, __LINE__, std::string("rows differ after the round trip for: ") + view +
                                         (expected.size() < 4000 ? "\nexpected:\n" + expected + "actual:\n" + actual
                                                                 : std::string()));
    }
    OMNI_CHECK_EQ(copy.counts().events, original.counts().events);
    OMNI_CHECK_EQ(copy.counts().customers, original.counts().customers);
    OMNI_CHECK_EQ(copy.counts().orders, original.counts().orders);
}
} // namespace

OMNI_TEST(round_trip_of_the_fixtures_gives_equal_rows)
{
    TempDir dir;
    const store::Store original = fullShop(dir.file("original.omni"));
    checkRoundTrip(original, dir);
}

OMNI_TEST(round_trip_of_a_generated_shop_gives_equal_rows)
{
    // The sample shop has what hand-made fixtures may miss: hundreds of customers with several
    // accounts, thousands of events, multi-item orders.
    TempDir dir;
    const store::Store original = store::Store::open(dir.file("original.omni"));
    store::SampleShopOptions options;
    options.size = store::SampleShopSize::Tiny;
    options.seed = 11;
    store::generateSampleShop(original, options, runtime::JobContext());
    OMNI_CHECK(original.counts().events > 1000);
    checkRoundTrip(original, dir);
}

OMNI_TEST(cancelled_export_leaves_no_file_and_keeps_an_old_one)
{
    TempDir dir;
    const store::Store store = store::Store::open(dir.file("shop.omni"));
    importFixtureFile(store, ImportKind::Customers, "customers.csv");
    std::string content = "channel,external_id,type,ts\n";
    for (int i = 0; i < 10000; ++i)
        content += "web,u-1001,view," + std::to_string(1772000000 + i) + "\n";
    writeFile(dir.file("events.csv"), content);
    importPath(store, ImportKind::Events, dir.file("events.csv"));

    const std::string target = dir.file("export.csv");
    writeFile(target, "an older export\n");
    runtime::JobContext job([&](const runtime::Progress& progress) {
        if (progress.done >= 4096)
            job.cancel();
    });
    OMNI_CHECK_THROWS(io::exportTableCsv(store, "events", target, job), runtime::JobCancelled);
    OMNI_CHECK_EQ(readFile(target), std::string("an older export\n"));
    OMNI_CHECK(!std::filesystem::exists(target + ".part"));
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
        OMNI_CHECK(entry.path().extension() != ".part");

    // Progress is reported against the row count.
    int64_t lastTotal = 0;
    runtime::JobContext watched([&](const runtime::Progress& progress) { lastTotal = progress.total; });
    OMNI_CHECK_EQ(io::exportTableCsv(store, "events", dir.file("fresh.csv"), watched), 10000);
    OMNI_CHECK_EQ(lastTotal, 10000);
}

OMNI_TEST(unwritable_target_names_the_file)
{
    TempDir dir;
    const store::Store store = store::Store::open(dir.file("shop.omni"));
    OMNI_CHECK_THROWS_WITH(exportTo(store, "channels", dir.file("missing-folder/out.csv")), std::runtime_error,
                           dir.file("missing-folder/out.csv"));
}
