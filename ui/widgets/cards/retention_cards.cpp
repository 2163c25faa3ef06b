// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cards/retention_cards.h"

#include "format.h"
#include "widgets/cards/card_style.h"
#include "widgets/hover_readout.h"

#include <qcustomplot.h>

#include <QComboBox>

#include <algorithm>
#include <cmath>
#include <limits>

namespace omni::ui {

using metrics::CohortPeriod;
using metrics::RetentionCohort;
using metrics::RetentionMode;

namespace {
QComboBox* smallCombo(const char* name)
{
    auto* box = new QComboBox;
    box->setObjectName(QString::fromLatin1(name));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

void setItemTexts(QComboBox* box, const QStringList& texts)
{
    // Keeps the selection: the items are the same choices, only their words change.
    const int current = std::max(0, box->currentIndex());
    const QSignalBlocker blocker(box);
    if (box->count() != texts.size()) {
        box->clear();
        box->addItems(texts);
    } else {
        for (int i = 0; i < texts.size(); ++i)
            box->setItemText(i, texts[i]);
    }
    box->setCurrentIndex(current);
}
} // namespace

RetentionHeatmapCard::RetentionHeatmapCard(QWidget* parent)
    : ChartCard(QStringLiteral("retention_heatmap"), parent)
    , mode_(smallCombo("retentionModeBox"))
    , cohort_(smallCombo("retentionCohortBox"))
    , period_(smallCombo("retentionPeriodBox"))
{
    addControl(mode_);
    addControl(cohort_);
    addControl(period_);
    QCustomPlot* p = plot();
    p->setMinimumHeight(320);
    map_ = new QCPColorMap(p->xAxis, p->yAxis);
    map_->setInterpolate(false);
    map_->setTightBoundary(false);
    scale_ = new QCPColorScale(p);
    p->plotLayout()->addElement(0, 1, scale_);
    scale_->setType(QCPAxis::atRight);
    scale_->setBarWidth(10);
    map_->setColorScale(scale_);
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, QColor(0xf7, 0xfb, 0xff));
    gradient.setColorStopAt(0.3, QColor(0x9e, 0xca, 0xe1));
    gradient.setColorStopAt(1.0, QColor(0x08, 0x30, 0x6b));
    gradient.setNanHandling(QCPColorGradient::nhTransparent); // offsets the data does not reach yet
    map_->setGradient(gradient);
    map_->setDataRange(QCPRange(0, 100));
    auto* margins = new QCPMarginGroup(p);
    p->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    scale_->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    p->yAxis->setRangeReversed(true); // the oldest cohort on top, as a cohort table reads
    p->xAxis->grid()->setVisible(false);
    p->yAxis->grid()->setVisible(false);
    p->xAxis->setSubTicks(false);
    p->yAxis->setSubTicks(false);
    p->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    p->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    for (QComboBox* box : {mode_, cohort_, period_})
        connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this, &RetentionHeatmapCard::optionsChanged);
    // The hover read-out: a label in the top-right corner naming the cell under the mouse.
    hover_ = new QCPItemText(p);
    hover_->setLayer(QStringLiteral("overlay"));
    hover_->position->setType(QCPItemPosition::ptAxisRectRatio);
    hover_->position->setCoords(0.99, 0.98);
    hover_->setPositionAlignment(Qt::AlignBottom | Qt::AlignRight);
    hover_->setTextAlignment(Qt::AlignLeft);
    hover_->setPadding(QMargins(6, 3, 6, 3));
    hover_->setBrush(QColor(255, 255, 255, 240));
    hover_->setPen(QPen(QColor(0xa0, 0xa0, 0xa0)));
    hover_->setText(QString());
    hover_->setVisible(false);
    p->setMouseTracking(true);
    connect(p, &QCustomPlot::mouseMove, this, &RetentionHeatmapCard::onMouseMove);
    retranslate();
}

