// SPDX-License-Identifier: GPL-3.0-or-later
// The consistency audit on the demo sample shop (3,000 products, ~10,000 listings): every planted
// inconsistency (deviant price, wrong colour in a title, wrong fact in a description) is found as
// an Error, nothing on any other product reaches Warning, planted descriptions are caught in both
// languages and their one-click fixes give back the record's own text, and the Info rows stay few
// enough to read (missing listings and stock only where they are worth a look).
#include "check.h"

#include "consistency/consistency_audit.h"
#include "consistency/listing_fix.h"
#include "store/product_repository.h"
#include "store/sample_shop.h"

#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <string>

using namespace omni::consistency;
using omni::runtime::JobContext;
using omni::store::ProductRepository;
using omni::store::Store;

OMNI_TEST(demo_shop_planted_inconsistencies_all_found_without_false_alarms)
{
    Store store = Store::open(":memory:");
    omni::store::SampleShopOptions options;
    options.size = omni::store::SampleShopSize::Demo;
    omni::store::generateSampleShop(store, options, JobContext());
    std::set<std::string> planted;
    std::stringstream list(store.meta("sample.inconsistent_skus"));
    for (std::string sku; std::getline(list, sku, ',');)
        planted.insert(sku);
    OMNI_CHECK(planted.size() >= 100); // about 3% + 1% of 3,000

    const auto start = std::chrono::steady_clock::now();
    const AuditReport report = auditConsistency(store, AuditOptions(), JobContext());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::map<std::string, int> byKind;
    std::set<std::string> flagged;
    std::set<std::string> descriptionLanguages;
    for (const Finding& finding : report.findings) {
        byKind[std::string(findingKindName(finding.kind)) + "/" + severityName(finding.severity)] += 1;
        if (finding.severity == Severity::Info)
            continue;
        OMNI_CHECK(finding.severity == Severity::Error);
        flagged.insert(finding.sku);
        if (!planted.count(finding.sku))
            std::fprintf(stderr, "false alarm: %s\n", finding.message.c_str());
        if (finding.kind == FindingKind::DescriptionFactMismatch)
            descriptionLanguages.insert(finding.language);
    }
    OMNI_CHECK(flagged == planted);
    OMNI_CHECK(descriptionLanguages.count("en") == 1 && descriptionLanguages.count("zh") == 1);
    // A merchant can read the Info rows: well under one per 100 listings.
    OMNI_CHECK(report.count(Severity::Info) * 100 < report.listingsChecked);
    std::fprintf(stderr, "demo audit: %lld products, %lld listings, %.2f s, %zu planted, %zu flagged\n",
        static_cast<long long>(report.productsChecked), static_cast<long long>(report.listingsChecked), seconds,
        planted.size(), flagged.size());
    for (const auto& [kind, count] : byKind)
        std::fprintf(stderr, "  %s: %d\n", kind.c_str(), count);

    // Every planted description's fix gives back the product record's own description.
    ProductRepository products(store.db());
    int fixedDescriptions = 0;
    for (const Finding& finding : report.findings) {
        if (finding.kind != FindingKind::DescriptionFactMismatch)
            continue;
        OMNI_CHECK(finding.fixField == FixField::Description);
        OMNI_CHECK(!finding.replacement.empty());
        applyFix(store, finding);
        const auto product = products.get(finding.productId);
        const auto listing = products.findListing(finding.productId, finding.channelCode);
        OMNI_CHECK_EQ(listing->description, finding.language == "zh" ? product->descriptionZh : product->descriptionEn);
        ++fixedDescriptions;
    }
    OMNI_CHECK(fixedDescriptions >= 20);
    const AuditReport after = auditConsistency(store, AuditOptions(), JobContext());
    for (const Finding& finding : after.findings)
        OMNI_CHECK(finding.kind != FindingKind::DescriptionFactMismatch);
}
