// SPDX-License-Identifier: GPL-3.0-or-later
// Entity extraction in English and Chinese: order numbers (with the spaces and dashes people
// type), products by SKU and by name from the catalog (a generic word names none), sizes,
// colours, dates resolved against the turn's time, amounts; overlaps settled by kind, no false
// positives on ages, units and words that contain a colour. Then the product dictionary on the
// tiny and demo sample shops' real titles, and the time one extraction takes on the demo catalog.
#include "check.h"
#include "tiny_shop.h"

#include "dialogue/entities.h"
#include "store/database.h"
#include "store/product_repository.h"
#include "store/sample/catalog.h"
#include "store/sample/shop_model.h"
#include "store/sample_shop.h"

#include <chrono>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <vector>

using namespace omni;
using omni::dialogue::Entity;
using omni::dialogue::EntityExtractor;
using omni::dialogue::entityKindName;

namespace {

// Monday 2026-11-23 10:00 UTC.
constexpr int64_t kNow = 1795428000;

store::Product product(int64_t id, const char* sku, const char* en, const char* zh, const char* category)
{
    store::Product p;
    p.id = id;
    p.sku = sku;
    p.titleEn = en;
    p.titleZh = zh;
    p.category = category;
    p.brand = std::string(en).substr(0, std::string(en).find(' '));
    return p;
}

// A handmade catalog with the traps: two air fryers, two Bujian running shoes, a hand cream
// ("cream" is a colour), coffee beans ("coffee" is a colour), two Lanxi T-shirts.
const std::vector<store::Product>& tinyCatalog()
{
    static const std::vector<store::Product> catalog = {
        product(1, "SH-000001", "Bujian Men's Running Shoes, Blue", "步简 男士跑步鞋 蓝色", "shoes"),
        product(2, "SH-000002", "Bujian Women's Running Shoes, Black", "步简 女士跑步鞋 黑色", "shoes"),
        product(3, "KT-000003", "Qiaochu Air Fryer 4 L", "巧厨 空气炸锅 4 L", "kitchen"),
        product(4, "KT-000004", "Ember & Oak Air Fryer 5.5 L", "橡火 空气炸锅 5.5 L", "kitchen"),
        product(5, "BT-000005", "Lotus Lab Heritage Hand Cream 30 ml", "莲研 传承系列 护手霜 30 ml", "beauty"),
        product(6, "AP-000006", "Lanxi Men's Cotton T-shirt, White", "蓝溪 男士纯棉T恤 白色", "apparel"),
        product(7, "AP-000007", "Lanxi Women's Cotton T-shirt, Pink", "蓝溪 女士纯棉T恤 粉色", "apparel"),
        product(8, "FD-000008", "Jiangnan Pantry Ethiopia Arabica Coffee Beans 250 g",
            "江南食坊 埃塞俄比亚阿拉比卡咖啡豆 250 g", "food"),
    };
    return catalog;
}

const EntityExtractor& extractor()
{
    static const EntityExtractor instance(tinyCatalog());
    return instance;
}

// "kind:value" for every entity, joined with " | "; also checks each span is the text.
std::string describe(const std::string& message, const std::vector<Entity>& entities)
{
    std::string out;
    size_t previousEnd = 0;
    for (const Entity& entity : entities) {
        OMNI_CHECK(entity.begin < entity.end && entity.end <= message.size());
        OMNI_CHECK(entity.begin >= previousEnd); // in message order, never overlapping
        OMNI_CHECK_EQ(message.substr(entity.begin, entity.end - entity.begin), entity.text);
        previousEnd = entity.end;
        out += (out.empty() ? "" : " | ") + std::string(entityKindName(entity.kind)) + ":" + entity.value;
    }
    return out;
}

struct Case {
    const char* message;
    const char* expected;
};

void checkCases(const std::vector<Case>& cases, int64_t now = kNow)
{
    int failures = 0;
    for (const Case& c : cases) {
        const std::string got = describe(c.message, extractor().extract(c.message, now));
        if (got != c.expected) {
            std::cerr << "  \"" << c.message << "\"\n    got:      " << got << "\n    expected: " << c.expected << "\n";
            ++failures;
        }
    }
    OMNI_CHECK_EQ(failures, 0);
}

} // namespace

