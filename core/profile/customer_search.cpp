// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/customer_search.h"

#include "profile/search_text.h"
#include "store/identity_attributes.h"
#include "store/identity_repository.h"
#include "store/resolution_repository.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace omni::profile {

namespace {

constexpr uint64_t kNoRank = std::numeric_limits<uint64_t>::max();

// Ranks pack (tier, field priority, field length, field index) into one integer, so the best
// match of a customer is a plain minimum.
enum Tier : uint64_t { kTierId = 0, kTierExact = 1, kTierPrefix = 2, kTierWord = 3 };
enum Priority : uint64_t { kKey = 0, kAccount = 1, kHashedPhone = 2, kHashedEmail = 3, kName = 4, kEmail = 5, kPhone = 6 };

constexpr uint32_t kFieldBits = 0x0FFFFFFF;
constexpr uint32_t kStartsField = 0x80000000;

uint64_t rank(uint64_t tier, uint64_t priority, uint32_t length, uint32_t field)
{
    return (tier << 60) | (priority << 56) | (static_cast<uint64_t>(std::min<uint32_t>(length, 0xFFFFFF)) << 32) | field;
}
uint64_t tierOf(uint64_t rank) { return rank >> 60; }
uint64_t priorityOf(uint64_t rank) { return (rank >> 56) & 0xF; }
uint32_t fieldOf(uint64_t rank) { return static_cast<uint32_t>(rank); }

uint64_t priorityOf(SearchField kind)
{
    switch (kind) {
    case SearchField::CustomerKey:
        return kKey;
    case SearchField::Account:
        return kAccount;
    case SearchField::Name:
        return kName;
    case SearchField::Email:
        return kEmail;
    case SearchField::Phone:
        return kPhone;
    case SearchField::CustomerId:
        break;
    }
    return kKey;
}

// The first 8 bytes of text, big-endian, zero-padded: comparing two heads compares the texts'
// first 8 bytes, and a shorter text sorts first, as it should.
uint64_t headOf(std::string_view text)
{
    uint64_t head = 0;
    for (size_t i = 0; i < 8; ++i)
        head = (head << 8) | (i < text.size() ? static_cast<unsigned char>(text[i]) : 0u);
    return head;
}

uint64_t hashKey(const std::string& hexHash)
{
    uint64_t key = 0;
    for (size_t i = 0; i < 16 && i < hexHash.size(); ++i) {
        const char c = hexHash[i];
        key = (key << 4) | static_cast<uint64_t>(c <= '9' ? c - '0' : c - 'a' + 10);
    }
    return key;
}

bool allDigits(const std::string& text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

const char* searchFieldName(SearchField field)
{
    switch (field) {
    case SearchField::CustomerId:
        return "customer_id";
    case SearchField::CustomerKey:
        return "customer_key";
    case SearchField::Account:
        return "account";
    case SearchField::Name:
        return "name";
    case SearchField::Email:
        return "email";
    case SearchField::Phone:
        return "phone";
    }
    return "customer_id";
}

class CustomerSearchIndex::Builder {
public:
    explicit Builder(CustomerSearchIndex& index) : index_(index) {}

    void addCustomers(const std::vector<store::CustomerHead>& heads)
    {
        std::unordered_map<int64_t, int64_t> mergedTarget;
        for (const store::CustomerHead& head : heads) {
            if (head.mergedInto) {
                mergedTarget.emplace(head.id, *head.mergedInto);
                continue;
            }
            index_.customers_.push_back({head.id, 0, 0});
        }
        // Resolution never chains merges, but a store edited by hand might: follow a few steps.
        for (const auto& [id, target] : mergedTarget) {
            int64_t current = target;
            for (int step = 0; step < 16 && mergedTarget.count(current); ++step)
                current = mergedTarget.at(current);
            if (const auto row = index_.customerById(current))
                index_.mergedInto_.emplace(id, *row);
        }
        for (const store::CustomerHead& head : heads) {
            const auto row = rowOf(head.id);
            if (!row)
                continue;
            const int64_t mergedFrom = head.mergedInto ? head.id : 0;
            const uint32_t key = addField(SearchField::CustomerKey, *row, mergedFrom, head.customerKey,
                                          normaliseForSearch(head.customerKey), WordStarts::Identifier);
            const uint32_t name = addField(SearchField::Name, *row, mergedFrom, head.name,
                                           normaliseForSearch(head.name), WordStarts::Text);
            if (!head.mergedInto) {
                index_.customers_[*row].key = key;
                index_.customers_[*row].name = name;
            }
            if (head.email)
                addField(SearchField::Email, *row, mergedFrom, *head.email, normaliseForSearch(*head.email),
                         WordStarts::Text);
            if (head.phone)
                addPhone(*row, mergedFrom, *head.phone);
        }
    }

    void addAccounts(const std::vector<store::IdentityRecord>& accounts)
    {
        for (const store::IdentityRecord& account : accounts) {
            const auto row = rowOf(account.customerId);
            if (!row)
                continue;
            const uint32_t field = addField(SearchField::Account, *row, 0, account.channelCode + " " + account.externalId,
                                            normaliseForSearch(account.externalId), WordStarts::Identifier);
            if (account.attributes.phoneHash)
                index_.phoneHashes_.push_back({hashKey(*account.attributes.phoneHash), field});
            if (account.attributes.emailHash)
                index_.emailHashes_.push_back({hashKey(*account.attributes.emailHash), field});
        }
        std::sort(index_.phoneHashes_.begin(), index_.phoneHashes_.end());
        std::sort(index_.emailHashes_.begin(), index_.emailHashes_.end());
    }

    void sortEntries()
    {
        const std::string& text = index_.text_;
        std::sort(index_.entries_.begin(), index_.entries_.end(), [&text](const Entry& a, const Entry& b) {
            if (a.head != b.head)
                return a.head < b.head;
            const std::string_view tailA(text.data() + a.start, a.end - a.start);
            const std::string_view tailB(text.data() + b.start, b.end - b.start);
            const int order = tailA.compare(tailB);
            if (order != 0)
                return order < 0;
            return a.meta != b.meta ? a.meta < b.meta : a.start < b.start;
        });
    }

private:
    std::optional<uint32_t> rowOf(int64_t customerId) const
    {
        if (const auto row = index_.customerById(customerId))
            return row;
        if (const auto merged = index_.mergedInto_.find(customerId); merged != index_.mergedInto_.end())
            return merged->second;
        return std::nullopt;
    }

    uint32_t addField(SearchField kind, uint32_t row, int64_t mergedFrom, const std::string& display,
                      const std::string& normalised, WordStarts starts)
    {
        const auto fieldIndex = static_cast<uint32_t>(index_.fields_.size());
        Field field{static_cast<uint32_t>(index_.text_.size()), static_cast<uint32_t>(normalised.size()),
                    static_cast<uint32_t>(index_.display_.size()), static_cast<uint32_t>(display.size()),
                    row, kind, mergedFrom != 0};
        if (mergedFrom != 0)
            index_.mergedFrom_.emplace(fieldIndex, mergedFrom);
        index_.text_ += normalised;
        index_.display_ += display;
        index_.fields_.push_back(field);
        for (uint32_t start : wordStarts(normalised, starts))
            addEntry(field, fieldIndex, start);
        return fieldIndex;
    }

    // Phone numbers are matched on their digits, from the start (with or without a country code
    // typed) and from where an 11- or 10-digit local number would begin.
    void addPhone(uint32_t row, int64_t mergedFrom, const std::string& phone)
    {
        std::string digits;
        for (char c : phone)
            if (c >= '0' && c <= '9')
                digits += c;
        if (digits.empty())
            return;
        const auto fieldIndex = static_cast<uint32_t>(index_.fields_.size());
        Field field{static_cast<uint32_t>(index_.text_.size()), static_cast<uint32_t>(digits.size()),
                    static_cast<uint32_t>(index_.display_.size()), static_cast<uint32_t>(phone.size()),
                    row, SearchField::Phone, mergedFrom != 0};
        if (mergedFrom != 0)
            index_.mergedFrom_.emplace(fieldIndex, mergedFrom);
        index_.text_ += digits;
        index_.display_ += phone;
        index_.fields_.push_back(field);
        addEntry(field, fieldIndex, 0);
        for (size_t local : {size_t(11), size_t(10)})
            if (digits.size() > local)
                addEntry(field, fieldIndex, static_cast<uint32_t>(digits.size() - local));
    }

    void addEntry(const Field& field, uint32_t fieldIndex, uint32_t offset)
    {
        if (fieldIndex > kFieldBits)
            throw store::StoreError("too many customers and accounts to index for search");
        const uint32_t start = field.textStart + offset;
        const uint32_t end = field.textStart + field.textLength;
        const uint32_t meta = fieldIndex | static_cast<uint32_t>(priorityOf(field.kind) << 28) | (offset == 0 ? kStartsField : 0);
        index_.entries_.push_back(
            {headOf(std::string_view(index_.text_.data() + start, end - start)), start, end, field.customer, meta});
    }

    CustomerSearchIndex& index_;
};

CustomerSearchIndex::CustomerSearchIndex() = default;

CustomerSearchIndex CustomerSearchIndex::build(const store::Store& store, const runtime::JobContext& job)
{
    CustomerSearchIndex index;
    Builder builder(index);
    job.step(0, 4, "loading customers");
    builder.addCustomers(store::ResolutionRepository(store.db()).customers());
    job.step(1, 4, "loading accounts");
    builder.addAccounts(store::IdentityRepository(store.db()).all());
    job.step(2, 4, "sorting");
    builder.sortEntries();
    job.step(4, 4, "done");
    return index;
}

std::optional<uint32_t> CustomerSearchIndex::customerById(int64_t id) const
{
    const auto found = std::lower_bound(customers_.begin(), customers_.end(), id,
                                        [](const Customer& customer, int64_t value) { return customer.id < value; });
    if (found == customers_.end() || found->id != id)
        return std::nullopt;
    return static_cast<uint32_t>(found - customers_.begin());
}

size_t CustomerSearchIndex::memoryBytes() const
{
    return customers_.capacity() * sizeof(Customer) + fields_.capacity() * sizeof(Field) +
           entries_.capacity() * sizeof(Entry) + text_.capacity() + display_.capacity() +
           (phoneHashes_.capacity() + emailHashes_.capacity()) * sizeof(HashedContact) +
           (mergedInto_.size() + mergedFrom_.size()) * 32;
}

SearchHit CustomerSearchIndex::makeHit(uint32_t customer, const Field& field, MatchKind match,
                                       const std::string& matched) const
{
    const Customer& row = customers_[customer];
    SearchHit hit;
    hit.customerId = row.id;
    hit.customerKey = std::string(display(fields_[row.key]));
    hit.name = std::string(display(fields_[row.name]));
    hit.field = field.kind;
    hit.match = match;
    hit.matched = matched;
    if (field.fromMergedCustomer)
        hit.mergedCustomerId = mergedFrom_.at(static_cast<uint32_t>(&field - fields_.data()));
    return hit;
}

std::vector<SearchHit> CustomerSearchIndex::search(std::string_view query, size_t limit) const
{
    const std::string normalised = normaliseForSearch(query);
    if (normalised.empty() || limit == 0 || customers_.empty())
        return {};

    std::vector<uint64_t> best(customers_.size(), kNoRank);
    std::vector<uint32_t> touched;
    int64_t mergedIdHit = 0; // the merged customer an id query named, if any
    auto offer = [&](uint32_t customer, uint64_t candidate) {
        if (best[customer] == kNoRank)
            touched.push_back(customer);
        best[customer] = std::min(best[customer], candidate);
    };

    std::optional<uint32_t> byId;
    if (allDigits(normalised) && normalised.size() <= 18) {
        const int64_t id = std::stoll(normalised);
        byId = customerById(id);
        if (!byId)
            if (const auto merged = mergedInto_.find(id); merged != mergedInto_.end()) {
                byId = merged->second;
                mergedIdHit = id;
            }
        if (byId)
            offer(*byId, rank(kTierId, 0, 0, 0));
    }

    auto offerHashed = [&](const std::vector<HashedContact>& hashes, const std::optional<std::string>& hash,
                           uint64_t priority) {
        if (!hash)
            return;
        const uint64_t key = hashKey(*hash);
        for (auto it = std::lower_bound(hashes.begin(), hashes.end(), HashedContact{key, 0});
             it != hashes.end() && it->key == key; ++it)
            offer(fields_[it->field].customer, rank(kTierExact, priority, fields_[it->field].textLength, it->field));
    };
    if (normalised.find('@') != std::string::npos)
        offerHashed(emailHashes_, store::hashEmail(query), kHashedEmail);
    const std::string digits = phoneDigits(normalised, 6);
    if (!digits.empty())
        offerHashed(phoneHashes_, store::hashPhone(query), kHashedPhone);

    auto scan = [&](const std::string& prefix) {
        const uint64_t head = headOf(prefix);
        const size_t headBytes = std::min<size_t>(prefix.size(), 8);
        const uint64_t mask = headBytes == 8 ? kNoRank : ~(kNoRank >> (8 * headBytes));
        auto first = std::lower_bound(entries_.begin(), entries_.end(), prefix, [&](const Entry& entry, const std::string& value) {
            if (entry.head != head)
                return entry.head < head;
            return std::string_view(text_.data() + entry.start, entry.end - entry.start) < value;
        });
        for (auto it = first; it != entries_.end() && (it->head & mask) == (head & mask); ++it) {
            // Within a word the remaining text stands in for the field's length: both say how much
            // of the text the query covers.
            const uint32_t length = it->end - it->start;
            if (length < prefix.size() ||
                (prefix.size() > 8 && std::memcmp(text_.data() + it->start + 8, prefix.data() + 8, prefix.size() - 8) != 0))
                continue;
            const uint64_t tier = !(it->meta & kStartsField) ? kTierWord
                                  : length == prefix.size()   ? kTierExact
                                                              : kTierPrefix;
            offer(it->customer, rank(tier, (it->meta >> 28) & 7, length, it->meta & kFieldBits));
        }
    };
    scan(normalised);
    if (!digits.empty() && digits != normalised)
        scan(digits);

    auto order = [&](uint32_t a, uint32_t b) {
        const uint64_t rankA = best[a] >> 32;
        const uint64_t rankB = best[b] >> 32;
        return rankA != rankB ? rankA < rankB : customers_[a].id < customers_[b].id;
    };
    const size_t count = std::min(limit, touched.size());
    std::partial_sort(touched.begin(), touched.begin() + static_cast<std::ptrdiff_t>(count), touched.end(), order);

    std::vector<SearchHit> hits;
    hits.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        const uint32_t customer = touched[i];
        const uint64_t found = best[customer];
        if (tierOf(found) == kTierId) {
            SearchHit hit = makeHit(customer, fields_[customers_[customer].key], MatchKind::Exact, normalised);
            hit.field = SearchField::CustomerId;
            hit.mergedCustomerId.reset();
            if (mergedIdHit != 0)
                hit.mergedCustomerId = mergedIdHit;
            hits.push_back(std::move(hit));
            continue;
        }
        const Field& field = fields_[fieldOf(found)];
        const uint64_t priority = priorityOf(found);
        if (priority == kHashedPhone || priority == kHashedEmail) {
            SearchHit hit = makeHit(customer, field, MatchKind::Exact,
                                    std::string(display(field)) +
                                        (priority == kHashedPhone ? " (hashed phone)" : " (hashed e-mail)"));
            hit.field = priority == kHashedPhone ? SearchField::Phone : SearchField::Email;
            hits.push_back(std::move(hit));
            continue;
        }
        const MatchKind match = tierOf(found) == kTierExact    ? MatchKind::Exact
                                : tierOf(found) == kTierPrefix ? MatchKind::Prefix
                                                               : MatchKind::Word;
        hits.push_back(makeHit(customer, field, match, std::string(display(field))));
    }
    return hits;
}

} // namespace omni::profile
