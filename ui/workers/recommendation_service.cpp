// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/recommendation_service.h"

#include "format.h"
#include "store/product_repository.h"
#include "store/store.h"

#include <QtConcurrent/QtConcurrentRun>

#include <map>
#include <mutex>

namespace omni::ui {

// Touched only on the service's single worker thread (the mutex only guards reset()).
struct RecommendationService::Cache {
    std::mutex mutex;
    std::string storePath;
    std::unique_ptr<store::Store> store;
    std::map<std::string, std::unique_ptr<recsys::RecommendationEngine>> engines;

    recsys::RecommendationEngine& engine(const std::string& path, const std::string& modelFile)
    {
        if (!store || storePath != path) {
            engines.clear();
            store = std::make_unique<store::Store>(store::Store::openReadOnly(path));
            storePath = path;
        }
        auto& slot = engines[modelFile];
        if (!slot)
            slot = std::make_unique<recsys::RecommendationEngine>(*store, modelFile);
        return *slot;
    }
};

RecommendationService::RecommendationService(QObject* parent)
    : QObject(parent)
    , cache_(std::make_shared<Cache>())
{
    pool_.setMaxThreadCount(1);
    pool_.setExpiryTimeout(-1); // the same thread for the connection's whole life
}

RecommendationService::~RecommendationService()
{
    pool_.waitForDone();
}

void RecommendationService::request(int slot, const RecommendationRequest& request,
                                    std::function<void(const RecommendationAnswer&)> done)
{
    const quint64 ticket = ++tickets_[slot];
    auto* watcher = new QFutureWatcher<RecommendationAnswer>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, slot, ticket, done]() {
        watcher->deleteLater();
        if (ticket == tickets_[slot])
            done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&pool_, [cache = cache_, request]() {
        RecommendationAnswer answer;
        try {
            std::lock_guard lock(cache->mutex);
            recsys::RecommendationEngine& engine =
                cache->engine(request.storePath.toStdString(), request.modelFile.toStdString());
            recsys::EngineOptions options;
            options.k = request.k;
            answer.items = engine.recommendForCustomer(request.customerId, options, request.whatIf, request.segment);
            answer.followsHistory = engine.model().followsHistory();
            const store::ProductRepository products(cache->store->db());
            auto label = [&](int64_t id) {
                if (answer.labels.contains(id))
                    return;
                if (auto product = products.get(id))
                    answer.labels.insert(id, {toQString(product->titleZh), toQString(product->category),
                                              toQString(product->brand)});
            };
            for (const recsys::ProductRecommendation& item : answer.items) {
                label(item.productId);
                for (const int64_t related : item.relatedProductIds)
                    label(related);
            }
        } catch (const std::exception& error) {
            answer.error = toQString(error.what());
        }
        return answer;
    }));
}

void RecommendationService::cancel(int slot)
{
    ++tickets_[slot];
}

void RecommendationService::reset()
{
    // Runs on the worker thread after queued requests, so nothing is in use while it clears.
    (void)QtConcurrent::run(&pool_, [cache = cache_]() {
        std::lock_guard lock(cache->mutex);
        cache->engines.clear();
        cache->store.reset();
        cache->storePath.clear();
    });
}

} // namespace omni::ui