OMNI_TEST(order_numbers_in_the_shops_format)
{
    checkCases({
        { "Where is my order SO260403000001?", "order_number:SO260403000001" },
        { "订单号SO260403000001什么时候发货", "order_number:SO260403000001" },
        { "so260403000001 hasn't arrived", "order_number:SO260403000001" },
        { "order so 2604 0300 0001 please", "order_number:SO260403000001" },
        { "SO-260403000001", "order_number:SO260403000001" },
        { "订单号：260403000001", "order_number:SO260403000001" },
        { "call me on 260403000001", "" },               // twelve digits with no order around them
        { "SO26040300000 is my order", "" },             // eleven digits
        { "ALSO260403000001", "" },                      // "SO" inside a word
    });
}

OMNI_TEST(products_by_sku_and_by_name)
{
    checkCases({
        { "Is SH-000001 in stock?", "product:SH-000001" },
        { "is sh000001 in stock", "product:SH-000001" },
        { "Do you have the Qiaochu air fryer in stock?", "product:KT-000003" },
        { "how big is the air fryer", "" }, // two air fryers: naming one would be a guess
        { "巧厨空气炸锅还有货吗", "product:KT-000003" },
        { "空气炸锅多大", "" },
        { "I love this shirt", "" },
        { "My Bujian men's running shoes are too small", "product:SH-000001" },
        { "the Bujian running shoes", "" },
        { "the blue Bujian running shoes", "product:SH-000001" },
        { "步简的女士跑步鞋有几个颜色", "product:SH-000002" },
        { "Do you sell hand cream?", "product:BT-000005" }, // one hand cream, and "cream" is no colour here
        { "coffee beans from Ethiopia", "product:FD-000008" }, // "coffee" is no colour here either
        { "蓝溪 女士纯棉T恤 粉色", "product:AP-000007" },
        { "纯棉T恤", "" },
        { "the Qiaochu air fryer and the Lotus Lab hand cream", "product:KT-000003 | product:BT-000005" },
    });
}

OMNI_TEST(sizes_letters_shoes_and_kids)
{
    checkCases({
        { "Can I exchange it for size M?", "size:M" },
        { "I need XL", "size:XL" },
        { "do you have xxl", "size:XXL" },
        { "我要换M码", "size:M" },
        { "有没有中码", "size:M" },
        { "EU 38 please", "size:EU38" },
        { "38码的鞋子", "size:EU38" },
        { "换成40 码", "size:EU40" },
        { "size 42", "size:EU42" },
        { "kids 120cm", "size:120cm" },
        { "120码的童装", "size:120cm" },
        { "I'm 38 years old", "" },
        { "I'm happy", "" },
        { "it holds 2 L of water", "" },
        { "m", "" },
    });
}

OMNI_TEST(colours_english_and_chinese_to_the_english_key)
{
    checkCases({
        { "Do you have it in red?", "colour:red" },
        { "有没有黑色的", "colour:black" },
        { "我想要红的", "colour:red" },
        { "navy or light blue?", "colour:navy | colour:light blue" },
        { "Gray please", "colour:grey" },
        { "浅蓝色还有吗", "colour:light blue" },
        { "大米色泽很好", "" }, // 米色 across two words
        { "is this a red carpet event", "colour:red" },
        { "网红的推荐", "" },
    });
}

