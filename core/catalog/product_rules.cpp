// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/product_rules.h"

#include <map>

namespace omni::catalog {

namespace {

using Groups = std::vector<std::vector<std::string>>;

// Checked against the sample shop (tests/core/test_product_edit.cpp validates every generated
// product): apparel and shoes always state size, colour and material; other categories state one
// of a few measures (food its net weight or volume, beauty its volume, weight or piece count).
const std::map<std::string, Groups>& requiredTable()
{
    static const std::map<std::string, Groups> table = {
        {"apparel", {{"size"}, {"colour"}, {"material"}}},
        {"shoes", {{"size"}, {"colour"}, {"material"}}},
        {"bags", {{"colour"}, {"material"}}},
        {"beauty", {{"volume", "weight", "pieces"}}},
        {"food", {{"shelf_life"}, {"net_weight", "volume"}}},
        {"electronics", {{"colour"}}},
        {"home", {{"material", "scent"}}},
        {"kitchen", {{"material", "capacity", "power"}}},
        {"sports", {{"size", "weight", "length", "capacity", "thickness"}}},
        {"baby", {{"age_range", "size", "capacity", "weight", "pieces"}}},
    };
    return table;
}

std::string joined(const std::vector<std::string>& names)
{
    std::string text;
    for (size_t i = 0; i < names.size(); ++i)
        text += (i == 0 ? "" : " or ") + names[i];
    return text;
}

std::string where(const std::string& channelCode)
{
    return channelCode.empty() ? "product" : "listing on " + channelCode;
}

void checkText(std::vector<ValidationIssue>& issues, const std::string& channelCode, const std::string& field,
               const std::string& text, int limit, bool required)
{
    const int length = textLength(text);
    ValidationIssue issue;
    issue.channelCode = channelCode;
    issue.field = field;
    if (required && text.find_first_not_of(" \t\r\n") == std::string::npos) {
        issue.kind = IssueKind::TextEmpty;
        issue.message = where(channelCode) + ": " + field + " is empty";
        issues.push_back(issue);
    } else if (length > limit) {
        issue.kind = IssueKind::TextTooLong;
        issue.length = length;
        issue.limit = limit;
        issue.message = where(channelCode) + ": " + field + " has " + std::to_string(length)
            + " characters, at most " + std::to_string(limit) + " allowed";
        issues.push_back(issue);
    }
}

void checkPrice(std::vector<ValidationIssue>& issues, const std::string& channelCode, double price)
{
    if (price > 0)
        return;
    ValidationIssue issue;
    issue.kind = IssueKind::PriceNotPositive;
    issue.channelCode = channelCode;
    issue.field = "price";
    issue.message = where(channelCode) + ": price must be greater than 0";
    issues.push_back(issue);
}

} // namespace

TextLimits canonicalTextLimits()
{
    return {120, 2000};
}

TextLimits channelTextLimits(const std::string& channelCode)
{
    static const std::map<std::string, TextLimits> limits = {
        {"web", {120, 2000}},
        {"app", {30, 500}},          // a title in a push message or the app's product card
        {"mini_program", {30, 300}}, // mini-program cards show two short lines
        {"store", {30, 200}},        // the printed shelf card
        {"social", {30, 500}},       // a post; its text carries the hashtags too
    };
    const auto found = limits.find(channelCode);
    return found == limits.end() ? canonicalTextLimits() : found->second;
}

std::string channelLanguage(const std::string& channelCode)
{
    return channelCode == "web" ? "en" : "zh";
}

const std::vector<std::vector<std::string>>& requiredAttributes(const std::string& category)
{
    static const Groups none;
    const auto found = requiredTable().find(category);
    return found == requiredTable().end() ? none : found->second;
}

int textLength(std::string_view utf8)
{
    int count = 0;
    for (const char c : utf8) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) // not a continuation byte
            ++count;
    }
    return count;
}

std::vector<ValidationIssue> validateProduct(const store::Product& product)
{
    std::vector<ValidationIssue> issues;
    const TextLimits limits = canonicalTextLimits();
    checkText(issues, {}, "title_en", product.titleEn, limits.title, true);
    checkText(issues, {}, "title_zh", product.titleZh, limits.title, false);
    checkPrice(issues, {}, product.price);
    for (const auto& [name, value] : product.attributes) {
        if (name.find_first_not_of(' ') == std::string::npos) {
            ValidationIssue issue;
            issue.kind = IssueKind::EmptyAttributeName;
            issue.field = "attributes";
            issue.message = "product: an attribute has no name";
            issues.push_back(issue);
            break;
        }
    }
    for (const std::vector<std::string>& group : requiredAttributes(product.category)) {
        bool present = false;
        for (const std::string& name : group) {
            const auto found = product.attributes.find(name);
            present = present || (found != product.attributes.end() && !found->second.empty());
        }
        if (present)
            continue;
        ValidationIssue issue;
        issue.kind = IssueKind::MissingAttribute;
        issue.field = "attributes";
        issue.choices = group;
        issue.message = "product: category " + product.category + " needs the attribute " + joined(group);
        issues.push_back(issue);
    }
    checkText(issues, {}, "description_en", product.descriptionEn, limits.description, false);
    checkText(issues, {}, "description_zh", product.descriptionZh, limits.description, false);
    return issues;
}

std::vector<ValidationIssue> validateListing(const store::Listing& listing)
{
    std::vector<ValidationIssue> issues;
    const TextLimits limits = channelTextLimits(listing.channelCode);
    checkText(issues, listing.channelCode, "title", listing.title, limits.title, true);
    checkPrice(issues, listing.channelCode, listing.price);
    checkText(issues, listing.channelCode, "description", listing.description, limits.description, false);
    if (listing.stock < 0) {
        ValidationIssue issue;
        issue.kind = IssueKind::StockNegative;
        issue.channelCode = listing.channelCode;
        issue.field = "stock";
        issue.message = where(listing.channelCode) + ": stock cannot be negative";
        issues.push_back(issue);
    }
    if (listing.status != "active" && listing.status != "paused" && listing.status != "draft") {
        ValidationIssue issue;
        issue.kind = IssueKind::UnknownStatus;
        issue.channelCode = listing.channelCode;
        issue.field = "status";
        issue.message = where(listing.channelCode) + ": unknown status '" + listing.status + "'";
        issues.push_back(issue);
    }
    return issues;
}

std::vector<ValidationIssue> validateProductEdit(const store::ProductEdit& edit)
{
    std::vector<ValidationIssue> issues = validateProduct(edit.product);
    for (const store::Listing& listing : edit.listings) {
        std::vector<ValidationIssue> more = validateListing(listing);
        issues.insert(issues.end(), more.begin(), more.end());
    }
    return issues;
}

} // namespace omni::catalog
