// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/customer_directory.h"
#include "io/field_parsers.h"
#include "io/import_columns.h"
#include "io/product_catalog.h"
#include "io/row_mapper.h"
#include "store/event_repository.h"

namespace omni::io {

namespace {

using namespace column;

constexpr store::EventType kAllTypes[] = {store::EventType::View,      store::EventType::Click,
                                          store::EventType::Search,    store::EventType::AddToCart,
                                          store::EventType::Purchase,  store::EventType::Review};

store::EventType parseTypeField(std::string_view text, const std::string& column)
{
    // Compared in place: parseEventType takes a std::string, one allocation per row too many here.
    for (const store::EventType type : kAllTypes)
        if (text == store::eventTypeName(type))
            return type;
    std::string known;
    for (const store::EventType type : kAllTypes)
        known += (known.empty() ? "" : ", ") + std::string(store::eventTypeName(type));
    throw FieldError(column, "unknown event type '" + std::string(text) + "' (known: " + known + ")");
}

class EventMapper : public RowMapper {
public:
    explicit EventMapper(const store::Store& store) : directory_(store.db()), catalog_(store.db()), events_(store.db())
    {
    }

    void add(const ImportRow& row) override
    {
        const auto& names = columnSpec(ImportKind::Events).columns;
        const int64_t channelId = directory_.channelId(trimmed(row[EvChannel]), names[EvChannel]);
        // One Event reused for every row keeps its strings' buffers.
        event_.type = parseTypeField(trimmed(row[EvType]), names[EvType]);
        event_.ts = parseTimestampField(row[EvTs], names[EvTs]);
        event_.customerId = directory_.resolve(channelId, row[EvExternalId], row[EvCustomerKey], event_.ts,
                                               names[EvCustomerKey]);
        event_.channelCode = directory_.channelCode(channelId);
        event_.sessionId.assign(row[EvSessionId]);
        const std::string_view sku = trimmed(row[EvSku]);
        event_.productId = sku.empty() ? std::nullopt : std::optional<int64_t>(catalog_.requireSku(sku, names[EvSku]));
        event_.dwellMs = optionalInt(row[EvDwellMs], names[EvDwellMs]).value_or(0);
        if (event_.dwellMs < 0)
            throw FieldError(names[EvDwellMs], "negative dwell time " + std::to_string(event_.dwellMs));
        if (row[EvQuery].empty())
            event_.query.reset();
        else
            event_.query = std::string(row[EvQuery]);
        events_.insert(event_);
        ++eventsAdded_;
    }

    std::map<std::string, int64_t> added() const override
    {
        return {{"events", eventsAdded_},
                {"customers", directory_.customersAdded()},
                {"identities", directory_.identitiesAdded()}};
    }
    bool changesActivity() const override { return true; }

private:
    CustomerDirectory directory_;
    ProductCatalog catalog_;
    store::EventRepository events_;
    store::Event event_;
    int64_t eventsAdded_ = 0;
};

} // namespace

std::unique_ptr<RowMapper> makeEventMapper(const store::Store& store) { return std::make_unique<EventMapper>(store); }

} // namespace omni::io
