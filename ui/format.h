// SPDX-License-Identifier: GPL-3.0-or-later
// How store values look on screen: text conversion and locale-aware numbers and dates. The locale
// is QLocale()'s default, which LanguageManager sets with the UI language, so dates and numbers
// follow the language the user picked rather than the machine's.
#pragma once

#include "store/records.h"

#include <QString>

#include <cstdint>
#include <string>

namespace omni::ui {

QString toQString(const std::string& text);

QString formatCount(int64_t value);      // 20,000 / 20,000 (grouped per locale)
QString formatPrice(double value);        // two decimals
QString formatPriceRange(double low, double high); // "12.00 – 15.50", or one price when equal
QString formatDateTime(int64_t unixSeconds);       // local time, the locale's short format
QString formatDay(int64_t daysSinceEpoch);         // a calendar day (UTC), the locale's short format

// True when the UI shows Simplified Chinese, so that data with both languages shows the Chinese one.
bool chineseActive();

// A product's title in the UI language: Chinese when Chinese is active and the product has one.
QString productTitle(const store::Product& product);

} // namespace omni::ui
