// SPDX-License-Identifier: GPL-3.0-or-later
// Accepted generated copy (schema v5 table generated_copy): what was written into which field of a
// product or of one of its channel listings, with the text it replaced (for undo), the model that
// wrote it and the settings and fact check it was accepted with. The UI's accept/undo and
// `omniconsole-cli copy` record here; the Products page lists a product's history newest first.
#pragma once

#include "store/channel_repository.h"
#include "store/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace omni::store {

struct GeneratedCopy {
    int64_t id = 0;
    int64_t productId = 0;
    std::optional<std::string> channelCode; // none: written into the canonical product
    std::string field = "description";      // "title" or "description"
    std::string lang = "en";                // en, zh
    std::string style;                      // push_title, web_description, ...
    std::string text;
    std::string previousText;               // what the field held before
    std::optional<int64_t> modelId;         // none for a user's GPT-2 file, or once the model is deleted
    std::string modelLabel;                 // kept when the model row goes
    std::string settingsJson = "{}";
    std::string factCheckJson = "{}";
    int64_t createdAt = 0;
};

class GeneratedCopyRepository {
public:
    explicit GeneratedCopyRepository(const Database& db);

    // Stores copy (its id ignored) and returns the new id. Throws StoreError for an unknown
    // product, channel or model, or a field other than title/description.
    int64_t insert(const GeneratedCopy& copy);
    // The product's accepted copy, newest first (created_at, then id).
    std::vector<GeneratedCopy> forProduct(int64_t productId) const;
    std::optional<GeneratedCopy> get(int64_t id) const;
    // Removes one record (undoing an accept). Throws StoreError when there is no such record.
    void remove(int64_t id);
    int64_t count() const;

private:
    GeneratedCopy read(const Statement& row) const;

    const Database& db_;
    ChannelRepository channels_;
};

} // namespace omni::store
