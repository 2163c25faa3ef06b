// SPDX-License-Identifier: GPL-3.0-or-later
// Train a recommender: the model kind, its hyper-parameters (filled with the core's defaults for
// that kind, and only those the kind uses are enabled), and the device to train on.
#pragma once

#include "recsys/training.h"
#include "runtime/device.h"

#include <QDialog>

#include <string>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace omni::ui {

class TrainDialog : public QDialog {
    Q_OBJECT
public:
    explicit TrainDialog(runtime::DevicePreference device, QWidget* parent = nullptr);

    std::string kind() const;
    void setKind(const std::string& kind);
    recsys::Hyperparameters hyperparameters() const;
    runtime::DevicePreference device() const;

    QComboBox* kindBox() const { return kind_; }
    QSpinBox* epochsBox() const { return epochs_; }

private:
    void loadDefaults();
    void updateEnabled();

    QComboBox* kind_;
    QComboBox* device_;
    QComboBox* loss_;
    QSpinBox* dimension_;
    QSpinBox* blocks_;
    QSpinBox* heads_;
    QSpinBox* maxLength_;
    QDoubleSpinBox* dropout_;
    QDoubleSpinBox* learningRate_;
    QSpinBox* batchSize_;
    QSpinBox* epochs_;
    QSpinBox* negatives_;
    QSpinBox* neighbours_;
    QDoubleSpinBox* shrink_;
    QSpinBox* seed_;
    QFormLayout* form_;
    QLabel* note_;
};

} // namespace omni::ui
