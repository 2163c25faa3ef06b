// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/customer_directory.h"
#include "io/field_parsers.h"
#include "io/import_columns.h"
#include "io/product_catalog.h"
#include "io/row_mapper.h"
#include "store/order_repository.h"

#include <cmath>
#include <unordered_map>
#include <vector>

namespace omni::io {

namespace {

using namespace column;

constexpr const char* kStatuses[] = {"placed", "paid", "shipped", "delivered", "returned", "cancelled"};

std::string parseStatusField(std::string_view text, const std::string& column)
{
    if (text.empty())
        return "paid";
    for (const char* status : kStatuses)
        if (text == status)
            return status;
    throw FieldError(column, "unknown status '" + std::string(text) +
                                 "' (known: placed, paid, shipped, delivered, returned, cancelled)");
}

struct PendingOrder {
    store::Order order;
    int64_t channelId = 0;
    int64_t firstLine = 0;
    std::unordered_map<int64_t, int64_t> lineByProduct;
};

class OrderMapper : public RowMapper {
public:
    explicit OrderMapper(const store::Store& store)
        : directory_(store.db()), catalog_(store.db()), orders_(store.db()),
          keyExists_(store.db().prepare("SELECT 1 FROM orders WHERE order_key = ?1"))
    {
    }

    void add(const ImportRow& row) override
    {
        const auto& names = columnSpec(ImportKind::Orders).columns;
        const std::string key(trimmed(row[OrdKey]));
        const int64_t channelId = directory_.channelId(trimmed(row[OrdChannel]), names[OrdChannel]);
        const int64_t ts = parseTimestampField(row[OrdTs], names[OrdTs]);
        const int64_t customerId =
            directory_.resolve(channelId, row[OrdExternalId], row[OrdCustomerKey], ts, names[OrdCustomerKey]);
        const int64_t productId = catalog_.requireSku(trimmed(row[OrdSku]), names[OrdSku]);
        store::OrderItem item;
        item.productId = productId;
        item.quantity = parseIntField(row[OrdQuantity], names[OrdQuantity]);
        if (item.quantity < 1)
            throw FieldError(names[OrdQuantity], "quantity " + std::to_string(item.quantity) + " is less than 1");
        item.unitPrice = parseNumberField(row[OrdUnitPrice], names[OrdUnitPrice]);
        if (item.unitPrice < 0)
            throw FieldError(names[OrdUnitPrice], "negative price " + std::string(trimmed(row[OrdUnitPrice])));
        const std::string status = parseStatusField(trimmed(row[OrdStatus]), names[OrdStatus]);

        auto found = indexByKey_.find(key);
        if (found == indexByKey_.end()) {
            keyExists_.bind(1, key);
            const bool exists = keyExists_.step();
            keyExists_.reset();
            if (exists)
                throw FieldError(names[OrdKey], "duplicate order_key '" + key + "': the order is already in the store");
            PendingOrder pending;
            pending.order.orderKey = key;
            pending.order.customerId = customerId;
            pending.order.channelCode = directory_.channelCode(channelId);
            pending.order.ts = ts;
            pending.order.status = status;
            pending.channelId = channelId;
            pending.firstLine = row.line;
            found = indexByKey_.emplace(key, pending_.size()).first;
            pending_.push_back(std::move(pending));
        }
        PendingOrder& pending = pending_[found->second];
        // Every item row repeats the order's own fields; they must tell the same story.
        const std::string firstLine = " (line " + std::to_string(pending.firstLine) + ")";
        if (pending.channelId != channelId)
            throw FieldError(names[OrdChannel], "order '" + key + "' is on channel " + pending.order.channelCode +
                                                    firstLine);
        if (pending.order.customerId != customerId)
            throw FieldError(names[OrdExternalId], "order '" + key + "' belongs to another customer" + firstLine);
        if (pending.order.ts != ts)
            throw FieldError(names[OrdTs], "order '" + key + "' has another ts" + firstLine);
        if (pending.order.status != status)
            throw FieldError(names[OrdStatus], "order '" + key + "' has status " + pending.order.status + firstLine);
        const auto [earlier, isNew] = pending.lineByProduct.emplace(productId, row.line);
        if (!isNew)
            throw FieldError(names[OrdSku], "sku '" + std::string(trimmed(row[OrdSku])) + "' appears twice in order '" +
                                                key + "' (line " + std::to_string(earlier->second) +
                                                "); put the quantities in one row");
        pending.order.items.push_back(item);
        ++itemsAdded_;
    }

    void finish(const runtime::JobContext& job) override
    {
        const auto total = static_cast<int64_t>(pending_.size());
        for (int64_t i = 0; i < total; ++i) {
            if (i % 2048 == 0)
                job.step(i, total, "writing orders");
            store::Order& order = pending_[static_cast<size_t>(i)].order;
            double sum = 0;
            for (const store::OrderItem& item : order.items)
                sum += static_cast<double>(item.quantity) * item.unitPrice;
            // Rounded to a millionth so that 3 x 19.99 is stored as 59.97, not 59.970000000000006.
            order.total = std::round(sum * 1e6) / 1e6;
            orders_.insert(order);
        }
        job.step(total, total, "writing orders");
    }

    std::map<std::string, int64_t> added() const override
    {
        return {{"orders", static_cast<int64_t>(pending_.size())},
                {"order_items", itemsAdded_},
                {"customers", directory_.customersAdded()},
                {"identities", directory_.identitiesAdded()}};
    }
    // Orders write no events, but the daily figures are rebuilt after them too so that any view
    // mixing orders and activity reads one consistent state.
    bool changesActivity() const override { return true; }

private:
    CustomerDirectory directory_;
    ProductCatalog catalog_;
    store::OrderRepository orders_;
    store::Statement keyExists_;
    std::vector<PendingOrder> pending_; // in file order
    std::unordered_map<std::string, size_t> indexByKey_;
    int64_t itemsAdded_ = 0;
};

} // namespace

std::unique_ptr<RowMapper> makeOrderMapper(const store::Store& store) { return std::make_unique<OrderMapper>(store); }

} // namespace omni::io
