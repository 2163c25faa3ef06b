// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/latency_chart.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace omni::ui {

LatencyChart::LatencyChart(QWidget* parent)
    : QWidget(parent)
    , plot_(new QCustomPlot)
{
    setObjectName(QStringLiteral("latencyChart"));
    plot_->setObjectName(QStringLiteral("latencyPlot"));
    plot_->setMinimumSize(220, 130);
    bars_ = new QCPBars(plot_->xAxis, plot_->yAxis);
    bars_->setPen(Qt::NoPen);
    bars_->setBrush(QColor(0x1f, 0x77, 0xb4));
    bars_->setWidth(0.6);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTick(0, QStringLiteral("p50"));
    ticker->addTick(1, QStringLiteral("p95"));
    ticker->addTick(2, QStringLiteral("p99"));
    ticker->addTick(3, QStringLiteral("max"));
    plot_->xAxis->setTicker(ticker);
    plot_->xAxis->setRange(-0.6, 3.6);
    plot_->xAxis->grid()->setVisible(false);
    plot_->xAxis->setSubTicks(false);

    budget_ = new QCPItemStraightLine(plot_);
    budget_->setPen(QPen(QColor(0xd6, 0x27, 0x28), 1, Qt::DashLine));
    budget_->point1->setCoords(-1, kBudgetMs);
    budget_->point2->setCoords(4, kBudgetMs);
    budgetText_ = new QCPItemText(plot_);
    budgetText_->position->setCoords(3.55, kBudgetMs);
    budgetText_->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    budgetText_->setColor(QColor(0xd6, 0x27, 0x28));
    for (int i = 0; i < 4; ++i) {
        values_[i] = new QCPItemText(plot_);
        values_[i]->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    retranslate();
    clear();
}

void LatencyChart::setLatencies(double p50Ms, double p95Ms, double p99Ms, double maxMs)
{
    const double values[4] = {p50Ms, p95Ms, p99Ms, maxMs};
    bars_->data()->clear();
    double most = kBudgetMs;
    for (int i = 0; i < 4; ++i) {
        bars_->addData(i, values[i]);
        most = std::max(most, values[i]);
        values_[i]->position->setCoords(i, values[i]);
        values_[i]->setText(values[i] > 0 ? QString::number(values[i], 'f', values[i] < 10 ? 2 : 1) : QString());
    }
    plot_->yAxis->setRange(0, most * 1.2);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LatencyChart::clear()
{
    setLatencies(0, 0, 0, 0);
}

double LatencyChart::barValue(int index) const
{
    return index >= 0 && index < bars_->dataCount() ? bars_->dataMainValue(index) : 0.0;
}

void LatencyChart::retranslate()
{
    plot_->yAxis->setLabel(tr("Turn latency (ms)"));
    budgetText_->setText(tr("%1 ms budget").arg(kBudgetMs));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LatencyChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace omni::ui
