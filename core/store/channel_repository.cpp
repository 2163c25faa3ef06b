// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/channel_repository.h"

namespace omni::store {

ChannelRepository::ChannelRepository(const Database& db)
{
    Statement statement = db.prepare("SELECT id, code, name_en, name_zh FROM channels ORDER BY id");
    while (statement.step()) {
        Channel channel{statement.columnInt(0), statement.columnText(1), statement.columnText(2),
                        statement.columnText(3)};
        idByCode_[channel.code] = channel.id;
        channels_.push_back(std::move(channel));
    }
}

std::optional<int64_t> ChannelRepository::idForCode(const std::string& code) const
{
    const auto found = idByCode_.find(code);
    if (found == idByCode_.end())
        return std::nullopt;
    return found->second;
}

int64_t ChannelRepository::requireId(const std::string& code) const
{
    if (const auto id = idForCode(code))
        return *id;
    throw StoreError("unknown channel \"" + code + "\" (known: " + knownCodes() + ")");
}

std::string ChannelRepository::codeForId(int64_t id) const
{
    for (const Channel& channel : channels_)
        if (channel.id == id)
            return channel.code;
    return {};
}

std::string ChannelRepository::knownCodes() const
{
    std::string codes;
    for (const Channel& channel : channels_)
        codes += (codes.empty() ? "" : ", ") + channel.code;
    return codes;
}

} // namespace omni::store