OMNI_TEST(dates_absolute_and_relative)
{
    checkCases({
        { "I ordered on 2026-11-20", "date:2026-11-20" },
        { "ordered 11/20", "date:2026-11-20" },
        { "since Nov 20", "date:2026-11-20" },
        { "on 20 November", "date:2026-11-20" },
        { "on November 20th, 2025", "date:2025-11-20" },
        { "11月20日下的单", "date:2026-11-20" },
        { "11月20号", "date:2026-11-20" },
        { "2026年11月3日", "date:2026-11-03" },
        { "yesterday", "date:2026-11-22" },
        { "昨天买的", "date:2026-11-22" },
        { "前天", "date:2026-11-21" },
        { "today", "date:2026-11-23" },
        { "the day before yesterday", "date:2026-11-21" },
        { "上周五下单的", "date:2026-11-20" },
        { "last Friday", "date:2026-11-20" },
        { "3 days ago", "date:2026-11-20" },
        { "三天前", "date:2026-11-20" },
        { "20号下的单", "date:2026-11-20" },
        { "12/28", "date:2026-12-28" },
        { "2 weeks ago", "date:2026-11-09" },
        { "两周前买的", "date:2026-11-09" },
        { "上周末", "date:2026-11-21" },
        { "上周买的", "date:2026-11-16" },
        { "2026-02-30", "" }, // no such day
    });
    // Early January: a December date without a year is last December.
    checkCases({ { "12/28", "date:2026-12-28" }, { "yesterday", "date:2027-01-04" } }, 1799143200); // 2027-01-05
}

OMNI_TEST(amounts_with_a_currency)
{
    checkCases({
        { "refund ¥199?", "amount:199.00" },
        { "199元", "amount:199.00" },
        { "199.5块", "amount:199.50" },
        { "RMB 1,299", "amount:1299.00" },
        { "it cost 89 yuan", "amount:89.00" },
        { "89.9 CNY", "amount:89.90" },
        { "满199减20元", "amount:20.00" }, // 199 has no currency
        { "￥59.9一件", "amount:59.90" },
        { "$25 shipping?", "amount:25.00" },
        { "退我99块钱", "amount:99.00" },
        { "RMB199", "amount:199.00" },
        { "I paid 199", "" },
    });
}

OMNI_TEST(everyday_numbers_and_words_are_no_entities)
{
    checkCases({
        { "I have 2 kids aged 5 and 7", "" },
        { "my phone is 13812345678", "" },
        { "Is it 100% cotton?", "" },
        { "Can I return it within 7 days?", "" },
        { "I'm a gold member, any discount?", "" },
        { "we live on the 3rd floor", "" },
        { "我今年38岁", "" },
        { "在3号线地铁站附近", "" },
        { "618活动什么时候开始", "" },
        { "may I ask a question", "" },
        { "So I waited and waited", "" },
    });
}

OMNI_TEST(mixed_messages_settle_overlaps_by_kind)
{
    checkCases({
        { "Order SO260403000001 was 199元", "order_number:SO260403000001 | amount:199.00" },
        { "订单SO260403000001，11月20日买的红色T恤，M码，退款199元",
            "order_number:SO260403000001 | date:2026-11-20 | colour:red | size:M | amount:199.00" },
        { "I'm 38 and order SO260403000001 cost ¥38", "order_number:SO260403000001 | amount:38.00" },
        { "Exchange my Qiaochu air fryer bought yesterday, I paid 299 yuan",
            "product:KT-000003 | date:2026-11-22 | amount:299.00" },
        { "Lanxi Women's Cotton T-shirt in size L, white", "product:AP-000007 | size:L | colour:white" },
        { "", "" },
    });
}

