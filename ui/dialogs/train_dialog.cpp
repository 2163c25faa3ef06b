// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/train_dialog.h"

#include "format.h"
#include "models/model_results_table_model.h"
#include "recsys/model_factory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace omni::ui {

namespace {
QSpinBox* intBox(int low, int high)
{
    auto* box = new QSpinBox;
    box->setRange(low, high);
    return box;
}

QDoubleSpinBox* realBox(double low, double high, int decimals, double step)
{
    auto* box = new QDoubleSpinBox;
    box->setRange(low, high);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    return box;
}
} // namespace

TrainDialog::TrainDialog(runtime::DevicePreference device, QWidget* parent)
    : QDialog(parent)
    , kind_(new QComboBox)
    , device_(new QComboBox)
    , loss_(new QComboBox)
    , dimension_(intBox(4, 1024))
    , blocks_(intBox(1, 8))
    , heads_(intBox(1, 8))
    , maxLength_(intBox(2, 1000))
    , dropout_(realBox(0, 0.9, 2, 0.05))
    , learningRate_(realBox(0.00001, 1.0, 5, 0.0005))
    , batchSize_(intBox(1, 8192))
    , epochs_(intBox(1, 1000))
    , negatives_(intBox(1, 1000))
    , neighbours_(intBox(1, 10000))
    , shrink_(realBox(0, 1000, 1, 1))
    , seed_(intBox(0, 2147483647))
    , form_(new QFormLayout)
    , note_(new QLabel)
{
    setObjectName(QStringLiteral("trainDialog"));
    setWindowTitle(tr("Train a recommender"));
    for (const std::string& kind : recsys::recommenderKinds())
        kind_->addItem(ModelResultsTableModel::kindLabel(kind), toQString(kind));
    kind_->setObjectName(QStringLiteral("kindBox"));
    device_->addItem(tr("Automatic (CUDA when present)"), static_cast<int>(runtime::DevicePreference::Auto));
    device_->addItem(tr("CPU"), static_cast<int>(runtime::DevicePreference::Cpu));
    device_->addItem(tr("CUDA GPU"), static_cast<int>(runtime::DevicePreference::Cuda));
    device_->setCurrentIndex(device_->findData(static_cast<int>(device)));
    loss_->setObjectName(QStringLiteral("lossBox"));
    loss_->addItem(tr("Automatic (full softmax up to %L1 products)").arg(recsys::kAutomaticSoftmaxItems),
                   static_cast<int>(recsys::LossKind::Automatic));
    loss_->addItem(tr("Sampled negatives"), static_cast<int>(recsys::LossKind::SampledNegatives));
    loss_->addItem(tr("Full softmax"), static_cast<int>(recsys::LossKind::FullSoftmax));

    form_->addRow(tr("Model:"), kind_);
    form_->addRow(tr("Device:"), device_);
    form_->addRow(tr("Epochs (at most):"), epochs_);
    form_->addRow(tr("Dimension:"), dimension_);
    form_->addRow(tr("Transformer blocks:"), blocks_);
    form_->addRow(tr("Attention heads:"), heads_);
    form_->addRow(tr("Longest history:"), maxLength_);
    form_->addRow(tr("Dropout:"), dropout_);
    form_->addRow(tr("Learning rate:"), learningRate_);
    form_->addRow(tr("Batch size:"), batchSize_);
    form_->addRow(tr("Loss:"), loss_);
    form_->addRow(tr("Negatives per positive:"), negatives_);
    form_->addRow(tr("Neighbours per item:"), neighbours_);
    form_->addRow(tr("Similarity shrink:"), shrink_);
    form_->addRow(tr("Random seed:"), seed_);

    note_->setWordWrap(true);
    note_->setText(tr("Training holds back each customer's last two interactions to validate and test on, stops "
                      "early when validation NDCG@10 stops improving, and saves the model beside the store."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Train"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(kind_, &QComboBox::currentIndexChanged, this, [this] { loadDefaults(); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form_);
    layout->addWidget(note_);
    layout->addWidget(buttons);
    loadDefaults();
}

std::string TrainDialog::kind() const
{
    return kind_->currentData().toString().toStdString();
}

void TrainDialog::setKind(const std::string& kind)
{
    const int index = kind_->findData(toQString(kind));
    if (index >= 0)
        kind_->setCurrentIndex(index);
}

void TrainDialog::loadDefaults()
{
    const recsys::Hyperparameters hyper = recsys::defaultHyperparameters(kind());
    dimension_->setValue(hyper.dimension);
    blocks_->setValue(hyper.blocks);
    heads_->setValue(hyper.heads);
    maxLength_->setValue(hyper.maxLength);
    dropout_->setValue(hyper.dropout);
    learningRate_->setValue(hyper.learningRate);
    batchSize_->setValue(hyper.batchSize);
    epochs_->setValue(hyper.epochs);
    negatives_->setValue(hyper.negatives);
    neighbours_->setValue(hyper.neighbours);
    shrink_->setValue(hyper.shrink);
    seed_->setValue(static_cast<int>(hyper.seed));
    loss_->setCurrentIndex(loss_->findData(static_cast<int>(hyper.loss)));
    updateEnabled();
}

void TrainDialog::updateEnabled()
{
    const std::string chosen = kind();
    const bool neural = chosen == "bpr" || chosen == "sasrec";
    const bool sasrec = chosen == "sasrec";
    for (QWidget* field : {static_cast<QWidget*>(dimension_), static_cast<QWidget*>(learningRate_),
                           static_cast<QWidget*>(batchSize_), static_cast<QWidget*>(epochs_),
                           static_cast<QWidget*>(negatives_), static_cast<QWidget*>(device_)})
        field->setEnabled(neural);
    for (QWidget* field : {static_cast<QWidget*>(blocks_), static_cast<QWidget*>(heads_),
                           static_cast<QWidget*>(maxLength_), static_cast<QWidget*>(dropout_),
                           static_cast<QWidget*>(loss_)})
        field->setEnabled(sasrec);
    neighbours_->setEnabled(chosen == "itemknn");
    shrink_->setEnabled(chosen == "itemknn");
}

recsys::Hyperparameters TrainDialog::hyperparameters() const
{
    recsys::Hyperparameters hyper = recsys::defaultHyperparameters(kind());
    hyper.dimension = dimension_->value();
    hyper.blocks = blocks_->value();
    hyper.heads = heads_->value();
    hyper.maxLength = maxLength_->value();
    hyper.dropout = dropout_->value();
    hyper.learningRate = learningRate_->value();
    hyper.batchSize = batchSize_->value();
    hyper.epochs = epochs_->value();
    hyper.negatives = negatives_->value();
    hyper.loss = static_cast<recsys::LossKind>(loss_->currentData().toInt());
    hyper.neighbours = neighbours_->value();
    hyper.shrink = shrink_->value();
    hyper.seed = static_cast<uint64_t>(seed_->value());
    return hyper;
}

runtime::DevicePreference TrainDialog::device() const
{
    return static_cast<runtime::DevicePreference>(device_->currentData().toInt());
}

} // namespace omni::ui
