// SPDX-License-Identifier: GPL-3.0-or-later
// What the behaviour and channel cards share: channel and funnel-step names in the UI language,
// dates of shop days, percentages, CSV fields, and the plot
// furniture every card uses (a subtitle line inside the plot, a legend row under the axes), so that
// a card exported as PNG carries its key figures with it.
#pragma once

#include <QString>

#include <cstdint>
#include <string>

class QCPTextElement;
class QCustomPlot;

namespace omni::ui::cards {

QString channelName(const std::string& code); // "mini_program" -> "Mini-program" / "小程序"
QString funnelStepName(const std::string& step); // "add_to_cart" -> "Add to cart"

// Shop days are days since 1970-01-01 in the shop's time zone (ChartCard::dayKey makes axis keys).
QString isoDay(int32_t day);    // 2026-03-14, for CSV
QString localeDay(int32_t day); // the locale's short date, for read-outs

QString percentText(double share, int decimals = 1); // 0.314 -> "31.4 %"
QString numberText(double value, int decimals);       // grouped per locale
QString durationText(double seconds);                 // "45 s", "2.5 min", "1.2 h"
QString daysText(double days);                         // "3 days" / "3 天", one decimal when fractional
QString csvField(const QString& text);                 // quoted when it holds a comma or a quote
QString csvNumber(double value, int decimals = 6);     // C locale, trailing zeros dropped

// A line of text above the axes (created on first call, then updated).
QCPTextElement* subtitle(QCustomPlot* plot);
// Puts the plot's legend in a row of its own under the axes (it covered the bars inside them).
void legendBelow(QCustomPlot* plot);

} // namespace omni::ui::cards
