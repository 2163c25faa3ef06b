// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cards/channel_consistency_card.h"

#include "widgets/cards/card_support.h"

#include <qcustomplot.h>


#include <algorithm>

namespace omni::ui {

namespace {
constexpr size_t kGapsNamed = 2; // more do not fit on the card; the CSV has them all

QString optionalCsv(const std::optional<double>& value)
{
    return value ? cards::csvNumber(*value) : QString();
}
} // namespace

ChannelConsistencyCard::ChannelConsistencyCard(QWidget* parent)
    : ChartCard(QStringLiteral("channel_consistency"), parent)
{
    setObjectName(QStringLiteral("channelConsistencyCard"));
    plot()->setMinimumHeight(320);
    bars_ = new QCPBars(plot()->xAxis, plot()->yAxis);
    bars_->setPen(Qt::NoPen);
    bars_->setBrush(QColor(0x1f, 0x77, 0xb4));
    bars_->setWidth(0.6);
    plot()->xAxis->grid()->setVisible(false);
    plot()->xAxis->setSubTicks(false);
    cards::subtitle(plot());
    retranslate();
}

void ChannelConsistencyCard::showResults(const metrics::EngagementResults& results)
{
    data_ = results.consistency;
    redraw();
}

QString ChannelConsistencyCard::measuresText(const metrics::ChannelScore& score) const
{
    QStringList lines;
    lines << tr("conversion %1").arg(cards::percentText(score.conversion));
    if (score.priceIndex)
        lines << tr("price index %1").arg(cards::numberText(*score.priceIndex, 2));
    if (score.rating)
        lines << tr("rating %1").arg(cards::numberText(*score.rating, 1));
    if (score.botResolution)
        lines << tr("bot resolved %1").arg(cards::percentText(*score.botResolution, 0));
    return lines.join(QLatin1Char('\n'));
}

QString ChannelConsistencyCard::measureName(const std::string& metric) const
{
    if (metric == "conversion")
        return tr("conversion");
    if (metric == "price")
        return tr("price index");
    if (metric == "rating")
        return tr("rating");
    if (metric == "bot_resolution")
        return tr("bot resolution");
    return QString::fromStdString(metric);
}

QString ChannelConsistencyCard::measureValue(const std::string& metric, const std::string& channel) const
{
    for (const metrics::ChannelScore& score : data_.channels) {
        if (score.channel != channel)
            continue;
        if (metric == "conversion")
            return cards::percentText(score.conversion);
        if (metric == "price" && score.priceIndex)
            return cards::numberText(*score.priceIndex, 2);
        if (metric == "rating" && score.rating)
            return cards::numberText(*score.rating, 1);
        if (metric == "bot_resolution" && score.botResolution)
            return cards::percentText(*score.botResolution, 0);
    }
    return QStringLiteral("–");
}

QString ChannelConsistencyCard::gapsSentence() const
{
    if (data_.channels.empty())
        return tr("No channel activity in this range");
    if (data_.largestGaps.empty())
        return tr("The channels are consistent: no gap stands out");
    QStringList parts;
    for (size_t i = 0; i < std::min(kGapsNamed, data_.largestGaps.size()); ++i) {
        const metrics::ConsistencyGap& gap = data_.largestGaps[i];
        parts << tr("%1 is %2 on %3 but %4 on %5")
                     .arg(measureName(gap.metric), measureValue(gap.metric, gap.best), cards::channelName(gap.best),
                          measureValue(gap.metric, gap.worst), cards::channelName(gap.worst));
    }
    return tr("Largest gaps: %1").arg(parts.join(QStringLiteral("\n")));
}

void ChannelConsistencyCard::redraw()
{
    QCustomPlot* p = plot();
    p->clearItems();
    QVector<double> keys;
    QVector<double> values;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QFont labelFont = p->font();
    // Five channels side by side in a half-width card leave about 100 px per label.
    labelFont.setPointSizeF(labelFont.pointSizeF() * (data_.channels.size() > 4 ? 0.72 : 0.8));
    for (size_t i = 0; i < data_.channels.size(); ++i) {
        const metrics::ChannelScore& score = data_.channels[i];
        keys << static_cast<double>(i);
        values << score.score;
        ticker->addTick(static_cast<double>(i),
                        tr("%1\nscore %2").arg(cards::channelName(score.channel), cards::numberText(score.score, 0)));
        auto* text = new QCPItemText(p);
        text->position->setType(QCPItemPosition::ptPlotCoords);
        text->position->setCoords(static_cast<double>(i), score.score);
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        text->setTextAlignment(Qt::AlignHCenter);
        text->setFont(labelFont);
        text->setText(measuresText(score));
    }
    bars_->setData(keys, values, true);
    p->xAxis->setTicker(ticker);
    p->xAxis->setRange(-0.6, std::max<double>(1.0, static_cast<double>(data_.channels.size())) - 0.4);
    p->yAxis->setRange(0, 150); // room above a full bar for its four-line label
    auto valueTicker = QSharedPointer<QCPAxisTickerFixed>::create();
    valueTicker->setTickStep(25);
    p->yAxis->setTicker(valueTicker);
    cards::subtitle(p)->setText(gapsSentence());
    p->replot(QCustomPlot::rpQueuedReplot);
}

void ChannelConsistencyCard::retranslate()
{
    setTitle(tr("Channel consistency"));
    setDefinition(tr("Channel consistency, per channel: conversion = buyers / active customers on the channel (buyers: "
                     "its active customers with a counted order on it in the range); price index = mean of listing "
                     "price / product list price over its active listings (1 = list price; current prices); rating = "
                     "mean review rating of reviews written on it in the range; bot resolution = share of bot test "
                     "turns resolved (neither handed off nor failed) when a test-suite run per channel is given. "
                     "Score (0–100) = 100 × the mean, over the measures the channel has, of its closeness to the "
                     "best: conversion, rating and bot resolution as value / the best channel's value, price as "
                     "max(0, 1 − |index − 1|). Largest gaps: per measure, the best and the worst channel and their "
                     "relative difference |best − worst| / |best|, largest first."));
    plot()->setLocale(QLocale());
    plot()->xAxis->setLabel(tr("Channel"));
    plot()->yAxis->setLabel(tr("Consistency score"));
    bars_->setName(tr("Consistency score"));
    redraw();
}

QString ChannelConsistencyCard::csv() const
{
    QString text = QStringLiteral("channel,conversion,price_index,rating,bot_resolution,score\n");
    for (const metrics::ChannelScore& score : data_.channels)
        text += cards::csvField(QString::fromStdString(score.channel)) + QLatin1Char(',') + cards::csvNumber(score.conversion)
            + QLatin1Char(',') + optionalCsv(score.priceIndex) + QLatin1Char(',') + optionalCsv(score.rating)
            + QLatin1Char(',') + optionalCsv(score.botResolution) + QLatin1Char(',') + cards::csvNumber(score.score)
            + QLatin1Char('\n');
    for (const metrics::ConsistencyGap& gap : data_.largestGaps)
        text += QStringLiteral("# gap,%1,%2,%3,%4\n")
                    .arg(QString::fromStdString(gap.metric), QString::fromStdString(gap.best),
                         QString::fromStdString(gap.worst), cards::csvNumber(gap.difference));
    return text;
}

} // namespace omni::ui
