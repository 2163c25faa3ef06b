// SPDX-License-Identifier: GPL-3.0-or-later
// Customer search: normal forms and word starts, ranking (the id itself first), Chinese names by
// any character, account ids, hashed contacts, merged customers, no result and the limit.
#include "check.h"

#include "profile/customer_search.h"
#include "profile/identity_resolution.h"
#include "profile/search_text.h"
#include "store/customer_repository.h"
#include "store/identity_repository.h"

#include <set>
#include <string>
#include <vector>

using namespace omni;
using namespace omni::store;
using namespace omni::profile;
using omni::runtime::JobContext;

namespace {

class SearchShop {
public:
    SearchShop() : store_(Store::open(":memory:")), customers_(store_.db()), identities_(store_.db()) {}

    int64_t customer(const std::string& key, const std::string& name, std::optional<std::string> email = {},
                     std::optional<std::string> phone = {})
    {
        Customer customer;
        customer.customerKey = key;
        customer.name = name;
        customer.email = std::move(email);
        customer.phone = std::move(phone);
        customer.createdAt = 1;
        return customers_.insert(customer);
    }

    int64_t account(int64_t customerId, const std::string& channel, const std::string& externalId,
                    IdentityAttributes attributes = {})
    {
        Identity identity;
        identity.customerId = customerId;
        identity.channelCode = channel;
        identity.externalId = externalId;
        return identities_.insert(identity, attributes);
    }

    const Store& store() const { return store_; }
    CustomerSearchIndex index() const { return CustomerSearchIndex::build(store_, JobContext()); }

private:
    Store store_;
    CustomerRepository customers_;
    IdentityRepository identities_;
};

std::vector<int64_t> ids(const std::vector<SearchHit>& hits)
{
    std::vector<int64_t> out;
    for (const SearchHit& hit : hits)
        out.push_back(hit.customerId);
    return out;
}

} // namespace

OMNI_TEST(typed_text_and_stored_text_meet_in_one_normal_form)
{
    OMNI_CHECK_EQ(normaliseForSearch("  Wang   FANG "), std::string("wang fang"));
    OMNI_CHECK_EQ(normaliseForSearch("ＡＢＣ１２３"), std::string("abc123")); // full-width, as a Chinese keyboard types
    OMNI_CHECK_EQ(normaliseForSearch("李　伟"), std::string("李 伟"));        // ideographic space
    OMNI_CHECK_EQ(normaliseForSearch("李伟"), std::string("李伟"));
    OMNI_CHECK_EQ(normaliseForSearch(""), std::string());

    // Word starts: every character of a Chinese name, words of a Latin one, parts of an e-mail.
    OMNI_CHECK(wordStarts("李伟明", WordStarts::Text) == (std::vector<uint32_t>{0, 3, 6}));
    OMNI_CHECK(wordStarts("kevin zhang", WordStarts::Text) == (std::vector<uint32_t>{0, 6}));
    OMNI_CHECK(wordStarts("li.wei@example.com", WordStarts::Text) == (std::vector<uint32_t>{0, 3, 7, 15}));
    // Identifiers: separators and the first letter-to-digit change, not every change in a random id.
    OMNI_CHECK(wordStarts("card-0012345", WordStarts::Identifier) == (std::vector<uint32_t>{0, 5}));
    OMNI_CHECK(wordStarts("u1234567", WordStarts::Identifier) == (std::vector<uint32_t>{0, 1}));
    OMNI_CHECK(wordStarts("a-k3j2h1g0", WordStarts::Identifier) == (std::vector<uint32_t>{0, 2, 3}));

    OMNI_CHECK_EQ(phoneDigits("+86 (138) 0000-0001", 6), std::string("8613800000001"));
    OMNI_CHECK_EQ(phoneDigits("138 00", 6), std::string());  // too short to be a phone
    OMNI_CHECK_EQ(phoneDigits("c138000000", 6), std::string()); // not a phone at all
}

