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
    case FindingKind::DescriptionFactMismatch:
        return "description_fact";
    }
    return "price";
}

const char* stockIssueName(StockIssue issue)
{
    switch (issue) {
    case StockIssue::None:
        return "none";
    case StockIssue::SoldOutWhereItSells:
        return "sold_out_where_it_sells";
    case StockIssue::StockNotOnSale:
        return "stock_not_on_sale";
    case StockIssue::NegativeStock:
        return "negative_stock";
    }
    return "none";
}

const char* fixFieldName(FixField field)
{
    switch (field) {
    case FixField::None:
        return "none";
    case FixField::Price:
        return "price";
    case FixField::Title:
        return "title";
    case FixField::Description:
        return "description";
    }
    return "none";
}

} // namespace omni::consistency
