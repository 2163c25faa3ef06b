// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/confusion_heatmap.h"

#include "models/dialogue_labels.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace omni::ui {

using dialogue::Intent;
using dialogue::kIntentCount;

ConfusionHeatmap::ConfusionHeatmap(QWidget* parent)
    : QWidget(parent)
    , plot_(new QCustomPlot)
{
    setObjectName(QStringLiteral("confusionHeatmap"));
    plot_->setObjectName(QStringLiteral("confusionPlot"));
    plot_->setMinimumSize(400, 330); // below this the eleven intent labels overlap

    map_ = new QCPColorMap(plot_->xAxis, plot_->yAxis);
    map_->data()->setSize(kIntentCount, kIntentCount);
    map_->data()->setRange(QCPRange(0, kIntentCount - 1), QCPRange(0, kIntentCount - 1));
    map_->setInterpolate(false);
    map_->setTightBoundary(false); // cell i spans [i - 0.5, i + 0.5], like the axis range

    scale_ = new QCPColorScale(plot_);
    plot_->plotLayout()->addElement(0, 1, scale_);
    scale_->setType(QCPAxis::atRight);
    scale_->setBarWidth(10);
    map_->setColorScale(scale_);
    // White for nothing, deep blue for the most: the diagonal stands out, and so does any
    // off-diagonal cell with many turns.
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, QColor(0xff, 0xff, 0xff));
    gradient.setColorStopAt(0.35, QColor(0x9e, 0xca, 0xe1));
    gradient.setColorStopAt(1.0, QColor(0x08, 0x30, 0x6b));
    map_->setGradient(gradient);
    auto* margins = new QCPMarginGroup(plot_);
    plot_->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    scale_->setMarginGroup(QCP::msBottom | QCP::msTop, margins);

    plot_->xAxis->setRange(-0.5, kIntentCount - 0.5);
    plot_->yAxis->setRange(-0.5, kIntentCount - 0.5);
    plot_->yAxis->setRangeReversed(true); // the first intent at the top, as a table reads
    plot_->xAxis->setTickLabelRotation(50);
    plot_->xAxis->grid()->setVisible(false);
    plot_->yAxis->grid()->setVisible(false);
    plot_->xAxis->setSubTicks(false);
    plot_->yAxis->setSubTicks(false);

    QFont cellFont = font();
    cellFont.setPointSizeF(std::max(6.0, cellFont.pointSizeF() * 0.85));
    texts_.reserve(static_cast<size_t>(kIntentCount * kIntentCount));
    for (int expected = 0; expected < kIntentCount; ++expected) {
        for (int predicted = 0; predicted < kIntentCount; ++predicted) {
            auto* text = new QCPItemText(plot_);
            text->setClipToAxisRect(true);
            text->position->setType(QCPItemPosition::ptPlotCoords);
            text->position->setCoords(predicted, expected);
            text->setPositionAlignment(Qt::AlignCenter);
            text->setFont(cellFont);
            texts_.push_back(text);
        }
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    retranslate();
    updateCells();
}

void ConfusionHeatmap::setConfusion(const Matrix& confusion)
{
    confusion_ = confusion;
    updateCells();
}

void ConfusionHeatmap::clear()
{
    confusion_ = Matrix{};
    updateCells();
}

void ConfusionHeatmap::updateCells()
{
    int most = 0;
    for (int expected = 0; expected < kIntentCount; ++expected) {
        for (int predicted = 0; predicted < kIntentCount; ++predicted) {
            const int count = confusion_[static_cast<size_t>(expected)][static_cast<size_t>(predicted)];
            most = std::max(most, count);
            map_->data()->setCell(predicted, expected, count);
        }
    }
    map_->setDataRange(QCPRange(0, std::max(most, 1)));
    for (int expected = 0; expected < kIntentCount; ++expected) {
        for (int predicted = 0; predicted < kIntentCount; ++predicted) {
            const int count = confusion_[static_cast<size_t>(expected)][static_cast<size_t>(predicted)];
            QCPItemText* text = texts_[static_cast<size_t>(expected * kIntentCount + predicted)];
            text->setText(count > 0 ? QString::number(count) : QString());
            // Dark cells get white figures.
            text->setColor(count > 0.55 * most ? Qt::white : QColor(0x20, 0x20, 0x20));
        }
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

int ConfusionHeatmap::cellCount(Intent expected, Intent predicted) const
{
    return static_cast<int>(map_->data()->cell(static_cast<int>(predicted), static_cast<int>(expected)));
}

QString ConfusionHeatmap::cellText(Intent expected, Intent predicted) const
{
    return texts_[static_cast<size_t>(static_cast<int>(expected) * kIntentCount + static_cast<int>(predicted))]->text();
}

namespace {

QStringList tickLabels(const QCPAxis* axis)
{
    QStringList labels;
    const auto ticker = axis->ticker().dynamicCast<QCPAxisTickerText>();
    if (ticker)
        for (auto it = ticker->ticks().cbegin(); it != ticker->ticks().cend(); ++it)
            labels << it.value();
    return labels;
}

} // namespace

QStringList ConfusionHeatmap::expectedLabels() const
{
    return tickLabels(plot_->yAxis);
}

QStringList ConfusionHeatmap::predictedLabels() const
{
    return tickLabels(plot_->xAxis);
}

void ConfusionHeatmap::setCountName(const QString& name)
{
    countName_ = name;
    scale_->axis()->setLabel(countName_);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ConfusionHeatmap::retranslate()
{
    auto xTicker = QSharedPointer<QCPAxisTickerText>::create();
    auto yTicker = QSharedPointer<QCPAxisTickerText>::create();
    for (const Intent intent : dialogue::allIntents()) {
        xTicker->addTick(static_cast<int>(intent), intentLabel(intent));
        yTicker->addTick(static_cast<int>(intent), intentLabel(intent));
    }
    plot_->xAxis->setTicker(xTicker);
    plot_->yAxis->setTicker(yTicker);
    plot_->xAxis->setLabel(tr("Predicted intent"));
    plot_->yAxis->setLabel(tr("Expected intent"));
    scale_->axis()->setLabel(countName_);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ConfusionHeatmap::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace omni::ui
