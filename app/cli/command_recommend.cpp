// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commands.h"
#include "progress_printer.h"

#include "recsys/batch_scoring.h"
#include "recsys/recommendation_engine.h"
#include "recsys/segments.h"
#include "recsys/store_training.h"
#include "store/customer_repository.h"
#include "store/product_repository.h"
#include "store/store.h"

#include <filesystem>
#include <optional>

namespace omni::cli {

namespace {

// --customer takes the shop's customer key or, failing that, "channel:account".
int64_t findCustomer(const store::Store& store, const std::string& text)
{
    const store::CustomerRepository customers(store.db());
    if (const auto customer = customers.findByKey(text))
        return customer->id;
    const size_t colon = text.find(':');
    if (colon != std::string::npos)
        if (const auto id = customers.findByIdentity(text.substr(0, colon), text.substr(colon + 1)))
            return *id;
    throw std::runtime_error("no customer '" + text + "' in " + store.path() +
                             " (give a customer key, or CHANNEL:ACCOUNT such as web:ml-1)");
}

// --what-if SKU[:TYPE],... : hypothetical interactions, oldest first; TYPE is an event type
// (view, click, add_to_cart, purchase, review), view when left out.
std::vector<recsys::HypotheticalInteraction> whatIfInteractions(const store::Store& store, const std::string& list)
{
    std::vector<recsys::HypotheticalInteraction> steps;
    const store::ProductRepository repository(store.db());
    size_t start = 0;
    while (start <= list.size()) {
        const size_t comma = list.find(',', start);
        const std::string item = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (!item.empty()) {
            // SKUs may contain ':' themselves: only a known event type after the last one is a type.
            std::string sku = item;
            store::EventType type = store::EventType::View;
            if (const size_t colon = item.rfind(':'); colon != std::string::npos) {
                const std::optional<store::EventType> parsed = store::parseEventType(item.substr(colon + 1));
                if (parsed && *parsed == store::EventType::Search)
                    throw std::runtime_error("--what-if: a search has no product ('" + item + "')");
                if (parsed) {
                    sku = item.substr(0, colon);
                    type = *parsed;
                }
            }
            const auto id = repository.findIdBySku(sku);
            if (!id)
                throw std::runtime_error("--what-if: no product with SKU '" + sku + "'");
            steps.push_back({*id, type});
        }
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return steps;
}

} // namespace

int runRecommend(const Args& args)
{
    const Command& command = *findCommand("recommend");
    const Arguments parsed = Arguments::parse(
        "recommend", args,
        {{"customer"}, {"all", false}, {"model"}, {"kind"}, {"k"}, {"include-bought", false}, {"exclude-seen", false},
         {"new-slots"}, {"segment"}, {"what-if"}});
    if (parsed.has("help")) {
        printCommandHelp(command, stdout);
        return 0;
    }
    parsed.expectPositionals(1, 1, command.usage);
    if (parsed.has("customer") == parsed.has("all"))
        throw UsageError("'recommend' needs either --customer KEY or --all\nusage: " + std::string(command.usage));
    if (parsed.has("all") && (parsed.has("what-if") || parsed.has("segment")))
        throw UsageError("--what-if and --segment are for one customer, not --all");
    recsys::EngineOptions options;
    const long long k = parsed.intValue("k", 20);
    if (k < 1 || k > 1000)
        throw UsageError("-k must be between 1 and 1000");
    options.k = static_cast<int>(k);
    options.excludeBought = !parsed.has("include-bought");
    options.excludeSeen = parsed.has("exclude-seen");
    const long long slots = parsed.intValue("new-slots", options.coldStartSlots);
    if (slots < 0 || slots > k)
        throw UsageError("--new-slots must be between 0 and k");
    options.coldStartSlots = static_cast<int>(slots);
    std::optional<int64_t> modelId;
    if (parsed.has("model")) {
        const long long id = parsed.intValue("model", 0);
        if (id <= 0)
            throw UsageError("--model needs a model id (see 'omniconsole-cli info')");
        modelId = id;
    }

    const std::string& path = parsed.positionals()[0];
    if (!std::filesystem::exists(path))
        throw std::runtime_error("no store at " + path);
    // Batch scoring writes the recommendations table; one customer's list only reads.
    const store::Store store = parsed.has("all") ? store::Store::open(path) : store::Store::openReadOnly(path);
    const auto record = recsys::findModel(store, modelId, parsed.value("kind"));
    if (!record)
        throw std::runtime_error(modelId ? "no model with id " + std::to_string(*modelId) + " in " + path
                                         : "no trained model in " + path + " (train one with 'omniconsole-cli train')");
    const recsys::RecommendationEngine engine(store, recsys::modelFilePath(store, *record));
    const std::unordered_map<int64_t, std::string> segments = recsys::rfmSegments(store);
    if (parsed.has("all")) {
        recsys::BatchScoringOptions batch;
        batch.engine = options;
        batch.segments = segments;
        ProgressPrinter progress;
        const recsys::BatchScoringReport report =
            recsys::scoreAllCustomers(store, engine, record->id, batch, progress.job());
        progress.finish();
        std::printf("model %lld (%s): %lld customers scored, %lld recommendations written in %.1f s "
                    "(%.1f s computing the lists, %.2f ms per customer)\n",
                    static_cast<long long>(record->id), record->kind.c_str(), static_cast<long long>(report.customers),
                    static_cast<long long>(report.rows), report.seconds, report.scoringSeconds,
                    report.customers > 0 ? 1000.0 * report.scoringSeconds / static_cast<double>(report.customers) : 0.0);
        return 0;
    }
    const int64_t customer = findCustomer(store, parsed.value("customer"));
    std::string segment = parsed.value("segment");
    if (segment.empty())
        if (const auto found = segments.find(customer); found != segments.end())
            segment = found->second;
    const std::vector<recsys::ProductRecommendation> list = engine.recommendForCustomer(
        customer, options, whatIfInteractions(store, parsed.value("what-if")), segment);

    std::printf("model %lld (%s), customer %s: top %d%s\n", static_cast<long long>(record->id), record->kind.c_str(),
                parsed.value("customer").c_str(), options.k,
                options.excludeBought ? ", without what they bought" : "");
    int rank = 0;
    for (const recsys::ProductRecommendation& item : list)
        std::printf("%3d  %-14s %-40s %9.4f  %s%s\n", ++rank, item.sku.c_str(), item.title.c_str(),
                    static_cast<double>(item.score), item.coldStart ? "[new] " : "", item.reasonText.c_str());
    if (list.empty())
        std::printf("(nothing to recommend)\n");
    return 0;
}

} // namespace omni::cli
