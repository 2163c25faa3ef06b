// SPDX-License-Identifier: GPL-3.0-or-later
// A product's icon where the store holds no pictures: a badge in its category's colour with the
// first character of the category's name in the UI language (厨 / K for kitchen), so a list of mixed
// products can be scanned by category at a glance.
#pragma once

#include <QIcon>
#include <QString>

namespace omni::ui {

// category: the stored code ("kitchen"); unknown codes get a colour of their own too.
QIcon categoryIcon(const QString& category);

} // namespace omni::ui
