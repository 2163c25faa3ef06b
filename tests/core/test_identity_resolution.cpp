// SPDX-License-Identifier: GPL-3.0-or-later
// Identity resolution on crafted stores: chains of rules, analysts' splits and merges with undo,
// explanations, idempotence, the rows that follow a moved account, and the sample shop, whose
// customers resolution must reproduce.
#include "check.h"

#include "io/importer.h"
#include "profile/identity_resolution.h"
#include "profile/link_explanation.h"
#include "store/activity_repository.h"
#include "store/customer_repository.h"
#include "store/event_repository.h"
#include "store/identity_decision_repository.h"
#include "store/identity_link_repository.h"
#include "store/identity_repository.h"
#include "store/order_repository.h"
#include "store/resolution_repository.h"
#include "store/sha256.h"

#include <map>
#include <set>
#include <string>
#include <vector>

using namespace omni;
using namespace omni::store;
using omni::profile::mergeCustomers;
using omni::profile::resolveIdentities;
using omni::profile::ResolutionOptions;
using omni::profile::ResolutionReport;
using omni::profile::splitAccounts;
using omni::profile::undoDecision;
using omni::runtime::JobContext;

namespace {

constexpr int64_t kDay = 86400;
constexpr int64_t kT0 = 20000 * kDay; // 2024-10-04, a whole day

// A crafted store: customers with accounts and attributes, and events on those accounts.
class Shop {
public:
    Shop() : store_(Store::open(":memory:")), customers_(store_.db()), identities_(store_.db()), events_(store_.db()) {}

    const Store& store() const { return store_; }

    int64_t customer(const std::string& key)
    {
        Customer customer;
        customer.customerKey = key;
        customer.name = "Person " + key;
        customer.createdAt = kT0;
        return customers_.insert(customer);
    }

    int64_t account(int64_t customerId, const std::string& channel, const std::string& externalId,
                    IdentityAttributes attributes = {})
    {
        Identity identity;
        identity.customerId = customerId;
        identity.channelCode = channel;
        identity.externalId = externalId;
        identity.firstSeen = kT0;
        return identities_.insert(identity, attributes);
    }

    // n view events of customerId on channel, one a day from day.
    void events(int64_t customerId, const std::string& channel, int n, int day = 0)
    {
        Event event;
        event.customerId = customerId;
        event.channelCode = channel;
        event.type = EventType::View;
        for (int i = 0; i < n; ++i) {
            event.ts = kT0 + (day + i) * kDay + 3600;
            events_.insert(event);
        }
    }

    int64_t customerOf(int64_t identityId) const { return identities_.get(identityId)->customerId; }

    int64_t eventsOf(int64_t customerId) const
    {
        Statement statement = store_.db().prepare("SELECT count(*) FROM events WHERE customer_id = ?1");
        statement.bind(1, customerId);
        statement.step();
        return statement.columnInt(0);
    }

    std::optional<int64_t> mergedInto(int64_t customerId) const
    {
        Statement statement = store_.db().prepare("SELECT merged_into FROM customers WHERE id = ?1");
        statement.bind(1, customerId);
        statement.step();
        return statement.columnOptionalInt(0);
    }

    IdentityLink link(int64_t identityId) const { return *IdentityLinkRepository(store_.db()).forIdentity(identityId); }

