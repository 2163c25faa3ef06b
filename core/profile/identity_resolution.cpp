// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/identity_resolution.h"

#include "profile/account_closure.h"
#include "profile/account_linker.h"
#include "profile/customer_assignment.h"
#include "profile/link_explanation.h"
#include "store/engagement_aggregate_repository.h"
#include "store/identity_decision_repository.h"
#include "store/identity_link_repository.h"
#include "store/identity_repository.h"
#include "store/resolution_repository.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>
#include <set>
#include <unordered_map>

namespace omni::profile {

using store::IdentityRecord;
using store::LinkRule;

namespace {

// Progress: loading 0-10, linking 10-60 (decisions, then five rules), customers 60-80, links 80-100.
constexpr int64_t kProgressTotal = 100;

int64_t now() { return static_cast<int64_t>(std::time(nullptr)); }

// The new customer for accounts split off with nowhere to go is named after its first account,
// as an import names a customer it knows only by an account ("app:a-k3j2h1g0"). An existing
// record of that name is reused when it holds nothing (a split undone, then done again).
int64_t customerForSplitOff(store::ResolutionRepository& writes, const IdentityRecord& first,
                            const std::set<int64_t>& taken)
{
    const std::string base = first.channelCode + ":" + first.externalId;
    for (int attempt = 1;; ++attempt) {
        const std::string key = attempt == 1 ? base : base + "#" + std::to_string(attempt);
        const auto existing = writes.findByKey(key);
        if (!existing)
            return writes.createCustomer(key, "", first.firstSeen.value_or(now()));
        if (!taken.count(*existing) && !writes.holdsAccounts(*existing))
            return *existing;
    }
}

// Resolves every account of the store, or (with seeds) only the accounts an analyst's decision
// can affect: see account_closure.h for why the two agree.
class Resolution {
public:
    Resolution(const store::Store& store, const runtime::JobContext& job, const ResolutionOptions& options,
               std::optional<std::vector<int64_t>> seeds)
        : db_(store.db()), job_(job), options_(options), writes_(db_), seeds_(std::move(seeds))
    {
    }

    ResolutionReport run()
    {
        const auto started = std::chrono::steady_clock::now();
        job_.step(0, kProgressTotal, "loading accounts");
        writes_.fillMissingHomes();
        std::vector<store::IdentityDecision> decisions = store::IdentityDecisionRepository(db_).list(false);
        if (seeds_) {
            AccountClosure closure = accountClosure(db_, *seeds_, decisions, options_);
            accounts_ = std::move(closure.accounts);
            report_.valuesTooCommon = closure.valuesTooCommon;
        } else {
            accounts_ = store::IdentityRepository(db_).all();
        }
        for (const store::IdentityDecision& decision : decisions)
            notes_.emplace(decision.id, decision.note);
        report_.accounts = static_cast<int64_t>(accounts_.size());

        linking_ = linkAccounts(accounts_, decisions, options_, [&](int stage) {
            job_.step(10 + 7 * stage, kProgressTotal, "linking accounts");
        });
        report_.linksRefusedBySplit = linking_.refusedBySplit;
        report_.valuesTooCommon += linking_.valuesTooCommon;

        job_.step(60, kProgressTotal, "assigning customers");
        assignCustomers();
        moveAccounts();
        markMergedCustomers();
        job_.step(80, kProgressTotal, "writing explanations");
        writeLinks();
        job_.step(kProgressTotal, kProgressTotal, "done");
        report_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        return report_;
    }

private:
    void assignCustomers()
    {
        std::vector<AccountOwner> owners;
        owners.reserve(accounts_.size());
        for (const IdentityRecord& account : accounts_) {
            owners.push_back({account.customerId, account.homeCustomerId});
        }
        chosen_ = chooseCustomers(linking_.groups, owners);
        std::set<int64_t> taken(chosen_.begin(), chosen_.end());
        for (size_t g = 0; g < chosen_.size(); ++g) {
            if (chosen_[g] != 0)
                continue;
            chosen_[g] = customerForSplitOff(writes_, accounts_[linking_.groups[g].front()], taken);
            taken.insert(chosen_[g]);
            ++report_.customersCreated;
        }
        report_.customers = static_cast<int64_t>(chosen_.size());
    }

