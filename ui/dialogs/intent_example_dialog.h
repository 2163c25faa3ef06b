// SPDX-License-Identifier: GPL-3.0-or-later
// Adding or editing one labelled intent example: the intent (the predicted one preselected when
// it comes from the simulator), the language and the text.
#pragma once

#include "store/intent_example_repository.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace omni::ui {

class IntentExampleDialog : public QDialog {
    Q_OBJECT
public:
    // example: what the fields start with (its id is kept in result()).
    IntentExampleDialog(const store::IntentExampleRecord& example, bool isNew, QWidget* parent = nullptr);

    store::IntentExampleRecord result() const;
    QComboBox* intentCombo() const { return intent_; }

private:
    void updateOk();

    store::IntentExampleRecord example_;
    QComboBox* intent_;
    QComboBox* lang_;
    QLineEdit* text_;
    QDialogButtonBox* buttons_;
};

} // namespace omni::ui
