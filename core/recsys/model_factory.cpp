// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/model_factory.h"

#include "recsys/bpr.h"
#include "recsys/itemknn.h"
#include "recsys/popularity.h"
#include "recsys/sasrec.h"

#include <functional>
#include <stdexcept>

namespace omni::recsys {

namespace {

struct Entry {
    const char* kind;
    std::function<std::unique_ptr<Recommender>()> make;
    std::function<Hyperparameters()> defaults;
};

Hyperparameters popularityDefaults()
{
    Hyperparameters hyper;
    hyper.epochs = 1; // one counting pass
    return hyper;
}

Hyperparameters itemKnnDefaults()
{
    Hyperparameters hyper;
    hyper.epochs = 1;
    // Chosen on validation NDCG@10 (MovieLens and the demo shop, see docs/benchmarks.md): what a
    // customer did last says most about what comes next.
    hyper.window = 5;
    hyper.recencyDecay = 0.8;
    return hyper;
}

// One line per model kind, in the order the UI lists them. BPR ("bpr") and SASRec ("sasrec") add
// their lines here when they land.
const std::vector<Entry>& entries()
{
    static const std::vector<Entry> all = {
        {"popularity", [] { return std::make_unique<PopularityRecommender>(); }, popularityDefaults},
        {"itemknn", [] { return std::make_unique<ItemKnnRecommender>(); }, itemKnnDefaults},
        {"bpr", [] { return std::make_unique<BprRecommender>(); }, bprDefaultHyperparameters},
        {"sasrec", [] { return std::make_unique<SasrecRecommender>(); }, sasrecDefaultHyperparameters},
    };
    return all;
}

const Entry* find(const std::string& kind)
{
    for (const Entry& entry : entries())
        if (kind == entry.kind)
            return &entry;
    return nullptr;
}

std::string knownKinds()
{
    std::string text;
    for (const Entry& entry : entries())
        text += (text.empty() ? "" : ", ") + std::string(entry.kind);
    return text;
}

} // namespace

std::vector<std::string> recommenderKinds()
{
    std::vector<std::string> kinds;
    for (const Entry& entry : entries())
        kinds.emplace_back(entry.kind);
    return kinds;
}

bool isRecommenderKind(const std::string& kind) { return find(kind) != nullptr; }

std::unique_ptr<Recommender> makeRecommender(const std::string& kind)
{
    if (const Entry* entry = find(kind))
        return entry->make();
    throw std::invalid_argument("unknown model kind '" + kind + "' (this build knows: " + knownKinds() + ")");
}

Hyperparameters defaultHyperparameters(const std::string& kind)
{
    if (const Entry* entry = find(kind))
        return entry->defaults ? entry->defaults() : Hyperparameters{};
    throw std::invalid_argument("unknown model kind '" + kind + "' (this build knows: " + knownKinds() + ")");
}

} // namespace omni::recsys
