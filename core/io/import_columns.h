// SPDX-License-Identifier: GPL-3.0-or-later
// The columns each import kind reads. A column's position in its kind's list is its "slot": the
// row mappers read values by slot, and the enums below name the slots, so the list and the enum
// sit side by side here and must stay in the same order.
#pragma once

#include "io/importer.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace omni::io {

struct ColumnSpec {
    std::vector<std::string> columns; // required ones first
    size_t requiredCount = 0;
    // Required columns that may be empty in a row because the mapper accepts an alternative
    // (e.g. an event's customer given by customer_key instead of external_id); the mapper checks them.
    std::vector<size_t> mayBeEmpty;
    bool attributes = false; // products: attr_<name> columns / an "attributes" object

    std::optional<size_t> slotOf(std::string_view name) const;
    bool isRequired(size_t slot) const { return slot < requiredCount; }
    // "channel, external_id (required); customer_key, name, ..." for messages.
    std::string expectedList() const;
};

const ColumnSpec& columnSpec(ImportKind kind);

constexpr std::string_view kAttributePrefix = "attr_";

namespace column {
enum Customers : size_t { CustChannel, CustExternalId, CustKey, CustName, CustEmail, CustPhone, CustCity,
                          CustCreatedAt, CustFirstSeen };
enum Products : size_t { ProdSku, ProdTitleEn, ProdPrice, ProdTitleZh, ProdCategory, ProdBrand, ProdDescriptionEn,
                         ProdDescriptionZh, ProdCreatedAt };
enum Listings : size_t { ListSku, ListChannel, ListTitle, ListPrice, ListDescription, ListStock };
enum Events : size_t { EvChannel, EvExternalId, EvType, EvTs, EvSessionId, EvSku, EvDwellMs, EvQuery,
                       EvCustomerKey };
enum Orders : size_t { OrdKey, OrdChannel, OrdExternalId, OrdTs, OrdSku, OrdQuantity, OrdUnitPrice, OrdStatus,
                       OrdCustomerKey };
enum MovieLens : size_t { MlUserId, MlMovieId, MlRating, MlTimestamp };
enum UserItem : size_t { SeqUser, SeqItem };
} // namespace column

} // namespace omni::io
