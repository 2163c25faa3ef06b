// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/engagement_queries.h"

#include "dialogue/bot_resolution.h"
#include "store/channel_repository.h"
#include "store/store.h"

#include <cstdint>
#include <optional>

namespace omni::ui {

EngagementData loadEngagementData(const QString& storePath, const runtime::JobContext& context)
{
    const store::Store store = store::Store::openReadOnly(storePath.toStdString());
    EngagementData data;
    data.activity = std::make_shared<const metrics::ActivityData>(metrics::ActivityData::load(store.db(), context));
    data.channels = store::ChannelRepository(store.db()).all();
    // The consistency score's bot column: the default suites on every channel (about 0.5 s on the
    // demo shop), once per store like the activity itself.
    data.botResolution = dialogue::defaultBotResolutionByChannel(storePath.toStdString(), context);
    return data;
}

metrics::MetricsFilter baseFilter(const metrics::ActivityData& data, const EngagementSelection& selection)
{
    metrics::MetricsFilter filter;
    filter.fromDay = selection.fromDay;
    filter.toDay = selection.toDay;
    for (const QString& code : selection.channels) {
        // A channel the data does not know: an index no row has, so the filter matches nothing
        // rather than silently everything.
        filter.channels.push_back(data.channelIndex(code.toStdString()).value_or(UINT8_MAX));
    }
    if (!selection.category.isEmpty())
        filter.categories.push_back(data.categoryIndex(selection.category.toStdString()).value_or(UINT16_MAX));
    return filter;
}

metrics::EngagementResults computeEngagementFor(const metrics::ActivityData& data, const QString& storePath,
                                                const EngagementSelection& selection,
                                                const metrics::EngagementOptions& options,
                                                const runtime::JobContext& context)
{
    std::optional<store::Store> store;
    if (!storePath.isEmpty())
        store.emplace(store::Store::openReadOnly(storePath.toStdString()));
    metrics::MetricsFilter filter = baseFilter(data, selection);
    metrics::Segment segment;
    const std::string value = selection.segmentValue.toStdString();
    switch (selection.segmentKind) {
    case EngagementSelection::SegmentKind::All:
        break;
    case EngagementSelection::SegmentKind::RecommendationModel:
        if (store)
            segment = metrics::segmentByRecommendationModel(store->db(), data, value);
        break;
    case EngagementSelection::SegmentKind::Rfm:
        if (store)
            segment = metrics::segmentByRfm(store->db(), data, value);
        break;
    case EngagementSelection::SegmentKind::FirstChannel:
        segment = metrics::segmentByFirstChannel(data, value);
        break;
    }
    if (selection.segmentKind != EngagementSelection::SegmentKind::All) {
        segment.members.resize(data.customerIds.size(), false);
        filter.segment = &segment.members;
    }
    context.throwIfCancelled();
    return metrics::computeEngagement(data, store ? &store->db() : nullptr, filter, options, context);
}

} // namespace omni::ui
