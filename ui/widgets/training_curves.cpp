// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/training_curves.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QVBoxLayout>

namespace omni::ui {

TrainingCurves::TrainingCurves(QWidget* parent)
    : QWidget(parent)
    , plot_(new QCustomPlot)
{
    setObjectName(QStringLiteral("trainingCurves"));
    plot_->setObjectName(QStringLiteral("trainingPlot"));
    plot_->setMinimumHeight(180);
    plot_->yAxis2->setVisible(true);
    // Epochs are whole numbers.
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot_->xAxis->setTicker(ticker);

    loss_ = plot_->addGraph(plot_->xAxis, plot_->yAxis);
    loss_->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2));
    loss_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    ndcg_ = plot_->addGraph(plot_->xAxis, plot_->yAxis2);
    ndcg_->setPen(QPen(QColor(0xd6, 0x27, 0x28), 2));
    ndcg_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 5));
    // The legend goes in a row of its own under the axes: inside them it covered the NDCG@10
    // curve, which levels off along the top once a model has learned.
    plot_->legend->setVisible(true);
    plot_->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot_->legend->setBorderPen(Qt::NoPen);
    auto* legendRow = new QCPLayoutGrid;
    plot_->plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(5, 0, 5, 5));
    legendRow->addElement(0, 0, plot_->legend);
    plot_->plotLayout()->setRowStretchFactor(1, 0.001);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    retranslate();
    rescale();
}

void TrainingCurves::clear()
{
    loss_->data()->clear();
    ndcg_->data()->clear();
    rescale();
}

void TrainingCurves::addEpoch(int epoch, double loss, double validationNdcg)
{
    loss_->addData(epoch, loss);
    if (!std::isnan(validationNdcg))
        ndcg_->addData(epoch, validationNdcg);
    rescale();
}

void TrainingCurves::showEpochs(const std::vector<store::ModelEpoch>& epochs)
{
    loss_->data()->clear();
    ndcg_->data()->clear();
    for (const store::ModelEpoch& epoch : epochs) {
        loss_->addData(epoch.epoch, epoch.loss);
        if (epoch.validationNdcg)
            ndcg_->addData(epoch.epoch, *epoch.validationNdcg);
    }
    rescale();
}

int TrainingCurves::lossPoints() const
{
    return loss_->dataCount();
}

int TrainingCurves::metricPoints() const
{
    return ndcg_->dataCount();
}

void TrainingCurves::rescale()
{
    bool found = false;
    const QCPRange epochs = loss_->data()->keyRange(found);
    plot_->xAxis->setRange(0.5, found ? std::max(epochs.upper, 1.0) + 0.5 : 5.5);
    const QCPRange losses = loss_->data()->valueRange(found);
    plot_->yAxis->setRange(0, found ? losses.upper * 1.1 + 1e-6 : 1.0);
    const QCPRange metric = ndcg_->data()->valueRange(found);
    plot_->yAxis2->setRange(0, found ? std::max(metric.upper * 1.15, 0.01) : 0.1);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingCurves::retranslate()
{
    plot_->xAxis->setLabel(tr("Epoch"));
    plot_->yAxis->setLabel(tr("Training loss"));
    plot_->yAxis2->setLabel(tr("Validation NDCG@10"));
    loss_->setName(tr("Loss"));
    ndcg_->setName(tr("Validation NDCG@10"));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingCurves::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace omni::ui