OMNI_TEST(any_bytes_give_valid_spans)
{
    // Broken UTF-8, lone prefixes and a long message: spans stay inside the text and in order.
    std::vector<std::string> messages = { "\xE8\xAE", "SO", "so ", "¥", "11月", "EU", "\xFF\xFEred\xE4",
        std::string("SO2604\0" "03000001", 15), "size", "上周", "2026-", "1,", "Nov", "订单号" };
    std::string longMessage;
    for (int i = 0; i < 300; ++i)
        longMessage += "订单SO260403000001 red 红色 M码 ¥199 11/20 Qiaochu air fryer ";
    messages.push_back(longMessage);
    uint32_t seed = 12345;
    for (int i = 0; i < 200; ++i) {
        std::string noise;
        for (int k = 0; k < 40; ++k) {
            seed = seed * 1103515245u + 12345u;
            noise += static_cast<char>((seed >> 16) & 0xFF);
        }
        messages.push_back(noise);
    }
    for (const std::string& message : messages)
        describe(message, extractor().extract(message, kNow)); // checks every span
    OMNI_CHECK(extractor().extract(longMessage, kNow).size() > 1000);
}

OMNI_TEST(one_extractor_serves_several_threads)
{
    const std::vector<std::string> messages = { "订单SO260403000001，11月20日买的红色T恤，M码，退款199元",
        "the Qiaochu air fryer and the Lotus Lab hand cream", "Lanxi Women's Cotton T-shirt in size L, white",
        "巧厨空气炸锅还有货吗", "上周五下单的，浅蓝色还有吗" };
    std::vector<std::string> expected;
    for (const std::string& message : messages)
        expected.push_back(describe(message, extractor().extract(message, kNow)));
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (size_t t = 0; t < mismatches.size(); ++t)
        threads.emplace_back([&, t] {
            for (int round = 0; round < 200; ++round)
                for (size_t m = 0; m < messages.size(); ++m) {
                    std::string got;
                    for (const Entity& entity : extractor().extract(messages[m], kNow))
                        got += (got.empty() ? "" : " | ") + std::string(entityKindName(entity.kind)) + ":" + entity.value;
                    mismatches[t] += got != expected[m];
                }
        });
    for (std::thread& thread : threads)
        thread.join();
    for (int count : mismatches)
        OMNI_CHECK_EQ(count, 0);
}

OMNI_TEST(every_title_of_the_sample_shop_names_its_product)
{
    store::Store shop = omni::test::tinyShopInMemory();
    store::ProductRepository repository(shop.db());
    std::vector<store::Product> catalog;
    for (const store::ProductSummary& summary : repository.listSummaries())
        catalog.push_back(summary.product);
    OMNI_CHECK(catalog.size() > 50);
    const EntityExtractor sample(catalog);
    int en = 0, zh = 0;
    for (const store::Product& p : catalog) {
        // Titles that another product shares word for word cannot name one product.
        bool unique = true;
        for (const store::Product& other : catalog)
            unique = unique && (other.id == p.id || (other.titleEn != p.titleEn && other.titleZh != p.titleZh));
        if (!unique)
            continue;
        for (const std::string& message : { "Is the " + p.titleEn + " still available?", p.titleZh + "还有货吗？" }) {
            const std::vector<Entity> entities = sample.extract(message, kNow);
            bool found = false;
            for (const Entity& entity : entities)
                found = found || (entity.kind == dialogue::EntityKind::Product && entity.productId == p.id
                                     && entity.value == p.sku);
            if (!found)
                std::cerr << "  no product " << p.sku << " in \"" << message << "\"\n";
            OMNI_CHECK(found);
            (message.front() == 'I' ? en : zh) += found;
        }
    }
    OMNI_CHECK(en > 50 && zh > 50);
    // Words most titles share name no product.
    for (const char* generic : { "I want a T-shirt", "do you have shoes", "我想买鞋", "有没有面膜", "air fryer" }) {
        bool product = false;
        for (const Entity& entity : sample.extract(generic, kNow))
            product = product || entity.kind == dialogue::EntityKind::Product;
        OMNI_CHECK(!product);
    }
}

