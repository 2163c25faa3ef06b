// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/channel_field.h"

#include "io/import_row.h"

namespace omni::io {

int64_t channelIdField(const store::ChannelRepository& channels, std::string_view code, const std::string& column)
{
    for (const store::Channel& channel : channels.all())
        if (channel.code == code)
            return channel.id;
    throw FieldError(column, "unknown channel '" + std::string(code) + "' (known: " + channels.knownCodes() + ")");
}

} // namespace omni::io
