// SPDX-License-Identifier: GPL-3.0-or-later
// Top-20 for one customer over a 50 000-product catalogue, excluding what the customer bought:
// the time the Customers page waits for a list (target: under 10 ms on a 2-core CPU).
//
//   bench_recommend [--store STORE] [--kinds popularity,itemknn,bpr,sasrec] [--customers N]
//                   [--epochs N] [--threads N] [--batch 1,32,256]
//
// Without --store it writes a synthetic shop into a temporary file: 50 000 products (40
// categories, 400 brands, five price bands, titles from a small vocabulary), 10 000 customers
// with 20 to 80 interactions each (views, add-to-carts, purchases; tastes concentrated on a few
// categories), orders for the purchases. Each model is trained on it (neural models for --epochs,
// default 1: inference time does not depend on how well it learned), then N random customers
// (seeded) are asked for a top-20, exactly as RecommendationEngine::recommendForCustomer does for
// the UI: their history read from the store, scored, bought items masked, the top picked, cold-start
// places filled, reasons made. Printed: per call median, 90th percentile and worst, and the part
// spent reading the history (median), and the median of the same call without cold-start places.
// With --batch, every customer of the store is then scored into the recommendations table once per
// listed batch size (BatchScoringOptions::customersPerBatch), as `omniconsole-cli recommend --all`
// does, and the time per customer printed.
// Results go in docs/benchmarks.md, "Recommendation speed".
#include "bench_machine.h"
#include "recsys/batch_scoring.h"
#include "recsys/model_factory.h"
#include "recsys/recommendation_engine.h"
#include "recsys/store_training.h"
#include "runtime/device.h"
#include "store/customer_repository.h"
#include "store/event_repository.h"
#include "store/order_repository.h"
#include "store/product_repository.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

using namespace omni;
using namespace omni::bench; // Clock, cpuModel, millisecondsSince

namespace {

// A believable 50k-product shop, quickly: one transaction, repositories as the importer uses them.
void writeSyntheticShop(const store::Store& shop)
{
    constexpr int kProducts = 50000;
    constexpr int kCustomers = 10000;
    constexpr int kCategories = 40;
    const char* nouns[] = {"mug", "shirt", "lamp", "kettle", "scarf", "cream", "serum", "bag", "shoe", "chair",
                           "pen", "towel", "plate", "jacket", "watch", "cable", "charger", "toy", "book", "tea"};
    const char* adjectives[] = {"classic", "urban", "linen", "steel", "silk", "organic", "smart", "compact",
                                "deluxe", "travel", "cotton", "ceramic", "matte", "bright", "soft", "eco"};
    std::mt19937 rng(2026);
    store::Transaction transaction(shop.db());
    store::ProductRepository products(shop.db());
    std::vector<int64_t> productIds;
    std::vector<std::vector<int64_t>> byCategory(kCategories);
    for (int i = 0; i < kProducts; ++i) {
        store::Product product;
        product.sku = "P" + std::to_string(i);
        const int category = static_cast<int>(rng() % kCategories);
        product.category = "category-" + std::to_string(category);
        product.brand = "brand-" + std::to_string(rng() % 400);
        product.titleEn = std::string(adjectives[rng() % 16]) + " " + adjectives[rng() % 16] + " " + nouns[rng() % 20] +
                          " " + std::to_string(i % 97);
        product.price = 1.0 + static_cast<double>(rng() % 50000) / 100.0;
        productIds.push_back(products.insert(product));
        byCategory[static_cast<size_t>(category)].push_back(productIds.back());
    }
    store::CustomerRepository customers(shop.db());
    store::EventRepository events(shop.db());
    store::OrderRepository orders(shop.db());
    // Popularity within a category is skewed (a few items sell most), as in real shops.
    auto pick = [&](int category) {
        const auto& members = byCategory[static_cast<size_t>(category)];
        const double u = std::uniform_real_distribution<double>(0, 1)(rng);
        return members[static_cast<size_t>(u * u * u * static_cast<double>(members.size()))];
    };
    int64_t serial = 0;
    for (int c = 0; c < kCustomers; ++c) {
        store::Customer customer;
        customer.customerKey = "C" + std::to_string(c);
        customer.createdAt = 1780000000;
        const int64_t customerId = customers.insert(customer);
        const int favourite[3] = {static_cast<int>(rng() % kCategories), static_cast<int>(rng() % kCategories),
                                  static_cast<int>(rng() % kCategories)};
        const int interactions = 20 + static_cast<int>(rng() % 61);
        int64_t ts = 1780000000 + static_cast<int64_t>(rng() % 1000000);
        for (int i = 0; i < interactions; ++i) {
            const int category = rng() % 10 < 8 ? favourite[rng() % 3] : static_cast<int>(rng() % kCategories);
            store::Event event;
            event.customerId = customerId;
            event.channelCode = i % 3 == 0 ? "app" : "web";
            event.productId = pick(category);
            event.ts = (ts += 60 + static_cast<int64_t>(rng() % 7200));
            const unsigned roll = rng() % 10;
            event.type = roll < 7 ? store::EventType::View : roll < 9 ? store::EventType::AddToCart
                                                                        : store::EventType::Purchase;
            events.insert(event);
            if (event.type == store::EventType::Purchase) {
                store::Order order;
                order.orderKey = "O" + std::to_string(++serial);
                order.customerId = customerId;
                order.channelCode = event.channelCode;
                order.ts = event.ts;
                order.items.push_back({*event.productId, 1, 10.0});
                orders.insert(order);
            }
        }
    }
    transaction.commit();
}

struct Timings {
    std::vector<double> total;
    std::vector<double> history;
    std::vector<double> warmOnly; // the same call without cold-start places
};

double percentile(std::vector<double> values, double share)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<size_t>(share * static_cast<double>(values.size())))];
}