// The demo shop's catalog (the README's first start, ~3,000 products), written by the sample
// generator with the demo's size and seed into an in-memory store: the product ids and SKUs are
// the ones the default conversation suites name.
const std::vector<store::Product>& demoCatalog()
{
    static const std::vector<store::Product> catalog = [] {
        const store::Store shop = store::Store::open(":memory:");
        const store::SampleShopOptions options; // the demo's seed and period
        store::sample::Period period;
        period.end = options.endTs;
        period.days = options.days;
        period.start = options.endTs - static_cast<int64_t>(options.days) * store::sample::kDay;
        {
            store::Transaction transaction(shop.db());
            store::ProductRepository repository(shop.db());
            store::sample::writeCatalog(repository, store::sample::sampleSizeProfile(store::SampleShopSize::Demo).products,
                period, options.seed, [](int) {});
            transaction.commit();
        }
        std::vector<store::Product> products;
        for (const store::ProductSummary& summary : store::ProductRepository(shop.db()).listSummaries())
            products.push_back(summary.product);
        return products;
    }();
    return catalog;
}

OMNI_TEST(the_demo_catalogs_titles_name_their_products)
{
    const std::vector<store::Product>& catalog = demoCatalog();
    OMNI_CHECK(catalog.size() > 2000);
    const EntityExtractor demo(catalog);
    auto productIn = [&](const std::string& message) {
        for (const Entity& entity : demo.extract(message, kNow))
            if (entity.kind == dialogue::EntityKind::Product)
                return entity.value;
        return std::string();
    };
    // What the default suites ask.
    OMNI_CHECK_EQ(productIn("Do you have Shengbo Noise-cancelling Wireless Earbuds, Black in stock?"), std::string("EL-002716"));
    OMNI_CHECK_EQ(productIn("声波 无线降噪耳机 黑色有货吗"), std::string("EL-002716"));
    OMNI_CHECK_EQ(productIn("How much is EL-002716?"), std::string("EL-002716"));
    // Every title no other product shares names its product, in both languages (a sample of 300).
    std::map<std::string, int> titles;
    for (const store::Product& p : catalog)
        ++titles[p.titleEn], ++titles[p.titleZh];
    int tried = 0, named = 0;
    for (size_t i = 0; i < catalog.size(); i += catalog.size() / 300) {
        const store::Product& p = catalog[i];
        if (titles[p.titleEn] > 1 || titles[p.titleZh] > 1)
            continue;
        for (const std::string& message : { "Is the " + p.titleEn + " in stock?", "请问" + p.titleZh + "还有货吗" }) {
            ++tried;
            const bool ok = productIn(message) == p.sku;
            if (!ok)
                std::cerr << "  no " << p.sku << " in \"" << message << "\"\n";
            named += ok;
        }
    }
    OMNI_CHECK(tried > 200);
    OMNI_CHECK_EQ(named, tried);
    // Shengbo sells many noise-cancelling earbuds, several of them white: brand and type name none.
    OMNI_CHECK_EQ(productIn("Do the Shengbo noise-cancelling earbuds come in white?"), std::string());
    OMNI_CHECK_EQ(productIn("声波降噪耳机有白色的吗"), std::string());
}

OMNI_TEST(extraction_takes_well_under_a_millisecond)
{
    const EntityExtractor demo(demoCatalog());
    const std::vector<store::Product>& catalog = demoCatalog();
    const std::vector<std::string> messages = { "Where is my order SO260403000001? I paid ¥199 on Nov 20",
        "订单SO260403000001，11月20日买的红色T恤，M码，退款199元",
        "Is the " + catalog[3].titleEn + " available in XL and black?", catalog[5].titleZh + "有38码吗，昨天看还有",
        "can I exchange it for a bigger size", "我要投诉，快递员态度太差了" };
    const int rounds = 200;
    size_t found = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int r = 0; r < rounds; ++r)
        for (const std::string& message : messages)
            found += demo.extract(message, kNow).size();
    const double micros = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count()
        / (rounds * messages.size());
    std::cerr << "  extract on the demo catalog (" << catalog.size() << " products): " << micros << " us per message\n";
    OMNI_CHECK(found > 0);
    OMNI_CHECK(micros < 1000.0);
}
