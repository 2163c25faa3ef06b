// SPDX-License-Identifier: GPL-3.0-or-later
// Asks what a bulk action on products does: which field to set (price, category, brand, listing
// status or stock on chosen channels) or which canonical value to copy to chosen channels, the
// value, and whether it applies to the selected rows or to every product matching the filter.
// The value is checked by the core's rules (catalog::checkBulkChange) before OK is enabled.
#pragma once

#include "catalog/bulk_edit.h"
#include "store/records.h"

#include <QDialog>

#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QStackedWidget;

namespace omni::ui {

class BulkEditDialog : public QDialog {
    Q_OBJECT
public:
    BulkEditDialog(const std::vector<store::Channel>& channels, const std::vector<std::string>& categories,
                   qint64 selectedCount, qint64 matchingCount, QWidget* parent = nullptr);

    catalog::BulkChange change() const;
    // True: every product matching the table's filter; false: the selected rows.
    bool allMatching() const;

    // For tests.
    QComboBox* actionBox() const { return action_; }
    QLineEdit* valueEdit() const { return value_; }
    QComboBox* categoryBox() const { return category_; }
    QComboBox* statusBox() const { return status_; }
    QCheckBox* channelBox(const std::string& code) const;
    QString problemText() const;

private:
    void update();

    QComboBox* action_;
    QStackedWidget* values_;
    QLineEdit* value_;
    QComboBox* category_;
    QComboBox* status_;
    QLabel* none_;
    std::vector<std::pair<std::string, QCheckBox*>> channels_;
    QRadioButton* selected_;
    QRadioButton* matching_;
    QLabel* problem_;
    QDialogButtonBox* buttons_;
};

} // namespace omni::ui