metrics::RetentionOptions RetentionHeatmapCard::options() const
{
    metrics::RetentionOptions options;
    options.mode = mode_->currentIndex() == 1 ? RetentionMode::OnOrAfter : RetentionMode::OnDay;
    options.cohort = cohort_->currentIndex() == 1 ? RetentionCohort::Recurring : RetentionCohort::FirstTime;
    options.period = period_->currentIndex() == 1 ? CohortPeriod::Month : CohortPeriod::Week;
    options.periods = options.period == CohortPeriod::Month ? 6 : 8;
    return options;
}

void RetentionHeatmapCard::setOptions(const metrics::RetentionOptions& options)
{
    const QSignalBlocker a(mode_), b(cohort_), c(period_);
    mode_->setCurrentIndex(options.mode == RetentionMode::OnOrAfter ? 1 : 0);
    cohort_->setCurrentIndex(options.cohort == RetentionCohort::Recurring ? 1 : 0);
    period_->setCurrentIndex(options.period == CohortPeriod::Month ? 1 : 0);
}

void RetentionHeatmapCard::showResults(const metrics::EngagementResults& results)
{
    table_ = results.retention;
    rebuild();
}

QString RetentionHeatmapCard::periodWord(int offset) const
{
    return table_.options.period == CohortPeriod::Month ? tr("Month %1").arg(offset) : tr("Week %1").arg(offset);
}

void RetentionHeatmapCard::rebuild()
{
    QCustomPlot* p = plot();
    hover_->setVisible(false);
    for (QCPItemText* text : texts_)
        p->removeItem(text);
    texts_.clear();
    const int rows = static_cast<int>(table_.cohorts.size());
    int columns = table_.options.periods;
    for (const metrics::CohortRow& row : table_.cohorts)
        columns = std::max(columns, static_cast<int>(row.rate.size()));
    map_->data()->setSize(std::max(columns, 1), std::max(rows, 1));
    map_->data()->setRange(QCPRange(0, std::max(columns - 1, 0)), QCPRange(0, std::max(rows - 1, 0)));
    map_->data()->fill(std::numeric_limits<double>::quiet_NaN());

    QFont cellFont = font();
    cellFont.setPointSizeF(std::max(6.5, cellFont.pointSizeF() * 0.85));
    auto yTicker = p->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    auto xTicker = p->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
    yTicker->clear();
    xTicker->clear();
    for (int offset = 0; offset < columns; ++offset)
        xTicker->addTick(offset, periodWord(offset));
    for (int r = 0; r < rows; ++r) {
        const metrics::CohortRow& row = table_.cohorts[static_cast<size_t>(r)];
        yTicker->addTick(r, tr("%1 (%2)").arg(formatDay(row.startDay), formatCount(row.size)));
        for (int offset = 0; offset < columns; ++offset) {
            auto* text = new QCPItemText(p);
            text->setClipToAxisRect(true);
            text->position->setType(QCPItemPosition::ptPlotCoords);
            text->position->setCoords(offset, r);
            text->setPositionAlignment(Qt::AlignCenter);
            text->setFont(cellFont);
            text->setText(QString()); // QCPItemText starts out saying "text"
            texts_.push_back(text);
            const auto o = static_cast<size_t>(offset);
            if (o < row.rate.size() && row.rate[o]) {
                const double percent = *row.rate[o] * 100.0;
                map_->data()->setCell(offset, r, percent);
                // A period the data ends inside reads low: marked with an asterisk (see the read-out).
                const bool partial = o < row.partial.size() && row.partial[o];
                text->setText(QLocale().toString(percent, 'f', percent < 10 ? 1 : 0) + QLatin1Char('%')
                              + (partial ? QStringLiteral("*") : QString()));
                text->setColor(percent > 55 ? Qt::white : QColor(0x20, 0x20, 0x20));
            }
        }
    }
    map_->setDataRange(QCPRange(0, 100));
    p->xAxis->setRange(-0.5, columns - 0.5);
    p->yAxis->setRange(-0.5, std::max(rows, 1) - 0.5);
    p->setMinimumHeight(std::max(320, 60 + rows * 22));
    p->replot();
}

