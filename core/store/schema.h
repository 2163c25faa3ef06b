// SPDX-License-Identifier: GPL-3.0-or-later
// The store's schema, versioned in PRAGMA user_version. Each version has one migration function;
// opening a store runs the missing ones, each in its own transaction.
#pragma once

#include "store/database.h"

namespace omni::store {

// The newest schema this build knows. Raise it together with a new entry in migrations.cpp.
constexpr int kSchemaVersion = 7;

// Brings db from its current version up to target (default: the newest). Throws StoreError,
// leaving the store at the last completed version, and refuses a store newer than this build.
void migrate(const Database& db, int target = kSchemaVersion);

} // namespace omni::store
