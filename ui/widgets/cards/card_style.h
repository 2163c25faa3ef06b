// SPDX-License-Identifier: GPL-3.0-or-later
// What the dashboard's cards share: one colour palette (colour-blind safe), the legend in a row of its
// own under the axes, percentages and ISO dates written the same way everywhere.
#pragma once

#include <QColor>
#include <QString>

#include <cstdint>

class QCustomPlot;

namespace omni::ui {

QColor cardColor(int index);             // the Okabe-Ito palette, cycling
void putLegendBelow(QCustomPlot* plot);  // legend under the axes, items side by side, no frame
QString formatPercent(double share);     // 0.234 -> "23.4%" in the UI locale
QString isoDay(int32_t day);             // 2026-03-01, for CSV files (never translated)

} // namespace omni::ui
