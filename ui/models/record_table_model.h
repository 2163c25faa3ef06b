// SPDX-License-Identifier: GPL-3.0-or-later
// The common ground of OmniConsole's table models: flat tables (no children), numbers aligned to
// the right, and a refresh of every header and cell when the language (and so the locale) changes.
#pragma once

#include <QAbstractTableModel>

namespace omni::ui {

class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // Headers and cells read tr() and the default locale each time they are asked for, so telling
    // the views that everything changed is enough to retranslate a table.
    void refreshTexts();

protected:
    // The usual guard of a flat table: only the invisible root has rows.
    static bool isRoot(const QModelIndex& parent) { return !parent.isValid(); }
    static QVariant numberAlignment();
};

} // namespace omni::ui
