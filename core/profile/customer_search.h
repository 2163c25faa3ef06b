// SPDX-License-Identifier: GPL-3.0-or-later
// Finding a customer as the analyst types: by customer id or key, any account id, name (Chinese
// names by any character), e-mail or phone, and by an e-mail or phone typed in full, matched
// against the accounts' hashed contacts.
//
// Technique, chosen by measurement (docs/benchmarks.md, "Customer search"): an in-memory index
// built once, in a worker, from one pass over customers and accounts. Every searchable text is
// normalised (search_text.h) and each of its word starts becomes an entry of one sorted array,
// so any query is a binary search plus a scan of the entries that begin with it; no query reads
// the store. SQLite's trigram FTS5 was the alternative: it cannot use its index for queries under
// three characters, which are most keystrokes and every two-character Chinese name.
//
// Ranking, best first: the customer id itself; a whole field equal to the query (or a hashed
// contact); a field starting with the query; a word inside a field starting with it. Then key,
// account, name, e-mail, phone; then the shorter field (the query covers more of it); then the
// lower customer id. A customer appears once, with its best match. A customer merged into
// another is found by its old key and name and shown as the customer it is now part of.
#pragma once

#include "runtime/job.h"
#include "store/store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace omni::profile {

enum class SearchField { CustomerId, CustomerKey, Account, Name, Email, Phone };
const char* searchFieldName(SearchField field); // "customer_id", "account"...

enum class MatchKind { Exact, Prefix, Word };

struct SearchHit {
    int64_t customerId = 0;
    std::string customerKey;
    std::string name;
    SearchField field = SearchField::CustomerId;
    MatchKind match = MatchKind::Exact;
    std::string matched; // the matching text as stored ("app a-k3j2h1g0", "Wang Fang"); for a hashed
                         // contact, the account carrying it ("app a-k3j2h1g0 (hashed phone)")
    std::optional<int64_t> mergedCustomerId; // the match was on this customer, since merged into customerId
};

class CustomerSearchIndex {
public:
    CustomerSearchIndex(); // empty: finds nothing
    // One pass over the store's customers and accounts; progress and cancellation through job.
    static CustomerSearchIndex build(const store::Store& store, const runtime::JobContext& job);

    // At most limit customers, best first. Safe to call from several threads at once.
    std::vector<SearchHit> search(std::string_view query, size_t limit = 20) const;

    size_t customerCount() const { return customers_.size(); }
    size_t entryCount() const { return entries_.size(); }
    size_t memoryBytes() const;

private:
    struct Customer {
        int64_t id;
        uint32_t key;  // display field indices
        uint32_t name;
    };
    struct Field {
        uint32_t textStart; // normalised text in text_
        uint32_t textLength;
        uint32_t displayStart; // as stored, in display_
        uint32_t displayLength;
        uint32_t customer;     // index into customers_ (the customer it resolves to now)
        SearchField kind;
        bool fromMergedCustomer; // the merged customer it belonged to is in mergedFrom_
    };
    struct HashedContact {
        uint64_t key;   // the first 8 bytes of the hash
        uint32_t field; // the account carrying it
        bool operator<(const HashedContact& other) const { return key != other.key ? key < other.key : field < other.field; }
    };
    // Everything ranking needs is in the entry itself, so a scan over a crowded prefix ("1", "c")
    // reads one array front to back instead of jumping to each entry's field.
    struct Entry {
        uint64_t head; // the first 8 bytes from start, big-endian: most comparisons end here
        uint32_t start;
        uint32_t end;
        uint32_t customer; // index into customers_
        uint32_t meta;     // field index (28 bits), field priority (3 bits), starts the field (1 bit)
    };
    class Builder;

    std::string_view text(const Field& field) const { return {text_.data() + field.textStart, field.textLength}; }
    std::string_view display(const Field& field) const
    {
        return {display_.data() + field.displayStart, field.displayLength};
    }
    std::optional<uint32_t> customerById(int64_t id) const;
    SearchHit makeHit(uint32_t customer, const Field& field, MatchKind match, const std::string& matched) const;

    std::vector<Customer> customers_; // by id
    std::vector<Field> fields_;
    std::vector<Entry> entries_;      // sorted by the text from start to end
    std::string text_;
    std::string display_;
    std::unordered_map<int64_t, uint32_t> mergedInto_; // merged customer id -> customers_ index
    std::unordered_map<uint32_t, int64_t> mergedFrom_; // field of a merged customer -> that customer's id
    // Sorted by key. A 64-bit slice of SHA-256 does not collide among a shop's contacts in
    // practice, so a hit is checked no further.
    std::vector<HashedContact> phoneHashes_;
    std::vector<HashedContact> emailHashes_;
};

} // namespace omni::profile
