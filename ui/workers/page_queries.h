// SPDX-License-Identifier: GPL-3.0-or-later
// What each page reads from the store, as plain functions over the core repositories. They run on
// worker threads (see store_query.h), each with the read-only connection of its own thread.
#pragma once

#include "store/records.h"
#include "store/store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace omni::ui {

struct ProductsData {
    std::vector<store::ProductSummary> products;
    std::vector<store::Channel> channels;
};

struct ProductDetail {
    std::optional<store::Product> product; // with attributes
    std::vector<store::Listing> listings;
};

// What the Products page's filters and editor choose from.
struct ProductChoices {
    std::vector<store::Channel> channels;
    std::vector<std::string> categories;
    std::vector<std::string> brands;
};

struct CustomersData {
    std::vector<store::CustomerSummary> customers;
    std::vector<store::Channel> channels;
};

struct CustomerDetail {
    std::vector<store::Identity> identities;
    std::vector<store::Event> recentEvents;      // newest first
    std::vector<store::Product> eventProducts;   // the products those events refer to
};

// How many of a customer's events the Customers page shows.
constexpr int kRecentEventLimit = 50;

ProductsData queryProducts(const store::Store& store);
ProductDetail queryProductDetail(const store::Store& store, int64_t productId);
ProductChoices queryProductChoices(const store::Store& store);
CustomersData queryCustomers(const store::Store& store);
CustomerDetail queryCustomerDetail(const store::Store& store, int64_t customerId);
std::vector<store::KbArticle> queryKbArticles(const store::Store& store);
std::vector<store::DailyActivity> queryDailyActivity(const store::Store& store);
std::vector<store::ModelRecord> queryModels(const store::Store& store);
store::TableCounts queryCounts(const store::Store& store);

} // namespace omni::ui
