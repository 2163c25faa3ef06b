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

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/omniconsole-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace omni::ui
