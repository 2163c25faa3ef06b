// SPDX-License-Identifier: GPL-3.0-or-later
#include "testing_support.h"

#include "resources.h"
#include "runtime/job.h"
#include "store/activity_repository.h"
#include "store/customer_repository.h"
#include "store/engagement_aggregate_repository.h"
#include "store/event_repository.h"
#include "store/kb_repository.h"
#include "store/product_repository.h"
#include "store/sample_shop.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace omni::uitest {

void setUpApplication(const QTemporaryDir& dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("OmniConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("OmniConsole"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    omni::ui::initResources();
}

HandmadeShop createHandmadeStore(const QString& path)
{
    const store::Store shop = store::Store::open(path.toStdString());
    store::Transaction transaction(shop.db());
    store::ProductRepository products(shop.db());
    store::CustomerRepository customers(shop.db());
    store::EventRepository events(shop.db());
    HandmadeShop made;

    // Prices chosen so that text order ("100.00" < "20.00" < "9.50") differs from numeric order.
    struct ProductRow {
        const char* sku;
        const char* titleEn;
        const char* titleZh;
        double price;
    };
    const ProductRow productRows[] = {
        {"SKU-A", "Linen shirt", "亚麻衬衫", 9.5},
        {"SKU-B", "Leather boots", "真皮靴子", 100.0},
        {"SKU-C", "Wool scarf", "羊毛围巾", 20.0},
    };
    for (const ProductRow& row : productRows) {
        store::Product product;
        product.sku = row.sku;
        product.titleEn = row.titleEn;
        product.titleZh = row.titleZh;
        product.category = "apparel";
        product.brand = "Omni";
        product.price = row.price;
        product.descriptionEn = std::string("About the ") + row.titleEn;
        product.descriptionZh = std::string("关于") + row.titleZh;
        product.attributes = {{"colour", "blue"}, {"size", "M"}};
        made.productIds.push_back(products.insert(product));
    }
    // SKU-A on two channels at two prices, SKU-B on one, SKU-C on none.
    products.upsertListing({0, made.productIds[0], "web", "Linen shirt (web)", 9.0, "", 12});
    products.upsertListing({0, made.productIds[0], "app", "Linen shirt (app)", 11.0, "", 3});
    products.upsertListing({0, made.productIds[1], "store", "Leather boots", 100.0, "", 1});

    const char* names[] = {"Alice", "Bob", "Chen Wei"};
    for (int i = 0; i < 3; ++i) {
        store::Customer customer;
        customer.customerKey = "C-" + std::to_string(i + 1);
        customer.name = names[i];
        customer.city = i == 2 ? "上海" : "London";
        customer.createdAt = 1780000000;
        made.customerIds.push_back(customers.insert(customer));
    }
    // Alice: web and app accounts; Bob: web only; Chen Wei: none.
    customers.addIdentity({0, made.customerIds[0], "web", "alice@web", 1780000000});
    customers.addIdentity({0, made.customerIds[0], "app", "alice-app", 1780086400});
    customers.addIdentity({0, made.customerIds[1], "web", "bob@web", 1780000000});

    // Alice is active on days 0, 1 and 2 of the period, Bob on day 1: daily actives 1, 2, 1.
    const int64_t day0 = 1780000000 / 86400 * 86400;
    auto addEvent = [&](int64_t customer, int day, store::EventType type) {
        store::Event event;
        event.customerId = customer;
        event.channelCode = "web";
        event.productId = made.productIds[0];
        event.type = type;
        event.ts = day0 + day * 86400 + 3600;
        events.insert(event);
    };
    addEvent(made.customerIds[0], 0, store::EventType::View);
    addEvent(made.customerIds[0], 1, store::EventType::AddToCart);
    addEvent(made.customerIds[1], 1, store::EventType::View);
    addEvent(made.customerIds[0], 2, store::EventType::Purchase);
    store::ActivityRepository(shop.db()).rebuild();
    store::EngagementAggregateRepository(shop.db()).rebuild(); // what the Engagement page loads

    store::KbRepository kb(shop.db());
    kb.upsert({0, "returns", "en", "Returning an item", "Send it back within 30 days."});
    kb.upsert({0, "returns", "zh", "退货说明", "收货后30天内可退货。"});
    transaction.commit();
    return made;
}

void createTinyShop(const QString& path)
{
    const store::Store shop = store::Store::open(path.toStdString());
    store::SampleShopOptions options;
    options.size = store::SampleShopSize::Tiny;
    store::generateSampleShop(shop, options, runtime::JobContext());
}

store::TableCounts storeCounts(const QString& path)
{
    return store::Store::openReadOnly(path.toStdString()).counts();
}

std::vector<store::DailyActivity> storeDailyActivity(const QString& path)
{
    const store::Store shop = store::Store::openReadOnly(path.toStdString());
    return store::ActivityRepository(shop.db()).daily();
}

std::vector<store::KbArticle> storeKbArticles(const QString& path)
{
    const store::Store shop = store::Store::openReadOnly(path.toStdString());
    return store::KbRepository(shop.db()).list();
}

QString dataDir()
{
    return QStringLiteral(OMNI_TEST_DATA_DIR);
}

QString translationsDir()
{
    return QStringLiteral(OMNI_TRANSLATIONS_DIR);
}

} // namespace omni::uitest
