// SPDX-License-Identifier: GPL-3.0-or-later
// --audit (with --screenshot): before the grab, shows the Products page's Consistency audit tab and
// runs the audit, so that the screenshot shows the findings with their fixes.
#pragma once

#include "screenshot_taker.h"

namespace omni::ui {

class MainWindow;

ScreenshotTaker::Preparation auditPreparation(MainWindow& window);

} // namespace omni::ui
