// SPDX-License-Identifier: GPL-3.0-or-later
// Identity resolution: which channel accounts are one person. Explicit, ordered rules link
// accounts; union-find over the accounts gives the groups; each group is one customer.
//
// Order (the first rule that joins two accounts is the one the explanation names):
//   1. analysts' decisions, newest first: a split keeps accounts apart against every later rule
//      (and against older merges), a merge joins them;
//   2. same loyalty card;  3. same hashed phone;  4. same hashed e-mail;
//   5. same device id, only across web, app and mini-program (a till's device in a store would
//      link everyone it served);
//   6. same customer record in the shop's own data (accounts imported under one customer key).
// An attribute value shared by more accounts than ResolutionOptions::maxAccountsPerValue links
// nobody: a shop's test phone or a family tablet is not evidence of one person.
//
// Results are deterministic and stable: a group keeps the customer id that already holds most of
// its accounts (see customer_assignment.h). An account that changes customer takes the events,
// orders and reviews that came through it along (rows written before without an account are
// first tied to the customer's first account on their channel, else to its first account). A
// customer left with no account is kept, marked merged_into, so an undo can restore it. The daily
// activity aggregates' active-customer counts are adjusted for the days the moved events fall on.
#pragma once

#include "runtime/job.h"
#include "store/store.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace omni::profile {

struct ResolutionOptions {
    // Rule 6. Off: only attributes and analysts' decisions link accounts (used to check that the
    // attributes alone reproduce a shop's customers).
    bool trustCustomerRecords = true;
    int maxAccountsPerValue = 8;
};

struct ResolutionReport {
    int64_t accounts = 0;
    int64_t customers = 0;         // customers holding accounts afterwards
    int64_t accountsMoved = 0;     // accounts that changed customer
    int64_t rowsMoved = 0;         // events, orders and reviews that went with them
    int64_t customersMerged = 0;   // left without accounts, now merged into another
    int64_t customersCreated = 0;  // new, for accounts split off with no customer of their own
    int64_t customersRestored = 0; // merged before, holding accounts again
    int64_t linksChanged = 0;      // identity_links rows written
    int64_t linksRefusedBySplit = 0;
    int64_t valuesTooCommon = 0;   // attribute values ignored for being shared too widely
    std::map<std::string, int64_t> linksByRule; // rule code -> accounts linked by it
    double seconds = 0;
};

// Resolves every account of the store in one transaction and writes the links with their
// explanations. Reports progress through job; a cancelled run changes nothing. Running it again on
// an unchanged store changes nothing.
ResolutionReport resolveIdentities(const store::Store& store, const runtime::JobContext& job,
                                   const ResolutionOptions& options = {});

struct DecisionOutcome {
    int64_t decisionId = 0;
    ResolutionReport resolution;
};

// Decisions re-resolve only the accounts they can affect (account_closure.h), which gives the same
// result as resolving the whole shop: tens of milliseconds instead of seconds on a large shop.

// An analyst's "these two customers are one person": stores the decision and re-resolves, in one
// transaction. The customer that keeps its id is chosen as always (most accounts, then lower id).
// Throws store::StoreError when a customer does not exist or has no accounts.
DecisionOutcome mergeCustomers(const store::Store& store, int64_t customerId, int64_t otherCustomerId,
                               const std::string& note, const runtime::JobContext& job,
                               const ResolutionOptions& options = {});

// An analyst's "these accounts are not the same person as the rest of their customer": the
// accounts (all of one customer, not all of its accounts) become a customer of their own, and no
// automatic rule joins them again. Throws store::StoreError for anything else.
DecisionOutcome splitAccounts(const store::Store& store, const std::vector<int64_t>& identityIds,
                              const std::string& note, const runtime::JobContext& job,
                              const ResolutionOptions& options = {});

// Marks the decision undone (it stays on record) and re-resolves, in one transaction. Throws
// store::StoreError for an unknown or already undone decision.
ResolutionReport undoDecision(const store::Store& store, int64_t decisionId, const runtime::JobContext& job,
                              const ResolutionOptions& options = {});

} // namespace omni::profile
