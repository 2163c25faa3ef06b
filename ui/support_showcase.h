// SPDX-License-Identifier: GPL-3.0-or-later
// --support-simulator (with --screenshot): before the grab, shows the Support page's Simulator,
// waits for the bot (training the intent model when the store has none), picks a customer with a
// few orders and plays a short scripted conversation in the UI language (greeting, order status,
// which order, return and refund, an injection attempt, asking for a person), then selects the
// grounded order-status reply so that the inspector shows its intent, entities and facts.
#pragma once

#include "screenshot_taker.h"

namespace omni::ui {

class MainWindow;

ScreenshotTaker::Preparation supportSimulatorPreparation(MainWindow& window);

} // namespace omni::ui
