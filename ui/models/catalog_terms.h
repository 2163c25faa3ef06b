// SPDX-License-Identifier: GPL-3.0-or-later
// Catalog vocabulary the store keeps as codes (category "kitchen", attribute "net_weight"), named
// in the UI language. Codes the UI does not know are shown as stored, with '_' as a space.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace omni::ui {

class CatalogTerms {
    Q_DECLARE_TR_FUNCTIONS(CatalogTerms)
public:
    static QString categoryLabel(const QString& category);
    static QString attributeLabel(const QString& attribute);
};

} // namespace omni::ui
