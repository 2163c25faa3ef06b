// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cards/multi_channel_card.h"

#include "format.h"
#include "widgets/cards/card_support.h"

#include <qcustomplot.h>


#include <algorithm>

namespace omni::ui {

MultiChannelCard::MultiChannelCard(QWidget* parent)
    : ChartCard(QStringLiteral("multi_channel"), parent)
{
    setObjectName(QStringLiteral("multiChannelCard"));
    bars_ = new QCPBars(plot()->xAxis, plot()->yAxis);
    bars_->setPen(Qt::NoPen);
    bars_->setBrush(QColor(0x94, 0x67, 0xbd));
    bars_->setWidth(0.7);
    plot()->xAxis->grid()->setVisible(false);
    plot()->xAxis->setSubTicks(false);
    cards::subtitle(plot());
    retranslate();
}

void MultiChannelCard::showResults(const metrics::EngagementResults& results)
{
    data_ = results.multiChannel;
    redraw();
}

QString MultiChannelCard::summaryText() const
{
    if (data_.active == 0)
        return tr("No active customers in this range");
    return tr("%1 of active customers used two or more channels (%2 of %3)")
        .arg(cards::percentText(data_.share), formatCount(data_.onTwoOrMore), formatCount(data_.active));
}

void MultiChannelCard::redraw()
{
    QVector<double> keys;
    QVector<double> values;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    int64_t most = 0;
    for (size_t k = 0; k < data_.byChannelCount.size(); ++k) {
        keys << static_cast<double>(k + 1);
        values << static_cast<double>(data_.byChannelCount[k]);
        most = std::max(most, data_.byChannelCount[k]);
        ticker->addTick(static_cast<double>(k + 1), QLocale().toString(static_cast<int>(k + 1)));
    }
    bars_->setData(keys, values, true);
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setRange(0.4, std::max<double>(2.0, static_cast<double>(data_.byChannelCount.size())) + 0.6);
    plot()->yAxis->setRange(0, std::max<double>(1.0, static_cast<double>(most) * 1.12));
    cards::subtitle(plot())->setText(summaryText());
    plot()->replot(QCustomPlot::rpQueuedReplot);
}

void MultiChannelCard::retranslate()
{
    setTitle(tr("Customers on several channels"));
    setDefinition(tr("Customers on two or more channels: among the active customers of the range, how many were "
                     "active on exactly 1, 2, 3... channels (the bars); multi-channel share = customers on 2 or more "
                     "channels / active customers."));
    plot()->setLocale(QLocale());
    plot()->xAxis->setLabel(tr("Channels used"));
    plot()->yAxis->setLabel(tr("Customers"));
    bars_->setName(tr("Customers"));
    redraw();
}

QString MultiChannelCard::csv() const
{
    QString text = QStringLiteral("channels,customers\n");
    for (size_t k = 0; k < data_.byChannelCount.size(); ++k)
        text += QString::number(k + 1) + QLatin1Char(',') + QString::number(data_.byChannelCount[k]) + QLatin1Char('\n');
    text += QStringLiteral("# active,on_two_or_more,share\n# %1,%2,%3\n")
                .arg(QString::number(data_.active), QString::number(data_.onTwoOrMore), cards::csvNumber(data_.share));
    return text;
}

} // namespace omni::ui