    // identity -> customer, and customer -> events: the state an undo must restore.
    std::map<int64_t, int64_t> ownership() const
    {
        std::map<int64_t, int64_t> owners;
        for (const IdentityRecord& record : identities_.all())
            owners[record.id] = record.customerId;
        Statement statement = store_.db().prepare("SELECT customer_id, count(*) FROM events GROUP BY customer_id");
        while (statement.step())
            owners[-statement.columnInt(0)] = statement.columnInt(1);
        return owners;
    }

private:
    Store store_;
    CustomerRepository customers_;
    IdentityRepository identities_;
    EventRepository events_;
};

// Both daily aggregates as text, to compare the adjusted counts with a full recount.
std::string aggregates(const Store& store)
{
    std::string text;
    Statement days = store.db().prepare("SELECT day, active_customers, events, purchases FROM daily_activity ORDER BY day");
    while (days.step())
        text += std::to_string(days.columnInt(0)) + ":" + std::to_string(days.columnInt(1)) + "/" +
                std::to_string(days.columnInt(2)) + "/" + std::to_string(days.columnInt(3)) + " ";
    Statement channels = store.db().prepare(
        "SELECT day, channel_id, active_customers, events FROM daily_channel_activity ORDER BY day, channel_id");
    while (channels.step())
        text += std::to_string(channels.columnInt(0)) + "." + std::to_string(channels.columnInt(1)) + ":" +
                std::to_string(channels.columnInt(2)) + "/" + std::to_string(channels.columnInt(3)) + " ";
    return text;
}

bool aggregatesMatchARecount(const Store& store)
{
    const std::string adjusted = aggregates(store);
    ActivityRepository(store.db()).rebuild();
    return aggregates(store) == adjusted;
}

// Decisions re-resolve only the accounts they can affect; a full run afterwards must agree.
bool fullRunChangesNothing(const Store& store, const ResolutionOptions& options = {})
{
    const ResolutionReport report = resolveIdentities(store, JobContext(), options);
    return report.accountsMoved == 0 && report.linksChanged == 0 && report.customersCreated == 0;
}

IdentityAttributes phone(const std::string& number)
{
    IdentityAttributes attributes;
    attributes.phoneHash = hashPhone(number);
    return attributes;
}

IdentityAttributes device(const std::string& id)
{
    IdentityAttributes attributes;
    attributes.deviceId = id;
    return attributes;
}

} // namespace

