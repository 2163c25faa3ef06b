// SPDX-License-Identifier: GPL-3.0-or-later
// The attributes of a channel account that identity resolution links on, and how contact details
// become them. Phone numbers and e-mail addresses are never stored per account in clear: each is
// normalised, salted and hashed with SHA-256, so equal contacts give equal hashes on every
// channel and in every store (the salt is a constant, not per store), while the column does not
// show the address itself.
//
// "Non-reversible-ish" only: the salt ships with the program and phone numbers are a small space,
// so someone holding the store and the code can brute-force a phone hash. It keeps contact
// details out of casual view (screenshots, exports of the identities table); it is not a
// defence against a determined attacker with the file.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace omni::store {

struct IdentityAttributes {
    std::optional<std::string> phoneHash;   // hashPhone()
    std::optional<std::string> emailHash;   // hashEmail()
    std::optional<std::string> deviceId;    // the device's advertising / install id, as the channel reports it
    std::optional<std::string> loyaltyCard; // the store loyalty card number linked to the account

    bool empty() const { return !phoneHash && !emailHash && !deviceId && !loyaltyCard; }
    bool operator==(const IdentityAttributes& other) const
    {
        return phoneHash == other.phoneHash && emailHash == other.emailHash && deviceId == other.deviceId &&
               loyaltyCard == other.loyaltyCard;
    }
};

// Digits only ("+86 138-0000 0001" -> "8613800000001"); a leading international "00" is dropped
// like "+". Without a country code nothing can tell "138 0000 0001" and "+86 138 0000 0001" apart,
// so both forms are kept as written. Fewer than 6 digits is not a phone number: nullopt.
std::optional<std::string> normalisePhone(std::string_view raw);
// Trimmed and lower-cased (ASCII); nullopt without exactly one '@' with text on both sides.
std::optional<std::string> normaliseEmail(std::string_view raw);

// 64 hex digits of SHA-256(salt + kind + normalised value); nullopt when the value does not
// normalise. The kind is part of the input so that a phone and an e-mail never hash alike.
std::optional<std::string> hashPhone(std::string_view raw);
std::optional<std::string> hashEmail(std::string_view raw);

// The first characters of a hash, enough to tell hashes apart on screen ("3f9a1c…").
std::string shortHash(const std::string& hash);

} // namespace omni::store
