// SPDX-License-Identifier: GPL-3.0-or-later
// One product as the listing editor edits it (the canonical product with its attributes and its
// listing on each channel) and the one-transaction writes of such edits.
//
// A write names the state it was made from (before) as well as the new one (after). The store
// must still hold `before`, or the write is refused with StaleEditError: an edit made on a
// product that somebody changed meanwhile (an audit fix, another window, the CLI) never silently
// overwrites that change. Undo is the same write with before and after swapped.
#pragma once

#include "store/database.h"
#include "store/records.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace omni::runtime {
class JobContext;
}

namespace omni::store {

struct ProductEdit {
    Product product;               // with attributes
    std::vector<Listing> listings; // one per channel the product is listed on, in channel order
};

// Same stored content: every product field and attribute, and the same listings (matched by
// channel, ids and order ignored, since an undone-and-redone new listing gets a new id).
bool sameContent(const ProductEdit& a, const ProductEdit& b);
bool sameContent(const Listing& a, const Listing& b); // ignores the id

// The edit's listing on channelCode, or null.
const Listing* findListing(const ProductEdit& edit, const std::string& channelCode);
Listing* findListing(ProductEdit& edit, const std::string& channelCode);

class StaleEditError : public StoreError {
public:
    using StoreError::StoreError;
};

std::optional<ProductEdit> readProductEdit(const Database& db, int64_t productId);

// Writes after over before in ONE transaction: the product row and attributes when they changed,
// each changed or new listing, and deletes listings before had and after has not. Throws
// StaleEditError (writing nothing) when the store no longer holds before, StoreError when a write
// fails (nothing is written either: the transaction rolls back).
void saveProductEdit(const Database& db, const ProductEdit& before, const ProductEdit& after);

// The same for many products in ONE transaction (bulk actions): all or nothing. job (optional)
// gets progress and may cancel, which rolls everything back.
void saveProductEdits(const Database& db, const std::vector<ProductEdit>& before, const std::vector<ProductEdit>& after,
                      const runtime::JobContext* job = nullptr);

} // namespace omni::store
