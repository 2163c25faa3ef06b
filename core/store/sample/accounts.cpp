// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sample/accounts.h"

#include "store/sample/shop_model.h"

#include <numeric>

namespace omni::store::sample {

namespace {

// How often each channel learns a contact detail: most Chinese shops log in by phone number (the
// web shop also by e-mail), WeChat hands the mini-program the number when the user allows it, the
// till asks for the phone to find the loyalty card, a social shop sees little. The app reports
// its device id, the mini-program when permitted, the web shop when browsed on the phone. A
// digital loyalty card sits in the app or mini-program of people who also shop in the store.
// With these, about four in five of the extra accounts of multi-channel people are linkable
// (tests/core/test_identity_sample_shop.cpp measures it).
constexpr double kWebPhone = 0.85, kWebEmail = 0.6, kWebDevice = 0.2;
constexpr double kAppPhone = 0.9, kAppEmail = 0.2, kAppCard = 0.45;
constexpr double kMiniPhone = 0.8, kMiniDevice = 0.5, kMiniCard = 0.35;
constexpr double kStorePhone = 0.85;
constexpr double kSocialPhone = 0.3, kSocialEmail = 0.4;

std::string drawDeviceId(Rng& rng, std::unordered_set<std::string>& used)
{
    static const char kHex[] = "0123456789abcdef";
    for (;;) {
        // Shaped like the advertising ids phones report (a version 4 UUID).
        std::string id;
        for (int i = 0; i < 32; ++i) {
            if (i == 8 || i == 12 || i == 16 || i == 20)
                id += '-';
            id += i == 12 ? '4' : kHex[rng.below(16)];
        }
        if (used.insert(id).second)
            return id;
    }
}

} // namespace

void drawAccountAttributes(Rng& rng, std::vector<PlannedAccount>& accounts, const std::optional<std::string>& email,
                           const std::string& phone, std::unordered_set<std::string>& usedDevices)
{
    const std::optional<std::string> emailHash = email ? hashEmail(*email) : std::nullopt;
    const std::optional<std::string> phoneHash = hashPhone(phone);
    const std::string device = drawDeviceId(rng, usedDevices);
    std::optional<std::string> card;
    for (const PlannedAccount& account : accounts)
        if (account.channel == kPhysicalStore)
            card = account.externalId;

    auto maybe = [&](const std::optional<std::string>& value, double probability) {
        const bool drawn = rng.chance(probability);
        return drawn ? value : std::nullopt;
    };
    for (PlannedAccount& account : accounts) {
        IdentityAttributes& attributes = account.attributes;
        switch (account.channel) {
        case kWeb:
            attributes.phoneHash = maybe(phoneHash, kWebPhone);
            attributes.emailHash = maybe(emailHash, kWebEmail);
            attributes.deviceId = maybe(device, kWebDevice);
            break;
        case kApp:
            attributes.phoneHash = maybe(phoneHash, kAppPhone);
            attributes.emailHash = maybe(emailHash, kAppEmail);
            attributes.deviceId = device;
            attributes.loyaltyCard = maybe(card, kAppCard);
            break;
        case kMiniProgram:
            attributes.phoneHash = maybe(phoneHash, kMiniPhone);
            attributes.deviceId = maybe(device, kMiniDevice);
            attributes.loyaltyCard = maybe(card, kMiniCard);
            break;
        case kPhysicalStore:
            attributes.loyaltyCard = account.externalId;
            attributes.phoneHash = maybe(phoneHash, kStorePhone);
            break;
        default:
            attributes.phoneHash = maybe(phoneHash, kSocialPhone);
            attributes.emailHash = maybe(emailHash, kSocialEmail);
            break;
        }
    }
}

int groupLinkableAccounts(std::vector<PlannedAccount>& accounts)
{
    // A person has at most five accounts: pairwise comparison and a tiny union-find suffice.
    std::vector<size_t> parent(accounts.size());
    std::iota(parent.begin(), parent.end(), size_t(0));
    auto find = [&](size_t i) {
        while (parent[i] != i)
            i = parent[i];
        return i;
    };
    auto shared = [](const std::optional<std::string>& a, const std::optional<std::string>& b) { return a && b && *a == *b; };
    for (size_t a = 0; a < accounts.size(); ++a) {
        for (size_t b = a + 1; b < accounts.size(); ++b) {
            const IdentityAttributes& x = accounts[a].attributes;
            const IdentityAttributes& y = accounts[b].attributes;
            if (shared(x.loyaltyCard, y.loyaltyCard) || shared(x.phoneHash, y.phoneHash) ||
                shared(x.emailHash, y.emailHash) || shared(x.deviceId, y.deviceId))
                parent[find(b)] = find(a);
        }
    }
    std::vector<int> groupOfRoot(accounts.size(), -1);
    int groups = 0;
    for (size_t i = 0; i < accounts.size(); ++i) {
        const size_t root = find(i);
        if (groupOfRoot[root] < 0)
            groupOfRoot[root] = groups++;
        accounts[i].group = groupOfRoot[root];
    }
    return groups;
}

} // namespace omni::store::sample
