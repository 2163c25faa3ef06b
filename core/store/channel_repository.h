// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"
#include "store/records.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace omni::store {

// The sales channels and the code <-> id mapping every other repository needs. Channels change
// rarely, so the mapping is read once when the repository is made.
class ChannelRepository {
public:
    explicit ChannelRepository(const Database& db);

    const std::vector<Channel>& all() const { return channels_; }
    std::optional<int64_t> idForCode(const std::string& code) const;
    // Like idForCode, but throws StoreError naming the unknown code and the known ones.
    int64_t requireId(const std::string& code) const;
    std::string codeForId(int64_t id) const;
    std::string knownCodes() const; // "web, app, mini_program, store, social"

private:
    std::vector<Channel> channels_;
    std::unordered_map<std::string, int64_t> idByCode_;
};

} // namespace omni::store
