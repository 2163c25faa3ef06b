// SPDX-License-Identifier: GPL-3.0-or-later
// Translated names of the dialogue core's enums, shared by the simulator and the test-suite views.
#pragma once

#include "dialogue/bot.h"
#include "dialogue/entities.h"
#include "dialogue/intent.h"

#include <QString>

namespace omni::ui {

QString intentLabel(dialogue::Intent intent);           // "Order status" / "订单状态"
QString entityKindLabel(dialogue::EntityKind kind);     // "Order number" / "订单号"
QString handoffReasonLabel(dialogue::HandoffReason reason);

} // namespace omni::ui
