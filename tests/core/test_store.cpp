// SPDX-License-Identifier: GPL-3.0-or-later
// The store: opening, migrations (old version upgraded, newer refused), and the repositories.
#include "check.h"

#include "store/activity_repository.h"
#include "store/customer_repository.h"
#include "store/event_repository.h"
#include "store/identity_attributes.h"
#include "store/identity_repository.h"
#include "store/kb_repository.h"
#include "store/model_repository.h"
#include "store/order_repository.h"
#include "store/product_repository.h"
#include "store/review_repository.h"
#include "store/schema.h"
#include "store/store.h"

using namespace omni::store;
using omni::test::TempDir;

namespace {
Customer makeCustomer(const std::string& key)
{
    Customer customer;
    customer.customerKey = key;
    customer.name = "Li Wei";
    customer.email = key + "@example.com";
    customer.createdAt = 1700000000;
    return customer;
}

Product makeProduct(const std::string& sku, double price)
{
    Product product;
    product.sku = sku;
    product.titleEn = "Linen shirt";
    product.titleZh = "亚麻衬衫";
    product.category = "apparel";
    product.brand = "Hemu";
    product.price = price;
    product.attributes = {{"colour", "white"}, {"material", "linen"}};
    return product;
}
} // namespace

OMNI_TEST(new_store_has_current_schema_and_channels)
{
    TempDir dir;
    const Store store = Store::open(dir.file("shop.omni"));
    OMNI_CHECK_EQ(store.db().userVersion(), kSchemaVersion);
    OMNI_CHECK_EQ(store.db().queryInt("SELECT count(*) FROM channels"), 5);
    OMNI_CHECK(store.isEmpty());
    // WAL journal and enforced foreign keys are what the rest of the code relies on.
    OMNI_CHECK_EQ(store.db().queryInt("PRAGMA foreign_keys"), 1);
    Statement mode = store.db().prepare("PRAGMA journal_mode");
    OMNI_CHECK(mode.step());
    OMNI_CHECK_EQ(mode.columnText(0), std::string("wal"));
}

