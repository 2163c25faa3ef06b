// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/confidence_histogram.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace omni::ui {

ConfidenceHistogram::ConfidenceHistogram(QWidget* parent)
    : QWidget(parent)
    , plot_(new QCustomPlot)
{
    setObjectName(QStringLiteral("confidenceHistogram"));
    plot_->setObjectName(QStringLiteral("confidencePlot"));
    plot_->setMinimumSize(220, 140);
    correct_ = new QCPBars(plot_->xAxis, plot_->yAxis);
    wrong_ = new QCPBars(plot_->xAxis, plot_->yAxis);
    correct_->setPen(Qt::NoPen);
    correct_->setBrush(QColor(0x2c, 0xa0, 0x2c));
    wrong_->setPen(Qt::NoPen);
    wrong_->setBrush(QColor(0xd6, 0x27, 0x28));
    wrong_->moveAbove(correct_);
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(0.2); // 0.1 crowds the axis in a narrow column
    plot_->xAxis->setTicker(ticker);
    plot_->xAxis->setRange(0, 1);
    plot_->legend->setVisible(true);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    plot_->legend->setFont(legendFont);
    plot_->legend->setIconSize(12, 8);
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    retranslate();
    clear();
}

void ConfidenceHistogram::setBins(const std::vector<dialogue::ConfidenceBin>& bins)
{
    correct_->data()->clear();
    wrong_->data()->clear();
    int most = 0;
    double width = 0.1;
    for (const dialogue::ConfidenceBin& bin : bins) {
        const double centre = (bin.from + bin.to) / 2;
        width = std::max(1e-3, bin.to - bin.from);
        correct_->addData(centre, bin.correct);
        wrong_->addData(centre, bin.wrong);
        most = std::max(most, bin.correct + bin.wrong);
    }
    correct_->setWidth(width * 0.9);
    wrong_->setWidth(width * 0.9);
    plot_->yAxis->setRange(0, std::max(1.0, most * 1.15));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ConfidenceHistogram::clear()
{
    setBins({});
}

int ConfidenceHistogram::binCount() const
{
    return correct_->dataCount();
}

int ConfidenceHistogram::correctAt(int bin) const
{
    return bin >= 0 && bin < correct_->dataCount() ? static_cast<int>(std::lround(correct_->dataMainValue(bin))) : 0;
}

int ConfidenceHistogram::wrongAt(int bin) const
{
    return bin >= 0 && bin < wrong_->dataCount() ? static_cast<int>(std::lround(wrong_->dataMainValue(bin))) : 0;
}

void ConfidenceHistogram::retranslate()
{
    plot_->xAxis->setLabel(tr("Confidence of the predicted intent"));
    plot_->yAxis->setLabel(tr("Turns"));
    correct_->setName(tr("Right intent"));
    wrong_->setName(tr("Wrong intent"));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ConfidenceHistogram::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace omni::ui
