// SPDX-License-Identifier: GPL-3.0-or-later
// Plain rows of the store, as the repositories read and write them. No behaviour here.
// Times are Unix seconds (UTC); days are whole days since 1970-01-01 (UTC).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace omni::store {

struct Channel {
    int64_t id = 0;
    std::string code;   // web, app, mini_program, store, social
    std::string nameEn;
    std::string nameZh;
};

struct Customer {
    int64_t id = 0;
    std::string customerKey; // the shop's own stable key for this person
    std::string name;
    std::optional<std::string> email;
    std::optional<std::string> phone;
    std::optional<std::string> city;
    int64_t createdAt = 0;
};

struct Identity {
    int64_t id = 0;
    int64_t customerId = 0;
    std::string channelCode;
    std::string externalId; // the account id on that channel
    std::optional<int64_t> firstSeen;
};

// A customer row as the Customers page lists it.
struct CustomerSummary {
    Customer customer;
    int identityCount = 0;
    int channelCount = 0;
    int64_t eventCount = 0;
    std::optional<int64_t> lastSeen;
};

struct Product {
    int64_t id = 0;
    std::string sku;
    std::string titleEn;
    std::string titleZh;
    std::string category;
    std::string brand;
    double price = 0;
    std::string descriptionEn;
    std::string descriptionZh;
    std::optional<int64_t> createdAt;
    std::map<std::string, std::string> attributes; // size, colour, material, weight...
};

// A product row as the Products page lists it.
struct ProductSummary {
    Product product; // attributes left empty in lists
    int listingCount = 0;
    double minListingPrice = 0;
    double maxListingPrice = 0;
};

struct Listing {
    int64_t id = 0;
    int64_t productId = 0;
    std::string channelCode;
    std::string title;
    double price = 0;
    std::string description;
    int64_t stock = 0;
    std::string status = "active"; // active (on sale), paused (hidden), draft (not yet published)
};

enum class EventType { View, Click, Search, AddToCart, Purchase, Review };
const char* eventTypeName(EventType type);                       // "add_to_cart"
std::optional<EventType> parseEventType(const std::string& name); // accepts the names above

struct Event {
    int64_t id = 0;
    int64_t customerId = 0;
    std::string channelCode;
    std::string sessionId;
    std::optional<int64_t> productId;
    EventType type = EventType::View;
    int64_t ts = 0;
    int64_t dwellMs = 0;
    std::optional<std::string> query;
};

struct OrderItem {
    int64_t productId = 0;
    int64_t quantity = 1;
    double unitPrice = 0;
};

struct Order {
    int64_t id = 0;
    std::string orderKey;
    int64_t customerId = 0;
    std::string channelCode;
    int64_t ts = 0;
    std::string status = "paid"; // placed, paid, shipped, delivered, returned, cancelled
    double total = 0;
    std::vector<OrderItem> items;
};

struct Review {
    int64_t id = 0;
    int64_t customerId = 0;
    int64_t productId = 0;
    std::string channelCode;
    double rating = 0; // 0..5
    std::string text;
    std::string lang = "en";
    int64_t ts = 0;
};

struct KbArticle {
    int64_t id = 0;
    std::string topic; // returns, shipping, sizes, coupons, order_status...
    std::string lang;  // en, zh
    std::string title;
    std::string body;
};

// One training epoch of a stored model, for its loss and validation curves.
struct ModelEpoch {
    int epoch = 0;                       // 1-based
    double loss = 0;                     // mean training loss
    std::optional<double> validationNdcg; // validation NDCG@10; none when the epoch was not validated
    double seconds = 0;
};

struct ModelRecord {
    int64_t id = 0;
    std::string kind; // popularity, itemknn, bpr_mf, sasrec, lm, intent...
    int64_t version = 1;
    std::string file;
    std::string metricsJson = "{}";
    int64_t createdAt = 0;
    bool active = false;
    std::vector<ModelEpoch> epochs; // the evaluated training run, in order; empty before schema v4
};

struct DailyActivity {
    int64_t day = 0;
    int64_t activeCustomers = 0;
    int64_t events = 0;
    int64_t purchases = 0;
};

// Row counts of the main tables, for the status bar and `omniconsole-cli info`.
struct TableCounts {
    int64_t customers = 0;
    int64_t identities = 0;
    int64_t products = 0;
    int64_t listings = 0;
    int64_t events = 0;
    int64_t orders = 0;
    int64_t reviews = 0;
    int64_t kbArticles = 0;
    int64_t intentExamples = 0; // labelled utterances of the support bot (schema v6)
    int64_t models = 0;
};

} // namespace omni::store
