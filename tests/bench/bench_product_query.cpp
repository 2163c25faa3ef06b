// SPDX-License-Identifier: GPL-3.0-or-later
// How long the Products table's queries take on a large catalogue: the first page with its total
// (what the table shows after a filter or sort change), later pages (scrolling), each sort column,
// each filter, and planning + saving a bulk edit. Usage: bench_product_query STORE.omni
// The store is opened read-write once (to bring it to the current schema) and then read.
#include "bench_machine.h"

#include "catalog/bulk_edit.h"
#include "runtime/job.h"
#include "store/product_edit.h"
#include "store/product_query.h"
#include "store/store.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace omni;
using omni::bench::Clock;
using omni::bench::millisecondsSince;

namespace {

// Median of five runs, in milliseconds, after one warm-up run.
double median(const std::function<void()>& work)
{
    work();
    std::vector<double> times;
    for (int i = 0; i < 5; ++i) {
        const auto start = Clock::now();
        work();
        times.push_back(millisecondsSince(start));
    }
    std::sort(times.begin(), times.end());
    return times[2];
}

void row(const char* what, const store::ProductSearch& search, store::ProductQuery query)
{
    int64_t total = 0;
    const double ms = median([&] { total = search.page(query).total; });
    std::printf("| %-48s | %8lld | %8.1f |\n", what, static_cast<long long>(total), ms);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_product_query STORE.omni\n");
        return 2;
    }
    { const store::Store upgrade = store::Store::open(argv[1]); }
    const store::Store store = store::Store::openReadOnly(argv[1]);
    omni::bench::printMachine();
    const store::ProductSearch search(store.db());
    std::printf("\n| query (page of 200 rows) | matches | ms (median of 5) |\n| --- | ---: | ---: |\n");
    store::ProductQuery base;
    row("first page, store order, with total", search, base);
    store::ProductQuery scrolled = base;
    scrolled.withTotal = false;
    scrolled.offset = 25000;
    row("page at row 25,000 (scrolling), no total", search, scrolled);
    scrolled.offset = 49800;
    row("page at row 49,800, no total", search, scrolled);
    const std::pair<const char*, store::ProductQuery::SortColumn> sorts[] = {
        {"sort by SKU", store::ProductQuery::SortColumn::Sku},
        {"sort by title (English)", store::ProductQuery::SortColumn::Title},
        {"sort by brand", store::ProductQuery::SortColumn::Brand},
        {"sort by price", store::ProductQuery::SortColumn::Price},
        {"sort by listing count", store::ProductQuery::SortColumn::Listings},
        {"sort by channel price range", store::ProductQuery::SortColumn::PriceRange},
    };
    for (const auto& [label, column] : sorts) {
        store::ProductQuery sorted = base;
        sorted.sortColumn = column;
        sorted.ascending = false;
        row(label, search, sorted);
    }
    store::ProductQuery chineseTitle = base;
    chineseTitle.sortColumn = store::ProductQuery::SortColumn::Title;
    chineseTitle.chineseTitles = true;
    row("sort by title (Chinese)", search, chineseTitle);
    const std::vector<store::ProductSummary> sample = search.page(base).rows;
    const store::Product& product = sample.at(17).product;
    store::ProductQuery text = base;
    text.text = "linen";
    row("text 'linen'", search, text);
    text.text = product.sku;
    row("text = one SKU", search, text);
    text.text = product.titleZh.substr(0, product.titleZh.find(' '));
    row("text = a Chinese word", search, text);
    store::ProductQuery category = base;
    category.category = product.category;
    row("category", search, category);
    store::ProductQuery brand = base;
    brand.brand = product.brand;
    row("brand", search, brand);
    store::ProductQuery channel = base;
    channel.channelCode = "store";
    channel.listingStatus = "missing";
    row("not listed on store", search, channel);
    channel.channelCode = "app";
    channel.listingStatus = "active";
    row("active on app", search, channel);
    store::ProductQuery combined = category;
    combined.text = "a";
    combined.sortColumn = store::ProductQuery::SortColumn::Price;
    combined.channelCode = "web";
    row("category + text 'a' + listed on web, by price", search, combined);
    std::vector<int64_t> ids;
    const double allIdsMs = median([&] { ids = search.allIds(category); });
    std::printf("| %-48s | %8zu | %8.1f |\n", "all ids of the category (bulk 'all matching')", ids.size(), allIdsMs);

    // A bulk edit over the whole category: plan (read + change), save (one transaction), undo.
    if (argc > 2 && std::string(argv[2]) == "--write") {
        const store::Store writable = store::Store::open(argv[1]);
        catalog::BulkChange change{catalog::BulkField::CopyPrice, {}, {"web", "app", "mini_program", "store", "social"}};
        auto start = Clock::now();
        const catalog::BulkPlan plan = catalog::planBulkEdit(writable.db(), ids, change, runtime::JobContext());
        const double planMs = millisecondsSince(start);
        start = Clock::now();
        store::saveProductEdits(writable.db(), plan.before, plan.after);
        const double saveMs = millisecondsSince(start);
        start = Clock::now();
        store::saveProductEdits(writable.db(), plan.after, plan.before);
        const double undoMs = millisecondsSince(start);
        std::printf("\nbulk copy price to 5 channels, %zu products changed of %zu: plan %.0f ms, save %.0f ms, undo %.0f ms\n",
                    plan.after.size(), ids.size(), planMs, saveMs, undoMs);
        // The largest selection: every product, one listing field on one channel.
        const std::vector<int64_t> all = store::ProductSearch(writable.db()).allIds(store::ProductQuery());
        catalog::BulkChange pause{catalog::BulkField::ListingStatus, "paused", {"app"}};
        start = Clock::now();
        const catalog::BulkPlan every = catalog::planBulkEdit(writable.db(), all, pause, runtime::JobContext());
        const double everyPlanMs = millisecondsSince(start);
        start = Clock::now();
        store::saveProductEdits(writable.db(), every.before, every.after);
        const double everySaveMs = millisecondsSince(start);
        start = Clock::now();
        store::saveProductEdits(writable.db(), every.after, every.before);
        const double everyUndoMs = millisecondsSince(start);
        std::printf("bulk pause on app, %zu products changed of %zu: plan %.0f ms, save %.0f ms, undo %.0f ms\n",
                    every.after.size(), all.size(), everyPlanMs, everySaveMs, everyUndoMs);
    }
    return 0;
}
