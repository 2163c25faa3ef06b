// SPDX-License-Identifier: GPL-3.0-or-later
// The audit's one-click fix on the tiny sample shop: applying a planted finding's fix makes that
// finding disappear from a fresh audit, and undoing it restores the listing row byte for byte (and
// with it the very same findings). Stale or fix-less findings are refused without writing anything.
#include "check.h"
#include "tiny_shop.h"

#include "consistency/consistency_audit.h"
#include "consistency/listing_fix.h"
#include "consistency/text_util.h"
#include "store/product_repository.h"
#include "store/sample_shop.h"

#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

using namespace omni::consistency;
using omni::runtime::JobContext;
using omni::store::Listing;
using omni::store::ProductRepository;
using omni::store::Store;
using omni::test::tinyShopInMemory;
using omni::store::StoreError;

namespace {

std::vector<Finding> audit(const Store& store)
{
    return auditConsistency(store, AuditOptions(), JobContext()).findings;
}

// Everything the audit says about a finding, as one comparable string.
std::string describe(const Finding& finding)
{
    return std::to_string(finding.productId) + "|" + finding.sku + "|" + finding.channelCode + "|"
        + findingKindName(finding.kind) + "|" + severityName(finding.severity) + "|" + finding.canonicalValue + "|"
        + finding.listingValue + "|" + finding.message + "|" + std::to_string(static_cast<int>(finding.fixField))
        + "|" + finding.suggestedFix;
}

std::vector<std::string> describeAll(const std::vector<Finding>& findings)
{
    std::vector<std::string> lines;
    for (const Finding& finding : findings)
        lines.push_back(describe(finding));
    return lines;
}

bool contains(const std::vector<Finding>& findings, const Finding& wanted)
{
    for (const Finding& finding : findings)
        if (describe(finding) == describe(wanted))
            return true;
    return false;
}

const Finding* firstWithFix(const std::vector<Finding>& findings, FixField field)
{
    for (const Finding& finding : findings)
        if (finding.fixField == field && finding.severity != Severity::Info && !finding.suggestedFix.empty())
            return &finding;
    return nullptr;
}

// Byte-for-byte: the price compares by its bits, not within a tolerance.
bool sameRow(const Listing& a, const Listing& b)
{
    return a.id == b.id && a.productId == b.productId && a.channelCode == b.channelCode && a.title == b.title
        && std::memcmp(&a.price, &b.price, sizeof a.price) == 0 && a.description == b.description
        && a.stock == b.stock && a.status == b.status;
}

void applyAndUndo(FixField field)
{
    Store store = tinyShopInMemory();
    ProductRepository products(store.db());
    const std::vector<Finding> before = audit(store);
    const Finding* found = firstWithFix(before, field);
    OMNI_CHECK(found != nullptr);
    if (!found)
        return;
    const Finding finding = *found;
    const Listing original = *products.findListing(finding.productId, finding.channelCode);

    const AppliedFix applied = applyFix(store, finding);
    OMNI_CHECK_EQ(applied.productId, finding.productId);
    OMNI_CHECK_EQ(applied.channelCode, finding.channelCode);
    OMNI_CHECK(applied.field == field);
    const Listing fixed = *products.findListing(finding.productId, finding.channelCode);
    if (field == FixField::Price) {
        OMNI_CHECK(std::memcmp(&applied.previousPrice, &original.price, sizeof original.price) == 0);
        OMNI_CHECK_EQ(formatPrice(fixed.price), finding.suggestedFix);
        OMNI_CHECK_EQ(fixed.title, original.title); // only the named field moves
    } else {
        const bool title = field == FixField::Title;
        OMNI_CHECK_EQ(applied.previousText, title ? original.title : original.description);
        OMNI_CHECK_EQ(title ? fixed.title : fixed.description, finding.suggestedFix);
        OMNI_CHECK_EQ(title ? fixed.description : fixed.title, title ? original.description : original.title);
        OMNI_CHECK(std::memcmp(&fixed.price, &original.price, sizeof original.price) == 0);
        // A precise edit: the claim's words replaced by the record's, the rest of the text as it was.
        const std::string& text = title ? original.title : original.description;
        OMNI_CHECK(!finding.replacement.empty());
        OMNI_CHECK_EQ(text.substr(finding.claimBegin, finding.claimEnd - finding.claimBegin), finding.listingValue);
        OMNI_CHECK_EQ(finding.suggestedFix,
            text.substr(0, finding.claimBegin) + finding.replacement + text.substr(finding.claimEnd));
    }
    OMNI_CHECK_EQ(fixed.stock, original.stock);
    OMNI_CHECK_EQ(fixed.status, original.status);
    if (field != FixField::Description)
        OMNI_CHECK_EQ(fixed.description, original.description);

    const std::vector<Finding> afterFix = audit(store);
    OMNI_CHECK(!contains(afterFix, finding));
    OMNI_CHECK(afterFix.size() < before.size());

    // Applying the same finding again is stale: the listing no longer shows what the audit saw.
    OMNI_CHECK_THROWS(applyFix(store, finding), StoreError);

    undoFix(store, applied);
    OMNI_CHECK(sameRow(*products.findListing(finding.productId, finding.channelCode), original));
    OMNI_CHECK(describeAll(audit(store)) == describeAll(before));
}

} // namespace

OMNI_TEST(price_fix_removes_the_finding_and_undo_restores_it)
{
    applyAndUndo(FixField::Price);
}

OMNI_TEST(title_fix_removes_the_finding_and_undo_restores_it)
{
    applyAndUndo(FixField::Title);
}

OMNI_TEST(description_fix_removes_the_finding_and_undo_restores_it)
{
    applyAndUndo(FixField::Description);
}

OMNI_TEST(a_description_edited_after_the_audit_is_not_overwritten)
{
    Store store = tinyShopInMemory();
    ProductRepository products(store.db());
    const Finding* found = nullptr;
    const std::vector<Finding> before = audit(store);
    found = firstWithFix(before, FixField::Description);
    OMNI_CHECK(found != nullptr);
    if (!found)
        return;
    Listing edited = *products.findListing(found->productId, found->channelCode);
    edited.description += " (edited)"; // the wrong claim is still there, but the text moved on
    products.upsertListing(edited);
    OMNI_CHECK_THROWS_WITH(applyFix(store, *found), StoreError, "changed since the audit");
    OMNI_CHECK_EQ(products.findListing(found->productId, found->channelCode)->description, edited.description);
}

OMNI_TEST(findings_without_a_usable_fix_are_refused_and_write_nothing)
{
    Store store = tinyShopInMemory();
    ProductRepository products(store.db());
    const std::vector<Finding> before = audit(store);
    const Finding* price = firstWithFix(before, FixField::Price);
    OMNI_CHECK(price != nullptr);
    if (!price)
        return;
    const Listing original = *products.findListing(price->productId, price->channelCode);

    Finding noFix = *price;
    noFix.fixField = FixField::None;
    OMNI_CHECK_THROWS_WITH(applyFix(store, noFix), std::invalid_argument, "no automatic fix");

    Finding badPrice = *price;
    badPrice.suggestedFix = "12,50";
    OMNI_CHECK_THROWS_WITH(applyFix(store, badPrice), std::invalid_argument, "12,50");

    Finding missing = *price;
    missing.productId = 1 << 30;
    OMNI_CHECK_THROWS(applyFix(store, missing), StoreError);

    OMNI_CHECK(sameRow(*products.findListing(price->productId, price->channelCode), original));
    OMNI_CHECK(describeAll(audit(store)) == describeAll(before));
}

