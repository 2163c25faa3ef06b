// SPDX-License-Identifier: GPL-3.0-or-later
// --copy-writer (with --screenshot): before the grab, shows the Products page's Copy writer tab
// and generates copy for the selected (first) product with the remembered settings, so that the
// screenshot shows streamed text, ranked candidates and the fact check. A store without a copy
// model is grabbed as it is: the tab's explanation and Train button.
#pragma once

#include "screenshot_taker.h"

namespace omni::ui {

class MainWindow;

ScreenshotTaker::Preparation copyWriterPreparation(MainWindow& window);

} // namespace omni::ui
