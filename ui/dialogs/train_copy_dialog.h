// SPDX-License-Identifier: GPL-3.0-or-later
// Train the store's copy language model: its size (small for a quick first model, or the default
// the benchmarks measure), the number of epochs and the device. The rest comes from the core's
// CopyTrainingOptions defaults.
#pragma once

#include "runtime/device.h"
#include "text/copy_training.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace omni::ui {

class TrainCopyDialog : public QDialog {
    Q_OBJECT
public:
    explicit TrainCopyDialog(runtime::DevicePreference device, QWidget* parent = nullptr);

    text::CopyTrainingOptions options() const;

    QComboBox* sizeBox() const { return size_; }
    QSpinBox* epochsBox() const { return epochs_; }

private:
    QComboBox* size_;
    QSpinBox* epochs_;
    QComboBox* device_;
};

} // namespace omni::ui
