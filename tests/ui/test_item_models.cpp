// SPDX-License-Identifier: GPL-3.0-or-later
// Every table model (and the search/sort proxy) under QAbstractItemModelTester on a generated
// sample shop, and data checks on a hand-made store whose values are known: rows, roles, numeric
// sorting, search across both languages, and Chinese titles when Chinese is active.
#include "testing_support.h"

#include "format.h"
#include "language.h"
#include "language_manager.h"
#include "models/attribute_table_model.h"
#include "models/category_icon.h"
#include "models/customer_table_model.h"
#include "models/event_table_model.h"
#include "models/identity_table_model.h"
#include "models/kb_article_table_model.h"
#include "models/listing_table_model.h"
#include "models/model_record_table_model.h"
#include "models/product_table_model.h"
#include "models/roles.h"
#include "models/search_proxy_model.h"
#include "store/model_repository.h"
#include "store/store.h"
#include "workers/page_queries.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace omni;
using namespace omni::ui;

namespace {

// Keeps the default locale (and so the content language) set for one test, and restores English.
class LocaleScope {
public:
    explicit LocaleScope(Language language) { QLocale::setDefault(languageLocale(language)); }
    ~LocaleScope() { QLocale::setDefault(languageLocale(Language::English)); }
};

QStringList columnTexts(const QAbstractItemModel& model, int column, int role = Qt::DisplayRole)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, column).data(role).toString();
    return texts;
}

int rowOfKey(const QAbstractItemModel& model, int column, const QString& key)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, column).data().toString() == key)
            return row;
    }
    return -1;
}

} // namespace

class ItemModelsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void everyModelPassesTheTesterOnTheSampleShop();

    void productRowsShowCatalogAndChannelPrices();
    void productsSortByNumericPriceNotText();
    void productTitleIsChineseWhenChineseIsActive();
    void searchMatchesEveryWordInEitherLanguage();
    void listingsAndAttributesOfOneProduct();
    void customerRowsCountAccountsChannelsAndEvents();
    void customersSortByNumbersAndNeverSeenFirst();
    void identitiesAndEventsOfOneCustomer();
    void knowledgeBaseArticles();
    void trainedModelsShowKindStatusAndMetrics();
    void headersFollowTheLanguage();
    void categoryIconsDifferByCategoryAndLanguage();

private:
    QTemporaryDir dir_;
    QString sampleShop_;
    QString handmade_;
    uitest::HandmadeShop shop_;
};

void ItemModelsTest::initTestCase()
{
    QVERIFY(dir_.isValid());
    uitest::setUpApplication(dir_);
    QLocale::setDefault(languageLocale(Language::English));
    sampleShop_ = dir_.filePath(QStringLiteral("tiny.omni"));
    uitest::createTinyShop(sampleShop_);
    handmade_ = dir_.filePath(QStringLiteral("handmade.omni"));
    shop_ = uitest::createHandmadeStore(handmade_);
}

void ItemModelsTest::cleanup()
{
    QLocale::setDefault(languageLocale(Language::English));
}