    void moveAccounts()
    {
        struct Move {
            uint32_t account;
            int64_t to;
        };
        std::vector<Move> moves;
        for (size_t g = 0; g < linking_.groups.size(); ++g)
            for (uint32_t member : linking_.groups[g])
                if (accounts_[member].customerId != chosen_[g])
                    moves.push_back({member, chosen_[g]});
        if (moves.empty())
            return;

        // Tie every row of a losing customer to an account first, while its accounts are still its own.
        std::set<int64_t> losers;
        for (const Move& move : moves)
            losers.insert(accounts_[move.account].customerId);
        std::map<int64_t, std::vector<uint32_t>> accountsOf;
        for (uint32_t i = 0; i < accounts_.size(); ++i)
            if (losers.count(accounts_[i].customerId))
                accountsOf[accounts_[i].customerId].push_back(i);
        for (const auto& [customer, members] : accountsOf) {
            std::map<int64_t, int64_t> firstOnChannel;
            for (uint32_t member : members)
                firstOnChannel.emplace(accounts_[member].channelId, accounts_[member].id);
            for (const auto& [channel, account] : firstOnChannel)
                writes_.pinRowsOnChannel(customer, channel, account);
            writes_.pinRemainingRows(customer, accounts_[members.front()].id);
        }

        std::set<int64_t> touched; // customers whose events change hands
        for (const Move& move : moves) {
            IdentityRecord& account = accounts_[move.account];
            touched.insert(account.customerId);
            touched.insert(move.to);
            const ActivityBefore before = activityOf(account.customerId, move.to, writes_.eventDays(account.customerId, account.id));
            report_.rowsMoved += writes_.moveIdentity(account.id, account.customerId, move.to);
            adjustActivity(before, account.customerId, move.to);
            ++receivedFrom_[account.customerId][move.to];
            account.customerId = move.to;
            ++report_.accountsMoved;
        }
        // The engagement pre-aggregates are per customer: recompute the losers' and receivers'.
        store::EngagementAggregateRepository(db_).refreshCustomers({touched.begin(), touched.end()});
    }

    // Who was active on the days a move touches, per channel: for each day, the channels of the
    // losing and of the receiving customer.
    struct ActivityBefore {
        std::vector<int64_t> days;
        std::vector<std::vector<int64_t>> from;
        std::vector<std::vector<int64_t>> to;
    };

    ActivityBefore activityOf(int64_t from, int64_t to, std::vector<int64_t> days) const
    {
        ActivityBefore activity;
        activity.days = std::move(days);
        for (int64_t day : activity.days) {
            activity.from.push_back(writes_.activeChannels(from, day));
            activity.to.push_back(writes_.activeChannels(to, day));
        }
        return activity;
    }

    // The daily aggregates count distinct active customers: a move can turn two active customers
    // into one (or one into two). Adjusting by the difference costs a few indexed lookups per day
    // instead of recounting a day's hundred thousand events.
    void adjustActivity(const ActivityBefore& before, int64_t from, int64_t to)
    {
        const ActivityBefore after = activityOf(from, to, before.days);
        for (size_t d = 0; d < before.days.size(); ++d) {
            auto active = [](const std::vector<int64_t>& channels) { return channels.empty() ? 0 : 1; };
            const int64_t customers = active(after.from[d]) + active(after.to[d]) - active(before.from[d]) - active(before.to[d]);
            std::map<int64_t, int64_t> channels;
            for (int64_t channel : after.from[d])
                ++channels[channel];
            for (int64_t channel : after.to[d])
                ++channels[channel];
            for (int64_t channel : before.from[d])
                --channels[channel];
            for (int64_t channel : before.to[d])
                --channels[channel];
            writes_.adjustActiveCustomers(before.days[d], customers,
                                          std::vector<std::pair<int64_t, int64_t>>(channels.begin(), channels.end()));
        }
    }


    // A customer left without accounts is marked merged into the one that took most of them; one
    // holding accounts again (an undo, or an import into a merged record) is unmarked.
    void markMergedCustomers()
    {
        const std::set<int64_t> holdersAfter(chosen_.begin(), chosen_.end());
        const auto mergedBefore = writes_.mergedTargets();
        for (int64_t customer : holdersAfter) {
            if (mergedBefore.count(customer)) {
                writes_.setMergedInto(customer, std::nullopt);
                ++report_.customersRestored;
            }
        }
        for (const auto& [customer, targets] : receivedFrom_) {
            if (holdersAfter.count(customer))
                continue;
            // Most accounts decide; the map's order makes the lower id win a tie.
            const auto target = std::max_element(targets.begin(), targets.end(), [](const auto& a, const auto& b) {
                return a.second < b.second;
            });
            writes_.setMergedInto(customer, target->first);
            writes_.redirectMerged(customer, target->first);
            ++report_.customersMerged;
        }
    }

