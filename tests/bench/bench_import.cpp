// SPDX-License-Identifier: GPL-3.0-or-later
// Import speed: writes customers and products CSVs, then an events CSV of N rows (default one
// million) referencing them, imports all three into a fresh store and prints rows per second.
// The events figure includes the CSV parsing, the customer/sku lookups, the inserts with their
// three indices, and the rebuild of the daily activity, all in one transaction.
//
//   bench_import [ROWS] [WORK_DIR]      (WORK_DIR defaults to a new folder under /tmp, removed after)
#include "io/exporter.h"
#include "io/importer.h"
#include "runtime/job.h"
#include "store/store.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kCustomers = 20000;
constexpr int kProducts = 3000;
constexpr int64_t kStartTs = 1775001600; // 2026-04-01T00:00:00Z
constexpr int kDays = 180;

// A fixed linear congruential generator: the same file on every machine and run.
struct Lcg {
    uint64_t state = 20260101;
    uint32_t next()
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<uint32_t>(state >> 33);
    }
    uint32_t below(uint32_t bound) { return next() % bound; }
};

std::string cpuModel()
{
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("model name", 0) == 0)
            return line.substr(line.find(':') + 2);
    return "unknown CPU";
}

void writeCustomers(const std::string& path)
{
    std::ofstream out(path);
    out << "channel,external_id,customer_key,name,email,city,created_at\n";
    for (int i = 0; i < kCustomers; ++i) {
        const std::string key = "K" + std::to_string(i);
        out << "web,w" << i << "," << key << ",Customer " << i << ",c" << i << "@example.com,Hangzhou,"
            << kStartTs - 86400 << "\n";
        out << "app,a" << i << "," << key << ",Customer " << i << ",,,\n";
    }
}

void writeProducts(const std::string& path)
{
    std::ofstream out(path);
    out << "sku,title_en,price,category,attr_colour\n";
    for (int i = 0; i < kProducts; ++i)
        out << "P" << i << ",\"Product " << i << ", standard\"," << (5 + i % 200) << ".5,cat" << i % 40 << ",c"
            << i % 7 << "\n";
}

void writeEvents(const std::string& path, int64_t rows)
{
    static const char* const kTypes[] = {"view", "view", "view", "view", "click", "click",
                                         "search", "add_to_cart", "purchase", "review"};
    Lcg random;
    std::ofstream out(path);
    out << "channel,external_id,type,ts,session_id,sku,dwell_ms,query\n";
    const int64_t span = int64_t(kDays) * 86400;
    for (int64_t i = 0; i < rows; ++i) {
        const uint32_t customer = random.below(kCustomers);
        const bool web = random.below(2) == 0;
        const char* type = kTypes[random.below(10)];
        const int64_t ts = kStartTs + i * span / rows;
        out << (web ? "web,w" : "app,a") << customer << "," << type << "," << ts << ",s" << customer << "-"
            << ts / 3600 << ",";
        if (type[0] == 's')
            out << ",0,\"linen shirt, white\"\n";
        else
            out << "P" << random.below(kProducts) << "," << random.below(60000) << ",\n";
    }
}

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

} // namespace

int main(int argc, char** argv)
{
    const int64_t rows = argc > 1 ? std::atoll(argv[1]) : 1000000;
    const bool ownDir = argc <= 2;
    const std::filesystem::path dir =
        ownDir ? std::filesystem::temp_directory_path() / ("omni-bench-import-" + std::to_string(::getpid()))
               : std::filesystem::path(argv[2]);
    std::filesystem::create_directories(dir);
    std::printf("machine: %u hardware threads, %s\n", std::thread::hardware_concurrency(), cpuModel().c_str());

    const std::string customers = (dir / "customers.csv").string();
    const std::string products = (dir / "products.csv").string();
    const std::string events = (dir / "events.csv").string();
    auto started = Clock::now();
    writeCustomers(customers);
    writeProducts(products);
    writeEvents(events, rows);
    std::printf("wrote the CSV files in %.2f s (events.csv: %.1f MB)\n", seconds(started),
                static_cast<double>(std::filesystem::file_size(events)) / 1e6);

    const std::string storePath = (dir / "bench.omni").string();
    std::filesystem::remove(storePath);
    const omni::store::Store store = omni::store::Store::open(storePath);
    auto import = [&](omni::io::ImportKind kind, const std::string& path, const omni::runtime::JobContext& job) {
        omni::io::ImportOptions options;
        options.kind = kind;
        options.path = path;
        const omni::io::ImportReport report = omni::io::importFile(store, options, job);
        std::printf("%-13s %9lld rows in %6.2f s = %8.0f rows/s\n", omni::io::importKindName(kind),
                    static_cast<long long>(report.rowsRead), report.seconds,
                    static_cast<double>(report.rowsRead) / report.seconds);
        return report;
    };
    import(omni::io::ImportKind::Customers, customers, {});
    import(omni::io::ImportKind::Products, products, {});

    // The activity rebuild is timed apart, from the moment the job reports that stage.
    Clock::time_point rebuildStarted{};
    const omni::runtime::JobContext job([&](const omni::runtime::Progress& progress) {
        if (progress.stage == "updating daily activity")
            rebuildStarted = Clock::now();
    });
    started = Clock::now();
    const auto report = import(omni::io::ImportKind::Events, events, job);
    const double rebuild = seconds(rebuildStarted);
    std::printf("  of which reading and inserting %.2f s (%.0f rows/s), daily activity rebuild %.2f s\n",
                report.seconds - rebuild, static_cast<double>(report.rowsRead) / (report.seconds - rebuild), rebuild);

    started = Clock::now();
    const int64_t exported = omni::io::exportTableCsv(store, "events", (dir / "export.csv").string(), {});
    const double exportSeconds = seconds(started);
    std::printf("export events %9lld rows in %6.2f s = %8.0f rows/s\n", static_cast<long long>(exported),
                exportSeconds, static_cast<double>(exported) / exportSeconds);

    if (ownDir)
        std::filesystem::remove_all(dir);
    return 0;
}
