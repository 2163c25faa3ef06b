// SPDX-License-Identifier: GPL-3.0-or-later
// 64-bit FNV-1a hashing: the model file's checksum and the training-data fingerprint. Not a
// cryptographic hash: it detects damage and tells data sets apart, it does not resist forgery.
#pragma once

#include "recsys/interaction_data.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace omni::recsys {

class Fnv1a {
public:
    void add(const void* data, size_t size);
    void add(std::string_view text)
    {
        addCount(text.size());
        add(text.data(), text.size());
    }
    template <typename T>
    void addValue(const T& value)
    {
        add(&value, sizeof value);
    }
    uint64_t value() const { return hash_; }

private:
    void addCount(size_t count) { addValue(static_cast<uint64_t>(count)); }
    uint64_t hash_ = 14695981039346656037ull;
};

uint64_t fnv1a(std::string_view bytes);
std::string hex64(uint64_t value); // 16 lower-case hex digits

// Identifies the interactions a model learned from: the source (store id or file) and every
// user, item and interaction (item, time, weight) in order. Same data, same fingerprint.
std::string interactionFingerprint(const InteractionData& data);

} // namespace omni::recsys
