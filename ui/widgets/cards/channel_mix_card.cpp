// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cards/channel_mix_card.h"

#include "format.h"
#include "widgets/cards/card_support.h"
#include "widgets/hover_readout.h"

#include <qcustomplot.h>


#include <algorithm>

namespace omni::ui {

namespace {
QColor channelColour(size_t index)
{
    static const QColor colours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                     QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                     QColor(0xe3, 0x77, 0xc2)};
    return colours[index % (sizeof(colours) / sizeof(colours[0]))];
}
} // namespace

ChannelMixCard::ChannelMixCard(QWidget* parent)
    : ChartCard(QStringLiteral("channel_mix"), parent)
{
    setObjectName(QStringLiteral("channelMixCard"));
    plot()->setMinimumHeight(300);
    plot()->xAxis->grid()->setVisible(false);
    setUpTimeAxis(plot()->xAxis);
    totals_ = plot()->addGraph();
    totals_->setLineStyle(QCPGraph::lsNone);
    totals_->setPen(Qt::NoPen);
    totals_->removeFromLegend();
    hover_ = new HoverReadout(plot(), totals_, [this](int index) { return readoutText(index); });
    cards::legendBelow(plot());
    retranslate();
}

void ChannelMixCard::showResults(const metrics::EngagementResults& results)
{
    channels_ = results.channels;
    rows_ = results.channelMix;
    redraw();
}

void ChannelMixCard::redraw()
{
    QCustomPlot* p = plot();
    for (QCPBars* bars : bars_)
        p->removePlottable(bars);
    bars_.clear();
    // A period is as long as the gap between period starts (a week unless months were chosen).
    double periodDays = 7;
    if (rows_.size() >= 2)
        periodDays = std::max(1, rows_[1].startDay - rows_[0].startDay);
    QVector<double> keys;
    for (const metrics::ChannelMixRow& row : rows_)
        keys << dayKey(row.startDay) + periodDays * 86400.0 / 2; // centred on the period
    QCPBars* below = nullptr;
    double highest = 0;
    std::vector<double> totals(rows_.size(), 0.0);
    for (size_t c = 0; c < channels_.size(); ++c) {
        auto* bars = new QCPBars(p->xAxis, p->yAxis);
        bars->setName(cards::channelName(channels_[c]));
        bars->setPen(QPen(Qt::white, 0.5));
        bars->setBrush(channelColour(c));
        bars->setWidth(periodDays * 86400.0 * 0.8);
        QVector<double> values;
        for (size_t r = 0; r < rows_.size(); ++r) {
            const auto& active = rows_[r].activeByChannel;
            const double value = c < active.size() ? static_cast<double>(active[c]) : 0.0;
            values << value;
            totals[r] += value;
        }
        bars->setData(keys, values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
        bars_.push_back(bars);
    }
    for (double total : totals)
        highest = std::max(highest, total);
    totals_->setData(keys, QVector<double>(totals.begin(), totals.end()), true);
    if (!keys.isEmpty())
        p->xAxis->setRange(keys.front() - periodDays * 86400.0 * 0.6, keys.back() + periodDays * 86400.0 * 0.6);
    p->yAxis->setRange(0, std::max(1.0, highest * 1.1));
    p->replot(QCustomPlot::rpQueuedReplot);
}

QString ChannelMixCard::readoutText(int index) const
{
    if (index < 0 || static_cast<size_t>(index) >= rows_.size())
        return {};
    const metrics::ChannelMixRow& row = rows_[static_cast<size_t>(index)];
    QStringList lines{tr("Period from %1").arg(cards::localeDay(row.startDay))};
    for (size_t c = 0; c < channels_.size(); ++c)
        lines << tr("%1: %2").arg(cards::channelName(channels_[c]),
                                  formatCount(c < row.activeByChannel.size() ? row.activeByChannel[c] : 0));
    return lines.join(QLatin1Char('\n'));
}

void ChannelMixCard::retranslate()
{
    setTitle(tr("Channel mix over time"));
    setDefinition(tr("Channel mix: per calendar week (Monday first) or month overlapping the range, the number of "
                     "distinct customers active on each channel in the part of that period inside the range. A "
                     "customer on two channels counts once for each, so a period's bars may add up to more than its "
                     "active customers."));
    retranslateTimeAxis(plot()->xAxis);
    plot()->xAxis->setLabel(tr("Period starting"));
    plot()->yAxis->setLabel(tr("Active customers"));
    redraw();
}

QString ChannelMixCard::csv() const
{
    QString text = QStringLiteral("period_start");
    for (const std::string& channel : channels_)
        text += QLatin1Char(',') + cards::csvField(QString::fromStdString(channel));
    text += QLatin1Char('\n');
    for (const metrics::ChannelMixRow& row : rows_) {
        text += cards::isoDay(row.startDay);
        for (size_t c = 0; c < channels_.size(); ++c)
            text += QLatin1Char(',') + QString::number(c < row.activeByChannel.size() ? row.activeByChannel[c] : 0);
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace omni::ui
