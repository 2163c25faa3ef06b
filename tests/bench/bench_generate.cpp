// SPDX-License-Identifier: GPL-3.0-or-later
// Sample-shop generation speed: per-stage seconds, rows written and rows per second.
//
//   bench_generate [tiny|demo|large] [store-path]
//
// Without a path the shop is written to a fresh file in the system's temporary directory (and
// removed afterwards); a given path must not exist yet or be an empty store. Results and the
// machine they came from go in docs/benchmarks.md, "Sample shop generation".
#include "bench_machine.h"
#include "store/sample_shop.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

using namespace omni;
using namespace omni::bench; // Clock, cpuModel, millisecondsSince

namespace {

struct StageTime {
    std::string name;
    double seconds = 0;
};

int64_t rowsOf(const store::Store& store, const char* sql)
{
    return store.db().queryInt(sql);
}

void removeStore(const std::string& path)
{
    for (const char* suffix : { "", "-wal", "-shm" })
        std::filesystem::remove(path + suffix);
}

} // namespace

int main(int argc, char** argv)
{
    const std::string sizeName = argc > 1 ? argv[1] : "demo";
    const auto size = store::parseSampleShopSize(sizeName);
    if (!size) {
        std::fprintf(stderr, "usage: %s [tiny|demo|large] [store-path]\n", argv[0]);
        return 2;
    }
    const bool temporary = argc <= 2;
    const std::string path = temporary
        ? (std::filesystem::temp_directory_path() / ("omni-bench-" + sizeName + ".omni")).string()
        : argv[2];
    if (temporary)
        removeStore(path);

    std::printf("machine: %s, %u hardware threads\n", cpuModel().c_str(), std::thread::hardware_concurrency());
    std::printf("size: %s, store: %s\n", sizeName.c_str(), path.c_str());

    std::vector<StageTime> stages;
    auto stageStart = Clock::now();
    runtime::JobContext job([&](const runtime::Progress& progress) {
        if (stages.empty() || stages.back().name != progress.stage) {
            const auto now = Clock::now();
            if (!stages.empty()) {
                stages.back().seconds = std::chrono::duration<double>(now - stageStart).count();
                // Printed as it happens, so a long run shows where it is.
                std::printf("  %s: %.2f s\n", stages.back().name.c_str(), stages.back().seconds);
                std::fflush(stdout);
            }
            stages.push_back({ progress.stage, 0 });
            stageStart = now;
        }
    });

    store::SampleShopReport report;
    {
        const store::Store shop = store::Store::open(path);
        store::SampleShopOptions options;
        options.size = *size;
        report = store::generateSampleShop(shop, options, job);
        // The last stage ends with the commit, inside generateSampleShop.
        stages.back().seconds = std::chrono::duration<double>(Clock::now() - stageStart).count();

        // Rows per stage, as the stages write them (review events are written with the reviews).
        const int64_t reviewEvents = rowsOf(shop, "SELECT count(*) FROM events WHERE type = 'review'");
        const std::vector<std::pair<std::string, int64_t>> rows = {
            { "customers", report.counts.customers + report.counts.identities },
            { "catalog",
                report.counts.products + report.counts.listings
                    + rowsOf(shop, "SELECT count(*) FROM product_attributes") },
            { "events", report.counts.events - reviewEvents },
            { "orders", report.counts.orders + rowsOf(shop, "SELECT count(*) FROM order_items") },
            { "reviews", report.counts.reviews + reviewEvents },
            { "knowledge base", report.counts.kbArticles },
            { "daily activity",
                rowsOf(shop, "SELECT count(*) FROM daily_activity")
                    + rowsOf(shop, "SELECT count(*) FROM daily_channel_activity") },
        };
        std::printf("\n%-16s %9s %12s %12s\n", "stage", "seconds", "rows", "rows/s");
        int64_t totalRows = 0;
        for (const StageTime& stage : stages) {
            int64_t stageRows = 0;
            for (const auto& [name, count] : rows)
                if (name == stage.name)
                    stageRows = count;
            totalRows += stageRows;
            std::printf("%-16s %9.2f %12lld %12.0f\n", stage.name.c_str(), stage.seconds,
                static_cast<long long>(stageRows), stage.seconds > 0 ? stageRows / stage.seconds : 0.0);
        }
        std::printf("%-16s %9.2f %12lld %12.0f\n", "total", report.seconds, static_cast<long long>(totalRows),
            totalRows / report.seconds);
        std::printf("\ncustomers %lld, identities %lld, products %lld, listings %lld, events %lld, orders %lld, "
                    "reviews %lld, kb articles %lld\n",
            static_cast<long long>(report.counts.customers), static_cast<long long>(report.counts.identities),
            static_cast<long long>(report.counts.products), static_cast<long long>(report.counts.listings),
            static_cast<long long>(report.counts.events), static_cast<long long>(report.counts.orders),
            static_cast<long long>(report.counts.reviews), static_cast<long long>(report.counts.kbArticles));
    }
    if (temporary) {
        std::printf("store file size: %.1f MB (removed)\n", std::filesystem::file_size(path) / 1e6);
        removeStore(path);
    }
    return 0;
}
