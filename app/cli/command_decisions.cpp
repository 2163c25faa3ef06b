// SPDX-License-Identifier: GPL-3.0-or-later
// An analyst's identity decisions from the command line: merge two customers, split accounts off
// their customer, undo a decision, and list the decisions on record. Each decision is stored and
// re-resolves the accounts it affects in one transaction, as the Customers page does.
#include "arguments.h"
#include "command_decisions_support.h"
#include "commands.h"
#include "progress_printer.h"

#include "profile/identity_resolution.h"
#include "store/identity_decision_repository.h"
#include "store/identity_repository.h"
#include "store/store.h"

#include <ctime>
#include <filesystem>
#include <stdexcept>

namespace omni::cli {

namespace {

// Decisions change an existing store; naming one that is not there is a mistake, not a new store.
store::Store openExisting(const std::string& path)
{
    if (!std::filesystem::exists(path))
        throw std::runtime_error("no store at " + path);
    return store::Store::open(path);
}

std::string utcTime(int64_t ts)
{
    const std::time_t t = static_cast<std::time_t>(ts);
    std::tm parts{};
    gmtime_r(&t, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M UTC", &parts);
    return text;
}

std::string accountList(const store::Store& store, const std::vector<int64_t>& ids)
{
    std::string text;
    for (int64_t id : ids)
        text += (text.empty() ? "" : " ") + accountName(store, id);
    return text;
}

// The customer an account belongs to now, by name.
std::string ownerOf(const store::Store& store, int64_t identityId)
{
    const auto account = store::IdentityRepository(store.db()).get(identityId);
    return account ? customerName(store, account->customerId) : "?";
}

} // namespace

int runMerge(const Args& args)
{
    const Command& command = *findCommand("merge");
    const Arguments parsed = Arguments::parse("merge", args, {{"note"}});
    if (parsed.has("help")) {
        printCommandHelp(command, stdout);
        return 0;
    }
    parsed.expectPositionals(3, 3, command.usage);
    const store::Store store = openExisting(parsed.positionals()[0]);
    const int64_t customer = findCustomerForDecision(store, parsed.positionals()[1]);
    const int64_t other = findCustomerForDecision(store, parsed.positionals()[2]);
    const std::string names = customerName(store, customer) + " and " + customerName(store, other);
    const auto anAccount = store::IdentityRepository(store.db()).forCustomer(customer);
    ProgressPrinter progress;
    const profile::DecisionOutcome outcome =
        profile::mergeCustomers(store, customer, other, parsed.value("note"), progress.job());
    progress.finish();
    // Which of the two keeps its id is resolution's choice (most accounts, then the lower id).
    const std::string survivor = anAccount.empty() ? "?" : ownerOf(store, anAccount.front().id);
    std::printf("decision %lld: merged %s into %s\n", static_cast<long long>(outcome.decisionId), names.c_str(),
                survivor.c_str());
    printResolutionReport(outcome.resolution, stdout);
    return 0;
}

int runSplit(const Args& args)
{
    const Command& command = *findCommand("split");
    const Arguments parsed = Arguments::parse("split", args, {{"note"}});
    if (parsed.has("help")) {
        printCommandHelp(command, stdout);
        return 0;
    }
    parsed.expectPositionals(2, static_cast<size_t>(-1), command.usage);
    const store::Store store = openExisting(parsed.positionals()[0]);
    std::vector<int64_t> ids;
    for (size_t i = 1; i < parsed.positionals().size(); ++i)
        ids.push_back(findAccount(store, parsed.positionals()[i]));
    const auto first = store::IdentityRepository(store.db()).get(ids.front());
    const std::string from = first ? customerName(store, first->customerId) : "?";
    ProgressPrinter progress;
    const profile::DecisionOutcome outcome = profile::splitAccounts(store, ids, parsed.value("note"), progress.job());
    progress.finish();
    std::printf("decision %lld: split %s off %s; now customer %s\n", static_cast<long long>(outcome.decisionId),
                accountList(store, ids).c_str(), from.c_str(), ownerOf(store, ids.front()).c_str());
    printResolutionReport(outcome.resolution, stdout);
    return 0;
}

int runUndoDecision(const Args& args)
{
    const Command& command = *findCommand("undo-decision");
    const Arguments parsed = Arguments::parse("undo-decision", args, {});
    if (parsed.has("help")) {
        printCommandHelp(command, stdout);
        return 0;
    }
    parsed.expectPositionals(2, 2, command.usage);
    const std::string& idText = parsed.positionals()[1];
    long long id = 0;
    if (idText.empty() || idText.find_first_not_of("0123456789") != std::string::npos || idText.size() > 18)
        throw UsageError("decision ID must be a whole number, not '" + idText + "'");
    id = std::stoll(idText);
    const store::Store store = openExisting(parsed.positionals()[0]);
    ProgressPrinter progress;
    const profile::ResolutionReport report = profile::undoDecision(store, id, progress.job());
    progress.finish();
    std::printf("decision %lld undone\n", id);
    printResolutionReport(report, stdout);
    return 0;
}

int runDecisions(const Args& args)
{
    const Command& command = *findCommand("decisions");
    const Arguments parsed = Arguments::parse("decisions", args, {{"active", false}});
    if (parsed.has("help")) {
        printCommandHelp(command, stdout);
        return 0;
    }
    parsed.expectPositionals(1, 1, command.usage);
    if (!std::filesystem::exists(parsed.positionals()[0]))
        throw std::runtime_error("no store at " + parsed.positionals()[0]);
    const store::Store store = store::Store::openReadOnly(parsed.positionals()[0]);
    const auto decisions = store::IdentityDecisionRepository(store.db()).list(!parsed.has("active"));
    if (decisions.empty()) {
        std::printf("no decisions\n");
        return 0;
    }
    std::printf("%-6s %-6s %-21s %-7s %s\n", "id", "kind", "made", "state", "accounts");
    for (const store::IdentityDecision& decision : decisions) {
        // Merge: side A belongs with side B; split: side A apart from side B.
        const char* joint = decision.kind == store::DecisionKind::Merge ? " + " : " / ";
        std::printf("%-6lld %-6s %-21s %-7s %s%s%s\n", static_cast<long long>(decision.id),
                    store::decisionKindCode(decision.kind), utcTime(decision.createdAt).c_str(),
                    decision.undoneAt ? "undone" : "active", accountList(store, decision.sideA).c_str(), joint,
                    accountList(store, decision.sideB).c_str());
        if (!decision.note.empty())
            std::printf("       note: %s\n", decision.note.c_str());
    }
    return 0;
}

} // namespace omni::cli
