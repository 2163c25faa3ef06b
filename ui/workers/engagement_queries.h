// SPDX-License-Identifier: GPL-3.0-or-later
// The Engagement page's work off the GUI thread: loading the store's activity once (ActivityData
// from the pre-aggregates, with the channel names), and computing every figure for one filter.
#pragma once

#include "metrics/engagement_results.h"
#include "runtime/job.h"
#include "store/records.h"
#include "workers/engagement_selection.h"

#include <QString>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace omni::ui {

struct EngagementData {
    std::shared_ptr<const metrics::ActivityData> activity;
    std::vector<store::Channel> channels; // names for the channel codes
    // Share of the default bot test turns resolved per channel (empty without an intent model).
    std::map<std::string, double> botResolution;
};

// Opens the store read-only in the calling (worker) thread.
EngagementData loadEngagementData(const QString& storePath, const runtime::JobContext& context);

// The filter for selection without its segment (dates, channels, category): channel codes and the
// category name become indexes into data; unknown ones match nothing.
metrics::MetricsFilter baseFilter(const metrics::ActivityData& data, const EngagementSelection& selection);

// Every figure for selection. Opens the store read-only for segments that need it (model, RFM)
// and for the consistency score's prices and ratings. Throws runtime::JobCancelled when cancelled.
metrics::EngagementResults computeEngagementFor(const metrics::ActivityData& data, const QString& storePath,
                                                const EngagementSelection& selection,
                                                const metrics::EngagementOptions& options,
                                                const runtime::JobContext& context);

} // namespace omni::ui
