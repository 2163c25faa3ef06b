// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace omni::ui {

// Registers the application's embedded resources (window icon). Call once after QApplication is
// made: omni_ui is a static library, and its .qrc object is only linked in when referenced.
void initResources();

// The application icon at every size the resources hold (16–256 px renderings of the SVG).
QIcon applicationIcon();

} // namespace omni::ui
