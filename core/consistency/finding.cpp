// SPDX-License-Identifier: GPL-3.0-or-later
#include "consistency/finding.h"

namespace omni::consistency {

const char* severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return "info";
}

const char* findingKindName(FindingKind kind)
{
    switch (kind) {
    case FindingKind::PriceMismatch:
        return "price";
    case FindingKind::TitleFactMismatch:
        return "title_fact";
    case FindingKind::MissingListing:
        return "missing_listing";
    case FindingKind::StockMismatch:
        return "stock";
    }
    return "price";
}

} // namespace omni::consistency
