// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/train_copy_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace omni::ui {

namespace {
enum Size { Small, Standard };
constexpr int kSmallEpochs = 2;
}

TrainCopyDialog::TrainCopyDialog(runtime::DevicePreference device, QWidget* parent)
    : QDialog(parent)
    , size_(new QComboBox)
    , epochs_(new QSpinBox)
    , device_(new QComboBox)
{
    setObjectName(QStringLiteral("trainCopyDialog"));
    setWindowTitle(tr("Train copy model"));
    const text::CopyTrainingOptions defaults;
    size_->addItem(tr("Small (2 layers, width 128): quickest to train on a CPU"), Small);
    size_->addItem(tr("Standard (%1 layers, width %2): for a GPU or a long run")
                       .arg(defaults.layers)
                       .arg(defaults.modelWidth),
                   Standard);
    // Small first: on a 2-core CPU it trains on the demo shop in about 17 minutes and writes
    // better copy than the standard network does in the same time (docs/benchmarks.md, "Copy
    // generation quality"); the standard one needs about 1.5 hours there.
    size_->setCurrentIndex(0);
    epochs_->setRange(1, 50);
    epochs_->setValue(kSmallEpochs);
    connect(size_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, defaults] {
        epochs_->setValue(size_->currentData().toInt() == Small ? kSmallEpochs : defaults.epochs);
    });
    device_->addItem(tr("Automatic"), static_cast<int>(runtime::DevicePreference::Auto));
    device_->addItem(tr("CPU"), static_cast<int>(runtime::DevicePreference::Cpu));
    device_->addItem(tr("CUDA GPU"), static_cast<int>(runtime::DevicePreference::Cuda));
    device_->setCurrentIndex(std::max(0, device_->findData(static_cast<int>(device))));

    auto* note = new QLabel(tr("The model learns the shop's own voice from its product titles, descriptions, "
                               "listing texts and reviews. It is saved beside the store and becomes the "
                               "store's copy model."));
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Model size:"), size_);
    form->addRow(tr("Epochs:"), epochs_);
    form->addRow(tr("Device:"), device_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Train"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

text::CopyTrainingOptions TrainCopyDialog::options() const
{
    text::CopyTrainingOptions options;
    if (size_->currentData().toInt() == Small) {
        options.layers = 2;
        options.modelWidth = 128;
        options.heads = 4;
        options.vocabularySize = 2048;
        options.contextLength = 128; // the shop's texts fit; half the attention cost
        options.batchSize = 32;
    }
    options.epochs = epochs_->value();
    options.device = static_cast<runtime::DevicePreference>(device_->currentData().toInt());
    options.activate = true;
    return options;
}

} // namespace omni::ui
