// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/records.h"

#include <array>
#include <utility>

namespace omni::store {

namespace {
constexpr std::array<std::pair<EventType, const char*>, 6> kEventTypeNames = {{
    {EventType::View, "view"},
    {EventType::Click, "click"},
    {EventType::Search, "search"},
    {EventType::AddToCart, "add_to_cart"},
    {EventType::Purchase, "purchase"},
    {EventType::Review, "review"},
}};
} // namespace

const char* eventTypeName(EventType type)
{
    for (const auto& [value, name] : kEventTypeNames)
        if (value == type)
            return name;
    return "view";
}

std::optional<EventType> parseEventType(const std::string& name)
{
    for (const auto& [value, text] : kEventTypeNames)
        if (name == text)
            return value;
    return std::nullopt;
}

} // namespace omni::store