QString RetentionHeatmapCard::cellReadout(int cohort, int offset) const
{
    if (cohort < 0 || static_cast<size_t>(cohort) >= table_.cohorts.size() || offset < 0)
        return {};
    const metrics::CohortRow& row = table_.cohorts[static_cast<size_t>(cohort)];
    const auto o = static_cast<size_t>(offset);
    if (o >= row.rate.size() || !row.rate[o])
        return {};
    const int64_t retained = o < row.retained.size() ? row.retained[o] : 0;
    QString text = tr("Cohort of %1 (%2 customers)\n%3: %4 retained (%5)")
                       .arg(formatDay(row.startDay), formatCount(row.size), periodWord(offset),
                            formatPercent(*row.rate[o]), formatCount(retained));
    if (o < row.partial.size() && row.partial[o])
        text += QLatin1Char('\n') + tr("* Incomplete: the data ends inside this period, so the rate reads low.");
    return text;
}

QString RetentionHeatmapCard::hoverText() const
{
    return hover_->visible() ? hover_->text() : QString();
}

void RetentionHeatmapCard::onMouseMove(QMouseEvent* event)
{
    QCustomPlot* p = plot();
    const QString text = p->axisRect()->rect().contains(event->pos())
        ? cellReadout(static_cast<int>(std::lround(p->yAxis->pixelToCoord(event->pos().y()))),
                      static_cast<int>(std::lround(p->xAxis->pixelToCoord(event->pos().x()))))
        : QString();
    if (text == hoverText())
        return;
    hover_->setText(text);
    hover_->setVisible(!text.isEmpty());
    p->layer(QStringLiteral("overlay"))->replot();
}

QString RetentionHeatmapCard::cellText(int cohort, int offset) const
{
    const int columns = map_->data()->keySize();
    const auto index = static_cast<size_t>(cohort * columns + offset);
    return index < texts_.size() ? texts_[index]->text() : QString();
}

void RetentionHeatmapCard::retranslate()
{
    setTitle(tr("Retention by cohort"));
    setDefinition(tr("Each row is a cohort: the customers whose first activity ever (first-time) or any activity "
                     "(recurring) fell in that week or month; its size is in brackets. Cell k: the share of the cohort "
                     "active in period k after (\"return on\"), or in period k or any later one (\"on or after\"). "
                     "Period 0 is the cohort period itself, 100% by definition. Empty cells: the range does not reach "
                     "that period yet. An asterisk marks a period the data ends inside: its rate counts only the days "
                     "seen so far."));
    setItemTexts(mode_, {tr("Return on period k"), tr("On or after period k")});
    setItemTexts(cohort_, {tr("First-time cohorts"), tr("Recurring cohorts")});
    setItemTexts(period_, {tr("Weekly"), tr("Monthly")});
    mode_->setToolTip(tr("\"Return on\": active in exactly that period. \"On or after\": active in it or any later one "
                         "(unbounded retention, never rising)."));
    plot()->setLocale(QLocale());
    plot()->xAxis->setLabel(tr("Periods since the cohort started"));
    plot()->yAxis->setLabel(tr("Cohort (customers)"));
    scale_->axis()->setLabel(tr("Retained (%)"));
    rebuild();
}

QString RetentionHeatmapCard::csv() const
{
    QString out = QStringLiteral("cohort_start,size");
    int columns = table_.options.periods;
    for (const metrics::CohortRow& row : table_.cohorts)
        columns = std::max(columns, static_cast<int>(row.rate.size()));
    for (int offset = 0; offset < columns; ++offset)
        out += QStringLiteral(",rate_%1").arg(offset);
    out += QLatin1Char('\n');
    for (const metrics::CohortRow& row : table_.cohorts) {
        out += isoDay(row.startDay) + QLatin1Char(',') + QString::number(row.size);
        for (int offset = 0; offset < columns; ++offset) {
            out += QLatin1Char(',');
            const auto o = static_cast<size_t>(offset);
            if (o < row.rate.size() && row.rate[o])
                out += QString::number(*row.rate[o], 'g', 6);
        }
        out += QLatin1Char('\n');
    }
    return out;
}