    // One explanation per account: a tree over each group from its anchor, each account linked
    // through the account it was joined to.
    void writeLinks()
    {
        std::vector<std::vector<const LinkEdge*>> edgesOf(accounts_.size());
        for (const LinkEdge& edge : linking_.edges) {
            edgesOf[edge.account].push_back(&edge);
            edgesOf[edge.via].push_back(&edge);
        }
        std::unordered_map<int64_t, store::IdentityLink> existing;
        store::IdentityLinkRepository links(db_);
        if (seeds_) {
            for (const IdentityRecord& account : accounts_)
                if (auto link = links.forIdentity(account.id))
                    existing.emplace(account.id, std::move(*link));
        } else {
            for (store::IdentityLink& link : links.all())
                existing.emplace(link.identityId, std::move(link));
        }

        const int64_t resolvedAt = now();
        std::vector<store::IdentityLink> fresh;
        for (size_t g = 0; g < linking_.groups.size(); ++g) {
            const std::vector<uint32_t>& members = linking_.groups[g];
            uint32_t anchor = members.front();
            for (uint32_t member : members) {
                if (accounts_[member].homeCustomerId == chosen_[g]) {
                    anchor = member;
                    break;
                }
            }
            store::IdentityLink anchorLink;
            anchorLink.identityId = accounts_[anchor].id;
            anchorLink.customerId = chosen_[g];
            anchorLink.evidence = anchorEvidence(members.size());
            fresh.push_back(anchorLink);

            std::vector<uint32_t> queue{anchor};
            std::set<uint32_t> seen{anchor};
            for (size_t next = 0; next < queue.size(); ++next) {
                const uint32_t parent = queue[next];
                for (const LinkEdge* edge : edgesOf[parent]) {
                    const uint32_t child = edge->account == parent ? edge->via : edge->account;
                    if (!seen.insert(child).second)
                        continue;
                    queue.push_back(child);
                    fresh.push_back(explain(*edge, child, parent, chosen_[g], resolvedAt));
                }
            }
        }
        for (store::IdentityLink& link : fresh) {
            link.resolvedAt = resolvedAt;
            ++report_.linksByRule[store::linkRuleCode(link.rule)];
            const auto old = existing.find(link.identityId);
            if (old != existing.end() && old->second.sameAs(link))
                continue;
            links.upsert(link);
            ++report_.linksChanged;
        }
    }

    store::IdentityLink explain(const LinkEdge& edge, uint32_t child, uint32_t parent, int64_t customer,
                                int64_t resolvedAt)
    {
        const IdentityRecord& account = accounts_[child];
        const IdentityRecord& via = accounts_[parent];
        store::IdentityLink link;
        link.identityId = account.id;
        link.customerId = customer;
        link.rule = edge.rule;
        link.viaIdentityId = via.id;
        link.decisionId = edge.decisionId;
        link.resolvedAt = resolvedAt;
        const std::string key = edge.rule == LinkRule::Account ? writes_.keyOf(account.homeCustomerId) : std::string();
        const std::string note = edge.decisionId ? notes_[*edge.decisionId] : std::string();
        link.evidence = linkEvidence(edge.rule, account, via, key, edge.decisionId, note);
        return link;
    }

