// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cards/distribution_card.h"

#include "format.h"
#include "widgets/cards/card_support.h"

#include <qcustomplot.h>


#include <algorithm>

namespace omni::ui {

DistributionCard::DistributionCard(QString id, QWidget* parent)
    : ChartCard(std::move(id), parent)
{
    bars_ = new QCPBars(plot()->xAxis, plot()->yAxis);
    bars_->setPen(Qt::NoPen);
    bars_->setBrush(QColor(0x1f, 0x77, 0xb4));
    bars_->setWidth(0.8);
    plot()->xAxis->grid()->setVisible(false);
    // Slanted up to the tick, so that the last bin's label (often the longest, "30 min+") ends at its
    // tick instead of running past the card's edge, where QCustomPlot would drop it.
    plot()->xAxis->setTickLabelRotation(-45);
    cards::subtitle(plot());
}

void DistributionCard::showResults(const metrics::EngagementResults& results)
{
    distribution_ = pick(results);
    redraw();
}

QStringList DistributionCard::binLabels() const
{
    QStringList labels;
    const std::vector<double>& edges = distribution_.edges;
    for (size_t i = 0; i < edges.size(); ++i) {
        if (i + 1 < edges.size() && wholeNumbers() && edges[i + 1] - edges[i] <= 1.0)
            labels << formatValue(edges[i]);
        else if (i + 1 < edges.size() && wholeNumbers())
            labels << tr("%1–%2").arg(formatValue(edges[i]), formatValue(edges[i + 1] - 1.0));
        else if (i + 1 < edges.size())
            labels << tr("%1–%2").arg(formatValue(edges[i]), formatValue(edges[i + 1]));
        else
            labels << tr("%1+").arg(formatValue(edges[i])); // the last bin is open-ended
    }
    return labels;
}

QString DistributionCard::summaryText() const
{
    if (distribution_.n == 0)
        return tr("No data in this range");
    return tr("n = %1 · mean %2 · median %3 · 90th percentile %4")
        .arg(formatCount(distribution_.n), formatValue(distribution_.mean), formatValue(distribution_.median),
             formatValue(distribution_.p90));
}

void DistributionCard::redraw()
{
    QVector<double> keys;
    QVector<double> values;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const QStringList labels = binLabels();
    int64_t most = 0;
    for (int i = 0; i < labels.size(); ++i) {
        const int64_t count = static_cast<size_t>(i) < distribution_.counts.size() ? distribution_.counts[static_cast<size_t>(i)] : 0;
        keys << i;
        values << static_cast<double>(count);
        ticker->addTick(i, labels[i]);
        most = std::max(most, count);
    }
    bars_->setData(keys, values, true);
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setRange(-0.6, std::max(1, static_cast<int>(labels.size())) - 0.4);
    plot()->yAxis->setRange(0, std::max<double>(1.0, static_cast<double>(most) * 1.12));
    cards::subtitle(plot())->setText(summaryText());
    plot()->replot(QCustomPlot::rpQueuedReplot);
}

void DistributionCard::retranslate()
{
    setTitle(titleText());
    setDefinition(definitionText());
    plot()->setLocale(QLocale());
    plot()->xAxis->setLabel(keyAxisText());
    plot()->yAxis->setLabel(valueAxisText());
    bars_->setName(valueAxisText());
    redraw();
}

QString DistributionCard::csv() const
{
    const QString unit = csvUnit();
    QString text = QStringLiteral("from_%1,to_%1,count\n").arg(unit);
    const std::vector<double>& edges = distribution_.edges;
    for (size_t i = 0; i < edges.size(); ++i) {
        const int64_t count = i < distribution_.counts.size() ? distribution_.counts[i] : 0;
        text += cards::csvNumber(edges[i]) + QLatin1Char(',')
            + (i + 1 < edges.size() ? cards::csvNumber(edges[i + 1]) : QString()) + QLatin1Char(',')
            + QString::number(count) + QLatin1Char('\n');
    }
    return text;
}

} // namespace omni::ui