OMNI_TEST(version_1_store_is_upgraded_and_keeps_its_data)
{
    TempDir dir;
    const std::string path = dir.file("old.omni");
    {
        Database db(path);
        migrate(db, 1);
        OMNI_CHECK_EQ(db.userVersion(), 1);
        db.exec("INSERT INTO customers (customer_key, name, created_at) VALUES ('c1', 'Ann', 1);"
                "INSERT INTO events (customer_id, channel_id, type, ts) VALUES (1, 1, 'view', 86400 * 3 + 5);"
                "INSERT INTO events (customer_id, channel_id, type, ts) VALUES (1, 2, 'purchase', 86400 * 3 + 9);");
        OMNI_CHECK_EQ(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'daily_activity'"), 0);
    }
    const Store store = Store::open(path);
    OMNI_CHECK_EQ(store.db().userVersion(), kSchemaVersion);
    OMNI_CHECK_EQ(store.counts().customers, 1);
    // Migration 2 back-fills the daily aggregates from the existing events.
    const auto days = ActivityRepository(store.db()).daily();
    OMNI_CHECK_EQ(days.size(), size_t(1));
    OMNI_CHECK_EQ(days[0].day, 3);
    OMNI_CHECK_EQ(days[0].activeCustomers, 1);
    OMNI_CHECK_EQ(days[0].events, 2);
    OMNI_CHECK_EQ(days[0].purchases, 1);
}

OMNI_TEST(version_2_store_is_upgraded_to_3_and_keeps_its_data)
{
    TempDir dir;
    const std::string path = dir.file("v2.omni");
    {
        Database db(path);
        migrate(db, 2);
        OMNI_CHECK_EQ(db.userVersion(), 2);
        db.exec("INSERT INTO customers (customer_key, name, email, phone, created_at)"
                "  VALUES ('c1', 'Ann', 'Ann@Example.com', '+86 138 0000 0001', 1);"
                "INSERT INTO customers (customer_key, name, created_at) VALUES ('c2', 'Bo', 1);"
                "INSERT INTO identities (customer_id, channel_id, external_id) VALUES (1, 2, 'a-1');"
                "INSERT INTO identities (customer_id, channel_id, external_id) VALUES (1, 1, 'u-1');"
                "INSERT INTO identities (customer_id, channel_id, external_id) VALUES (2, 4, 'card-1');"
                "INSERT INTO products (sku, title_en, price) VALUES ('P1', 'Cup', 5);"
                "INSERT INTO events (customer_id, channel_id, product_id, type, ts) VALUES (1, 2, 1, 'view', 100);"
                "INSERT INTO orders (order_key, customer_id, channel_id, ts, total) VALUES ('O1', 1, 2, 200, 5);"
                "INSERT INTO reviews (customer_id, product_id, channel_id, rating, ts) VALUES (1, 1, 2, 4, 300);");
    }
    const Store store = Store::open(path);
    OMNI_CHECK_EQ(store.db().userVersion(), kSchemaVersion);
    const TableCounts counts = store.counts();
    OMNI_CHECK_EQ(counts.customers, 2);
    OMNI_CHECK_EQ(counts.identities, 3);
    OMNI_CHECK_EQ(counts.events, 1);
    OMNI_CHECK_EQ(counts.orders, 1);
    OMNI_CHECK_EQ(counts.reviews, 1);

    // Every account's home is the customer it had; the customer's contact details go, hashed, on
    // its first account only (the lowest id, here the app account), none in clear.
    const IdentityRepository identities(store.db());
    const std::vector<IdentityRecord> accounts = identities.all();
    OMNI_CHECK_EQ(accounts.size(), size_t(3));
    for (const IdentityRecord& account : accounts)
        OMNI_CHECK_EQ(account.homeCustomerId, account.customerId);
    OMNI_CHECK(accounts[0].attributes.emailHash == hashEmail("ann@example.com"));
    OMNI_CHECK(accounts[0].attributes.phoneHash == hashPhone("8613800000001"));
    OMNI_CHECK(accounts[1].attributes.empty());
    OMNI_CHECK(accounts[2].attributes.empty()); // c2 had no contact details
    OMNI_CHECK_EQ(store.db().queryInt("SELECT count(*) FROM events WHERE identity_id IS NULL"), 1);
    OMNI_CHECK_EQ(store.db().queryInt("SELECT count(*) FROM customers WHERE merged_into IS NULL"), 2);
    for (const char* table : {"identity_links", "identity_decisions", "identity_decision_members", "recommendations"})
        OMNI_CHECK_EQ(store.db().queryInt(std::string("SELECT count(*) FROM sqlite_master WHERE name = '") + table + "'"), 1);
}

OMNI_TEST(version_3_store_is_upgraded_to_4_with_training_curves)
{
    TempDir dir;
    const std::string path = dir.file("v3.omni");
    {
        Database db(path);
        migrate(db, 3);
        OMNI_CHECK_EQ(db.userVersion(), 3);
        OMNI_CHECK_EQ(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'model_epochs'"), 0);
        db.exec("INSERT INTO models (kind, version, file, metrics_json, created_at, active)"
                "  VALUES ('itemknn', 1, 'm.omnimodel', '{\"best_epoch\":0}', 50, 1);");
    }
    const Store store = Store::open(path);
    OMNI_CHECK_EQ(store.db().userVersion(), kSchemaVersion);
    ModelRepository models(store.db());
    // The old model keeps its row and place; it has no stored curve.
    const std::optional<ModelRecord> old = models.active("itemknn");
    OMNI_CHECK(old.has_value());
    OMNI_CHECK_EQ(old->file, std::string("m.omnimodel"));
    OMNI_CHECK_EQ(old->metricsJson, std::string("{\"best_epoch\":0}"));
    OMNI_CHECK(old->epochs.empty());
    // A model trained after the upgrade keeps its curve, and the curve goes with the model.
    ModelRecord trained;
    trained.kind = "sasrec";
    trained.file = "s.omnimodel";
    trained.createdAt = 60;
    trained.epochs = {{1, 0.9, std::nullopt, 1.5}, {2, 0.7, 0.031, 1.25}};
    const int64_t id = models.insert(trained);
    const std::vector<ModelEpoch> epochs = models.epochs(id);
    OMNI_CHECK_EQ(epochs.size(), size_t(2));
    OMNI_CHECK_EQ(epochs[1].epoch, 2);
    OMNI_CHECK(epochs[1].validationNdcg.has_value() && *epochs[1].validationNdcg == 0.031);
    OMNI_CHECK(!epochs[0].validationNdcg.has_value());
    store.db().exec("DELETE FROM models WHERE kind = 'sasrec'");
    OMNI_CHECK_EQ(store.db().queryInt("SELECT count(*) FROM model_epochs"), 0);
}

OMNI_TEST(version_4_store_is_upgraded_to_5_with_listing_status_and_generated_copy)
{
    TempDir dir;
    const std::string path = dir.file("v4.omni");
    {
        Database db(path);
        migrate(db, 4);
        OMNI_CHECK_EQ(db.userVersion(), 4);
        db.exec("INSERT INTO products (id, sku, title_en, price) VALUES (1, 'P1', 'Mug', 9.5);"
                "INSERT INTO listings (product_id, channel_id, title, price) VALUES (1, 1, 'Mug', 9.5);");
    }
    const Store store = Store::open(path);
    OMNI_CHECK_EQ(store.db().userVersion(), kSchemaVersion);
    // The listing written before the upgrade is on sale, as every listing was before status existed.
    ProductRepository products(store.db());
    const std::vector<Listing> listings = products.listings(1);
    OMNI_CHECK_EQ(listings.size(), size_t(1));
    OMNI_CHECK_EQ(listings[0].status, std::string("active"));
    // Status is checked by the schema: an unknown one is refused.
    bool refused = false;
    try {
        store.db().exec("UPDATE listings SET status = 'gone' WHERE product_id = 1");
    } catch (const StoreError&) {
        refused = true;
    }
    OMNI_CHECK(refused);
    Listing paused = listings[0];
    paused.status = "paused";
    products.upsertListing(paused);
    OMNI_CHECK_EQ(products.listings(1)[0].status, std::string("paused"));
    OMNI_CHECK_EQ(store.db().queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'generated_copy'"), 1);
}

OMNI_TEST(recommendations_belong_to_a_model_and_go_with_it)
{
    const Store store = Store::open(":memory:");
    store.db().exec("INSERT INTO customers (customer_key, created_at) VALUES ('c1', 1);"
                    "INSERT INTO products (sku, title_en, price) VALUES ('P1', 'Cup', 5), ('P2', 'Pot', 9);"
                    "INSERT INTO models (kind, file, created_at) VALUES ('popularity', 'p.omnimodel', 1);"
                    "INSERT INTO recommendations (customer_id, model_id, rank, product_id, score, reason)"
                    "  VALUES (1, 1, 1, 2, 0.9, 'popular in segment'), (1, 1, 2, 1, 0.5, '');");
    OMNI_CHECK_EQ(store.db().queryInt("SELECT product_id FROM recommendations WHERE model_id = 1 AND customer_id = 1"
                                      " AND rank = 1"),
                  2);
    // One list per model and customer: a rank appears once.
    OMNI_CHECK_THROWS(store.db().exec("INSERT INTO recommendations (customer_id, model_id, rank, product_id, score)"
                                      " VALUES (1, 1, 1, 1, 0.1);"),
                      StoreError);
    // Only known customers, models and products.
    OMNI_CHECK_THROWS(store.db().exec("INSERT INTO recommendations (customer_id, model_id, rank, product_id, score)"
                                      " VALUES (1, 1, 3, 99, 0.1);"),
                      StoreError);
    store.db().exec("DELETE FROM models WHERE id = 1;");
    OMNI_CHECK_EQ(store.db().queryInt("SELECT count(*) FROM recommendations"), 0);
}

OMNI_TEST(newer_store_is_refused_and_left_untouched)
{
    TempDir dir;
    const std::string path = dir.file("future.omni");
    {
        Database db(path);
        migrate(db);
        db.setUserVersion(kSchemaVersion + 1);
    }
    OMNI_CHECK_THROWS_WITH(Store::open(path), StoreError, "newer OmniConsole");
    Database db(path);
    OMNI_CHECK_EQ(db.userVersion(), kSchemaVersion + 1);
}

OMNI_TEST(foreign_file_is_refused_with_its_name)
{
    TempDir dir;
    const std::string path = dir.file("notes.txt");
    omni::test::writeFile(path, std::string(4096, 'x'));
    OMNI_CHECK_THROWS_WITH(Store::open(path), StoreError, "notes.txt");
    OMNI_CHECK_EQ(omni::test::readFile(path), std::string(4096, 'x'));
}

OMNI_TEST(failed_migration_rolls_back_to_last_good_version)
{
    TempDir dir;
    const std::string path = dir.file("clash.omni");
    {
        Database db(path);
        migrate(db, 1);
        // A table in the way makes migration 2 fail half-way through its script.
        db.exec("CREATE TABLE daily_activity (x);");
    }
    OMNI_CHECK_THROWS(Store::open(path), StoreError);
    Database db(path);
    OMNI_CHECK_EQ(db.userVersion(), 1);
    OMNI_CHECK_EQ(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'models'"), 0);
}

OMNI_TEST(customers_identities_and_summaries)
{
    const Store store = Store::open(":memory:");
    CustomerRepository customers(store.db());
    const int64_t ann = customers.insert(makeCustomer("ann"));
    const int64_t bo = customers.insert(makeCustomer("bo"));
    customers.addIdentity({0, ann, "web", "w-1", 10});
    customers.addIdentity({0, ann, "app", "a-9", 20});
    customers.addIdentity({0, bo, "store", "card-3", std::nullopt});

    OMNI_CHECK_EQ(customers.findByIdentity("app", "a-9").value_or(-1), ann);
    OMNI_CHECK(!customers.findByIdentity("app", "w-1").has_value());
    OMNI_CHECK(!customers.findByIdentity("fax", "w-1").has_value());
    OMNI_CHECK_EQ(customers.findByKey("bo").value().id, bo);
    // The same account on one channel cannot belong to two customers.
    OMNI_CHECK_THROWS(customers.addIdentity({0, bo, "web", "w-1", 0}), StoreError);
    OMNI_CHECK_THROWS_WITH(customers.addIdentity({0, bo, "fax", "1", 0}), StoreError, "unknown channel");

    EventRepository events(store.db());
    Event event;
    event.customerId = ann;
    event.channelCode = "web";
    event.ts = 500;
    events.insert(event);
    event.ts = 900;
    event.type = EventType::Search;
    event.query = "linen";
    events.insert(event);

    const auto summaries = customers.listSummaries();
    OMNI_CHECK_EQ(summaries.size(), size_t(2));
    OMNI_CHECK_EQ(summaries[0].identityCount, 2);
    OMNI_CHECK_EQ(summaries[0].channelCount, 2);
    OMNI_CHECK_EQ(summaries[0].eventCount, 2);
    OMNI_CHECK_EQ(summaries[0].lastSeen.value_or(0), 900);
    OMNI_CHECK_EQ(summaries[1].eventCount, 0);
    OMNI_CHECK(!summaries[1].lastSeen.has_value());

    const auto recent = events.recentForCustomer(ann, 10);
    OMNI_CHECK_EQ(recent.size(), size_t(2));
    OMNI_CHECK(recent[0].type == EventType::Search);
    OMNI_CHECK_EQ(recent[0].query.value_or(""), std::string("linen"));
    OMNI_CHECK_EQ(customers.identities(ann)[0].channelCode, std::string("web"));
}

OMNI_TEST(products_listings_and_attributes)
{
    const Store store = Store::open(":memory:");
    ProductRepository products(store.db());
    const int64_t shirt = products.insert(makeProduct("SKU-1", 199));
    products.upsertListing({0, shirt, "web", "Linen shirt", 199, "", 12});
    products.upsertListing({0, shirt, "social", "Linen shirt!!", 179, "", 3});
    // Upsert replaces the listing of the same channel instead of adding a second one.
    products.upsertListing({0, shirt, "web", "Linen shirt", 189, "", 10});

    const auto listings = products.listings(shirt);
    OMNI_CHECK_EQ(listings.size(), size_t(2));
    OMNI_CHECK_EQ(listings[0].price, 189.0);
    OMNI_CHECK_EQ(listings[1].channelCode, std::string("social"));

    const auto summary = products.listSummaries().at(0);
    OMNI_CHECK_EQ(summary.listingCount, 2);
    OMNI_CHECK_EQ(summary.minListingPrice, 179.0);
    OMNI_CHECK_EQ(summary.maxListingPrice, 189.0);

    Product loaded = products.get(shirt).value();
    OMNI_CHECK_EQ(loaded.attributes.at("material"), std::string("linen"));
    OMNI_CHECK_EQ(loaded.titleZh, std::string("亚麻衬衫"));
    loaded.attributes.erase("colour");
    loaded.attributes["weight"] = "180 g";
    loaded.price = 209;
    products.update(loaded);
    const Product updated = products.get(shirt).value();
    OMNI_CHECK_EQ(updated.attributes.size(), size_t(2));
    OMNI_CHECK_EQ(updated.attributes.count("colour"), size_t(0));
    OMNI_CHECK_EQ(updated.price, 209.0);

    OMNI_CHECK_THROWS(products.insert(makeProduct("SKU-1", 5)), StoreError);   // duplicate SKU
    OMNI_CHECK_THROWS(products.insert(makeProduct("SKU-2", -1)), StoreError);  // negative price
    Product ghost = makeProduct("SKU-9", 1);
    ghost.id = 999;
    OMNI_CHECK_THROWS_WITH(products.update(ghost), StoreError, "999");
    OMNI_CHECK_EQ(products.findIdBySku("SKU-1").value_or(-1), shirt);
}

OMNI_TEST(orders_reviews_kb_models_and_activity)
{
    const Store store = Store::open(":memory:");
    const int64_t ann = CustomerRepository(store.db()).insert(makeCustomer("ann"));
    const int64_t shirt = ProductRepository(store.db()).insert(makeProduct("SKU-1", 100));

    OrderRepository orders(store.db());
    Order order;
    order.orderKey = "O-1";
    order.customerId = ann;
    order.channelCode = "app";
    order.ts = 86400 * 10;
    order.total = 200;
    order.items = {{shirt, 2, 100}};
    orders.insert(order);
    const auto annOrders = orders.forCustomer(ann);
    OMNI_CHECK_EQ(annOrders.size(), size_t(1));
    OMNI_CHECK_EQ(annOrders[0].items.at(0).quantity, int64_t(2));
    OMNI_CHECK_EQ(annOrders[0].channelCode, std::string("app"));
    Order broken = order;
    broken.orderKey = "O-2";
    broken.items = {{shirt + 100, 1, 1}}; // unknown product: foreign key refuses it
    OMNI_CHECK_THROWS(orders.insert(broken), StoreError);

    ReviewRepository reviews(store.db());
    reviews.insert({0, ann, shirt, "app", 4.5, "很舒服", "zh", 86400 * 11});
    OMNI_CHECK_EQ(reviews.forProduct(shirt).at(0).text, std::string("很舒服"));
    OMNI_CHECK_THROWS(reviews.insert({0, ann, shirt, "app", 6, "", "en", 1}), StoreError);

    KbRepository kb(store.db());
    kb.upsert({0, "returns", "en", "Returns", "30 days"});
    kb.upsert({0, "returns", "zh", "退货", "30天"});
    kb.upsert({0, "returns", "en", "Returns", "14 days"});
    OMNI_CHECK_EQ(kb.count(), 2);
    OMNI_CHECK_EQ(kb.list().at(0).body, std::string("14 days"));

    ModelRepository models(store.db());
    const int64_t first = models.insert({0, "popularity", 1, "pop-1.ocm", "{}", 100, true});
    const int64_t second = models.insert({0, "popularity", 1, "pop-2.ocm", "{}", 200, false});
    models.activate(second);
    OMNI_CHECK_EQ(models.active("popularity").value().id, second);
    OMNI_CHECK_EQ(models.list().front().id, second);
    OMNI_CHECK(first != second);
    OMNI_CHECK_THROWS(models.activate(12345), StoreError);

    EventRepository events(store.db());
    for (int day = 0; day < 3; ++day) {
        Event event;
        event.customerId = ann;
        event.channelCode = "web";
        event.ts = 86400 * (20 + day) + 60;
        event.type = day == 2 ? EventType::Purchase : EventType::View;
        events.insert(event);
    }
    ActivityRepository activity(store.db());
    activity.rebuild();
    const auto days = activity.daily();
    OMNI_CHECK_EQ(days.size(), size_t(3));
    OMNI_CHECK_EQ(days[2].day, 22);
    OMNI_CHECK_EQ(days[2].purchases, 1);
    OMNI_CHECK_EQ(days[0].purchases, 0);
}

OMNI_TEST(transaction_rolls_back_unless_committed)
{
    const Store store = Store::open(":memory:");
    {
        Transaction transaction(store.db());
        CustomerRepository(store.db()).insert(makeCustomer("tmp"));
    }
    OMNI_CHECK_EQ(store.counts().customers, 0);
    {
        Transaction transaction(store.db());
        CustomerRepository(store.db()).insert(makeCustomer("kept"));
        transaction.commit();
    }
    OMNI_CHECK_EQ(store.counts().customers, 1);
    store.setMeta("seed", "42");
    store.setMeta("seed", "43");
    OMNI_CHECK_EQ(store.meta("seed"), std::string("43"));
    OMNI_CHECK_EQ(store.meta("absent", "none"), std::string("none"));
}
