// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cards/funnel_card.h"

#include "format.h"
#include "widgets/cards/card_support.h"

#include <qcustomplot.h>


#include <algorithm>

namespace omni::ui {

namespace {
constexpr double kSpacing = 0.02; // in key units, so that label positions are known before layout

// The whole shop in a dark colour, channels in lighter distinct ones.
QColor funnelColour(size_t index)
{
    static const QColor colours[] = {QColor(0x1f, 0x4e, 0x79), QColor(0x6b, 0xae, 0xd6), QColor(0xe0, 0x7b, 0x39),
                                     QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd), QColor(0xbc, 0xbd, 0x22),
                                     QColor(0x8c, 0x56, 0x4b)};
    return colours[index % (sizeof(colours) / sizeof(colours[0]))];
}
} // namespace

FunnelCard::FunnelCard(QWidget* parent)
    : ChartCard(QStringLiteral("funnels"), parent)
{
    setObjectName(QStringLiteral("funnelsCard"));
    plot()->setMinimumHeight(320);
    group_ = new QCPBarsGroup(plot());
    group_->setSpacingType(QCPBarsGroup::stPlotCoords);
    group_->setSpacing(kSpacing);
    plot()->xAxis->grid()->setVisible(false);
    plot()->xAxis->setSubTicks(false);
    cards::legendBelow(plot());
    retranslate();
}

void FunnelCard::showResults(const metrics::EngagementResults& results)
{
    funnels_ = results.funnels;
    redraw();
}

QStringList FunnelCard::stepLabels() const
{
    QStringList labels;
    if (funnels_.empty())
        return labels;
    const metrics::Funnel& shop = funnels_.front();
    for (size_t i = 0; i < shop.steps.size(); ++i) {
        const metrics::FunnelStep& step = shop.steps[i];
        if (i == 0)
            labels << tr("%1\n%2 customers").arg(cards::funnelStepName(step.name), formatCount(step.customers));
        else
            labels << tr("%1\n%2 customers\n%3 drop off")
                          .arg(cards::funnelStepName(step.name), formatCount(step.customers),
                               cards::percentText(step.dropOff, 0));
    }
    return labels;
}

double FunnelCard::barValue(const metrics::Funnel& funnel, size_t step)
{
    // A funnel nobody entered has no bars (its first step still reads "100 %" of nobody).
    return funnel.steps.front().customers == 0 ? 0.0 : funnel.steps[step].fromStart * 100.0;
}

QString FunnelCard::barLabel(const metrics::Funnel& funnel, size_t step)
{
    // The first step is 100 % by definition, and a channel nobody entered (no product views in the
    // physical store) has no conversion to show.
    if (step == 0 || funnel.steps.front().customers == 0)
        return {};
    return cards::percentText(funnel.steps[step].fromPrevious, 0);
}

QStringList FunnelCard::barLabels() const
{
    QStringList labels;
    for (const metrics::Funnel& funnel : funnels_)
        for (size_t i = 0; i < funnel.steps.size(); ++i)
            labels << barLabel(funnel, i);
    return labels;
}

void FunnelCard::redraw()
{
    QCustomPlot* p = plot();
    p->clearPlottables();
    p->clearItems();
    bars_.clear();
    QCPBarsGroup* group = group_;
    const size_t count = std::max<size_t>(1, funnels_.size());
    const double width = std::min(0.8 / static_cast<double>(count), 0.3);
    QFont labelFont = p->font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * (count > 4 ? 0.7 : 0.8));
    for (size_t f = 0; f < funnels_.size(); ++f) {
        const metrics::Funnel& funnel = funnels_[f];
        auto* bars = new QCPBars(p->xAxis, p->yAxis);
        // The funnel's viewers go in the legend: written over the first bars they crowded each other.
        const int64_t viewers = funnel.steps.empty() ? 0 : funnel.steps.front().customers;
        bars->setName(tr("%1 (%2 viewers)").arg(cards::channelName(funnel.channel), formatCount(viewers)));
        bars->setPen(Qt::NoPen);
        bars->setBrush(funnelColour(f));
        bars->setWidth(width);
        bars->setBarsGroup(group);
        QVector<double> keys;
        QVector<double> values;
        for (size_t i = 0; i < funnel.steps.size(); ++i) {
            keys << static_cast<double>(i);
            values << barValue(funnel, i);
        }
        bars->setData(keys, values, true);
        bars_.push_back(bars);
    }
    // Labels go over each bar once the group has placed the bars side by side.
    for (size_t f = 0; f < funnels_.size(); ++f) {
        const metrics::Funnel& funnel = funnels_[f];
        for (size_t i = 0; i < funnel.steps.size(); ++i) {
            auto* text = new QCPItemText(p);
            text->setClipToAxisRect(false);
            text->position->setType(QCPItemPosition::ptPlotCoords);
            const double total = static_cast<double>(funnels_.size()) * width
                + static_cast<double>(funnels_.size() - 1) * kSpacing;
            const double key = static_cast<double>(i) - total / 2 + width / 2 + static_cast<double>(f) * (width + kSpacing);
            text->position->setCoords(key, barValue(funnel, i));
            text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            text->setFont(labelFont);
            text->setText(barLabel(funnel, i));
        }
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const QStringList steps = stepLabels();
    for (int i = 0; i < steps.size(); ++i)
        ticker->addTick(i, steps[i]);
    p->xAxis->setTicker(ticker);
    p->xAxis->setRange(-0.5, std::max(4, static_cast<int>(steps.size())) - 0.5);
    p->yAxis->setRange(0, 115);
    p->replot(QCustomPlot::rpQueuedReplot);
}

void FunnelCard::retranslate()
{
    setTitle(tr("Funnel by channel"));
    setDefinition(tr("Funnel view → click → add to cart → purchase, steps in any order within the range: a customer "
                     "reaches step k when they have at least one event of each of steps 1..k in the range (on the "
                     "funnel's channel for a per-channel funnel), whatever the order of those events; the funnel "
                     "starts with a view. Conversion from previous = customers / customers of the previous step; "
                     "drop-off = 1 − conversion from previous. Bars: conversion from start (share of the funnel's "
                     "viewers), labelled with the conversion from the previous step; the legend gives each funnel's "
                     "viewers. The shop funnel comes first, then one per channel."));
    plot()->setLocale(QLocale());
    plot()->xAxis->setLabel(tr("Funnel step"));
    plot()->yAxis->setLabel(tr("% of the funnel's viewers"));
    redraw();
}

QString FunnelCard::csv() const
{
    QString text = QStringLiteral("funnel,step,customers,from_previous,from_start,drop_off\n");
    for (const metrics::Funnel& funnel : funnels_)
        for (const metrics::FunnelStep& step : funnel.steps)
            text += cards::csvField(funnel.channel.empty() ? QStringLiteral("all") : QString::fromStdString(funnel.channel))
                + QLatin1Char(',') + QString::fromStdString(step.name) + QLatin1Char(',') + QString::number(step.customers)
                + QLatin1Char(',') + cards::csvNumber(step.fromPrevious) + QLatin1Char(',') + cards::csvNumber(step.fromStart)
                + QLatin1Char(',') + cards::csvNumber(step.dropOff) + QLatin1Char('\n');
    return text;
}

} // namespace omni::ui