RetentionCurveCard::RetentionCurveCard(QWidget* parent)
    : ChartCard(QStringLiteral("retention_curve"), parent)
{
    QCustomPlot* p = plot();
    curve_ = p->addGraph();
    curve_->setPen(QPen(cardColor(0), 2.2));
    curve_->setBrush(QColor(cardColor(0).red(), cardColor(0).green(), cardColor(0).blue(), 30));
    curve_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    p->xAxis->setTicker(ticker);
    p->xAxis->setSubTicks(false);
    p->yAxis->setRange(0, 100);
    readout_ = new HoverReadout(p, curve_, [this](int index) { return pointText(index); });
    retranslate();
}

void RetentionCurveCard::showResults(const metrics::EngagementResults& results)
{
    table_ = results.retention;
    offsets_.clear();
    QVector<double> keys, values;
    for (size_t offset = 0; offset < table_.curve.size(); ++offset) {
        if (!table_.curve[offset])
            continue;
        offsets_.push_back(static_cast<int>(offset));
        keys.push_back(static_cast<double>(offset));
        values.push_back(*table_.curve[offset] * 100.0);
    }
    curve_->setData(keys, values, true);
    readout_->hide();
    plot()->xAxis->setRange(-0.3, std::max<double>(1, static_cast<double>(table_.curve.size()) - 0.7));
    plot()->yAxis->setRange(0, 105);
    retranslate();
}

QString RetentionCurveCard::pointText(int index) const
{
    if (index < 0 || static_cast<size_t>(index) >= offsets_.size())
        return {};
    const int offset = offsets_[static_cast<size_t>(index)];
    const QString period = table_.options.period == CohortPeriod::Month ? tr("Month %1").arg(offset)
                                                                        : tr("Week %1").arg(offset);
    int64_t cohorts = 0;
    for (const metrics::CohortRow& row : table_.cohorts) {
        if (static_cast<size_t>(offset) < row.rate.size() && row.rate[static_cast<size_t>(offset)])
            ++cohorts;
    }
    return tr("%1: %2 retained\n(cohorts that reach it: %3)")
        .arg(period, formatPercent(*table_.curve[static_cast<size_t>(offset)]), formatCount(cohorts));
}

void RetentionCurveCard::retranslate()
{
    setTitle(tr("Retention curve"));
    setDefinition(tr("For each period k since the cohort started: the customers retained in period k summed over "
                     "every cohort that has reached period k, divided by those cohorts' sizes (the same counting "
                     "rules as the heat map); periods the data ends inside are left out."));
    plot()->xAxis->setLabel(table_.options.period == CohortPeriod::Month ? tr("Months since the cohort started")
                                                                         : tr("Weeks since the cohort started"));
    plot()->yAxis->setLabel(tr("Retained (%)"));
    plot()->replot();
}

QString RetentionCurveCard::csv() const
{
    QString out = QStringLiteral("offset,retained\n");
    for (size_t offset = 0; offset < table_.curve.size(); ++offset) {
        out += QString::number(offset) + QLatin1Char(',');
        if (table_.curve[offset])
            out += QString::number(*table_.curve[offset], 'g', 6);
        out += QLatin1Char('\n');
    }
    return out;
}

LifecycleCard::LifecycleCard(QWidget* parent)
    : ChartCard(QStringLiteral("lifecycle"), parent)
    , period_(smallCombo("lifecyclePeriodBox"))
{
    addControl(period_);
    QCustomPlot* p = plot();
    returning_ = new QCPBars(p->xAxis, p->yAxis);
    fresh_ = new QCPBars(p->xAxis, p->yAxis);
    resurrecting_ = new QCPBars(p->xAxis, p->yAxis);
    dormant_ = new QCPBars(p->xAxis, p->yAxis);
    // Returning at the base (the steady core), then new, then resurrecting on top; dormant hangs below 0.
    fresh_->moveAbove(returning_);
    resurrecting_->moveAbove(fresh_);
    const QCPBars* order[] = {returning_, fresh_, resurrecting_, dormant_};
    const int colours[] = {0, 2, 1, 3};
    for (int i = 0; i < 4; ++i) {
        auto* bars = const_cast<QCPBars*>(order[i]);
        bars->setPen(Qt::NoPen);
        bars->setBrush(cardColor(colours[i]));
    }
    setUpTimeAxis(p->xAxis);
    putLegendBelow(p);
    readout_ = new HoverReadout(p, resurrecting_, [this](int index) { return pointText(index); });
    connect(period_, qOverload<int>(&QComboBox::currentIndexChanged), this, &LifecycleCard::periodChanged);
    retranslate();
}

