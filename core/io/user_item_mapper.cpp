// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/customer_directory.h"
#include "io/import_columns.h"
#include "io/product_catalog.h"
#include "io/row_mapper.h"
#include "store/event_repository.h"

#include <algorithm>

namespace omni::io {

namespace {

using namespace column;

// These files carry no times, only order. Lines become purchases one second apart, starting after
// the newest event already in the store (and not before 2020-01-01), so that each user's sequence
// keeps its order, also when a second file follows the first.
constexpr int64_t kEarliestStart = 1577836800; // 2020-01-01T00:00:00Z

class UserItemMapper : public RowMapper {
public:
    explicit UserItemMapper(const store::Store& store)
        : directory_(store.db()), catalog_(store.db()), events_(store.db()),
          webChannel_(directory_.channelId("web", "channel")),
          nextTs_(std::max(kEarliestStart, store.db().queryInt("SELECT COALESCE(MAX(ts), 0) + 1 FROM events")))
    {
    }

    void add(const ImportRow& row) override
    {
        const int64_t ts = nextTs_++;
        const std::string account = "seq-" + std::string(row[SeqUser]);
        store::Event event;
        event.customerId = directory_.resolve(webChannel_, account, account, ts, "user");
        event.channelCode = "web";
        event.productId = productFor(row[SeqItem]);
        event.type = store::EventType::Purchase;
        event.ts = ts;
        events_.insert(event);
        ++eventsAdded_;
    }

    std::map<std::string, int64_t> added() const override
    {
        return {{"events", eventsAdded_},
                {"customers", directory_.customersAdded()},
                {"identities", directory_.identitiesAdded()},
                {"products", catalog_.productsAdded()}};
    }
    bool changesActivity() const override { return true; }

private:
    int64_t productFor(std::string_view item)
    {
        const std::string sku = "seq-" + std::string(item);
        if (const auto id = catalog_.findBySku(sku))
            return *id;
        store::Product product;
        product.sku = sku;
        product.titleEn = "Item " + std::string(item);
        product.price = 0;
        return catalog_.insert(product);
    }

    CustomerDirectory directory_;
    ProductCatalog catalog_;
    store::EventRepository events_;
    int64_t webChannel_;
    int64_t nextTs_;
    int64_t eventsAdded_ = 0;
};

} // namespace

std::unique_ptr<RowMapper> makeUserItemMapper(const store::Store& store)
{
    return std::make_unique<UserItemMapper>(store);
}

} // namespace omni::io
