// SPDX-License-Identifier: GPL-3.0-or-later
#include "consistency/consistency_audit.h"

#include "consistency/product_audit.h"
#include "consistency/recent_sales.h"
#include "store/channel_repository.h"
#include "store/product_repository.h"

#include <map>
#include <memory>
#include <set>
#include <string>

namespace omni::consistency {

namespace {

constexpr int64_t kProgressBatch = 500;

using CategoryChannels = std::map<std::string, std::map<std::string, int64_t>>; // category -> channel -> products

// The shop gives no explicit assortment per channel, so "the channel carries this category" is
// inferred from its other listings: a gap counts only where the channel carries at least
// options.missingListingCoverage of the category's other products. Channels that pick a range (in
// the sample shop every channel carries 35-85% of each category) then raise nothing, and a product
// left off a channel that carries all the rest stands out. A hint, never proof: Info only.
void checkMissingListings(const store::Product& product, const std::vector<store::Listing>& listings,
    const std::vector<store::Channel>& channels, const CategoryChannels& sold,
    const std::map<std::string, int64_t>& categorySize, const AuditOptions& options, std::vector<Finding>& findings)
{
    const auto category = sold.find(product.category);
    if (category == sold.end())
        return;
    const auto size = categorySize.find(product.category);
    const int64_t otherProducts = (size == categorySize.end() ? 0 : size->second) - 1;
    if (otherProducts <= 0 || otherProducts < options.missingListingMinimum)
        return;
    std::set<std::string> listed;
    for (const store::Listing& listing : listings)
        listed.insert(listing.channelCode);
    for (const store::Channel& channel : channels) {
        if (listed.count(channel.code))
            continue;
        const auto others = category->second.find(channel.code);
        if (others == category->second.end() || others->second == 0
            || static_cast<double>(others->second) < options.missingListingCoverage * static_cast<double>(otherProducts))
            continue;
        Finding finding;
        finding.productId = product.id;
        finding.sku = product.sku;
        finding.channelCode = channel.code;
        finding.kind = FindingKind::MissingListing;
        finding.severity = Severity::Info;
        finding.canonicalValue = product.category;
        finding.listingValue = std::to_string(others->second) + "/" + std::to_string(otherProducts);
        finding.message = product.sku + " is not listed on " + channel.code + ", which sells "
            + std::to_string(others->second) + " of the " + std::to_string(otherProducts) + " other "
            + product.category + " products.";
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
    std::map<std::string, int64_t> categorySize;
    std::vector<store::Product> brandSources;
    brandSources.reserve(summaries.size());
    for (const store::ProductSummary& summary : summaries) {
        categoryOf[summary.product.id] = &summary.product.category;
        categorySize[summary.product.category] += 1;
        brandSources.push_back(summary.product);
        const auto found = attributes.find(summary.product.id);
        if (found != attributes.end())
            brandSources.back().attributes = found->second;
    }
    CategoryChannels sold;
    for (const store::Listing& listing : allListings) {
        listingsByProduct[listing.productId].push_back(listing);
        sold[*categoryOf.at(listing.productId)][listing.channelCode] += 1;
    }

    ProductAuditContext context;
    context.catalogBrands = text::catalogBrands(brandSources);
    context.catalogTerms = std::make_shared<const text::CatalogTerms>(text::catalogTerms(brandSources));
    brandSources.clear();
    const RecentSales sales = options.reportStock ? recentSales(store, options.recentSalesDays) : RecentSales();
    context.haveSales = sales.haveOrders;
    const std::vector<store::Channel> channels = channelRepository.all();

    AuditReport report;
    const auto total = static_cast<int64_t>(summaries.size());
    for (const store::ProductSummary& summary : summaries) {
        if (report.productsChecked % kProgressBatch == 0)
            job.step(report.productsChecked, total, "Checking listings");
        store::Product product = summary.product;
        product.attributes = std::move(attributes[product.id]);
        const std::vector<store::Listing>& listings = listingsByProduct[product.id];
        const auto productSales = sales.units.find(product.id);
        if (productSales != sales.units.end())
            context.recentUnits = productSales->second;
        else
            context.recentUnits.clear();
        auditProductListings(product, listings, options, context, report.findings);
        if (options.reportMissingListings)
            checkMissingListings(product, listings, channels, sold, categorySize, options, report.findings);
        ++report.productsChecked;
        report.listingsChecked += static_cast<int64_t>(listings.size());
    }
    job.step(total, total, "Checking listings");
    return report;
}

} // namespace omni::consistency
