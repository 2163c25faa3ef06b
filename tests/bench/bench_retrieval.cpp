// SPDX-License-Identifier: GPL-3.0-or-later
// How long the bot's entity extraction and knowledge-base retrieval take: building the product
// dictionary from catalogs of the three sample sizes (written into an in-memory store by the
// sample generator), extracting entities from a mixed set of English and Chinese messages (p50 and
// p95 per message; how many products whose title no other product shares are named by their own
// title, English and Chinese), and retrieving articles from the default knowledge base.
// Usage: bench_retrieval (BENCH_VERBOSE=1 lists the titles that named no product or the wrong one)
#include "bench_machine.h"

#include "dialogue/entities.h"
#include "dialogue/kb_retrieval.h"
#include "store/database.h"
#include "store/product_repository.h"
#include "store/sample/catalog.h"
#include "store/sample/knowledge_base.h"
#include "store/store.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

using namespace omni;
using omni::bench::Clock;

namespace {

std::vector<store::Product> sampleCatalog(int products)
{
    const store::Store shop = store::Store::open(":memory:");
    store::sample::Period period;
    period.end = 1790726400;
    period.days = 180;
    period.start = period.end - 180 * store::sample::kDay;
    {
        store::Transaction transaction(shop.db());
        store::ProductRepository repository(shop.db());
        store::sample::writeCatalog(repository, products, period, 20260101, [](int) {});
        transaction.commit();
    }
    std::vector<store::Product> catalog;
    for (const store::ProductSummary& summary : store::ProductRepository(shop.db()).listSummaries())
        catalog.push_back(summary.product);
    return catalog;
}

struct Percentiles {
    double p50 = 0, p95 = 0;
};

// Microseconds per call over rounds of every input.
template <typename Work>
Percentiles time(const std::vector<std::string>& inputs, int rounds, Work work)
{
    std::vector<double> micros;
    for (int r = 0; r < rounds; ++r)
        for (const std::string& input : inputs) {
            const auto start = Clock::now();
            work(input);
            micros.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
        }
    std::sort(micros.begin(), micros.end());
    return { micros[micros.size() / 2], micros[micros.size() * 95 / 100] };
}

} // namespace

int main()
{
    omni::bench::printMachine();
    const int64_t now = 1795428000; // 2026-11-23 10:00 UTC
    std::printf("\n| catalog | products | build extractor (ms) | extract p50 (us) | extract p95 (us) | unique title names it |\n"
                "| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (const auto& [name, count] : { std::pair<const char*, int>{ "tiny", 120 }, { "demo", 3000 }, { "large", 50000 } }) {
        const std::vector<store::Product> catalog = sampleCatalog(count);
        const auto start = Clock::now();
        const dialogue::EntityExtractor extractor(catalog);
        const double buildMs = omni::bench::millisecondsSince(start);
        std::vector<std::string> messages = { "Where is my order SO260403000001? I paid ¥199 on Nov 20",
            "订单SO260403000001，11月20日买的红色T恤，M码，退款199元", "can I exchange it for size XL in black?",
            "我想退货，昨天收到的，38码太小了", "hello", "I want to complain, the parcel arrived damaged" };
        for (size_t i = 0; i < catalog.size(); i += catalog.size() / 6 + 1) {
            messages.push_back("Is the " + catalog[i].titleEn + " in stock in size M?");
            messages.push_back(catalog[i].titleZh + "还有货吗");
        }
        size_t found = 0;
        const Percentiles p = time(messages, 200, [&](const std::string& m) { found += extractor.extract(m, now).size(); });
        // How often a product's unique title names it (titles that several products share cannot).
        std::map<std::string, int> titles;
        for (const store::Product& product : catalog)
            ++titles[product.titleEn], ++titles[product.titleZh];
        int named = 0, tried = 0;
        for (size_t i = 0; i < catalog.size(); i += std::max<size_t>(1, catalog.size() / 400))
            for (const std::string& m : { "Is the " + catalog[i].titleEn + " in stock?", catalog[i].titleZh + "还有货吗" }) {
                if (titles[catalog[i].titleEn] > 1 || titles[catalog[i].titleZh] > 1)
                    continue;
                ++tried;
                bool ok = false;
                std::string got;
                for (const dialogue::Entity& e : extractor.extract(m, now)) {
                    ok = ok || e.productId == catalog[i].id;
                    if (e.kind == dialogue::EntityKind::Product)
                        got += e.value + " [" + e.text + "] ";
                }
                named += ok;
                if (!ok && std::getenv("BENCH_VERBOSE"))
                    std::printf("  missed %s in \"%s\": %s\n", catalog[i].sku.c_str(), m.c_str(), got.c_str());
            }
        std::printf("| %s | %zu | %.1f | %.1f | %.1f | %d / %d |\n", name, catalog.size(), buildMs, p.p50, p.p95, named,
            tried);
        if (found == 0)
            std::printf("(no entities found: the bench is broken)\n");
    }

    const std::vector<store::KbArticle> articles
        = store::sample::parseKbTsv(store::sample::defaultKbTsv(), "resources/kb/default_kb.tsv");
    const auto start = Clock::now();
    const dialogue::KbRetriever retriever(articles);
    const double buildMs = omni::bench::millisecondsSince(start);
    const std::vector<std::string> queries = { "how long does delivery take", "is shipping free?",
        "I want to return these shoes and get my money back", "can I use two coupons on one order",
        "怎么退货", "多久能送到，运费多少", "优惠券能叠加吗", "收到的商品破损了，我要投诉", "怎么注销账户" };
    dialogue::IntentPrediction intent;
    intent.ranked = { { dialogue::Intent::ReturnRefund, 0.6 }, { dialogue::Intent::ShippingTime, 0.3 },
        { dialogue::Intent::Promotion, 0.1 } };
    size_t found = 0;
    const Percentiles retrieve = time(queries, 500, [&](const std::string& q) {
        found += retriever.retrieve(q, q[0] & 0x80 ? "zh" : "en", &intent, 3).size();
    });
    const Percentiles line = time(queries, 500, [&](const std::string& q) {
        const auto top = retriever.retrieve(q, q[0] & 0x80 ? "zh" : "en", &intent, 1);
        if (!top.empty())
            found += retriever.bestLine(top.front().articleId, q).size();
    });
    std::printf("\n| knowledge base (%zu articles) | p50 (us) | p95 (us) |\n| --- | ---: | ---: |\n", articles.size());
    std::printf("| build the index: %.2f ms | | |\n", buildMs);
    std::printf("| retrieve top 3 with the intent | %.1f | %.1f |\n", retrieve.p50, retrieve.p95);
    std::printf("| retrieve top 1 + best line | %.1f | %.1f |\n", line.p50, line.p95);
    return found > 0 ? 0 : 1;
}
