// SPDX-License-Identifier: GPL-3.0-or-later
// Catalog vocabulary the store keeps as codes (category "kitchen", attribute "net_weight") or in
// English (brands), named in the UI language. Codes the UI does not know are shown as stored, with
// '_' as a space. Use these wherever a category or brand is shown (lists, profile, reasons).
#pragma once

#include <QCoreApplication>
#include <QString>

namespace omni::ui {

class CatalogTerms {
    Q_DECLARE_TR_FUNCTIONS(CatalogTerms)
public:
    static QString categoryLabel(const QString& category);
    static QString attributeLabel(const QString& attribute);
    // A brand as the catalogue names it in the UI language: in Chinese, the brand's Chinese name
    // from the bilingual catalogue vocabulary (the sample shop's brands are bilingual, products
    // keep the English one); the stored name when there is no Chinese one.
    static QString brandLabel(const QString& brand);
};

} // namespace omni::ui
