// SPDX-License-Identifier: GPL-3.0-or-later
#include "command_decisions_support.h"

#include "store/customer_repository.h"
#include "store/identity_repository.h"

#include <set>
#include <stdexcept>

namespace omni::cli {

namespace {

std::optional<int64_t> wholeNumber(const std::string& text)
{
    if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return std::stoll(text);
}

void line(std::FILE* out, const char* name, int64_t value)
{
    std::fprintf(out, "%-24s %lld\n", (std::string(name) + ":").c_str(), static_cast<long long>(value));
}

} // namespace

int64_t findCustomerForDecision(const store::Store& store, const std::string& text)
{
    const store::CustomerRepository customers(store.db());
    if (const auto customer = customers.findByKey(text))
        return customer->id;
    const size_t colon = text.find(':');
    if (colon != std::string::npos)
        if (const auto id = customers.findByIdentity(text.substr(0, colon), text.substr(colon + 1)))
            return *id;
    if (const auto id = wholeNumber(text))
        if (customers.get(*id))
            return *id;
    throw std::runtime_error("no customer '" + text + "' in " + store.path() +
                             " (give a customer key, CHANNEL:ACCOUNT such as web:ml-1, or a customer id)");
}

int64_t findAccount(const store::Store& store, const std::string& text)
{
    const size_t colon = text.find(':');
    if (colon != std::string::npos) {
        const std::string channel = text.substr(0, colon);
        const std::string external = text.substr(colon + 1);
        if (const auto customer = store::CustomerRepository(store.db()).findByIdentity(channel, external))
            for (const store::IdentityRecord& account : store::IdentityRepository(store.db()).forCustomer(*customer))
                if (account.channelCode == channel && account.externalId == external)
                    return account.id;
    } else if (const auto id = wholeNumber(text)) {
        if (store::IdentityRepository(store.db()).get(*id))
            return *id;
    }
    throw std::runtime_error("no account '" + text + "' in " + store.path() +
                             " (give CHANNEL:ACCOUNT such as app:a-1, or an account id)");
}

std::string accountName(const store::Store& store, int64_t identityId)
{
    const auto account = store::IdentityRepository(store.db()).get(identityId);
    return account ? account->channelCode + ":" + account->externalId : "#" + std::to_string(identityId);
}

std::string customerName(const store::Store& store, int64_t customerId)
{
    const auto customer = store::CustomerRepository(store.db()).get(customerId);
    return customer && !customer->customerKey.empty() ? customer->customerKey : "#" + std::to_string(customerId);
}

int64_t customersHoldingAccounts(const store::Store& store)
{
    std::set<int64_t> holders;
    for (const store::IdentityRecord& account : store::IdentityRepository(store.db()).all())
        holders.insert(account.customerId);
    return static_cast<int64_t>(holders.size());
}

void printResolutionReport(const profile::ResolutionReport& report, std::FILE* out)
{
    line(out, "accounts resolved", report.accounts);
    line(out, "accounts moved", report.accountsMoved);
    line(out, "rows moved", report.rowsMoved);
    line(out, "customers merged", report.customersMerged);
    line(out, "customers created", report.customersCreated);
    line(out, "customers restored", report.customersRestored);
    line(out, "links written", report.linksChanged);
    line(out, "links refused by split", report.linksRefusedBySplit);
    line(out, "values too common", report.valuesTooCommon);
    std::string rules;
    for (const auto& [rule, count] : report.linksByRule)
        rules += (rules.empty() ? "" : ", ") + rule + " " + std::to_string(count);
    std::fprintf(out, "%-24s %s\n", "accounts by rule:", rules.empty() ? "none" : rules.c_str());
    std::fprintf(out, "%-24s %.2f s\n", "time:", report.seconds);
}

} // namespace omni::cli