OMNI_TEST(the_customer_id_ranks_first_then_exact_prefix_and_word_matches)
{
    SearchShop shop;
    for (int i = 1; i <= 11; ++i)
        shop.customer("K" + std::to_string(100 + i), "Filler " + std::to_string(i));
    const int64_t twelve = shop.customer("K112", "Twelve");           // id 12
    const int64_t keyed = shop.customer("12", "Key twelve");          // key is exactly "12"
    const int64_t prefixed = shop.customer("K114", "Prefix");
    shop.account(prefixed, "app", "12abc");                           // an account id starting with 12
    const int64_t worded = shop.customer("K115", "Word");
    shop.account(worded, "web", "u1234567");                          // "1234567" is a word start
    shop.customer("K116", "Nothing");
    const CustomerSearchIndex index = shop.index();

    const std::vector<SearchHit> hits = index.search("12");
    OMNI_CHECK(ids(hits) == (std::vector<int64_t>{twelve, keyed, prefixed, worded}));
    OMNI_CHECK(hits[0].field == SearchField::CustomerId && hits[0].match == MatchKind::Exact);
    OMNI_CHECK(hits[1].field == SearchField::CustomerKey && hits[1].match == MatchKind::Exact);
    OMNI_CHECK(hits[2].field == SearchField::Account && hits[2].match == MatchKind::Prefix);
    OMNI_CHECK_EQ(hits[2].matched, std::string("app 12abc"));
    OMNI_CHECK(hits[3].match == MatchKind::Word);
    OMNI_CHECK_EQ(hits[0].customerKey, std::string("K112"));
    OMNI_CHECK_EQ(hits[0].name, std::string("Twelve"));
}

OMNI_TEST(chinese_names_are_found_by_any_character_and_latin_names_by_any_word)
{
    SearchShop shop;
    const int64_t liWei = shop.customer("C1", "李伟");
    const int64_t liWeiMing = shop.customer("C2", "李伟明");
    const int64_t wangFang = shop.customer("C3", "王芳");
    const int64_t latin = shop.customer("C4", "Wang Fang");
    const CustomerSearchIndex index = shop.index();

    OMNI_CHECK(ids(index.search("伟")) == (std::vector<int64_t>{liWei, liWeiMing})); // equal rank: shorter name first
    OMNI_CHECK(ids(index.search("李伟")) == (std::vector<int64_t>{liWei, liWeiMing})); // exact before prefix
    OMNI_CHECK(index.search("李伟")[0].match == MatchKind::Exact);
    OMNI_CHECK(index.search("李伟")[1].match == MatchKind::Prefix);
    OMNI_CHECK(ids(index.search("明")) == (std::vector<int64_t>{liWeiMing}));
    OMNI_CHECK(ids(index.search("芳")) == (std::vector<int64_t>{wangFang}));
    OMNI_CHECK(ids(index.search("fang")) == (std::vector<int64_t>{latin}));
    OMNI_CHECK(ids(index.search("ＷＡＮＧ　ｆ")) == (std::vector<int64_t>{latin})); // full-width typing
    OMNI_CHECK(index.search("fang")[0].match == MatchKind::Word);
    OMNI_CHECK_EQ(index.search("fang")[0].matched, std::string("Wang Fang"));
}

OMNI_TEST(any_account_id_finds_its_customer)
{
    SearchShop shop;
    const int64_t a = shop.customer("C1", "A");
    const int64_t b = shop.customer("C2", "B");
    shop.account(a, "mini_program", "oX9cJAbCdEfGhIjKlMnOpQrStUv");
    shop.account(a, "store", "card-0012345");
    shop.account(b, "social", "@li.wei_88");
    const CustomerSearchIndex index = shop.index();

    const std::vector<SearchHit> open = index.search("oX9cJAbCdEfGhIjKlMnOpQrStUv");
    OMNI_CHECK_EQ(open.size(), size_t(1));
    OMNI_CHECK_EQ(open[0].customerId, a);
    OMNI_CHECK(open[0].field == SearchField::Account && open[0].match == MatchKind::Exact);
    OMNI_CHECK_EQ(open[0].matched, std::string("mini_program oX9cJAbCdEfGhIjKlMnOpQrStUv")); // as stored
    OMNI_CHECK(ids(index.search("OX9CJABCD")) == (std::vector<int64_t>{a})); // any case, a prefix
    OMNI_CHECK(ids(index.search("0012345")) == (std::vector<int64_t>{a}));   // the card number without "card-"
    OMNI_CHECK(ids(index.search("card-00123")) == (std::vector<int64_t>{a}));
    OMNI_CHECK(ids(index.search("@li.wei")) == (std::vector<int64_t>{b}));
}

