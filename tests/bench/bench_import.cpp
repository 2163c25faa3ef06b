// SPDX-License-Identifier: GPL-3.0-or-later
// Import speed: writes customers and products CSVs, then an events CSV of N rows (default one
// million) referencing them, imports all three into a fresh store and prints rows per second.
// The events figure includes the CSV parsing, the customer/sku lookups, the inserts with their
// three indices, and the rebuild of the daily activity, all in one transaction. A baseline then
// writes the same events through EventRepository with known ids, to show what the import adds.
//
//   bench_import [ROWS] [WORK_DIR]      (WORK_DIR defaults to a new folder under /tmp, removed after)
#include "bench_machine.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "runtime/job.h"
#include "store/activity_repository.h"
#include "store/event_repository.h"
#include "store/store.h"

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <thread>

#include <unistd.h>

namespace {

using namespace omni::bench; // Clock, cpuModel, millisecondsSince

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

// CPU time of this thread: on a shared machine wall time depends on the neighbours' load, CPU
// time much less, so both are printed.
double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
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

// One synthetic event, drawn the same way for the CSV file and for the baseline below.
struct SyntheticEvent {
    uint32_t customer;
    bool web;
    const char* type;
    int64_t ts;
    uint32_t product; // unused for searches
    uint32_t dwellMs;
};

SyntheticEvent drawEvent(Lcg& random, int64_t index, int64_t rows)
{
    static const char* const kTypes[] = {"view", "view", "view", "view", "click", "click",
                                         "search", "add_to_cart", "purchase", "review"};
    SyntheticEvent event{};
    event.customer = random.below(kCustomers);
    event.web = random.below(2) == 0;
    event.type = kTypes[random.below(10)];
    event.ts = kStartTs + index * (int64_t(kDays) * 86400) / rows;
    if (event.type[0] != 's') {
        event.product = random.below(kProducts);
        event.dwellMs = random.below(60000);
    }
    return event;
}

void writeEvents(const std::string& path, int64_t rows)
{
    Lcg random;
    std::ofstream out(path);
    out << "channel,external_id,type,ts,session_id,sku,dwell_ms,query\n";
    for (int64_t i = 0; i < rows; ++i) {
        const SyntheticEvent event = drawEvent(random, i, rows);
        out << (event.web ? "web,w" : "app,a") << event.customer << "," << event.type << "," << event.ts << ",s"
            << event.customer << "-" << event.ts / 3600 << ",";
        if (event.type[0] == 's')
            out << ",0,\"linen shirt, white\"\n";
        else
            out << "P" << event.product << "," << event.dwellMs << ",\n";
    }
}

// The same events written straight through EventRepository with ready-made ids, in one
// transaction with the activity rebuild: what the import costs without reading, validating and
// looking anything up. Customers and products must have ids 1.. in file order.
struct Timing {
    double wall;
    double cpu;
};

Timing baselineTiming(const omni::store::Store& store, int64_t rows)
{
    const auto started = Clock::now();
    const double cpuBefore = threadCpuSeconds();
    omni::store::Transaction transaction(store.db());
    omni::store::EventRepository events(store.db());
    omni::store::Event event;
    Lcg random;
    for (int64_t i = 0; i < rows; ++i) {
        const SyntheticEvent drawn = drawEvent(random, i, rows);
        event.customerId = drawn.customer + 1;
        event.channelCode = drawn.web ? "web" : "app";
        event.type = *omni::store::parseEventType(drawn.type);
        event.ts = drawn.ts;
        event.sessionId = "s" + std::to_string(drawn.customer) + "-" + std::to_string(drawn.ts / 3600);
        event.productId = drawn.type[0] == 's' ? std::nullopt : std::optional<int64_t>(drawn.product + 1);
        event.dwellMs = drawn.dwellMs;
        event.query = drawn.type[0] == 's' ? std::optional<std::string>("linen shirt, white") : std::nullopt;
        events.insert(event);
    }
    omni::store::ActivityRepository(store.db()).rebuild();
    transaction.commit();
    return {std::chrono::duration<double>(Clock::now() - started).count(), threadCpuSeconds() - cpuBefore};
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
    const double cpuBefore = threadCpuSeconds();
    const auto report = import(omni::io::ImportKind::Events, events, job);
    const double cpu = threadCpuSeconds() - cpuBefore;
    const double rebuild = seconds(rebuildStarted);
    std::printf("  CPU time %.2f s = %.0f rows per CPU second (wall/CPU %.2f: the rest is waiting for the CPU or disk)\n",
                cpu, static_cast<double>(report.rowsRead) / cpu, report.seconds / cpu);
    std::printf("  of which reading and inserting %.2f s (%.0f rows/s), daily activity rebuild %.2f s\n",
                report.seconds - rebuild, static_cast<double>(report.rowsRead) / (report.seconds - rebuild), rebuild);

    started = Clock::now();
    const int64_t exported = omni::io::exportTableCsv(store, "events", (dir / "export.csv").string(), {});
    const double exportSeconds = seconds(started);
    std::printf("export events %9lld rows in %6.2f s = %8.0f rows/s\n", static_cast<long long>(exported),
                exportSeconds, static_cast<double>(exported) / exportSeconds);

    // Baseline in a second store with the same customers and products, and the same page cache
    // the import uses.
    const std::string baselinePath = (dir / "baseline.omni").string();
    std::filesystem::remove(baselinePath);
    const omni::store::Store baseline = omni::store::Store::open(baselinePath);
    for (const auto& [kind, path] : {std::pair{omni::io::ImportKind::Customers, customers},
                                     std::pair{omni::io::ImportKind::Products, products}}) {
        omni::io::ImportOptions options;
        options.kind = kind;
        options.path = path;
        omni::io::importFile(baseline, options, {});
    }
    baseline.db().exec("PRAGMA cache_size = -262144;");
    const Timing bare = baselineTiming(baseline, rows);
    std::printf("baseline: the same events through EventRepository::insert with known ids, rebuild and commit:\n"
                "              %9lld rows in %6.2f s = %8.0f rows/s; CPU time %.2f s = %.0f rows per CPU second\n",
                static_cast<long long>(rows), bare.wall, static_cast<double>(rows) / bare.wall, bare.cpu,
                static_cast<double>(rows) / bare.cpu);

    if (ownDir)
        std::filesystem::remove_all(dir);
    return 0;
}
