// SPDX-License-Identifier: GPL-3.0-or-later
// How the identity commands name customers and accounts on the command line, and how they print
// a resolution report: shared by resolve, merge, split and undo-decision.
#pragma once

#include "profile/identity_resolution.h"
#include "store/store.h"

#include <cstdint>
#include <cstdio>
#include <string>

namespace omni::cli {

// A customer key ("C-1"), else CHANNEL:ACCOUNT ("web:ml-1"), else a customer id ("17").
int64_t findCustomerForDecision(const store::Store& store, const std::string& text);
// An account as CHANNEL:ACCOUNT ("app:a-1"), else an identity id ("42").
int64_t findAccount(const store::Store& store, const std::string& text);
// "app:a-1".
std::string accountName(const store::Store& store, int64_t identityId);
// "C-1" (the customer key), or "#17" for a customer without one.
std::string customerName(const store::Store& store, int64_t customerId);
// Customers that hold at least one account now.
int64_t customersHoldingAccounts(const store::Store& store);

// The report's figures, one "name: value" line each, in the style of 'info'.
void printResolutionReport(const profile::ResolutionReport& report, std::FILE* out);

} // namespace omni::cli
