// SPDX-License-Identifier: GPL-3.0-or-later
// Shared set-up of the UI tests: settings and app data in a temporary place (never the user's),
// stores to test against, and waiting for asynchronous pages.
#pragma once

#include "store/records.h"

#include <QString>
#include <QTemporaryDir>

#include <vector>

namespace omni::uitest {

// Call first in initTestCase(): names the application like main() does, embeds resources, and
// points QSettings and QStandardPaths into dir so that tests neither read nor change the user's.
void setUpApplication(const QTemporaryDir& dir);

// The store the data checks use: few rows whose every value the tests know (see the .cpp).
struct HandmadeShop {
    std::vector<int64_t> productIds;  // in insertion order
    std::vector<int64_t> customerIds; // in insertion order
};
HandmadeShop createHandmadeStore(const QString& path);

// A generated sample shop of the Tiny size (~300 customers, ~120 products, ~20k events).
void createTinyShop(const QString& path);

// Reads the store through the core, as the expected side of a check.
store::TableCounts storeCounts(const QString& path);
std::vector<store::DailyActivity> storeDailyActivity(const QString& path);
std::vector<store::KbArticle> storeKbArticles(const QString& path);

// Where tests/data and translations/ are in the source tree.
QString dataDir();
QString translationsDir();

} // namespace omni::uitest
