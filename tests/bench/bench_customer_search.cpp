// SPDX-License-Identifier: GPL-3.0-or-later
// Customer search as the analyst types: index build time and memory, then every keystroke of
// realistic typed sequences (keys, Chinese and Latin names, account ids, e-mails, phones) timed
// one by one, with p50 / p95 / max per kind and overall. For comparison, the same keystrokes
// against two SQL techniques: LIKE '%q%' scans, and an FTS5 trigram table.
//
//   bench_customer_search <store-path> [customers-sampled = 40] [--resolve]
//
// --resolve first runs identity resolution over the store (writing its links) and times it.
// Profile loading (the profile, its first timeline page and its daily activity) is timed for the
// sampled customers as well, since the page opens one right after a search.
// The store should be the `large` sample shop (omniconsole-cli generate --size large, ~5 minutes).
// Results and the machine go in docs/benchmarks.md, "Customer search".
#include "bench_machine.h"
#include "profile/customer_search.h"
#include "profile/identity_resolution.h"
#include "profile/profile.h"
#include "profile/search_text.h"
#include "store/identity_repository.h"
#include "store/resolution_repository.h"
#include "store/store.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <thread>
#include <vector>

using namespace omni;
using namespace omni::bench; // Clock, cpuModel, millisecondsSince

namespace {

// The keystrokes of typing text: one byte at a time for ASCII, one character at a time for
// Chinese (an input method commits whole characters).
std::vector<std::string> keystrokes(const std::string& text, size_t maxKeys = 64)
{
    std::vector<std::string> prefixes;
    for (size_t i = 1; i <= text.size() && prefixes.size() < maxKeys; ++i) {
        if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
            continue;
        prefixes.push_back(text.substr(0, i));
    }
    return prefixes;
}

struct Stats {
    std::vector<double> ms;
    void add(double value) { ms.push_back(value); }
    double percentile(double p) const
    {
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const size_t index = std::min(sorted.size() - 1, static_cast<size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5));
        return sorted[index];
    }
    double max() const { return *std::max_element(ms.begin(), ms.end()); }
};

void printRow(const std::string& name, const Stats& stats)
{
    if (stats.ms.empty())
        return;
    std::printf("| %-22s | %6zu | %8.3f | %8.3f | %8.3f |\n", name.c_str(), stats.ms.size(), stats.percentile(0.5),
                stats.percentile(0.95), stats.max());
}

using Sequences = std::map<std::string, std::vector<std::string>>; // kind -> texts to type

// Texts to type, drawn evenly from the store: every n-th customer's key, name, e-mail and phone,
// and every n-th account's id; plus the short, crowded prefixes people start with.
Sequences sampleSequences(const store::Store& store, size_t wanted)
{
    Sequences sequences;
    const std::vector<store::CustomerHead> customers = store::ResolutionRepository(store.db()).customers();
    const size_t step = std::max<size_t>(1, customers.size() / wanted);
    for (size_t i = step / 2; i < customers.size(); i += step) {
        const store::CustomerHead& customer = customers[i];
        sequences["customer key"].push_back(customer.customerKey);
        const bool chinese = !customer.name.empty() && static_cast<unsigned char>(customer.name[0]) >= 0x80;
        sequences[chinese ? "Chinese name" : "Latin name"].push_back(customer.name);
        if (customer.email)
            sequences["e-mail"].push_back(*customer.email);
        if (customer.phone)
            sequences["phone"].push_back(*customer.phone);
    }
    const std::vector<store::IdentityRecord> accounts = store::IdentityRepository(store.db()).all();
    const size_t accountStep = std::max<size_t>(1, accounts.size() / wanted);
    for (size_t i = accountStep / 2; i < accounts.size(); i += accountStep)
        sequences["account id"].push_back(accounts[i].externalId);
    sequences["crowded prefixes"] = {"c0000", "李", "王", "wang", "a-", "@", "1"};
    return sequences;
}

