// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"
#include "store/records.h"

#include <optional>
#include <vector>

namespace omni::store {

// The shop's customer-service knowledge base: one article per (topic, language).
class KbRepository {
public:
    explicit KbRepository(const Database& db) : db_(db) {}

    // Inserts, or replaces the article with the same topic and language; returns its id.
    int64_t upsert(const KbArticle& article);
    std::vector<KbArticle> list() const; // by topic, then language
    std::optional<KbArticle> get(int64_t id) const;
    // Sets the title and body of the article with article.id (topic and language stay: they are
    // the article's identity). Throws StoreError when there is no such article.
    void update(const KbArticle& article);
    // Deletes the article with that id (nothing when there is none): the undo of adding one.
    void remove(int64_t id);
    int64_t count() const;

private:
    const Database& db_;
};

} // namespace omni::store
