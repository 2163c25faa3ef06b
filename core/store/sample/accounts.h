// SPDX-License-Identifier: GPL-3.0-or-later
// A sample person's channel accounts as the shop sees them: what each account tells about its
// owner (hashed phone and e-mail, device id, loyalty card) and so which of a person's accounts
// the shop can link. The generator is the ground truth: accounts that share nothing with the
// sign-up account are the same person, but no rule can know it, so the shop files them under a
// customer record of their own, and identity resolution over the shop reproduces its customers.
#pragma once

#include "store/identity_attributes.h"
#include "store/sample/random.h"

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace omni::store::sample {

struct PlannedAccount {
    int slot = 0; // index into the person's channels
    int channel = 0;
    std::string externalId;
    int64_t firstSeen = 0;
    IdentityAttributes attributes;
    int group = 0; // accounts linked through shared attributes; 0 holds the sign-up account
};

// Fills each account's attributes from the person's e-mail (if any), phone number (everyone has
// one, even when the shop's customer record lacks it) and the one phone device they use for the
// app, the mini-program and sometimes the web shop. usedDevices keeps device ids unique.
void drawAccountAttributes(Rng& rng, std::vector<PlannedAccount>& accounts, const std::optional<std::string>& email,
                           const std::string& phone, std::unordered_set<std::string>& usedDevices);

// Sets each account's group: accounts sharing a loyalty card, phone hash, e-mail hash or device
// id (the same rules identity resolution applies) are one group, the sign-up account's group is
// 0, the others follow in the order of their first account. Returns the number of groups.
int groupLinkableAccounts(std::vector<PlannedAccount>& accounts);

} // namespace omni::store::sample
