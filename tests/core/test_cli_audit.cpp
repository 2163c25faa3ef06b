// SPDX-License-Identifier: GPL-3.0-or-later
// omniconsole-cli audit end to end: usage errors, the summary counts and the findings listed by
// severity and channel with their fixes. CTest passes the binary's path in OMNI_CLI.
#include "check.h"
#include "cli_run.h"

#include "consistency/consistency_audit.h"
#include "store/product_repository.h"
#include "store/sample_shop.h"
#include "store/store.h"

#include <sstream>
#include <string>

using namespace omni;
using namespace omni::test;

namespace {

// A navy cotton T-shirt whose app listing says burgundy, whose web listing is 20 % cheaper and
// describes it as linen, and whose store listing is paused with 5 in stock.
std::string writeHandMadeStore(const TempDir& dir)
{
    const std::string path = dir.file("shop.omni");
    const store::Store store = store::Store::open(path);
    store::ProductRepository products(store.db());
    store::Product product;
    product.sku = "AP-000001";
    product.titleEn = "Hemu Men's Cotton Crew-neck T-shirt, Navy";
    product.titleZh = "禾木 男士纯棉圆领T恤 藏青色";
    product.category = "apparel";
    product.price = 99.0;
    product.attributes = {{"colour", "navy"}, {"material", "cotton"}};
    store::Listing listing;
    listing.productId = products.insert(product);
    listing.stock = 10;
    listing.channelCode = "app";
    listing.title = "禾木 男士纯棉圆领T恤 酒红色";
    listing.price = 99.0;
    products.upsertListing(listing);
    listing.channelCode = "web";
    listing.title = product.titleEn;
    listing.price = 79.0;
    listing.description = "Hemu Men's Cotton Crew-neck T-shirt, Navy. Material: linen; Colour: navy.";
    products.upsertListing(listing);
    listing.channelCode = "store";
    listing.title = product.titleZh;
    listing.price = 99.0;
    listing.description.clear();
    listing.stock = 5;
    listing.status = "paused";
    products.upsertListing(listing);
    return path;
}

} // namespace

OMNI_TEST(audit_usage_errors_exit_2_and_missing_store_exits_1)
{
    TempDir dir;
    const std::string store = writeHandMadeStore(dir);
    OMNI_CHECK_EQ(runCli(dir, {"audit"}).exitCode, 2);
    OMNI_CHECK_EQ(runCli(dir, {"audit", "--min-severity", "fatal", store}).exitCode, 2);
    OMNI_CHECK_EQ(runCli(dir, {"audit", "--tolerance", "lots", store}).exitCode, 2);
    const CliRun missing = runCli(dir, {"audit", dir.file("nothing.omni")});
    OMNI_CHECK_EQ(missing.exitCode, 1);
    OMNI_CHECK_CONTAINS(missing.err, "no store at");
    const CliRun help = runCli(dir, {"help", "audit"});
    OMNI_CHECK_EQ(help.exitCode, 0);
    OMNI_CHECK_CONTAINS(help.out, "--tolerance");
}

OMNI_TEST(audit_lists_findings_by_severity_and_channel_with_fixes)
{
    TempDir dir;
    const std::string store = writeHandMadeStore(dir);
    const CliRun run = runCli(dir, {"audit", store});
    OMNI_CHECK_EQ(run.exitCode, 0);
    OMNI_CHECK_CONTAINS(run.out, "products: 1\n");
    OMNI_CHECK_CONTAINS(run.out, "listings: 3\n");
    OMNI_CHECK_CONTAINS(run.out, "error: 3\n");
    OMNI_CHECK_CONTAINS(run.out, "warning: 0\n");
    OMNI_CHECK_CONTAINS(run.out, "info: 1\n");
    // Counts by kind, then the findings; a fact fix shows the words it replaces.
    OMNI_CHECK_CONTAINS(run.out, "  description_fact: error 1\n");
    OMNI_CHECK_CONTAINS(run.out, "  stock: info 1\n");
    OMNI_CHECK_CONTAINS(run.out, "error on app (1)");
    OMNI_CHECK_CONTAINS(run.out, "error on web (2)");
    OMNI_CHECK_CONTAINS(run.out, "fix title: \"酒红色\" -> \"藏青色\"");
    OMNI_CHECK_CONTAINS(run.out, "fix description: \"linen\" -> \"cotton\"");
    OMNI_CHECK_CONTAINS(run.out, "states the material \"linen\", but the product record says \"cotton\"");
    OMNI_CHECK_CONTAINS(run.out, "fix price: 99.00");
    OMNI_CHECK(run.out.find("info on store") == std::string::npos);
    const CliRun all = runCli(dir, {"audit", "--min-severity", "info", store});
    OMNI_CHECK_CONTAINS(all.out, "info on store (1)");
    OMNI_CHECK_CONTAINS(all.out, "is paused with 5 units in stock");
    // Errors come before anything else.
    OMNI_CHECK(run.out.find("error on app") < run.out.find("error on web"));

    // A 25 % tolerance accepts the web price; the wrong colour and material stay.
    const CliRun loose = runCli(dir, {"audit", "--tolerance", "25", store});
    OMNI_CHECK_EQ(loose.exitCode, 0);
    OMNI_CHECK_CONTAINS(loose.out, "error: 2\n");
    OMNI_CHECK(loose.out.find("fix price") == std::string::npos);
}

OMNI_TEST(audit_of_the_sample_shop_names_every_planted_sku)
{
    TempDir dir;
    const std::string path = dir.file("sample.omni");
    std::string planted;
    {
        const store::Store store = store::Store::open(path);
        store::SampleShopOptions options;
        options.size = store::SampleShopSize::Tiny;
        store::generateSampleShop(store, options, runtime::JobContext());
        planted = store.meta("sample.inconsistent_skus");
    }
    const CliRun run = runCli(dir, {"audit", path});
    OMNI_CHECK_EQ(run.exitCode, 0);
    std::stringstream skus(planted);
    int count = 0;
    for (std::string sku; std::getline(skus, sku, ',');) {
        OMNI_CHECK_CONTAINS(run.out, "  " + sku + " ");
        ++count;
    }
    OMNI_CHECK(count >= 2);
    // Info findings are counted but listed only on request.
    OMNI_CHECK(run.out.find("info on ") == std::string::npos);
}
