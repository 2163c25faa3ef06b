// SPDX-License-Identifier: GPL-3.0-or-later
// Recommendations for the Customers page, scored off the GUI thread. Loading a model file and the
// catalogue takes far longer than scoring one customer, so the service keeps one read-only store
// connection and the engines it loaded on ONE long-lived worker thread (a connection never crosses
// threads), and "what if" changes re-score in milliseconds. Like LatestQuery, only the answer to
// the newest request of each list is delivered.
#pragma once

#include "models/recommendation_table_model.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <vector>

namespace omni::ui {

struct RecommendationRequest {
    QString storePath;
    QString modelFile;            // absolute path of the registered model's file
    qint64 customerId = 0;
    std::vector<recsys::HypotheticalInteraction> whatIf; // hypothetical interactions, oldest first
    std::string segment;          // the customer's RFM segment, for the popularity fallback
    int k = 10;
};

struct RecommendationAnswer {
    std::vector<recsys::ProductRecommendation> items;
    QHash<qint64, ProductLabel> labels;
    QString error;
    bool followsHistory = false; // the model's list can change with a "what if"
    bool ok() const { return error.isEmpty(); }
};

class RecommendationService : public QObject {
    Q_OBJECT
public:
    explicit RecommendationService(QObject* parent = nullptr);
    ~RecommendationService() override;

    // slot: which list (0 main, 1 comparison) the answer is for; a newer request for the same slot
    // makes an older answer be dropped.
    void request(int slot, const RecommendationRequest& request, std::function<void(const RecommendationAnswer&)> done);
    void cancel(int slot);
    // Forget loaded engines (a store was reopened, models retrained).
    void reset();

private:
    struct Cache;
    QThreadPool pool_;
    std::shared_ptr<Cache> cache_;
    quint64 tickets_[2] = {0, 0};
};

} // namespace omni::ui