metrics::CohortPeriod LifecycleCard::period() const
{
    return period_->currentIndex() == 1 ? CohortPeriod::Month : CohortPeriod::Week;
}

void LifecycleCard::showResults(const metrics::EngagementResults& results)
{
    rows_ = results.lifecycle;
    shownPeriod_ = period();
    QVector<double> keys, fresh, returning, resurrecting, dormant;
    for (const metrics::LifecycleRow& row : rows_) {
        keys.push_back(dayKey(row.startDay));
        fresh.push_back(static_cast<double>(row.fresh));
        returning.push_back(static_cast<double>(row.returning));
        resurrecting.push_back(static_cast<double>(row.resurrecting));
        dormant.push_back(-static_cast<double>(row.dormant));
    }
    const double width = dayKey(shownPeriod_ == CohortPeriod::Month ? 30 : 7) * 0.8;
    for (QCPBars* bars : {returning_, fresh_, resurrecting_, dormant_})
        bars->setWidth(width);
    returning_->setData(keys, returning, true);
    fresh_->setData(keys, fresh, true);
    resurrecting_->setData(keys, resurrecting, true);
    dormant_->setData(keys, dormant, true);
    readout_->hide();
    if (!keys.isEmpty()) {
        plot()->xAxis->setRange(keys.front() - width, keys.back() + width);
        double top = 1, bottom = 0;
        for (int i = 0; i < keys.size(); ++i) {
            top = std::max(top, fresh[i] + returning[i] + resurrecting[i]);
            bottom = std::min(bottom, dormant[i]);
        }
        plot()->yAxis->setRange(bottom * 1.1, top * 1.1);
    }
    plot()->replot();
}

QString LifecycleCard::pointText(int index) const
{
    if (index < 0 || static_cast<size_t>(index) >= rows_.size())
        return {};
    const metrics::LifecycleRow& row = rows_[static_cast<size_t>(index)];
    const QString when = shownPeriod_ == CohortPeriod::Month ? tr("Month of %1").arg(formatDay(row.startDay))
                                                             : tr("Week of %1").arg(formatDay(row.startDay));
    return tr("%1\nNew: %2\nReturning: %3\nResurrecting: %4\nDormant: %5")
        .arg(when, formatCount(row.fresh), formatCount(row.returning), formatCount(row.resurrecting),
             formatCount(row.dormant));
}

void LifecycleCard::retranslate()
{
    setTitle(tr("Lifecycle"));
    setDefinition(tr("Per week or month: new = first activity ever; returning = active in this and the previous "
                     "period; resurrecting = active now, not in the previous period but some time before; dormant = "
                     "active in the previous period, not in this one (drawn below zero). Growth needs the bars above "
                     "zero to outweigh the dormant ones."));
    setItemTexts(period_, {tr("Weekly"), tr("Monthly")});
    retranslateTimeAxis(plot()->xAxis);
    plot()->yAxis->setLabel(tr("Customers"));
    fresh_->setName(tr("New"));
    returning_->setName(tr("Returning"));
    resurrecting_->setName(tr("Resurrecting"));
    dormant_->setName(tr("Dormant"));
    plot()->replot();
}

QString LifecycleCard::csv() const
{
    QString out = QStringLiteral("period_start,new,returning,resurrecting,dormant\n");
    for (const metrics::LifecycleRow& row : rows_) {
        out += QStringLiteral("%1,%2,%3,%4,%5\n")
                   .arg(isoDay(row.startDay))
                   .arg(row.fresh)
                   .arg(row.returning)
                   .arg(row.resurrecting)
                   .arg(row.dormant);
    }
    return out;
}

} // namespace omni::ui
