// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cards/journeys_card.h"

#include "format.h"
#include "widgets/cards/card_support.h"

#include <qcustomplot.h>


#include <algorithm>

namespace omni::ui {

JourneysCard::JourneysCard(QWidget* parent)
    : ChartCard(QStringLiteral("journeys"), parent)
{
    setObjectName(QStringLiteral("journeysCard"));
    QCustomPlot* p = plot();
    p->setMinimumHeight(300);
    map_ = new QCPColorMap(p->xAxis, p->yAxis);
    map_->setInterpolate(false);
    map_->setTightBoundary(false);
    scale_ = new QCPColorScale(p);
    p->plotLayout()->addElement(0, 1, scale_);
    scale_->setType(QCPAxis::atRight);
    scale_->setBarWidth(10);
    map_->setColorScale(scale_);
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, QColor(0xff, 0xff, 0xff));
    gradient.setColorStopAt(0.35, QColor(0xfd, 0xd0, 0xa2));
    gradient.setColorStopAt(1.0, QColor(0x7f, 0x27, 0x04));
    map_->setGradient(gradient);
    auto* margins = new QCPMarginGroup(p);
    p->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    scale_->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    p->yAxis->setRangeReversed(true); // the first channel at the top, as a table reads
    p->xAxis->grid()->setVisible(false);
    p->yAxis->grid()->setVisible(false);
    p->xAxis->setSubTicks(false);
    p->yAxis->setSubTicks(false);
    retranslate();
}

void JourneysCard::showResults(const metrics::EngagementResults& results)
{
    channels_ = results.channels;
    // A channel a journey names but the list lacks still gets its row and column.
    for (const metrics::Journey& journey : results.journeys)
        for (const std::string* code : {&journey.firstTouch, &journey.purchaseChannel})
            if (std::find(channels_.begin(), channels_.end(), *code) == channels_.end())
                channels_.push_back(*code);
    journeys_ = results.journeys;
    redraw();
}

int JourneysCard::indexOf(const std::string& code) const
{
    const auto found = std::find(channels_.begin(), channels_.end(), code);
    return found == channels_.end() ? -1 : static_cast<int>(found - channels_.begin());
}

double JourneysCard::cell(const std::string& firstTouch, const std::string& purchaseChannel) const
{
    const int row = indexOf(firstTouch);
    const int column = indexOf(purchaseChannel);
    if (row < 0 || column < 0)
        return 0;
    return map_->data()->cell(column, row);
}

QString JourneysCard::cellText(const std::string& firstTouch, const std::string& purchaseChannel) const
{
    const int row = indexOf(firstTouch);
    const int column = indexOf(purchaseChannel);
    const QString name = QStringLiteral("journey_%1_%2").arg(row).arg(column);
    for (int i = 0; i < plot()->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot()->item(i)); text && text->objectName() == name)
            return text->text();
    return {};
}

void JourneysCard::redraw()
{
    QCustomPlot* p = plot();
    p->clearItems();
    const int n = std::max<int>(1, static_cast<int>(channels_.size()));
    map_->data()->setSize(n, n);
    map_->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
    map_->data()->fill(0);
    std::vector<int64_t> counts(static_cast<size_t>(n * n), 0);
    int64_t most = 0;
    for (const metrics::Journey& journey : journeys_) {
        const int row = indexOf(journey.firstTouch);
        const int column = indexOf(journey.purchaseChannel);
        if (row < 0 || column < 0)
            continue;
        int64_t& count = counts[static_cast<size_t>(row * n + column)];
        count += journey.customers;
        most = std::max(most, count);
        map_->data()->setCell(column, row, static_cast<double>(count));
    }
    map_->setDataRange(QCPRange(0, std::max<double>(1.0, static_cast<double>(most))));
    QFont cellFont = p->font();
    cellFont.setPointSizeF(cellFont.pointSizeF() * 0.9);
    for (int row = 0; row < static_cast<int>(channels_.size()); ++row) {
        for (int column = 0; column < static_cast<int>(channels_.size()); ++column) {
            const int64_t count = counts[static_cast<size_t>(row * n + column)];
            auto* text = new QCPItemText(p);
            text->setObjectName(QStringLiteral("journey_%1_%2").arg(row).arg(column));
            text->position->setType(QCPItemPosition::ptPlotCoords);
            text->position->setCoords(column, row);
            text->setPositionAlignment(Qt::AlignCenter);
            text->setFont(cellFont);
            text->setText(count > 0 ? formatCount(count) : QString());
            text->setColor(static_cast<double>(count) > 0.55 * static_cast<double>(most) ? Qt::white : QColor(0x20, 0x20, 0x20));
        }
    }
    auto xTicker = QSharedPointer<QCPAxisTickerText>::create();
    auto yTicker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < static_cast<int>(channels_.size()); ++i) {
        xTicker->addTick(i, cards::channelName(channels_[static_cast<size_t>(i)]));
        yTicker->addTick(i, cards::channelName(channels_[static_cast<size_t>(i)]));
    }
    p->xAxis->setTicker(xTicker);
    p->yAxis->setTicker(yTicker);
    p->xAxis->setRange(-0.5, n - 0.5);
    p->yAxis->setRange(-0.5, n - 0.5);
    p->replot(QCustomPlot::rpQueuedReplot);
}

void JourneysCard::retranslate()
{
    setTitle(tr("Journeys: first touch to purchase"));
    setDefinition(tr("Cross-channel journeys: for each active customer, first touch (rows) = the channel of their "
                     "first activity in the range (on the first active day: the channel of their earliest session "
                     "that day, else the first channel in the shop's channel order); purchase channel (columns) = "
                     "the channel of their first counted order on or after that day in the range. Customers without "
                     "such an order are in no cell. The diagonal holds those who bought where they started."));
    plot()->setLocale(QLocale());
    plot()->xAxis->setLabel(tr("Purchase channel"));
    plot()->yAxis->setLabel(tr("First touch"));
    scale_->axis()->setLabel(tr("Customers"));
    redraw();
}

QString JourneysCard::csv() const
{
    QString text = QStringLiteral("first_touch,purchase_channel,customers\n");
    for (const metrics::Journey& journey : journeys_)
        text += cards::csvField(QString::fromStdString(journey.firstTouch)) + QLatin1Char(',')
            + cards::csvField(QString::fromStdString(journey.purchaseChannel)) + QLatin1Char(',')
            + QString::number(journey.customers) + QLatin1Char('\n');
    return text;
}

} // namespace omni::ui
