// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/entities.h"

#include <array>

namespace omni::dialogue {
namespace {
constexpr std::array<const char*, 6> kNames = {"order_number", "product", "size", "colour", "date", "amount"};
} // namespace

const char* entityKindName(EntityKind kind)
{
    return kNames[static_cast<size_t>(kind)];
}

std::optional<EntityKind> parseEntityKind(std::string_view name)
{
    for (size_t i = 0; i < kNames.size(); ++i)
        if (name == kNames[i])
            return static_cast<EntityKind>(i);
    return std::nullopt;
}

} // namespace omni::dialogue
