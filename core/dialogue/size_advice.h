// SPDX-License-Identifier: GPL-3.0-or-later
// A size recommendation computed from the knowledge base's size chart and the customer's own
// measurement: "I'm 94 cm around the chest" with "S fits a chest of 88-92 cm, M 92-96 cm…" → M.
// The chart is read from the article line itself, so an edited chart recommends by the new
// numbers. Core-private.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace omni::dialogue {

// A measurement in centimetres in the message: "94 cm", "94cm", "胸围94厘米", "94公分".
std::optional<double> measurementCm(std::string_view text);

struct SizeRecommendation {
    std::string size;    // "M"
    double from = 0, to = 0; // the chart's range for it
};

// The letter size (XS…XXXL) whose chart range holds the measurement; on the boundary of two sizes
// the larger one (the chart's own advice). None when the line has no ranges or none fits.
std::optional<SizeRecommendation> recommendSize(const std::string& chartLine, double measurement);

} // namespace omni::dialogue