// The SQL alternatives, over the same texts, in their own in-memory database.
class SqlBaselines {
public:
    explicit SqlBaselines(const store::Store& source) : db_(":memory:")
    {
        const auto started = Clock::now();
        db_.exec("CREATE TABLE texts (customer_id INTEGER, text TEXT);"
                 "CREATE VIRTUAL TABLE trigrams USING fts5(text, customer_id UNINDEXED, tokenize = 'trigram');");
        store::Statement insert = db_.prepare("INSERT INTO texts (customer_id, text) VALUES (?1, ?2)");
        store::Statement insertTrigram = db_.prepare("INSERT INTO trigrams (customer_id, text) VALUES (?1, ?2)");
        auto add = [&](int64_t customer, const std::string& text) {
            const std::string normalised = profile::normaliseForSearch(text);
            insert.bind(1, customer).bind(2, normalised).run();
            insertTrigram.bind(1, customer).bind(2, normalised).run();
        };
        store::Transaction transaction(db_);
        for (const store::CustomerHead& customer : store::ResolutionRepository(source.db()).customers()) {
            add(customer.id, customer.customerKey);
            add(customer.id, customer.name);
            if (customer.email)
                add(customer.id, *customer.email);
        }
        for (const store::IdentityRecord& account : store::IdentityRepository(source.db()).all())
            add(account.customerId, account.externalId);
        transaction.commit();
        buildMs_ = millisecondsSince(started);
        like_ = std::make_unique<store::Statement>(db_.prepare(
            "SELECT DISTINCT customer_id FROM texts WHERE text LIKE '%' || ?1 || '%' LIMIT 20"));
        match_ = std::make_unique<store::Statement>(db_.prepare(
            "SELECT DISTINCT customer_id FROM trigrams WHERE trigrams MATCH ?1 LIMIT 20"));
        trigramLike_ = std::make_unique<store::Statement>(db_.prepare(
            "SELECT DISTINCT customer_id FROM trigrams WHERE text LIKE '%' || ?1 || '%' LIMIT 20"));
    }

    double buildMs() const { return buildMs_; }

