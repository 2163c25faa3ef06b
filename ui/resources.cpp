// SPDX-License-Identifier: GPL-3.0-or-later
#include "resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE declares a global function, so it must be used outside any namespace.
static void initOmniConsoleResources()
{
    Q_INIT_RESOURCE(omniconsole);
}

namespace omni::ui {

void initResources()
{
    initOmniConsoleResources();
}

} // namespace omni::ui
