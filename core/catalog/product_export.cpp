// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/product_export.h"

#include "io/csv_writer.h"
#include "runtime/job.h"
#include "store/channel_repository.h"
#include "store/product_edit.h"

namespace omni::catalog {

int64_t exportProductsCsv(const store::Database& db, const std::vector<int64_t>& productIds, const std::string& path,
                          const runtime::JobContext& job)
{
    const std::vector<store::Channel> channels = store::ChannelRepository(db).all();
    io::CsvWriter csv(path);
    std::vector<std::string> header = {"sku",   "title_en",   "title_zh",       "category",      "brand",
                                       "price", "attributes", "description_en", "description_zh"};
    for (const store::Channel& channel : channels) {
        for (const char* field : {"title", "price", "stock", "status"})
            header.push_back(channel.code + "_" + field);
    }
    csv.writeRow(header);
    int64_t written = 0;
    const auto total = static_cast<int64_t>(productIds.size());
    for (size_t i = 0; i < productIds.size(); ++i) {
        if (i % 256 == 0)
            job.step(static_cast<int64_t>(i), total, "Exporting products");
        const std::optional<store::ProductEdit> edit = store::readProductEdit(db, productIds[i]);
        if (!edit)
            continue;
        const store::Product& product = edit->product;
        std::string attributes;
        for (const auto& [name, value] : product.attributes)
            attributes += (attributes.empty() ? "" : "; ") + name + "=" + value;
        std::vector<std::string> row = {product.sku,      product.titleEn, product.titleZh,
                                        product.category, product.brand,   io::formatNumber(product.price),
                                        attributes,       product.descriptionEn, product.descriptionZh};
        for (const store::Channel& channel : channels) {
            const store::Listing* listing = store::findListing(*edit, channel.code);
            row.push_back(listing ? listing->title : "");
            row.push_back(listing ? io::formatNumber(listing->price) : "");
            row.push_back(listing ? std::to_string(listing->stock) : "");
            row.push_back(listing ? listing->status : "");
        }
        csv.writeRow(row);
        ++written;
    }
    csv.close();
    job.step(total, total, "Exporting products");
    return written;
}

} // namespace omni::catalog
