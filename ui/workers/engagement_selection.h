// SPDX-License-Identifier: GPL-3.0-or-later
// What the Engagement page's filter bar asks for, in plain values the worker turns into a
// metrics::MetricsFilter (channel codes and category names to indexes, the segment to its members).
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace omni::ui {

struct EngagementSelection {
    enum class SegmentKind { All, RecommendationModel, Rfm, FirstChannel };

    std::optional<int32_t> fromDay; // shop days, inclusive; unset: from the first day of data
    std::optional<int32_t> toDay;
    QStringList channels;           // channel codes; empty: every channel
    SegmentKind segmentKind = SegmentKind::All;
    QString segmentValue;           // model kind, RFM segment name ("champions") or channel code
    QString category;               // empty: every category

    bool operator==(const EngagementSelection& other) const
    {
        return fromDay == other.fromDay && toDay == other.toDay && channels == other.channels
            && segmentKind == other.segmentKind && segmentValue == other.segmentValue && category == other.category;
    }
    bool operator!=(const EngagementSelection& other) const { return !(*this == other); }
};

} // namespace omni::ui
