// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sample/customers.h"

#include "store/sample/accounts.h"
#include "store/sample/calendar.h"
#include "store/sample/catalog_vocabulary.h"
#include "store/sample/people_vocabulary.h"
#include "store/sample/random.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <unordered_set>

namespace omni::store::sample {

namespace {

// Where customers first sign up, and how much more often a channel is used than the store is
// visited: the physical store is a weekly trip, the app is opened every day.
constexpr double kSignUpShare[kChannelCount] = { 0.22, 0.30, 0.28, 0.08, 0.12 };
constexpr double kVisitFrequency[kChannelCount] = { 1.0, 1.0, 1.0, 0.3, 0.8 };
constexpr double kMultiChannelShare = 0.36;
constexpr double kExistingShare = 0.30; // already customers when the period starts

PlannedCustomer planCustomer(uint64_t seed, uint64_t stream, const SizeProfile& size, const Period& period)
{
    Rng rng(seed, customerStream(stream, CustomerPurpose::Profile));
    PlannedCustomer plan;
    plan.stream = stream;

    const WeightedTable signUp(std::vector<double>(std::begin(kSignUpShare), std::end(kSignUpShare)));
    const int primary = static_cast<int>(signUp.draw(rng));
    if (rng.chance(kExistingShare)) {
        plan.joinedAt = period.start - rng.between(1, 420) * kDay + secondOfDay(rng, primary == kPhysicalStore);
    } else {
        // Sign-ups grow through the period (word of mouth, more marketing): density 1 + 0.6 x.
        double x = rng.uniform();
        while (!rng.chance((1.0 + 0.6 * x) / 1.6))
            x = rng.uniform();
        const auto day = std::min<int64_t>(static_cast<int64_t>(x * period.days), period.days - 1);
        plan.joinedAt = period.start + day * kDay + secondOfDay(rng, primary == kPhysicalStore);
    }
    plan.joinedAt = std::min(plan.joinedAt, period.end - 1);

    // Churn: a weekly hazard per customer; a fifth are loyal regulars who rarely leave.
    const double weeklyHazard = rng.chance(0.2) ? 0.01 : rng.uniform(0.04, 0.16);
    const double lifetimeDays = rng.exponential(7.0 / weeklyHazard);
    const int64_t activeFrom = std::max(plan.joinedAt, period.start);
    plan.activeUntil = std::min<int64_t>(period.end, activeFrom + static_cast<int64_t>(lifetimeDays * kDay));
    plan.activeUntil = std::max(plan.activeUntil, std::min(period.end, activeFrom + 1));

    // Heavy-tailed engagement: log-normal with unit mean.
    plan.sessionsPerDay = size.sessionsPerDay * std::exp(0.9 * rng.normal() - 0.405);

    plan.channels[0] = { primary, plan.joinedAt, kVisitFrequency[primary] };
    plan.channelCount = 1;
    if (rng.chance(kMultiChannelShare)) {
        const double extraDraw = rng.uniform();
        const int extra = extraDraw < 0.72 ? 1 : extraDraw < 0.94 ? 2 : 3;
        std::vector<double> weights(std::begin(kSignUpShare), std::end(kSignUpShare));
        weights[static_cast<size_t>(primary)] = 0;
        for (int i = 0; i < extra; ++i) {
            const int channel = static_cast<int>(WeightedTable(weights).draw(rng));
            weights[static_cast<size_t>(channel)] = 0;
            // A second account is opened some weeks after the first.
            const int64_t firstSeen
                = std::min<int64_t>(period.end - 1, plan.joinedAt + static_cast<int64_t>(rng.exponential(30.0) * kDay));
            plan.channels[static_cast<size_t>(plan.channelCount++)]
                = { channel, firstSeen, kVisitFrequency[channel] * rng.uniform(0.3, 0.9) };
        }
    }

    const auto& categories = catalogVocabulary();
    std::vector<double> shares;
    for (const CategorySpec& category : categories)
        shares.push_back(category.share);
    const double tasteDraw = rng.uniform();
    plan.tasteCount = tasteDraw < 0.35 ? 1 : tasteDraw < 0.75 ? 2 : 3;
    static constexpr double kTasteWeights[3][3] = { { 1, 0, 0 }, { 0.65, 0.35, 0 }, { 0.5, 0.3, 0.2 } };
    for (int i = 0; i < plan.tasteCount; ++i) {
        const int category = static_cast<int>(WeightedTable(shares).draw(rng));
        shares[static_cast<size_t>(category)] = 0;
        plan.tasteCategories[static_cast<size_t>(i)] = category;
        plan.tasteWeights[static_cast<size_t>(i)] = kTasteWeights[plan.tasteCount - 1][i];
    }
    return plan;
}

std::string randomChars(Rng& rng, const char* alphabet, size_t alphabetSize, int count)
{
    std::string text;
    for (int i = 0; i < count; ++i)
        text += alphabet[rng.below(alphabetSize)];
    return text;
}

// Account ids look like each channel's own kind of id.
class ExternalIds {
public:
    std::string next(int channel, Rng& rng, const Person& person)
    {
        for (int attempt = 0;; ++attempt) {
            std::string id = draw(channel, rng, person);
            // Handles built from names run out in a large shop; people then add digits.
            if (attempt >= 3)
                id += std::to_string(rng.between(1, 99999));
            if (used_[channel].insert(id).second)
                return id;
        }
    }

private:
    std::string draw(int channel, Rng& rng, const Person& person)
    {
        static const char kBase36[] = "0123456789abcdefghijklmnopqrstuvwxyz";
        static const char kOpenId[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        switch (channel) {
        case kWeb:
            return "u" + std::to_string(rng.between(1000000, 9999999));
        case kApp:
            return "a-" + randomChars(rng, kBase36, 36, 8);
        case kMiniProgram:
            // Open ids of one mini-program share its first characters.
            return "oX9cJ" + randomChars(rng, kOpenId, 64, 23);
        case kPhysicalStore: {
            // Loyalty cards are numbered in the order they are handed out.
            nextCard_ += 1 + static_cast<int>(rng.below(7));
            char card[24];
            std::snprintf(card, sizeof card, "card-%07d", nextCard_);
            return card;
        }
        default: {
            const uint64_t style = rng.below(3);
            if (style == 0)
                return "@" + person.handleStem + "_" + std::to_string(rng.between(1, 99));
            if (style == 1)
                return "@" + person.handleStem + "." + person.familyStem;
            return "@" + person.handleStem + person.familyStem.substr(0, 1) + std::to_string(rng.between(1985, 2008));
        }
        }
    }

    std::unordered_set<std::string> used_[kChannelCount];
    int nextCard_ = 12000;
};

template <typename Draw> std::string unique(std::unordered_set<std::string>& used, Draw draw)
{
    for (;;) {
        std::string value = draw();
        if (used.insert(value).second)
            return value;
    }
}

} // namespace

uint64_t customerStream(uint64_t customerStreamBase, CustomerPurpose purpose)
{
    return (static_cast<uint64_t>(purpose) << 40) | customerStreamBase;
}

CustomersResult writeCustomers(CustomerRepository& customers, IdentityRepository& identities, const SizeProfile& size,
    const Period& period, uint64_t seed, const std::function<void(int done)>& progress)
{
    CustomersResult result;
    result.customers.reserve(static_cast<size_t>(size.customers));
    for (int i = 0; i < size.customers; ++i)
        result.customers.push_back(planCustomer(seed, static_cast<uint64_t>(i), size, period));
    // Ids follow sign-up order, as in a real shop's database.
    std::stable_sort(result.customers.begin(), result.customers.end(),
        [](const PlannedCustomer& a, const PlannedCustomer& b) { return a.joinedAt < b.joinedAt; });

    // Accounts the shop cannot link to their owner's sign-up account, written after everyone so
    // that each person's own record keeps the id of its place in the joining order.
    struct SeparateRecord {
        size_t person;
        std::string name;
        std::optional<std::string> city;
        std::vector<PlannedAccount> accounts;
    };
    std::vector<SeparateRecord> separate;

    ExternalIds externalIds;
    std::unordered_set<std::string> emails;
    std::unordered_set<std::string> phones;
    std::unordered_set<std::string> devices;
    Customer record;
    Identity identity;
    auto writeAccount = [&](PlannedCustomer& plan, const PlannedAccount& account, int64_t customerId) {
        identity.customerId = customerId;
        identity.channelCode = channelCode(account.channel);
        identity.externalId = account.externalId;
        identity.firstSeen = account.firstSeen;
        identities.insert(identity, account.attributes);
        plan.channels[static_cast<size_t>(account.slot)].customerId = customerId;
        ++result.identities;
    };
    for (size_t i = 0; i < result.customers.size(); ++i) {
        PlannedCustomer& plan = result.customers[i];
        Rng rng(seed, customerStream(plan.stream, CustomerPurpose::Person));
        const Origin origin = drawOrigin(rng);
        const Person person = drawPerson(rng, origin);
        plan.writesChinese = origin == Origin::Chinese || origin == Origin::ChineseEnglish
            || (origin == Origin::Overseas && rng.chance(0.5));
        const bool international = origin == Origin::International;

        char key[32];
        std::snprintf(key, sizeof key, "C%07zu", i + 1);
        record.customerKey = key;
        record.name = person.name;
        record.email.reset();
        record.phone.reset();
        record.city.reset();
        if (rng.chance(international ? 0.85 : 0.62))
            record.email = unique(emails, [&] { return drawEmail(rng, person); });
        if (rng.chance(international ? 0.45 : 0.76))
            record.phone = unique(phones, [&] { return drawPhone(rng, origin); });
        if (rng.chance(0.8))
            record.city = drawCity(rng, origin);
        record.createdAt = plan.joinedAt;
        plan.id = customers.insert(record);

        std::vector<PlannedAccount> accounts;
        for (int c = 0; c < plan.channelCount; ++c) {
            const CustomerChannel& channel = plan.channels[static_cast<size_t>(c)];
            PlannedAccount account;
            account.slot = c;
            account.channel = channel.channel;
            account.externalId = externalIds.next(channel.channel, rng, person);
            account.firstSeen = channel.firstSeen;
            accounts.push_back(std::move(account));
        }
        Rng accountRng(seed, customerStream(plan.stream, CustomerPurpose::Accounts));
        // Everyone has a phone; the customer record just does not always know it.
        const std::string phone = record.phone ? *record.phone : unique(phones, [&] { return drawPhone(accountRng, origin); });
        drawAccountAttributes(accountRng, accounts, record.email, phone, devices);
        const int groups = groupLinkableAccounts(accounts);
        for (const PlannedAccount& account : accounts)
            if (account.group == 0)
                writeAccount(plan, account, plan.id);
        for (int group = 1; group < groups; ++group) {
            SeparateRecord extra { i, person.name, record.city, {} };
            for (const PlannedAccount& account : accounts)
                if (account.group == group)
                    extra.accounts.push_back(account);
            separate.push_back(std::move(extra));
        }
        if ((i + 1) % 500 == 0 || i + 1 == result.customers.size())
            progress(static_cast<int>(i + 1));
    }

    // The shop knows such an account only by what the account itself shows: a name, maybe a
    // city, no contact details (those would link it).
    for (SeparateRecord& extra : separate) {
        PlannedCustomer& plan = result.customers[extra.person];
        char key[32];
        std::snprintf(key, sizeof key, "C%07zu", result.customers.size() + static_cast<size_t>(++result.separateRecords));
        record.customerKey = key;
        record.name = extra.name;
        record.email.reset();
        record.phone.reset();
        record.city = extra.city;
        record.createdAt = extra.accounts.front().firstSeen;
        for (const PlannedAccount& account : extra.accounts)
            record.createdAt = std::min(record.createdAt, account.firstSeen);
        const int64_t customerId = customers.insert(record);
        for (const PlannedAccount& account : extra.accounts)
            writeAccount(plan, account, customerId);
    }
    return result;
}

} // namespace omni::store::sample