void ItemModelsTest::everyModelPassesTheTesterOnTheSampleShop()
{
    const store::Store shop = store::Store::openReadOnly(sampleShop_.toStdString());
    const ProductsData products = queryProducts(shop);
    const CustomersData customers = queryCustomers(shop);
    QVERIFY(products.products.size() > 50);
    QVERIFY(customers.customers.size() > 100);

    // The tester checks every change from the moment it is attached, so the models are filled
    // (reset), filtered, sorted, cleared and refilled under its eye.
    ProductTableModel productModel;
    SearchProxyModel proxy;
    proxy.setSourceModel(&productModel);
    QAbstractItemModelTester productTester(&productModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    productModel.setProducts(products.products);
    QCOMPARE(proxy.rowCount(), static_cast<int>(products.products.size()));
    proxy.sort(ProductTableModel::Price, Qt::DescendingOrder);
    proxy.setSearchText(QString::fromStdString(products.products.front().product.sku));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QString());
    proxy.sort(-1);
    productModel.refreshTexts();
    productModel.setProducts({});
    productModel.setProducts(products.products);

    const ProductDetail detail = queryProductDetail(shop, products.products.front().product.id);
    ListingTableModel listings;
    QAbstractItemModelTester listingTester(&listings, QAbstractItemModelTester::FailureReportingMode::QtTest);
    listings.setListings(detail.listings, ChannelNames(products.channels));
    QCOMPARE(listings.rowCount(), products.products.front().listingCount);
    AttributeTableModel attributes;
    QAbstractItemModelTester attributeTester(&attributes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(detail.product.has_value());
    attributes.setAttributes(detail.product->attributes);
    QCOMPARE(attributes.rowCount(), static_cast<int>(detail.product->attributes.size()));

    CustomerTableModel customerModel;
    SearchProxyModel customerProxy;
    customerProxy.setSourceModel(&customerModel);
    QAbstractItemModelTester customerTester(&customerModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester customerProxyTester(&customerProxy,
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
    customerModel.setCustomers(customers.customers);
    customerProxy.sort(CustomerTableModel::Events, Qt::DescendingOrder);
    customerProxy.setSearchText(QStringLiteral("a"));
    customerProxy.setSearchText(QString());

    // The most active customer has events and accounts to show.
    const qint64 busiest = customerProxy.index(0, 0).data(RecordIdRole).toLongLong();
    const CustomerDetail customer = queryCustomerDetail(shop, busiest);
    QVERIFY(!customer.recentEvents.empty());
    IdentityTableModel identities;
    QAbstractItemModelTester identityTester(&identities, QAbstractItemModelTester::FailureReportingMode::QtTest);
    identities.setIdentities(customer.identities, ChannelNames(customers.channels));
    EventTableModel events;
    QAbstractItemModelTester eventTester(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
    events.setEvents(customer.recentEvents, customer.eventProducts, ChannelNames(customers.channels));
    QCOMPARE(events.rowCount(), static_cast<int>(customer.recentEvents.size()));
    QVERIFY(events.rowCount() <= kRecentEventLimit);

    KbArticleTableModel articles;
    QAbstractItemModelTester articleTester(&articles, QAbstractItemModelTester::FailureReportingMode::QtTest);
    articles.setArticles(queryKbArticles(shop));
    QCOMPARE(articles.rowCount(), static_cast<int>(shop.counts().kbArticles));
    QVERIFY(articles.rowCount() > 0);

    ModelRecordTableModel models;
    QAbstractItemModelTester modelTester(&models, QAbstractItemModelTester::FailureReportingMode::QtTest);
    models.setModels(queryModels(shop));
    QCOMPARE(models.rowCount(), 0); // a generated shop has no trained models
    store::ModelRecord record;
    record.kind = "popularity";
    models.setModels({record, record});
    QCOMPARE(models.rowCount(), 2);
}

void ItemModelsTest::productRowsShowCatalogAndChannelPrices()
{
    const store::Store shop = store::Store::openReadOnly(handmade_.toStdString());
    ProductTableModel model;
    model.setProducts(queryProducts(shop).products);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ProductTableModel::ColumnCount));
    QCOMPARE(columnTexts(model, ProductTableModel::Sku), (QStringList{"SKU-A", "SKU-B", "SKU-C"}));
    QCOMPARE(columnTexts(model, ProductTableModel::Title),
             (QStringList{"Linen shirt", "Leather boots", "Wool scarf"}));
    QCOMPARE(columnTexts(model, ProductTableModel::Category),
             (QStringList{"Apparel", "Apparel", "Apparel"})); // the code "apparel", named
    QCOMPARE(columnTexts(model, ProductTableModel::Price), (QStringList{"9.50", "100.00", "20.00"}));
    QCOMPARE(columnTexts(model, ProductTableModel::Listings), (QStringList{"2", "1", "0"}));
    // SKU-A is listed at 9 and 11, SKU-B at its catalog price, SKU-C nowhere.
    QCOMPARE(columnTexts(model, ProductTableModel::PriceRange),
             (QStringList{QStringLiteral("9.00 – 11.00"), "100.00", QString()}));

    const QModelIndex price = model.index(0, ProductTableModel::Price);
    QCOMPARE(price.data(SortRole).toDouble(), 9.5);
    QCOMPARE(price.data(RecordIdRole).toLongLong(), shop_.productIds[0]);
    QCOMPARE(Qt::Alignment(price.data(Qt::TextAlignmentRole).value<Qt::Alignment>()),
             Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(!model.index(0, ProductTableModel::Sku).data(Qt::TextAlignmentRole).isValid()); // text stays left
    // Table models are flat: nothing below a row.
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void ItemModelsTest::productsSortByNumericPriceNotText()
{
    const store::Store shop = store::Store::openReadOnly(handmade_.toStdString());
    ProductTableModel model;
    model.setProducts(queryProducts(shop).products);
    SearchProxyModel proxy;
    proxy.setSourceModel(&model);

    // As text, "100.00" < "20.00" < "9.50": B, C, A. As numbers: A (9.5), C (20), B (100).
    proxy.sort(ProductTableModel::Price, Qt::AscendingOrder);
    QCOMPARE(columnTexts(proxy, ProductTableModel::Sku), (QStringList{"SKU-A", "SKU-C", "SKU-B"}));
    proxy.sort(ProductTableModel::Price, Qt::DescendingOrder);
    QCOMPARE(columnTexts(proxy, ProductTableModel::Sku), (QStringList{"SKU-B", "SKU-C", "SKU-A"}));
    proxy.sort(ProductTableModel::Listings, Qt::DescendingOrder);
    QCOMPARE(columnTexts(proxy, ProductTableModel::Sku), (QStringList{"SKU-A", "SKU-B", "SKU-C"}));
    proxy.sort(ProductTableModel::Title, Qt::AscendingOrder);
    QCOMPARE(columnTexts(proxy, ProductTableModel::Sku), (QStringList{"SKU-B", "SKU-A", "SKU-C"}));
    // No sort column: the store's order.
    proxy.sort(-1);
    QCOMPARE(columnTexts(proxy, ProductTableModel::Sku), (QStringList{"SKU-A", "SKU-B", "SKU-C"}));
}

void ItemModelsTest::productTitleIsChineseWhenChineseIsActive()
{
    const store::Store shop = store::Store::openReadOnly(handmade_.toStdString());
    ProductTableModel model;
    model.setProducts(queryProducts(shop).products);
    QCOMPARE(model.index(0, ProductTableModel::Title).data().toString(), QStringLiteral("Linen shirt"));
    {
        LocaleScope chinese(Language::SimplifiedChinese);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshTexts();
        QCOMPARE(changed.count(), 1); // views are told to redraw every cell
        QCOMPARE(columnTexts(model, ProductTableModel::Title),
                 (QStringList{QStringLiteral("亚麻衬衫"), QStringLiteral("真皮靴子"), QStringLiteral("羊毛围巾")}));
        // The tooltip carries both titles in either language.
        QVERIFY(model.index(0, ProductTableModel::Title).data(Qt::ToolTipRole).toString().contains("Linen shirt"));
    }
    QCOMPARE(model.index(2, ProductTableModel::Title).data().toString(), QStringLiteral("Wool scarf"));
}

void ItemModelsTest::searchMatchesEveryWordInEitherLanguage()
{
    const store::Store shop = store::Store::openReadOnly(handmade_.toStdString());
    ProductTableModel model;
    model.setProducts(queryProducts(shop).products);
    SearchProxyModel proxy;
    proxy.setSourceModel(&model);

    proxy.setSearchText(QStringLiteral("boots"));
    QCOMPARE(columnTexts(proxy, ProductTableModel::Sku), QStringList{"SKU-B"});
    proxy.setSearchText(QStringLiteral("羊毛")); // Chinese title, while the UI is English
    QCOMPARE(columnTexts(proxy, ProductTableModel::Sku), QStringList{"SKU-C"});
    proxy.setSearchText(QStringLiteral("LINEN  shirt")); // any case, every word
    QCOMPARE(columnTexts(proxy, ProductTableModel::Sku), QStringList{"SKU-A"});
    proxy.setSearchText(QStringLiteral("linen boots"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QStringLiteral("omni")); // brand
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 3);
}

void ItemModelsTest::listingsAndAttributesOfOneProduct()
{
    const store::Store shop = store::Store::openReadOnly(handmade_.toStdString());
    const ProductsData products = queryProducts(shop);
    const ProductDetail detail = queryProductDetail(shop, shop_.productIds[0]);

    ListingTableModel listings;
    listings.setListings(detail.listings, ChannelNames(products.channels));
    QCOMPARE(listings.rowCount(), 2);
    QCOMPARE(columnTexts(listings, ListingTableModel::Channel), (QStringList{"Web shop", "Mobile app"}));
    QCOMPARE(columnTexts(listings, ListingTableModel::Price), (QStringList{"9.00", "11.00"}));
    QCOMPARE(columnTexts(listings, ListingTableModel::Stock), (QStringList{"12", "3"}));
    QCOMPARE(listings.index(1, ListingTableModel::Stock).data(SortRole).toLongLong(), 3);
    {
        LocaleScope chinese(Language::SimplifiedChinese);
        QCOMPARE(columnTexts(listings, ListingTableModel::Channel),
                 (QStringList{QStringLiteral("网店"), QStringLiteral("手机应用")}));
    }

    AttributeTableModel attributes;
    attributes.setAttributes(detail.product->attributes);
    QCOMPARE(columnTexts(attributes, AttributeTableModel::Name), (QStringList{"Colour", "Size"}));
    QCOMPARE(columnTexts(attributes, AttributeTableModel::Value), (QStringList{"blue", "M"}));
    attributes.clear();
    QCOMPARE(attributes.rowCount(), 0);
}

void ItemModelsTest::customerRowsCountAccountsChannelsAndEvents()
{
    const store::Store shop = store::Store::openReadOnly(handmade_.toStdString());
    CustomerTableModel model;
    model.setCustomers(queryCustomers(shop).customers);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(columnTexts(model, CustomerTableModel::Key), (QStringList{"C-1", "C-2", "C-3"}));
    QCOMPARE(columnTexts(model, CustomerTableModel::Name), (QStringList{"Alice", "Bob", "Chen Wei"}));
    QCOMPARE(columnTexts(model, CustomerTableModel::City), (QStringList{"London", "London", QStringLiteral("上海")}));
    QCOMPARE(columnTexts(model, CustomerTableModel::Channels), (QStringList{"2", "1", "0"}));
    QCOMPARE(columnTexts(model, CustomerTableModel::Identities), (QStringList{"2", "1", "0"}));
    QCOMPARE(columnTexts(model, CustomerTableModel::Events), (QStringList{"3", "1", "0"}));
    // Alice's last event is on day 2 at 01:00 UTC; Chen Wei was never seen.
    const int64_t aliceLast = 1780000000 / 86400 * 86400 + 2 * 86400 + 3600;
    QCOMPARE(model.index(0, CustomerTableModel::LastSeen).data().toString(), formatDateTime(aliceLast));
    QCOMPARE(model.index(0, CustomerTableModel::LastSeen).data(SortRole).toLongLong(), aliceLast);
    QCOMPARE(model.index(2, CustomerTableModel::LastSeen).data().toString(), QString());
    QCOMPARE(model.index(1, CustomerTableModel::Events).data(RecordIdRole).toLongLong(), shop_.customerIds[1]);
    QCOMPARE(Qt::Alignment(model.index(0, CustomerTableModel::Events).data(Qt::TextAlignmentRole).value<Qt::Alignment>()),
             Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}

void ItemModelsTest::customersSortByNumbersAndNeverSeenFirst()
{
    const store::Store shop = store::Store::openReadOnly(handmade_.toStdString());
    CustomerTableModel model;
    model.setCustomers(queryCustomers(shop).customers);
    SearchProxyModel proxy;
    proxy.setSourceModel(&model);

    proxy.sort(CustomerTableModel::Events, Qt::DescendingOrder);
    QCOMPARE(columnTexts(proxy, CustomerTableModel::Name), (QStringList{"Alice", "Bob", "Chen Wei"}));
    proxy.sort(CustomerTableModel::LastSeen, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, CustomerTableModel::Name).data().toString(), QStringLiteral("Chen Wei"));
    QCOMPARE(proxy.index(2, CustomerTableModel::Name).data().toString(), QStringLiteral("Alice"));

    proxy.setSearchText(QStringLiteral("上海"));
    QCOMPARE(columnTexts(proxy, CustomerTableModel::Key), QStringList{"C-3"});
}

void ItemModelsTest::identitiesAndEventsOfOneCustomer()
{
    const store::Store shop = store::Store::openReadOnly(handmade_.toStdString());
    const CustomersData customers = queryCustomers(shop);
    const CustomerDetail alice = queryCustomerDetail(shop, shop_.customerIds[0]);

    IdentityTableModel identities;
    identities.setIdentities(alice.identities, ChannelNames(customers.channels));
    QCOMPARE(identities.rowCount(), 2);
    QCOMPARE(columnTexts(identities, IdentityTableModel::Channel), (QStringList{"Web shop", "Mobile app"}));
    QCOMPARE(columnTexts(identities, IdentityTableModel::Account), (QStringList{"alice@web", "alice-app"}));
    QCOMPARE(identities.index(1, IdentityTableModel::FirstSeen).data().toString(), formatDateTime(1780086400));

    EventTableModel events;
    events.setEvents(alice.recentEvents, alice.eventProducts, ChannelNames(customers.channels));
    QCOMPARE(events.rowCount(), 3);
    // Newest first, with the action named and the product titled.
    QCOMPARE(columnTexts(events, EventTableModel::Type), (QStringList{"Purchase", "Add to cart", "View"}));
    QCOMPARE(columnTexts(events, EventTableModel::Product),
             (QStringList{"Linen shirt", "Linen shirt", "Linen shirt"}));
    QVERIFY(events.index(0, EventTableModel::Time).data(SortRole).toLongLong()
            > events.index(2, EventTableModel::Time).data(SortRole).toLongLong());
    {
        LocaleScope chinese(Language::SimplifiedChinese);
        QCOMPARE(events.index(0, EventTableModel::Product).data().toString(), QStringLiteral("亚麻衬衫"));
    }
}

void ItemModelsTest::knowledgeBaseArticles()
{
    const store::Store shop = store::Store::openReadOnly(handmade_.toStdString());
    KbArticleTableModel model;
    model.setArticles(queryKbArticles(shop));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(columnTexts(model, KbArticleTableModel::Topic), (QStringList{"Returns", "Returns"}));
    QCOMPARE(columnTexts(model, KbArticleTableModel::Language), (QStringList{"English", "Chinese"}));
    QCOMPARE(columnTexts(model, KbArticleTableModel::Title),
             (QStringList{"Returning an item", QStringLiteral("退货说明")}));
    QCOMPARE(model.article(1).body, std::string("收货后30天内可退货。"));

    SearchProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSearchText(QStringLiteral("30 days")); // body text is searchable
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(KbArticleTableModel::topicLabel("gift_wrap"), QStringLiteral("gift wrap"));
}

void ItemModelsTest::trainedModelsShowKindStatusAndMetrics()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("models.omni"));
    {
        const store::Store shop = store::Store::open(path.toStdString());
        store::ModelRepository models(shop.db());
        store::ModelRecord older{0, "popularity", 1, "pop-1.pt", R"({"hit@10":0.25,"ndcg@10":0.125})", 1780000000,
                                 false};
        store::ModelRecord newer{0, "popularity", 2, "pop-2.pt", "not json", 1780086400, false};
        models.insert(older);
        models.activate(models.insert(newer));
    }
    const store::Store shop = store::Store::openReadOnly(path.toStdString());
    ModelRecordTableModel model;
    model.setModels(queryModels(shop));
    QCOMPARE(model.rowCount(), 2);
    // Newest first; the active one says so; metrics are read from JSON, other text shown as is.
    QCOMPARE(columnTexts(model, ModelRecordTableModel::Version), (QStringList{"2", "1"}));
    QCOMPARE(columnTexts(model, ModelRecordTableModel::Kind), (QStringList{"Popularity", "Popularity"}));
    QCOMPARE(columnTexts(model, ModelRecordTableModel::Active), (QStringList{"In use", QString()}));
    QCOMPARE(columnTexts(model, ModelRecordTableModel::Metrics),
             (QStringList{"not json", QStringLiteral("hit@10 0.250 · ndcg@10 0.125")}));
    QCOMPARE(model.index(1, ModelRecordTableModel::Created).data().toString(), formatDateTime(1780000000));
}

void ItemModelsTest::headersFollowTheLanguage()
{
    ProductTableModel products;
    QCOMPARE(products.headerData(ProductTableModel::Price, Qt::Horizontal).toString(), QStringLiteral("Price"));
    QCOMPARE(Qt::Alignment(products.headerData(ProductTableModel::Price, Qt::Horizontal, Qt::TextAlignmentRole)
                               .value<Qt::Alignment>()),
             Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    QSignalSpy headers(&products, &QAbstractItemModel::headerDataChanged);
    products.refreshTexts();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(headers.at(0).at(1).toInt(), 0);
    QCOMPARE(headers.at(0).at(2).toInt(), ProductTableModel::ColumnCount - 1);

    // Numbers follow the locale: grouped thousands in English.
    QCOMPARE(formatCount(1234567), QStringLiteral("1,234,567"));
    QCOMPARE(formatPrice(1234.5), QStringLiteral("1,234.50"));
}

void ItemModelsTest::categoryIconsDifferByCategoryAndLanguage()
{
    auto image = [](const QString& category) { return categoryIcon(category).pixmap(32, 32).toImage(); };
    const QImage kitchen = image(QStringLiteral("kitchen"));
    QVERIFY(!kitchen.isNull());
    QCOMPARE(kitchen.size(), QSize(32, 32));
    // The badge's colour says the category: a corner-near pixel of the fill differs by category.
    QVERIFY(kitchen.pixelColor(6, 6) != image(QStringLiteral("beauty")).pixelColor(6, 6));
    QCOMPARE(kitchen.pixelColor(6, 6), image(QStringLiteral("kitchen")).pixelColor(6, 6)); // stable
    QVERIFY(!image(QStringLiteral("a category nobody knows")).isNull());

    // The letter follows the UI language (K in English, 厨 in Chinese): the drawn badge changes.
    LanguageManager languages;
    QVERIFY(languages.setLanguage(Language::SimplifiedChinese));
    const QImage chinese = image(QStringLiteral("kitchen"));
    QVERIFY(languages.setLanguage(Language::English));
    QVERIFY(chinese != kitchen);
    QCOMPARE(image(QStringLiteral("kitchen")), kitchen);
}

QTEST_MAIN(ItemModelsTest)
#include "test_item_models.moc"
