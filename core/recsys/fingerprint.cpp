// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/fingerprint.h"

#include <cstdio>

namespace omni::recsys {

void Fnv1a::add(const void* data, size_t size)
{
    const auto* bytes = static_cast<const unsigned char*>(data);
    uint64_t hash = hash_;
    for (size_t i = 0; i < size; ++i) {
        hash ^= bytes[i];
        hash *= 1099511628211ull;
    }
    hash_ = hash;
}

uint64_t fnv1a(std::string_view bytes)
{
    Fnv1a hash;
    hash.add(bytes.data(), bytes.size());
    return hash.value();
}

std::string hex64(uint64_t value)
{
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
    return text;
}

std::string interactionFingerprint(const InteractionData& data)
{
    Fnv1a hash;
    hash.add(data.sourceId);
    hash.addValue(static_cast<uint64_t>(data.userKeys.size()));
    for (const std::string& key : data.userKeys)
        hash.add(key);
    hash.addValue(static_cast<uint64_t>(data.itemKeys.size()));
    for (const std::string& key : data.itemKeys)
        hash.add(key);
    for (const UserSequence& sequence : data.sequences) {
        hash.addValue(static_cast<uint64_t>(sequence.size()));
        hash.add(sequence.items.data(), sequence.items.size() * sizeof(ItemIndex));
        hash.add(sequence.times.data(), sequence.times.size() * sizeof(int64_t));
        hash.add(sequence.weights.data(), sequence.weights.size() * sizeof(float));
    }
    return hex64(hash.value());
}

} // namespace omni::recsys
