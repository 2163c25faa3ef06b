// SPDX-License-Identifier: GPL-3.0-or-later
// omniconsole-cli audit: the cross-channel consistency audit of a store, printed by severity and
// channel, each finding with the value that would fix it. Read-only.
#include "arguments.h"
#include "commands.h"
#include "progress_printer.h"

#include "consistency/consistency_audit.h"
#include "store/store.h"

#include <cstdlib>
#include <filesystem>
#include <map>
#include <stdexcept>

namespace omni::cli {

namespace {

consistency::Severity parseSeverity(const std::string& text)
{
    if (text == "error")
        return consistency::Severity::Error;
    if (text == "warning")
        return consistency::Severity::Warning;
    if (text == "info")
        return consistency::Severity::Info;
    throw UsageError("--min-severity must be error, warning or info, not '" + text + "'");
}

double parsePercent(const std::string& text)
{
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || value < 0)
        throw UsageError("--tolerance must be a percentage such as 1 or 2.5, not '" + text + "'");
    return value / 100.0;
}

void printFinding(const consistency::Finding& finding)
{
    std::printf("  %s %s: %s\n", finding.sku.c_str(), consistency::findingKindName(finding.kind),
                finding.message.c_str());
    if (finding.suggestedFix.empty())
        return;
    // A fact fix replaces one claim's words: show that edit, not the whole (long) description.
    if (!finding.replacement.empty())
        std::printf("    fix %s: \"%s\" -> \"%s\"\n", consistency::fixFieldName(finding.fixField),
                    finding.listingValue.c_str(), finding.replacement.c_str());
    else
        std::printf("    fix %s: %s\n", consistency::fixFieldName(finding.fixField), finding.suggestedFix.c_str());
}

} // namespace

int runAudit(const Args& args)
{
    const Command& command = *findCommand("audit");
    const Arguments parsed = Arguments::parse("audit", args, {{"tolerance"}, {"min-severity"}});
    if (parsed.has("help")) {
        printCommandHelp(command, stdout);
        return 0;
    }
    parsed.expectPositionals(1, 1, command.usage);
    consistency::AuditOptions options;
    if (parsed.has("tolerance"))
        options.priceRelativeTolerance = parsePercent(parsed.value("tolerance"));
    // Info findings (missing listings, sold out) can run to thousands on a big shop; they are
    // counted always but listed only when asked for.
    const consistency::Severity shown = parseSeverity(parsed.value("min-severity", "warning"));
    if (!std::filesystem::exists(parsed.positionals()[0]))
        throw std::runtime_error("no store at " + parsed.positionals()[0]);
    const store::Store store = store::Store::openReadOnly(parsed.positionals()[0]);

    ProgressPrinter progress;
    const consistency::AuditReport report = consistency::auditConsistency(store, options, progress.job());
    progress.finish();

    std::printf("products: %lld\n", static_cast<long long>(report.productsChecked));
    std::printf("listings: %lld\n", static_cast<long long>(report.listingsChecked));
    const consistency::Severity order[] = {consistency::Severity::Error, consistency::Severity::Warning,
                                           consistency::Severity::Info};
    for (const consistency::Severity severity : order)
        std::printf("%s: %lld\n", consistency::severityName(severity), static_cast<long long>(report.count(severity)));
    // Counts by kind and severity, so a shop's shape shows before the list.
    std::map<std::string, std::map<std::string, int64_t>> byKind;
    for (const consistency::Finding& finding : report.findings)
        byKind[consistency::findingKindName(finding.kind)][consistency::severityName(finding.severity)] += 1;
    for (const auto& [kind, severities] : byKind) {
        std::printf("  %s:", kind.c_str());
        for (const auto& [severity, count] : severities)
            std::printf(" %s %lld", severity.c_str(), static_cast<long long>(count));
        std::printf("\n");
    }
    for (const consistency::Severity severity : order) {
        if (static_cast<int>(severity) > static_cast<int>(shown))
            break;
        std::map<std::string, std::vector<const consistency::Finding*>> byChannel;
        for (const consistency::Finding& finding : report.findings)
            if (finding.severity == severity)
                byChannel[finding.channelCode].push_back(&finding);
        for (const auto& [channel, findings] : byChannel) {
            std::printf("\n%s on %s (%zu)\n", consistency::severityName(severity), channel.c_str(), findings.size());
            for (const consistency::Finding* finding : findings)
                printFinding(*finding);
        }
    }
    return 0;
}

} // namespace omni::cli
