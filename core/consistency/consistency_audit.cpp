// SPDX-License-Identifier: GPL-3.0-or-later
#include "consistency/consistency_audit.h"

#include "consistency/product_audit.h"
#include "store/channel_repository.h"
#include "store/product_repository.h"

#include <map>
#include <set>
#include <string>

namespace omni::consistency {

namespace {

constexpr int64_t kProgressBatch = 500;

using CategoryChannels = std::map<std::string, std::map<std::string, int64_t>>; // category -> channel -> products

// The shop gives no explicit assortment per channel, so "the channel sells this category" is
// inferred from its other listings; that is a hint, never proof, hence Info severity only.
void checkMissingListings(const store::Product& product, const std::vector<store::Listing>& listings,
    const std::vector<store::Channel>& channels, const CategoryChannels& sold, std::vector<Finding>& findings)
{
    const auto category = sold.find(product.category);
    if (category == sold.end())
        return;
    std::set<std::string> listed;
    for (const store::Listing& listing : listings)
        listed.insert(listing.channelCode);
    for (const store::Channel& channel : channels) {
        if (listed.count(channel.code))
            continue;
        const auto others = category->second.find(channel.code);
        if (others == category->second.end() || others->second == 0)
            continue;
        Finding finding;
        finding.productId = product.id;
        finding.sku = product.sku;
        finding.channelCode = channel.code;
        finding.kind = FindingKind::MissingListing;
        finding.severity = Severity::Info;
        finding.canonicalValue = product.category;
        finding.message = product.sku + " is not listed on " + channel.code + ", which sells "
            + std::to_string(others->second) + " other " + product.category + " products.";
        findings.push_back(std::move(finding));
    }
}

} // namespace

int64_t AuditReport::count(Severity severity) const
{
    int64_t n = 0;
    for (const Finding& finding : findings)
        n += finding.severity == severity ? 1 : 0;
    return n;
}

AuditReport auditConsistency(const store::Store& store, const AuditOptions& options, const runtime::JobContext& job)
{
    const store::ProductRepository products(store.db());
    const store::ChannelRepository channelRepository(store.db());
    job.step(0, 0, "Reading the catalog");
    const std::vector<store::ProductSummary> summaries = products.listSummaries();
    auto attributes = products.allAttributes();
    const std::vector<store::Listing> allListings = products.allListings();

    std::map<int64_t, std::vector<store::Listing>> listingsByProduct;
    std::map<int64_t, const std::string*> categoryOf;
    for (const store::ProductSummary& summary : summaries)
        categoryOf[summary.product.id] = &summary.product.category;
    CategoryChannels sold;
    for (const store::Listing& listing : allListings) {
        listingsByProduct[listing.productId].push_back(listing);
        sold[*categoryOf.at(listing.productId)][listing.channelCode] += 1;
    }

    AuditReport report;
    const auto total = static_cast<int64_t>(summaries.size());
    for (const store::ProductSummary& summary : summaries) {
        if (report.productsChecked % kProgressBatch == 0)
            job.step(report.productsChecked, total, "Checking listings");
        store::Product product = summary.product;
        product.attributes = std::move(attributes[product.id]);
        const std::vector<store::Listing>& listings = listingsByProduct[product.id];
        auditProductListings(product, listings, options, report.findings);
        if (options.reportMissingListings)
            checkMissingListings(product, listings, channelRepository.all(), sold, report.findings);
        ++report.productsChecked;
        report.listingsChecked += static_cast<int64_t>(listings.size());
    }
    job.step(total, total, "Checking listings");
    return report;
}

} // namespace omni::consistency
