// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/channel_repository.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace omni::io {

// The id of the channel a field names; FieldError(column) listing the known codes otherwise.
int64_t channelIdField(const store::ChannelRepository& channels, std::string_view code, const std::string& column);

} // namespace omni::io
