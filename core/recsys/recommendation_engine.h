// SPDX-License-Identifier: GPL-3.0-or-later
// Recommendations for the store's customers from a saved model: what the Customers page, the CLI's
// `recommend` and batch scoring use. It maps between the model's item vocabulary and the store's
// current catalogue (products added after training are cold items), builds a customer's history
// the way the model was trained, leaves out what they bought (configurable), fills up to a few
// places with new products that match the history by content (cold start), falls back to segment
// popularity for a customer without history, and gives every item a reason in product terms.
#pragma once

#include "recsys/content_scorer.h"
#include "recsys/model_file.h"
#include "recsys/store_interactions.h"
#include "store/store.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace omni::recsys {

struct EngineOptions {
    int k = 20;
    bool excludeBought = true; // leave out what the customer purchased (events and orders)
    bool excludeSeen = false;  // also leave out everything in the history
    // Places of the list kept for products nobody has interacted with yet (cold start), filled
    // only with those whose content similarity to the history reaches coldStartMinSimilarity.
    int coldStartSlots = 2;
    float coldStartMinSimilarity = 0.3f;
};

// A "what if" step: the customer hypothetically views (or buys, adds to cart...) a product. It
// joins the history like a stored event of that type would: with that type's weight, and a
// purchase also counts as bought (so "exclude bought" leaves the product out).
struct HypotheticalInteraction {
    int64_t productId = 0;
    store::EventType type = store::EventType::View;
};

struct ProductRecommendation {
    int64_t productId = 0;
    std::string sku;
    std::string title;
    float score = 0;
    bool coldStart = false; // a product without history, placed by content similarity
    ReasonKind reasonKind = ReasonKind::Popular;
    std::string reasonKey;  // e.g. "reason.neighbours", for the UI's translation
    std::vector<int64_t> relatedProductIds; // history products behind it, strongest first
    std::vector<std::string> relatedTitles;
    std::vector<float> relatedWeights;
    std::string segment;    // PopularInSegment
    std::string reasonText; // English sentence, for the CLI and logs
};

class RecommendationEngine {
public:
    // Loads the model file and the store's catalogue. Refuses (ModelFileError) a model trained on
    // another store or on a file.
    RecommendationEngine(const store::Store& store, const std::string& modelFile);

    const ModelFileInfo& info() const { return loaded_.info; }
    const Recommender& model() const { return *loaded_.model; }
    const StoreInteractionOptions& interactionOptions() const { return interactionOptions_; }

    // The customer's history from the store, plus hypothetical interactions ("what if", appended
    // in order as the most recent). segment: the customer's segment name or empty.
    std::vector<ProductRecommendation> recommendForCustomer(int64_t customerId, const EngineOptions& options,
                                                            const std::vector<HypotheticalInteraction>& whatIf = {},
                                                            const std::string& segment = {}) const;
    // The history recommendForCustomer scores: the stored one with whatIf appended, each step
    // weighted as its event type is in interactionOptions().
    ProductHistory customerHistory(int64_t customerId, const std::vector<HypotheticalInteraction>& whatIf = {}) const;
    // The same for a history given directly. customerKey (may be empty) finds the training user.
    std::vector<ProductRecommendation> recommend(const ProductHistory& history, const std::string& customerKey,
                                                 const std::string& segment, const EngineOptions& options) const;

    struct CustomerInput {
        const ProductHistory* history = nullptr;
        std::string customerKey;
        std::string segment;
    };
    // The lists of many customers, each exactly as recommend() gives it, with the model scoring
    // them together: for neural models one matrix product over the catalogue per batch instead of
    // one matrix-vector product per customer, each of which reads the whole item table (batch
    // scoring of a large shop is bound by that memory traffic).
    std::vector<std::vector<ProductRecommendation>> recommendMany(const std::vector<CustomerInput>& customers,
                                                                  const EngineOptions& options) const;

private:
    // Appends whatIf to history as loadCustomerHistory would have read the same events.
    void addHypothetical(ProductHistory& history, const std::vector<HypotheticalInteraction>& whatIf) const;

    struct Catalogue {
        std::vector<int64_t> productIds;
        std::vector<std::string> skus;
        std::vector<std::string> titles;
        std::vector<ItemFeatures> features;
        std::unordered_map<int64_t, int32_t> indexOfProduct;
    };

    // What recommend() works out before scoring, and what it needs after.
    struct PreparedQuery {
        Query query;
        std::vector<uint8_t> excluded; // by catalogue index
        ContentScorer::Profile profile;
        std::vector<std::pair<float, int32_t>> coldPicks;
        bool bySegmentPopularity = false; // no (known) history: segment popularity scores it
    };
    PreparedQuery prepare(const ProductHistory& history, const std::string& customerKey, const std::string& segment,
                          const EngineOptions& options) const;
    const Recommender& scorerFor(const PreparedQuery& prepared) const;
    // The list from the scorer's scores for the prepared query (scores are masked in place).
    std::vector<ProductRecommendation> finish(const PreparedQuery& prepared, float* scores,
                                              const EngineOptions& options) const;

    void loadCatalogue();
    // The model's query for a history (model indices), and the history in catalogue indices.
    Query queryFor(const ProductHistory& history, const std::string& customerKey, const std::string& segment,
                   std::vector<int32_t>& historyCatalogue) const;
    // By catalogue index: what must not be recommended.
    std::vector<uint8_t> excludedItems(const ProductHistory& history, const EngineOptions& options) const;
    // The best new products for the cold-start places: (similarity, catalogue index), best first.
    std::vector<std::pair<float, int32_t>> coldStartPicks(const ContentScorer::Profile& profile,
                                                          const std::vector<uint8_t>& excluded,
                                                          const EngineOptions& options) const;
    ProductRecommendation describe(int32_t catalogueIndex, float score, const Reason& reason,
                                   const std::vector<int32_t>& relatedCatalogue, SegmentIndex segment) const;

    const store::Store& store_;
    LoadedModel loaded_;
    // Segment popularity: the file's fallback, or the model itself when it is a popularity model.
    const PopularityRecommender* popularity_ = nullptr;
    StoreInteractionOptions interactionOptions_;
    Catalogue catalogue_;
    std::vector<int32_t> catalogueOfModelItem_; // -1: the product is gone from the store
    std::vector<ItemIndex> modelItemOfCatalogue_; // kNoItem: the product is newer than the model
    std::vector<uint8_t> cold_;                  // by catalogue index: no training interactions
    std::vector<int32_t> coldItems_;             // catalogue indices of cold products
    std::unordered_map<std::string, UserIndex> userIndex_;
    std::unique_ptr<ContentScorer> content_; // over the catalogue, made once it is loaded
};

} // namespace omni::recsys
