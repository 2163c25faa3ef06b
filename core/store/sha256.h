// SPDX-License-Identifier: GPL-3.0-or-later
// SHA-256 (FIPS 180-4), written here so that hashing identity attributes needs no extra package.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace omni::store {

std::array<uint8_t, 32> sha256(std::string_view data);
// The digest as 64 lower-case hex digits.
std::string sha256Hex(std::string_view data);

} // namespace omni::store