OMNI_TEST(contacts_are_found_in_clear_and_hashed)
{
    SearchShop shop;
    const int64_t withContacts = shop.customer("C1", "李伟", std::string("li.wei@example.com"), std::string("+86 138 0000 0001"));
    const int64_t hashedOnly = shop.customer("C2", "Anon");
    IdentityAttributes attributes;
    attributes.emailHash = hashEmail("hidden@example.com");
    attributes.phoneHash = hashPhone("+86 139 1234 5678");
    shop.account(hashedOnly, "app", "a-x1", attributes);
    const CustomerSearchIndex index = shop.index();

    // The customer record's own contacts, in clear: prefix of the e-mail, the local phone number.
    OMNI_CHECK(ids(index.search("li.wei@")) == (std::vector<int64_t>{withContacts}));
    OMNI_CHECK(ids(index.search("138 0000")) == (std::vector<int64_t>{withContacts}));
    OMNI_CHECK(index.search("138 0000")[0].field == SearchField::Phone);
    // Only the account's hash knows these: typed in full, any case or spacing, they still find it.
    const std::vector<SearchHit> email = index.search("Hidden@Example.com");
    OMNI_CHECK(ids(email) == (std::vector<int64_t>{hashedOnly}));
    OMNI_CHECK(email[0].field == SearchField::Email && email[0].match == MatchKind::Exact);
    OMNI_CHECK_EQ(email[0].matched, std::string("app a-x1 (hashed e-mail)"));
    const std::vector<SearchHit> phone = index.search("+86 139-1234-5678");
    OMNI_CHECK(ids(phone) == (std::vector<int64_t>{hashedOnly}));
    OMNI_CHECK(phone[0].field == SearchField::Phone);
    // Part of a hashed contact finds nothing: a hash matches whole values only.
    OMNI_CHECK(index.search("hidden@").empty());
}

OMNI_TEST(no_result_and_the_limit)
{
    SearchShop shop;
    for (int i = 1; i <= 30; ++i)
        shop.customer("C" + std::to_string(1000 + i), "Customer");
    const CustomerSearchIndex index = shop.index();
    OMNI_CHECK(index.search("zzz").empty());
    OMNI_CHECK(index.search("").empty());
    OMNI_CHECK(index.search("   ").empty());
    OMNI_CHECK(index.search("c10", 0).empty());
    OMNI_CHECK(CustomerSearchIndex().search("c10").empty());

    const std::vector<SearchHit> three = index.search("c10", 3);
    OMNI_CHECK_EQ(three.size(), size_t(3));
    // Same tier, field and length: the lower ids.
    OMNI_CHECK(ids(three) == (std::vector<int64_t>{1, 2, 3}));
    OMNI_CHECK_EQ(index.search("c10").size(), size_t(20)); // the default limit
    OMNI_CHECK_EQ(index.search("customer", 100).size(), size_t(30));
    OMNI_CHECK_EQ(index.customerCount(), size_t(30));
}

OMNI_TEST(a_merged_customer_is_found_as_the_customer_it_joined)
{
    SearchShop shop;
    const int64_t a = shop.customer("C1", "Ann");
    const int64_t b = shop.customer("C2", "Bea");
    shop.account(a, "web", "u1");
    shop.account(b, "app", "a-2");
    profile::mergeCustomers(shop.store(), a, b, "", JobContext());
    const CustomerSearchIndex index = shop.index();
    OMNI_CHECK_EQ(index.customerCount(), size_t(1));

    const std::vector<SearchHit> byKey = index.search("C2");
    OMNI_CHECK_EQ(byKey.size(), size_t(1));
    OMNI_CHECK_EQ(byKey[0].customerId, a);
    OMNI_CHECK(byKey[0].mergedCustomerId == b);
    OMNI_CHECK_EQ(byKey[0].customerKey, std::string("C1"));
    const std::vector<SearchHit> byId = index.search(std::to_string(b));
    OMNI_CHECK_EQ(byId.size(), size_t(1));
    OMNI_CHECK(byId[0].customerId == a && byId[0].mergedCustomerId == b);
    // The moved account is found under its new customer, not as a merged one.
    const std::vector<SearchHit> account = index.search("a-2");
    OMNI_CHECK(account.size() == 1 && account[0].customerId == a && !account[0].mergedCustomerId);
}