std::vector<std::string> split(const std::string& text)
{
    std::vector<std::string> parts;
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, ','))
        if (!part.empty())
            parts.push_back(part);
    return parts;
}

} // namespace

int main(int argc, char** argv)
{
    std::string storePath;
    std::string kinds = "popularity,itemknn,bpr,sasrec";
    int customers = 300;
    int epochs = 1;
    int threads = 0;
    std::string batchSizes;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        const std::string value = argv[i + 1];
        if (flag == "--store")
            storePath = value;
        else if (flag == "--kinds")
            kinds = value;
        else if (flag == "--customers")
            customers = std::stoi(value);
        else if (flag == "--epochs")
            epochs = std::stoi(value);
        else if (flag == "--threads")
            threads = std::stoi(value);
        else if (flag == "--batch")
            batchSizes = value;
        else {
            std::fprintf(stderr, "usage: %s [--store STORE] [--kinds K,...] [--customers N] [--epochs N] [--threads N]"
                         " [--batch N,...]\n",
                         argv[0]);
            return 2;
        }
    }
    if (threads > 0)
        runtime::setCpuThreads(threads);
    std::printf("machine: %u hardware threads, %s\n", std::thread::hardware_concurrency(), cpuModel().c_str());

    const bool temporary = storePath.empty();
    if (temporary) {
        storePath = (std::filesystem::temp_directory_path() / ("bench_recommend_" + std::to_string(::getpid()) + ".omni"))
                        .string();
        const auto started = Clock::now();
        writeSyntheticShop(store::Store::open(storePath));
        std::printf("synthetic shop written in %.1f s\n", millisecondsSince(started) / 1000.0);
    }
    {
        const store::Store shop = store::Store::open(storePath);
        const store::TableCounts counts = shop.counts();
        std::printf("store: %lld products, %lld customers, %lld events, %lld orders\n",
                    static_cast<long long>(counts.products), static_cast<long long>(counts.customers),
                    static_cast<long long>(counts.events), static_cast<long long>(counts.orders));
        const int64_t customerCount = counts.customers;

        std::printf("\n%-11s %9s %9s %10s %10s %10s %10s %12s %14s\n", "model", "train s", "load ms", "median ms",
                    "p90 ms", "worst ms", "mean ms", "history ms", "no-cold ms");
        for (const std::string& kind : split(kinds)) {
            if (!recsys::isRecommenderKind(kind)) {
                std::printf("%-11s not in this build\n", kind.c_str());
                continue;
            }
            recsys::StoreTrainingOptions options;
            options.experiment.kind = kind;
            options.experiment.train.hyper = recsys::defaultHyperparameters(kind);
            if (kind == "bpr" || kind == "sasrec")
                options.experiment.train.hyper.epochs = epochs;
            options.experiment.train.device = runtime::DevicePreference::Cpu;
            options.experiment.split.maxEvaluationUsers = 500; // quick evaluation; the figures are not the point
            options.refitOnAllInteractions = false;
            const auto trainStarted = Clock::now();
            const recsys::StoreTrainingResult trained = recsys::trainOnStore(shop, options, runtime::JobContext());
            const double trainSeconds = millisecondsSince(trainStarted) / 1000.0;
            const auto loadStarted = Clock::now();
            const recsys::RecommendationEngine engine(shop, trained.file);
            const double loadMs = millisecondsSince(loadStarted);

            recsys::EngineOptions engineOptions; // k = 20, bought items excluded, 2 cold-start places
            std::mt19937 rng(7);
            Timings timings;
            for (int warmup = 0; warmup < 5; ++warmup)
                engine.recommendForCustomer(1 + static_cast<int64_t>(rng() % customerCount), engineOptions);
            size_t listed = 0;
            for (int i = 0; i < customers; ++i) {
                const int64_t customer = 1 + static_cast<int64_t>(rng() % customerCount);
                const auto historyStarted = Clock::now();
                const recsys::ProductHistory history =
                    recsys::loadCustomerHistory(shop, customer, engine.interactionOptions());
                timings.history.push_back(millisecondsSince(historyStarted));
                (void)history;
                const auto started = Clock::now();
                listed += engine.recommendForCustomer(customer, engineOptions).size();
                timings.total.push_back(millisecondsSince(started));
                recsys::EngineOptions warmOptions = engineOptions;
                warmOptions.coldStartSlots = 0;
                const auto warmStarted = Clock::now();
                engine.recommendForCustomer(customer, warmOptions);
                timings.warmOnly.push_back(millisecondsSince(warmStarted));
            }
            double mean = 0;
            for (const double t : timings.total)
                mean += t / static_cast<double>(timings.total.size());
            std::printf("%-11s %9.1f %9.1f %10.2f %10.2f %10.2f %10.2f %12.2f %14.2f   (%zu items listed)\n",
                        kind.c_str(), trainSeconds, loadMs, percentile(timings.total, 0.5),
                        percentile(timings.total, 0.9), percentile(timings.total, 1.0), mean,
                        percentile(timings.history, 0.5), percentile(timings.warmOnly, 0.5), listed);
            std::fflush(stdout);
            for (const std::string& size : split(batchSizes)) {
                recsys::BatchScoringOptions batch;
                batch.engine = engineOptions;
                batch.customersPerBatch = static_cast<size_t>(std::stoul(size));
                const recsys::BatchScoringReport report =
                    recsys::scoreAllCustomers(shop, engine, trained.modelId, batch, runtime::JobContext());
                const double perCustomerMs = 1000.0 * report.seconds / static_cast<double>(report.customers);
                std::printf("  batch scoring, %4s per batch: %lld customers in %.1f s (%.1f s computing lists), "
                            "%.2f ms per customer\n",
                            size.c_str(), static_cast<long long>(report.customers), report.seconds,
                            report.scoringSeconds, perCustomerMs);
                std::fflush(stdout);
            }
        }
    }
    if (temporary) {
        const std::string modelDir = storePath + ".models";
        std::filesystem::remove_all(modelDir);
        for (const char* suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(storePath + suffix);
    }
    return 0;
}
