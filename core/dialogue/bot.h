// SPDX-License-Identifier: GPL-3.0-or-later
// The customer-service bot: one turn = understand (intent + entities) → retrieve (knowledge base)
// → ground (the current customer's own orders, the product's attributes/stock/price on this
// channel, the knowledge base's rules) → reply in the customer's language and the channel's
// style, or hand off to a human with a case summary. Everything the reply used is listed in the
// turn, so the support lead sees exactly why it answered as it did.
//
// Security: a conversation holds only its own customer's data (CustomerContext); the bot never
// queries the store per turn, so another customer's orders are unreachable by construction, and
// prompt-injection or foreign order numbers get a refusal.
#pragma once

#include "dialogue/entities.h"
#include "dialogue/intent.h"
#include "dialogue/kb_retrieval.h"
#include "store/database.h"
#include "store/records.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace omni::dialogue {

// The simulated customer: only their own data. A persona has no customerId and no history.
struct CustomerContext {
    std::optional<int64_t> customerId;
    std::string customerKey;
    std::string displayName;
    std::optional<std::string> email;
    std::optional<std::string> phone;
    std::optional<std::string> city;
    std::vector<store::Order> orders; // newest first, with items
};

// Reads customerId's own row and orders, nothing else. Throws StoreError when there is no such customer.
CustomerContext loadCustomerContext(const store::Database& db, int64_t customerId);
// The same by the shop's customer key (test suites name customers this way).
CustomerContext loadCustomerContextByKey(const store::Database& db, const std::string& customerKey);
CustomerContext personaContext(const std::string& displayName);

// Shop-wide, customer-independent data the bot answers from; loaded once, shared by conversations.
struct BotKnowledge {
    std::vector<store::Product> catalog;                    // with attributes
    std::map<int64_t, std::vector<store::Listing>> listings; // by product id
    std::vector<store::KbArticle> articles;
    std::vector<store::Channel> channels;
    std::shared_ptr<const EntityExtractor> entities;
    std::shared_ptr<const KbRetriever> retriever;

    static std::shared_ptr<const BotKnowledge> load(const store::Database& db);
    const store::Product* product(int64_t productId) const;
};

// One fact the reply used, shown per turn and checked by test suites ("facts used").
struct FactUsed {
    std::string source; // "order SO260403000001", "product SKU-123", "kb returns", "customer"
    std::string field;  // "status", "delivery_estimate", "refund_amount", "return_window_ends", "price", "stock", "colour", ...
    std::string value;  // "shipped", "2026-11-25", "199.00", ...
};

enum class HandoffReason { None, LowConfidence, Requested, RepeatedFailure };
const char* handoffReasonName(HandoffReason reason); // "none", "low_confidence", "requested", "repeated_failure"

struct BotTurn {
    std::string customerText;
    std::string lang; // of this turn: detectLanguage(customerText)
    IntentPrediction intent;
    std::vector<Entity> entities;
    std::vector<RetrievedArticle> articles;
    std::vector<FactUsed> facts;
    std::string reply;
    bool refused = false;      // a security refusal (another customer's data, injection)
    std::string refusalReason; // "injection", "foreign_order", "other_customer"
    bool handoff = false;
    HandoffReason handoffReason = HandoffReason::None;
    std::string caseSummary;   // one paragraph for the human agent, personal data masked
    double latencyMs = 0;      // understanding + retrieval + grounding + reply
};

// What the bot remembers across turns.
struct DialogueState {
    std::optional<std::string> orderKey;  // the order being talked about
    std::optional<int64_t> productId;     // the product being talked about
    std::optional<std::string> size;
    std::optional<std::string> colour;
    std::optional<Intent> pendingIntent;  // waiting for the customer to say which order
    int failedTurns = 0;                  // consecutive turns the bot could not help with
    bool handedOff = false;
};

struct Conversation {
    CustomerContext customer;
    std::string channelCode = "web";
    int64_t nowTs = 0; // the simulated "now" (delivery estimates, return windows, relative dates)
    DialogueState state;
    std::vector<BotTurn> turns;
};

struct BotOptions {
    double handoffThreshold = 0.40; // below this confidence the bot hands off
    int maxFailedTurns = 2;         // consecutive unhelpful turns before it hands off
};

class Bot {
public:
    Bot(std::shared_ptr<const BotKnowledge> knowledge, std::shared_ptr<const IntentClassifier> classifier,
        BotOptions options = {});

    Conversation start(CustomerContext customer, std::string channelCode, int64_t nowTs) const;
    // Answers one message, appends the turn to the conversation and returns it.
    const BotTurn& respond(Conversation& conversation, std::string_view customerText) const;

    const BotKnowledge& knowledge() const { return *knowledge_; }
    const BotOptions& options() const { return options_; }

private:
    std::shared_ptr<const BotKnowledge> knowledge_;
    std::shared_ptr<const IntentClassifier> classifier_;
    BotOptions options_;
};

// The "now" a store's simulations use by default: the time of its newest order (so the sample
// shop's orders look recent), or the current time when it has none.
int64_t defaultSimulationNow(const store::Database& db);

// Masks phone numbers, e-mail addresses and street addresses (English and Chinese) in text for
// logs and exports: "138****5678", "a***@example.com", "[address]".
std::string maskPersonalData(std::string_view text);

} // namespace omni::dialogue