OMNI_TEST(sha256_matches_the_published_test_vectors)
{
    // FIPS 180-2 appendix B: one block, two blocks (56 bytes pad into a second block), and a
    // million 'a's (many blocks).
    OMNI_CHECK_EQ(sha256Hex(""), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    OMNI_CHECK_EQ(sha256Hex("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    OMNI_CHECK_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                  std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    OMNI_CHECK_EQ(sha256Hex(std::string(1000000, 'a')),
                  std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
}

OMNI_TEST(contact_details_hash_the_same_however_they_are_written)
{
    OMNI_CHECK(hashPhone("+86 138-0000 0001") == hashPhone("8613800000001"));
    OMNI_CHECK(hashPhone("0086 13800000001") == hashPhone("+86 138 0000 0001"));
    OMNI_CHECK(hashPhone("138 0000 0001") != hashPhone("+86 138 0000 0001")); // no country code to assume
    OMNI_CHECK(hashEmail("  Li.Wei@Example.COM ") == hashEmail("li.wei@example.com"));
    OMNI_CHECK(!hashEmail("not an address"));
    OMNI_CHECK(!hashEmail("a@b@c"));
    OMNI_CHECK(!hashPhone("12-34"));
    // The hash is salted and typed: not the bare SHA-256 of the value, and a phone never equals an e-mail.
    OMNI_CHECK(*hashPhone("13800000001") != sha256Hex("13800000001"));
    OMNI_CHECK_EQ(hashPhone("13800000001")->size(), size_t(64));
}

OMNI_TEST(a_chain_of_rules_makes_one_customer_and_explains_each_link)
{
    Shop shop;
    const int64_t a = shop.customer("A");
    const int64_t b = shop.customer("B");
    const int64_t c = shop.customer("C");
    const int64_t webA = shop.account(a, "web", "u1", phone("13800000001"));
    IdentityAttributes appAttributes = phone("+86 138 0000 0001");
    appAttributes.phoneHash = hashPhone("13800000001");
    appAttributes.deviceId = "dev-1";
    const int64_t appB = shop.account(b, "app", "a-1", appAttributes);
    const int64_t miniC = shop.account(c, "mini_program", "o-1", device("dev-1"));
    shop.events(a, "web", 2);
    shop.events(b, "app", 3, 1);
    shop.events(c, "mini_program", 4, 2);
    ActivityRepository activity(shop.store().db());
    activity.rebuild();
    OMNI_CHECK_EQ(activity.daily()[1].activeCustomers, 2); // A and B on day 1

    const ResolutionReport report = resolveIdentities(shop.store(), JobContext());
    // A~B by phone, B~C by device: one customer, the lowest id, since each held one account.
    OMNI_CHECK_EQ(shop.customerOf(webA), a);
    OMNI_CHECK_EQ(shop.customerOf(appB), a);
    OMNI_CHECK_EQ(shop.customerOf(miniC), a);
    OMNI_CHECK_EQ(report.accountsMoved, 2);
    OMNI_CHECK_EQ(report.customersMerged, 2);
    OMNI_CHECK_EQ(report.customers, 1);
    // The events came along with their accounts.
    OMNI_CHECK_EQ(report.rowsMoved, 7);
    OMNI_CHECK_EQ(shop.eventsOf(a), 9);
    OMNI_CHECK_EQ(shop.eventsOf(b), 0);
    OMNI_CHECK(shop.mergedInto(b) == a);
    OMNI_CHECK(shop.mergedInto(c) == a);
    OMNI_CHECK(!shop.mergedInto(a));

    // Explanations: a tree from the anchor, each link naming its rule and both accounts.
    const IdentityLink anchor = shop.link(webA);
    OMNI_CHECK(anchor.rule == LinkRule::Anchor);
    OMNI_CHECK(!anchor.viaIdentityId);
    const IdentityLink byPhone = shop.link(appB);
    OMNI_CHECK(byPhone.rule == LinkRule::Phone);
    OMNI_CHECK(byPhone.viaIdentityId == webA);
    OMNI_CHECK(byPhone.evidence.find("same hashed phone") != std::string::npos);
    OMNI_CHECK(byPhone.evidence.find("web u1") != std::string::npos);
    OMNI_CHECK(byPhone.evidence.find("app a-1") != std::string::npos);
    OMNI_CHECK(byPhone.evidence.find(shortHash(*hashPhone("13800000001"))) != std::string::npos);
    const IdentityLink byDevice = shop.link(miniC);
    OMNI_CHECK(byDevice.rule == LinkRule::Device);
    OMNI_CHECK(byDevice.viaIdentityId == appB);
    OMNI_CHECK(byDevice.evidence.find("dev-1") != std::string::npos);
    OMNI_CHECK_EQ(profile::linkSummary(byPhone.rule, "app", "web"),
                  std::string("linked by: same hashed phone on web and app"));
    OMNI_CHECK_EQ(report.linksByRule.at("phone"), 1);
    OMNI_CHECK_EQ(report.linksByRule.at("device"), 1);

    // The daily aggregates are recounted for the days the moved events fall on: one person now.
    const std::vector<DailyActivity> days = activity.daily();
    OMNI_CHECK_EQ(days.size(), size_t(6));
    OMNI_CHECK_EQ(days[1].activeCustomers, 1);
    OMNI_CHECK_EQ(days[1].events, 2);
    OMNI_CHECK_EQ(days[2].activeCustomers, 1);
    OMNI_CHECK(aggregatesMatchARecount(shop.store()));
}

OMNI_TEST(rerunning_is_idempotent)
{
    Shop shop;
    const int64_t a = shop.customer("A");
    const int64_t b = shop.customer("B");
    shop.account(a, "web", "u1", phone("13800000001"));
    shop.account(b, "store", "card-1", phone("13800000001"));
    shop.account(b, "social", "@b");
    shop.events(b, "store", 2);
    const ResolutionReport first = resolveIdentities(shop.store(), JobContext());
    OMNI_CHECK(first.accountsMoved > 0);
    const auto owners = shop.ownership();
    const std::vector<IdentityLink> links = IdentityLinkRepository(shop.store().db()).all();

    const ResolutionReport second = resolveIdentities(shop.store(), JobContext());
    OMNI_CHECK_EQ(second.accountsMoved, 0);
    OMNI_CHECK_EQ(second.rowsMoved, 0);
    OMNI_CHECK_EQ(second.linksChanged, 0);
    OMNI_CHECK_EQ(second.customersCreated, 0);
    OMNI_CHECK(shop.ownership() == owners);
    const std::vector<IdentityLink> again = IdentityLinkRepository(shop.store().db()).all();
    OMNI_CHECK_EQ(again.size(), links.size());
    for (size_t i = 0; i < links.size(); ++i) {
        OMNI_CHECK(again[i].sameAs(links[i]));
        OMNI_CHECK_EQ(again[i].resolvedAt, links[i].resolvedAt); // unchanged links are not rewritten
    }
}

OMNI_TEST(the_stronger_rule_names_the_link_and_accounts_of_one_record_stay_together)
{
    Shop shop;
    const int64_t a = shop.customer("A");
    IdentityAttributes both = phone("13800000001");
    both.emailHash = hashEmail("a@example.com");
    const int64_t web = shop.account(a, "web", "u1", both);
    const int64_t app = shop.account(a, "app", "a-1", both);
    const int64_t social = shop.account(a, "social", "@a"); // nothing to link on but the record
    resolveIdentities(shop.store(), JobContext());
    OMNI_CHECK(shop.link(app).rule == LinkRule::Phone); // phone comes before e-mail
    OMNI_CHECK(shop.link(web).rule == LinkRule::Anchor);
    const IdentityLink byRecord = shop.link(social);
    OMNI_CHECK(byRecord.rule == LinkRule::Account);
    OMNI_CHECK(byRecord.evidence.find("same customer record A") != std::string::npos);
    OMNI_CHECK_EQ(shop.customerOf(social), a);
}

OMNI_TEST(without_trusting_customer_records_an_unlinkable_account_gets_its_own_customer)
{
    Shop shop;
    const int64_t a = shop.customer("A");
    shop.account(a, "web", "u1", phone("13800000001"));
    const int64_t social = shop.account(a, "social", "@a");
    shop.events(a, "social", 3);
    shop.events(a, "web", 2);
    ResolutionOptions options;
    options.trustCustomerRecords = false;
    const ResolutionReport report = resolveIdentities(shop.store(), JobContext(), options);
    OMNI_CHECK_EQ(report.customersCreated, 1);
    const int64_t own = shop.customerOf(social);
    OMNI_CHECK(own != a);
    // Named like an import names a customer it knows only by an account.
    OMNI_CHECK_EQ(ResolutionRepository(shop.store().db()).keyOf(own), std::string("social:@a"));
    OMNI_CHECK_EQ(shop.eventsOf(own), 3);
    OMNI_CHECK_EQ(shop.eventsOf(a), 2);
    // Trusting the records again brings it back, and the created customer is marked merged.
    resolveIdentities(shop.store(), JobContext());
    OMNI_CHECK_EQ(shop.customerOf(social), a);
    OMNI_CHECK_EQ(shop.eventsOf(a), 5);
    OMNI_CHECK(shop.mergedInto(own) == a);
}

OMNI_TEST(device_ids_link_only_online_channels_and_common_values_link_nobody)
{
    Shop shop;
    const int64_t a = shop.customer("A");
    const int64_t b = shop.customer("B");
    const int64_t storeA = shop.account(a, "store", "card-1", device("till-7"));
    const int64_t storeB = shop.account(b, "store", "card-2", device("till-7"));
    // Nine accounts share one phone: a shop's test number, not a person.
    std::vector<int64_t> crowd;
    for (int i = 0; i < 9; ++i)
        crowd.push_back(shop.account(shop.customer("P" + std::to_string(i)), "app", "a-" + std::to_string(i),
                                     phone("10000000000")));
    const ResolutionReport report = resolveIdentities(shop.store(), JobContext());
    OMNI_CHECK(shop.customerOf(storeA) != shop.customerOf(storeB));
    std::set<int64_t> owners;
    for (int64_t account : crowd)
        owners.insert(shop.customerOf(account));
    OMNI_CHECK_EQ(owners.size(), size_t(9));
    OMNI_CHECK_EQ(report.valuesTooCommon, 1);
    OMNI_CHECK_EQ(report.accountsMoved, 0);
}

OMNI_TEST(a_split_beats_the_automatic_rules_and_undoing_it_joins_again)
{
    Shop shop;
    const int64_t a = shop.customer("A");
    const int64_t b = shop.customer("B");
    const int64_t webA = shop.account(a, "web", "u1", phone("13800000001"));
    const int64_t appB = shop.account(b, "app", "a-1", phone("13800000001"));
    shop.events(b, "app", 4);
    resolveIdentities(shop.store(), JobContext());
    OMNI_CHECK_EQ(shop.customerOf(appB), a);

    const profile::DecisionOutcome split = splitAccounts(shop.store(), {appB}, "different people, shared phone", JobContext());
    // The split account goes back to its own original customer, with its events.
    OMNI_CHECK_EQ(shop.customerOf(appB), b);
    OMNI_CHECK_EQ(shop.customerOf(webA), a);
    OMNI_CHECK_EQ(shop.eventsOf(b), 4);
    OMNI_CHECK(!shop.mergedInto(b));
    OMNI_CHECK(split.resolution.linksRefusedBySplit >= 1);
    OMNI_CHECK(split.resolution.accounts == 2); // only the accounts the decision can affect
    // Resolving again does not undo the analyst's decision.
    resolveIdentities(shop.store(), JobContext());
    OMNI_CHECK_EQ(shop.customerOf(appB), b);
    OMNI_CHECK(shop.link(appB).rule == LinkRule::Anchor);

    undoDecision(shop.store(), split.decisionId, JobContext());
    OMNI_CHECK_EQ(shop.customerOf(appB), a);
    OMNI_CHECK_EQ(shop.eventsOf(a), 4);
    OMNI_CHECK(fullRunChangesNothing(shop.store()));
    const auto decision = IdentityDecisionRepository(shop.store().db()).get(split.decisionId);
    OMNI_CHECK(decision && decision->undoneAt); // kept on record
    OMNI_CHECK_THROWS_WITH(undoDecision(shop.store(), split.decisionId, JobContext()), StoreError, "already undone");
    OMNI_CHECK_THROWS_WITH(undoDecision(shop.store(), 999, JobContext()), StoreError, "no merge or split decision 999");
}

OMNI_TEST(a_split_holds_against_a_chain_through_other_accounts)
{
    Shop shop;
    const int64_t a = shop.customer("A");
    const int64_t web = shop.account(a, "web", "u1", phone("13800000001"));
    IdentityAttributes bridge = phone("13800000001");
    bridge.deviceId = "dev-9";
    const int64_t app = shop.account(a, "app", "a-1", bridge);
    const int64_t mini = shop.account(a, "mini_program", "o-1", device("dev-9"));
    resolveIdentities(shop.store(), JobContext());
    splitAccounts(shop.store(), {mini}, "", JobContext());
    OMNI_CHECK(fullRunChangesNothing(shop.store()));
    // mini may not join web, so it cannot join app either (app is with web): it stands alone.
    OMNI_CHECK_EQ(shop.customerOf(web), a);
    OMNI_CHECK_EQ(shop.customerOf(app), a);
    OMNI_CHECK(shop.customerOf(mini) != a);
}

OMNI_TEST(undoing_a_merge_restores_the_previous_state)
{
    Shop shop;
    const int64_t a = shop.customer("A");
    const int64_t b = shop.customer("B");
    const int64_t c = shop.customer("C");
    const int64_t webA = shop.account(a, "web", "u1");
    shop.account(a, "app", "a-1");
    const int64_t storeB = shop.account(b, "store", "card-1");
    const int64_t webB = shop.account(b, "web", "u2"); // B has a web account too: two on one channel after the merge
    shop.account(c, "social", "@c");
    shop.events(a, "web", 3);
    shop.events(b, "web", 5);
    shop.events(b, "store", 2);
    shop.events(c, "social", 1, 1);
    ActivityRepository(shop.store().db()).rebuild();
    resolveIdentities(shop.store(), JobContext());
    const auto before = shop.ownership();
    const std::string activityBefore = aggregates(shop.store());

    const profile::DecisionOutcome merge = mergeCustomers(shop.store(), b, a, "same person, new phone", JobContext());
    OMNI_CHECK_EQ(shop.customerOf(storeB), a); // A had as many accounts and the lower id
    OMNI_CHECK_EQ(shop.customerOf(webB), a);
    OMNI_CHECK_EQ(shop.eventsOf(a), 10);
    OMNI_CHECK(shop.mergedInto(b) == a);
    const IdentityLink merged = shop.link(storeB);
    OMNI_CHECK(merged.rule == LinkRule::ManualMerge || shop.link(webB).rule == LinkRule::ManualMerge);
    const IdentityLink manual = merged.rule == LinkRule::ManualMerge ? merged : shop.link(webB);
    OMNI_CHECK(manual.decisionId == merge.decisionId);
    OMNI_CHECK(manual.evidence.find("same person, new phone") != std::string::npos);
    // A and B were both active on days 0..2 on web: one customer now, on the day and the channel.
    OMNI_CHECK(aggregates(shop.store()) != activityBefore);
    OMNI_CHECK(aggregatesMatchARecount(shop.store()));
    OMNI_CHECK(fullRunChangesNothing(shop.store()));
    OMNI_CHECK_EQ(merge.resolution.accounts, 4); // C's social account is nobody's business here

    undoDecision(shop.store(), merge.decisionId, JobContext());
    OMNI_CHECK(shop.ownership() == before);
    OMNI_CHECK_EQ(aggregates(shop.store()), activityBefore);
    OMNI_CHECK(!shop.mergedInto(b));
    OMNI_CHECK(shop.link(webA).rule == LinkRule::Anchor);
}

OMNI_TEST(the_newest_decision_wins)
{
    Shop shop;
    const int64_t a = shop.customer("A");
    const int64_t b = shop.customer("B");
    const int64_t webA = shop.account(a, "web", "u1", phone("13800000001"));
    const int64_t appB = shop.account(b, "app", "a-1", phone("13800000001"));
    resolveIdentities(shop.store(), JobContext());
    splitAccounts(shop.store(), {appB}, "", JobContext());
    OMNI_CHECK(shop.customerOf(appB) != shop.customerOf(webA));
    // The analyst changes their mind: a merge newer than the split joins them again.
    const auto merge = mergeCustomers(shop.store(), shop.customerOf(appB), shop.customerOf(webA), "", JobContext());
    OMNI_CHECK_EQ(shop.customerOf(appB), shop.customerOf(webA));
    OMNI_CHECK(fullRunChangesNothing(shop.store()));
    // Undoing the merge, the split is the newest decision left: apart again.
    undoDecision(shop.store(), merge.decisionId, JobContext());
    OMNI_CHECK(shop.customerOf(appB) != shop.customerOf(webA));
    OMNI_CHECK(fullRunChangesNothing(shop.store()));
}

OMNI_TEST(bad_decisions_are_refused_with_a_reason)
{
    Shop shop;
    const int64_t a = shop.customer("A");
    const int64_t b = shop.customer("B");
    const int64_t empty = shop.customer("E");
    const int64_t web = shop.account(a, "web", "u1");
    const int64_t app = shop.account(b, "app", "a-1");
    OMNI_CHECK_THROWS_WITH(mergeCustomers(shop.store(), a, a, "", JobContext()), StoreError, "itself");
    OMNI_CHECK_THROWS_WITH(mergeCustomers(shop.store(), a, empty, "", JobContext()), StoreError, "customer E has no accounts");
    OMNI_CHECK_THROWS_WITH(mergeCustomers(shop.store(), a, 77, "", JobContext()), StoreError, "no customer with id 77");
    OMNI_CHECK_THROWS_WITH(splitAccounts(shop.store(), {web}, "", JobContext()), StoreError, "all the accounts of customer A");
    OMNI_CHECK_THROWS_WITH(splitAccounts(shop.store(), {web, app}, "", JobContext()), StoreError, "different customers");
    OMNI_CHECK_THROWS_WITH(splitAccounts(shop.store(), {12345}, "", JobContext()), StoreError, "no account with id 12345");
    OMNI_CHECK_THROWS_WITH(splitAccounts(shop.store(), {}, "", JobContext()), StoreError, "at least one account");
    OMNI_CHECK(IdentityDecisionRepository(shop.store().db()).list(true).empty()); // nothing half-stored
}

OMNI_TEST(rows_without_an_account_go_with_the_first_account_on_their_channel)
{
    Shop shop;
    const int64_t a = shop.customer("A");
    const int64_t b = shop.customer("B");
    shop.account(a, "web", "u1", phone("13800000001"));
    const int64_t appB = shop.account(b, "app", "a-1", phone("13800000001"));
    const int64_t webB = shop.account(b, "web", "u2");
    shop.events(b, "app", 2);
    shop.events(b, "web", 3);
    shop.events(b, "store", 4); // no store account: tied to B's first account, the app one
    OrderRepository orders(shop.store().db());
    Order order;
    order.orderKey = "O-1";
    order.customerId = b;
    order.channelCode = "app";
    order.ts = kT0;
    order.total = 10;
    orders.insert(order);

    ResolutionOptions options;
    options.trustCustomerRecords = false; // so that B's two accounts part: app joins A, web stays
    const ResolutionReport report = resolveIdentities(shop.store(), JobContext(), options);
    OMNI_CHECK_EQ(shop.customerOf(appB), a);
    OMNI_CHECK_EQ(shop.customerOf(webB), b);
    OMNI_CHECK_EQ(shop.eventsOf(a), 6); // app 2 + store 4
    OMNI_CHECK_EQ(shop.eventsOf(b), 3);
    OMNI_CHECK_EQ(orders.forCustomer(a).size(), size_t(1));
    OMNI_CHECK_EQ(report.rowsMoved, 7);
}

OMNI_TEST(a_cancelled_resolution_changes_nothing)
{
    Shop shop;
    const int64_t a = shop.customer("A");
    const int64_t b = shop.customer("B");
    shop.account(a, "web", "u1", phone("13800000001"));
    const int64_t appB = shop.account(b, "app", "a-1", phone("13800000001"));
    JobContext* self = nullptr;
    JobContext job([&](const runtime::Progress& progress) {
        if (progress.stage == "writing explanations")
            self->cancel();
    });
    self = &job;
    OMNI_CHECK_THROWS(resolveIdentities(shop.store(), job), runtime::JobCancelled);
    OMNI_CHECK_EQ(shop.customerOf(appB), b);
    OMNI_CHECK(IdentityLinkRepository(shop.store().db()).all().empty());
    OMNI_CHECK(!shop.mergedInto(b));
}

OMNI_TEST(imported_customers_carry_hashed_contacts_and_resolve)
{
    Shop shop;
    // The customers fixture: C001 on web (with e-mail and phone) and app (without), C002 on the
    // mini-program with an e-mail, an anonymous store card.
    io::ImportOptions options;
    options.kind = io::ImportKind::Customers;
    options.path = omni::test::dataDir() + "/import/customers.csv";
    io::importFile(shop.store(), options, JobContext());
    const auto c001 = CustomerRepository(shop.store().db()).findByKey("C001");
    OMNI_CHECK(c001.has_value());
    const std::vector<IdentityRecord> accounts = IdentityRepository(shop.store().db()).forCustomer(c001->id);
    OMNI_CHECK_EQ(accounts.size(), size_t(2));
    OMNI_CHECK(accounts[0].channelCode == "web" && accounts[0].attributes.emailHash == hashEmail("fang@example.com"));
    OMNI_CHECK(accounts[0].attributes.phoneHash == hashPhone("+86 138 0000 0001"));
    OMNI_CHECK(accounts[1].attributes.empty());
    OMNI_CHECK_EQ(IdentityRepository(shop.store().db()).withEmailHash(*hashEmail("LiWei@example.com")).size(), size_t(1));

    const ResolutionReport report = resolveIdentities(shop.store(), JobContext());
    OMNI_CHECK_EQ(report.accountsMoved, 0);
    OMNI_CHECK(shop.link(accounts[1].id).rule == LinkRule::Account);
}

OMNI_TEST(customers_merged_away_are_not_listed_until_the_merge_is_undone)
{
    Shop shop;
    const int64_t a = shop.customer("A");
    const int64_t b = shop.customer("B");
    const int64_t lonely = shop.customer("L"); // never had an account: still a customer to list
    shop.account(a, "web", "u1");
    shop.account(a, "app", "a-1");
    shop.account(b, "store", "card-1");
    shop.events(b, "store", 2);
    resolveIdentities(shop.store(), JobContext());
    auto listed = [&shop] {
        std::map<int64_t, CustomerSummary> rows;
        for (CustomerSummary& summary : CustomerRepository(shop.store().db()).listSummaries())
            rows.emplace(summary.customer.id, std::move(summary));
        return rows;
    };
    OMNI_CHECK_EQ(listed().size(), size_t(3));

    const auto merge = mergeCustomers(shop.store(), a, b, "", JobContext());
    OMNI_CHECK(shop.mergedInto(b) == a);
    auto rows = listed();
    OMNI_CHECK_EQ(rows.size(), size_t(2));
    OMNI_CHECK(!rows.count(b));
    OMNI_CHECK(rows.count(lonely));
    // The survivor's figures include what came with the merged accounts.
    OMNI_CHECK_EQ(rows.at(a).identityCount, 3);
    OMNI_CHECK_EQ(rows.at(a).channelCount, 3);
    OMNI_CHECK_EQ(rows.at(a).eventCount, int64_t(2));

    undoDecision(shop.store(), merge.decisionId, JobContext());
    rows = listed();
    OMNI_CHECK_EQ(rows.size(), size_t(3));
    OMNI_CHECK_EQ(rows.at(b).identityCount, 1);
    OMNI_CHECK_EQ(rows.at(a).identityCount, 2);
}
