// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/hover_readout.h"

#include <qcustomplot.h>

#include <cmath>

namespace omni::ui {

HoverReadout::HoverReadout(QCustomPlot* plot, QCPAbstractPlottable* reference, std::function<QString(int)> text)
    : QObject(plot)
    , plot_(plot)
    , reference_(reference)
    , text_(std::move(text))
    , marker_(new QCPItemTracer(plot))
    , label_(new QCPItemText(plot))
{
    // A free-standing dot in plot coordinates (a graph tracer would not work for bars).
    marker_->position->setType(QCPItemPosition::ptPlotCoords);
    marker_->position->setAxes(reference->keyAxis(), reference->valueAxis());
    marker_->setStyle(QCPItemTracer::tsCircle);
    marker_->setSize(8);
    marker_->setPen(QPen(QColor(0x30, 0x30, 0x30), 1.5));
    marker_->setBrush(Qt::white);
    marker_->setLayer(QStringLiteral("overlay"));
    // The label sits in the top-left corner of the axes, where it never hides the point itself.
    label_->setPositionAlignment(Qt::AlignTop | Qt::AlignLeft);
    label_->position->setType(QCPItemPosition::ptAxisRectRatio);
    label_->position->setAxisRect(reference->keyAxis()->axisRect());
    label_->position->setCoords(0.01, 0.02);
    label_->setPadding(QMargins(6, 3, 6, 3));
    label_->setBrush(QColor(255, 255, 255, 235));
    label_->setPen(QPen(QColor(0xa0, 0xa0, 0xa0)));
    label_->setTextAlignment(Qt::AlignLeft);
    label_->setLayer(QStringLiteral("overlay"));
    hide();
    plot->setMouseTracking(true);
    connect(plot, &QCustomPlot::mouseMove, this, &HoverReadout::onMouseMove);
}

int HoverReadout::nearestIndex(double key) const
{
    QCPPlottableInterface1D* data = reference_->interface1D();
    if (!data || data->dataCount() == 0)
        return -1;
    int best = -1;
    double bestDistance = 0;
    // Binary search for the first key >= key, then compare with its left neighbour.
    const int at = data->findBegin(key, false);
    for (int candidate : {at - 1, at, at + 1}) {
        if (candidate < 0 || candidate >= data->dataCount())
            continue;
        const double distance = std::abs(data->dataMainKey(candidate) - key);
        if (best < 0 || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

QString HoverReadout::showAtKey(double key)
{
    const int index = nearestIndex(key);
    if (index < 0) {
        hide();
        return {};
    }
    QCPPlottableInterface1D* data = reference_->interface1D();
    marker_->position->setCoords(data->dataMainKey(index), data->dataMainValue(index));
    label_->setText(text_(index));
    marker_->setVisible(true);
    label_->setVisible(true);
    plot_->layer(QStringLiteral("overlay"))->replot();
    return label_->text();
}

void HoverReadout::hide()
{
    marker_->setVisible(false);
    label_->setVisible(false);
    if (plot_->layer(QStringLiteral("overlay")))
        plot_->layer(QStringLiteral("overlay"))->replot();
}

QString HoverReadout::text() const
{
    return label_->visible() ? label_->text() : QString();
}

bool HoverReadout::isShown() const
{
    return label_->visible();
}

void HoverReadout::onMouseMove(QMouseEvent* event)
{
    QCPAxisRect* rect = reference_->keyAxis()->axisRect();
    if (!rect->rect().contains(event->pos())) {
        if (isShown())
            hide();
        return;
    }
    showAtKey(reference_->keyAxis()->pixelToCoord(event->pos().x()));
}

} // namespace omni::ui