    const store::Database& db_;
    const runtime::JobContext& job_;
    const ResolutionOptions& options_;
    store::ResolutionRepository writes_;
    std::optional<std::vector<int64_t>> seeds_;
    std::vector<IdentityRecord> accounts_;
    std::map<int64_t, std::string> notes_;
    Linking linking_;
    std::vector<int64_t> chosen_; // per group
    std::map<int64_t, std::map<int64_t, int>> receivedFrom_; // losing customer -> receiver -> accounts
    ResolutionReport report_;
};

ResolutionReport resolveInTransaction(const store::Store& store, const runtime::JobContext& job,
                                      const ResolutionOptions& options,
                                      std::optional<std::vector<int64_t>> seeds = std::nullopt)
{
    return Resolution(store, job, options, std::move(seeds)).run();
}

std::vector<int64_t> membersOf(const store::IdentityDecision& decision)
{
    std::vector<int64_t> members = decision.sideA;
    members.insert(members.end(), decision.sideB.begin(), decision.sideB.end());
    return members;
}

std::string customerLabel(const store::Store& store, int64_t customerId)
{
    const std::string key = store::ResolutionRepository(store.db()).keyOf(customerId);
    return key.empty() ? "customer " + std::to_string(customerId) : "customer " + key;
}

std::vector<int64_t> accountIdsOf(const store::Store& store, int64_t customerId)
{
    const store::ResolutionRepository customers(store.db());
    if (customers.keyOf(customerId).empty())
        throw store::StoreError("there is no customer with id " + std::to_string(customerId));
    std::vector<int64_t> ids;
    for (const IdentityRecord& account : store::IdentityRepository(store.db()).forCustomer(customerId))
        ids.push_back(account.id);
    if (ids.empty())
        throw store::StoreError(customerLabel(store, customerId) + " has no accounts to merge");
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

ResolutionReport resolveIdentities(const store::Store& store, const runtime::JobContext& job,
                                   const ResolutionOptions& options)
{
    store::Transaction transaction(store.db());
    ResolutionReport report = resolveInTransaction(store, job, options);
    transaction.commit();
    return report;
}

DecisionOutcome mergeCustomers(const store::Store& store, int64_t customerId, int64_t otherCustomerId,
                               const std::string& note, const runtime::JobContext& job, const ResolutionOptions& options)
{
    if (customerId == otherCustomerId)
        throw store::StoreError("a customer cannot be merged with itself");
    store::Transaction transaction(store.db());
    store::IdentityDecision decision;
    decision.kind = store::DecisionKind::Merge;
    decision.sideA = accountIdsOf(store, customerId);
    decision.sideB = accountIdsOf(store, otherCustomerId);
    decision.note = note;
    decision.createdAt = now();
    DecisionOutcome outcome;
    outcome.decisionId = store::IdentityDecisionRepository(store.db()).add(decision);
    outcome.resolution = resolveInTransaction(store, job, options, membersOf(decision));
    transaction.commit();
    return outcome;
}

DecisionOutcome splitAccounts(const store::Store& store, const std::vector<int64_t>& identityIds,
                              const std::string& note, const runtime::JobContext& job, const ResolutionOptions& options)
{
    if (identityIds.empty())
        throw store::StoreError("choose at least one account to split off");
    store::Transaction transaction(store.db());
    const store::IdentityRepository identities(store.db());
    std::optional<int64_t> customer;
    std::set<int64_t> chosen;
    for (int64_t id : identityIds) {
        const auto account = identities.get(id);
        if (!account)
            throw store::StoreError("there is no account with id " + std::to_string(id));
        if (customer && *customer != account->customerId)
            throw store::StoreError("the accounts to split off belong to different customers; split one customer at a time");
        customer = account->customerId;
        chosen.insert(id);
    }
    store::IdentityDecision decision;
    decision.kind = store::DecisionKind::Split;
    decision.sideA.assign(chosen.begin(), chosen.end());
    for (const IdentityRecord& account : identities.forCustomer(*customer))
        if (!chosen.count(account.id))
            decision.sideB.push_back(account.id);
    if (decision.sideB.empty())
        throw store::StoreError("these are all the accounts of " + customerLabel(store, *customer) +
                                "; keep at least one account with the customer");
    decision.note = note;
    decision.createdAt = now();
    DecisionOutcome outcome;
    outcome.decisionId = store::IdentityDecisionRepository(store.db()).add(decision);
    outcome.resolution = resolveInTransaction(store, job, options, membersOf(decision));
    transaction.commit();
    return outcome;
}

ResolutionReport undoDecision(const store::Store& store, int64_t decisionId, const runtime::JobContext& job,
                              const ResolutionOptions& options)
{
    store::Transaction transaction(store.db());
    store::IdentityDecisionRepository decisions(store.db());
    decisions.markUndone(decisionId, now());
    ResolutionReport report = resolveInTransaction(store, job, options, membersOf(*decisions.get(decisionId)));
    transaction.commit();
    return report;
}

} // namespace omni::profile