    double like(const std::string& query) { return run(*like_, query); }
    // FTS5 trigram: MATCH for three characters and more; shorter queries can only scan (LIKE).
    double trigram(const std::string& query)
    {
        if (characters(query) >= 3)
            return run(*match_, "\"" + quoteFree(query) + "\"");
        return run(*trigramLike_, query);
    }

private:
    static size_t characters(const std::string& text)
    {
        return static_cast<size_t>(std::count_if(text.begin(), text.end(),
                                                 [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    }
    static std::string quoteFree(const std::string& text)
    {
        std::string out;
        for (char c : text)
            if (c != '"')
                out += c;
        return out;
    }
    static double run(store::Statement& statement, const std::string& query)
    {
        const auto started = Clock::now();
        statement.bind(1, query);
        while (statement.step()) {
        }
        statement.reset();
        return millisecondsSince(started);
    }

    store::Database db_;
    double buildMs_ = 0;
    std::unique_ptr<store::Statement> like_;
    std::unique_ptr<store::Statement> match_;
    std::unique_ptr<store::Statement> trigramLike_;
};

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <store-path> [customers-sampled] [--resolve]\n", argv[0]);
        return 2;
    }
    const size_t sampled = argc > 2 && argv[2][0] != '-' ? static_cast<size_t>(std::stoul(argv[2])) : 40;
    const bool resolve = std::string(argv[argc - 1]) == "--resolve";
    const store::Store store = store::Store::open(argv[1]);
    const store::TableCounts counts = store.counts();
    std::printf("machine: %s, %u hardware threads\n", cpuModel().c_str(), std::thread::hardware_concurrency());
    std::printf("store: %s (%lld customers, %lld accounts)\n", argv[1], static_cast<long long>(counts.customers),
                static_cast<long long>(counts.identities));

    if (resolve) {
        const auto started = Clock::now();
        const profile::ResolutionReport report = profile::resolveIdentities(store, runtime::JobContext());
        std::printf("identity resolution: %.0f ms, %lld accounts -> %lld customers, %lld moved, %lld links written\n",
                    millisecondsSince(started), static_cast<long long>(report.accounts),
                    static_cast<long long>(report.customers), static_cast<long long>(report.accountsMoved),
                    static_cast<long long>(report.linksChanged));
        for (const auto& [rule, links] : report.linksByRule)
            std::printf("  %s: %lld\n", rule.c_str(), static_cast<long long>(links));
    }

    std::vector<double> builds;
    std::string stages;
    profile::CustomerSearchIndex index;
    for (int run = 0; run < 3; ++run) {
        const auto started = Clock::now();
        auto stageStarted = started;
        std::string stage;
        stages.clear();
        runtime::JobContext job([&](const runtime::Progress& progress) {
            if (progress.stage == stage)
                return;
            if (!stage.empty())
                stages += "  " + stage + " " + std::to_string(static_cast<int>(millisecondsSince(stageStarted))) + " ms";
            stage = progress.stage;
            stageStarted = Clock::now();
        });
        index = profile::CustomerSearchIndex::build(store, job);
        builds.push_back(millisecondsSince(started));
    }
    std::printf("index build: %.0f / %.0f / %.0f ms (3 runs), %zu entries, %.1f MiB\n", builds[0], builds[1], builds[2],
                index.entryCount(), static_cast<double>(index.memoryBytes()) / (1024.0 * 1024.0));
    std::printf("  last run:%s\n", stages.c_str());

    const Sequences sequences = sampleSequences(store, sampled);
    Stats all;
    std::printf("\nin-memory index, per keystroke (ms)\n| %-22s | %6s | %8s | %8s | %8s |\n", "typed", "keys", "p50", "p95", "max");
    size_t found = 0;
    size_t typed = 0;
    for (const auto& [kind, texts] : sequences) {
        Stats stats;
        for (const std::string& text : texts) {
            std::vector<profile::SearchHit> hits;
            for (const std::string& prefix : keystrokes(text)) {
                const auto started = Clock::now();
                hits = index.search(prefix, 20);
                const double ms = millisecondsSince(started);
                stats.add(ms);
                all.add(ms);
            }
            // The whole text typed should find something (the customer it came from, or more).
            ++typed;
            found += hits.empty() ? 0 : 1;
        }
        printRow(kind, stats);
    }
    printRow("all keystrokes", all);
    std::printf("complete texts that found a customer: %zu of %zu\n", found, typed);

    std::printf("\nSQL alternatives (same texts, in-memory SQLite)\n");
    SqlBaselines sql(store);
    std::printf("table + FTS5 trigram build: %.0f ms\n", sql.buildMs());
    std::printf("| %-22s | %6s | %8s | %8s | %8s |\n", "technique", "keys", "p50", "p95", "max");
    // A subset: the scans take long enough that every keystroke would make the run tedious.
    Stats like;
    Stats trigram;
    for (const auto& [kind, texts] : sequences)
        for (size_t t = 0; t < texts.size() && t < 4; ++t)
            for (const std::string& prefix : keystrokes(texts[t], 12)) {
                const std::string normalised = profile::normaliseForSearch(prefix);
                like.add(sql.like(normalised));
                trigram.add(sql.trigram(normalised));
            }
    printRow("LIKE '%q%' scan", like);
    printRow("FTS5 trigram", trigram);

    // What the page does after a search: open the profile, its first timeline page, its chart.
    std::printf("\nprofile of a found customer (ms)\n| %-22s | %6s | %8s | %8s | %8s |\n", "read", "count", "p50", "p95", "max");
    profile::ProfileService service(store);
    Stats first;
    Stats profiles;
    Stats timelines;
    Stats charts;
    const std::vector<store::CustomerHead> customers = store::ResolutionRepository(store.db()).customers();
    const size_t step = std::max<size_t>(1, customers.size() / sampled);
    for (size_t i = step / 2; i < customers.size(); i += step) {
        const auto started = Clock::now();
        service.profile(customers[i].id);
        (first.ms.empty() ? first : profiles).add(millisecondsSince(started));
        const auto timelineStarted = Clock::now();
        service.timeline(customers[i].id, profile::TimelineFilter());
        timelines.add(millisecondsSince(timelineStarted));
        const auto chartStarted = Clock::now();
        service.dailyActivity(customers[i].id, profile::TimelineFilter());
        charts.add(millisecondsSince(chartStarted));
    }
    printRow("first profile (+ store)", first);
    printRow("profile", profiles);
    printRow("timeline, first page", timelines);
    printRow("daily activity", charts);
    return 0;
}
