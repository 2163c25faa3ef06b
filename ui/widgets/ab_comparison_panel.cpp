// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ab_comparison_panel.h"

#include "format.h"
#include "models/model_record_table_model.h"
#include "profile/rfm.h"
#include "store/store.h"
#include "widgets/cards/card_support.h"
#include "widgets/profile_panel.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <exception>

namespace omni::ui {

namespace {
using metrics::AbMetric;

constexpr int64_t kMinGroupSize = 30;      // compareGroups' rule (ab_comparison.cpp)
constexpr int64_t kMinSuccessFailure = 10; // per group, for shares

// The model kinds whose recommendations are stored per customer (recsys trainers).
const char* const kModelKinds[] = {"popularity", "itemknn", "bpr_mf", "sasrec", "lm"};
const AbMetric kMetrics[] = {AbMetric::ConversionRate, AbMetric::RetentionDay7, AbMetric::OrdersPerCustomer,
                             AbMetric::OrderValue, AbMetric::ActiveDays};

struct GroupSpec {
    AbComparisonPanel::GroupKind kind;
    std::string value;
    std::string label;
};

// Off the GUI thread: the store is opened (read-only, in this thread) only for groups that need it.
metrics::Segment buildSegment(const GroupSpec& spec, const metrics::ActivityData& data,
                              std::optional<store::Store>& store, const std::string& storePath)
{
    metrics::Segment segment;
    if (spec.kind == AbComparisonPanel::GroupKind::FirstChannel) {
        segment = metrics::segmentByFirstChannel(data, spec.value);
    } else {
        if (!store)
            store.emplace(store::Store::openReadOnly(storePath));
        segment = spec.kind == AbComparisonPanel::GroupKind::RecommendationModel
            ? metrics::segmentByRecommendationModel(store->db(), data, spec.value)
            : metrics::segmentByRfm(store->db(), data, spec.value);
    }
    segment.label = spec.label;
    return segment;
}
} // namespace

AbComparisonPanel::AbComparisonPanel(QWidget* parent)
    : QWidget(parent)
    , metricLabel_(new QLabel)
    , metric_(new QComboBox)
    , compare_(new QPushButton)
    , status_(new QLabel)
    , verdict_(new QLabel)
    , details_(new QLabel)
    , plot_(new QCustomPlot)
{
    setObjectName(QStringLiteral("abComparisonPanel"));
    auto* form = new QGridLayout;
    for (int group = 0; group < 2; ++group) {
        GroupPicker& picker = pickers_[group];
        picker.label = new QLabel;
        picker.kind = new QComboBox;
        picker.value = new QComboBox;
        picker.kind->setObjectName(group == 0 ? QStringLiteral("groupAKind") : QStringLiteral("groupBKind"));
        picker.value->setObjectName(group == 0 ? QStringLiteral("groupAValue") : QStringLiteral("groupBValue"));
        picker.value->setMinimumContentsLength(14);
        form->addWidget(picker.label, group, 0);
        form->addWidget(picker.kind, group, 1);
        form->addWidget(picker.value, group, 2);
        connect(picker.kind, &QComboBox::currentIndexChanged, this, [this, group]() { fillValues(pickers_[group]); });
    }
    metric_->setObjectName(QStringLiteral("abMetric"));
    compare_->setObjectName(QStringLiteral("abCompare"));
    form->addWidget(metricLabel_, 2, 0);
    form->addWidget(metric_, 2, 1, 1, 2);
    form->addWidget(compare_, 2, 3);
    form->setColumnStretch(4, 1);
    connect(compare_, &QPushButton::clicked, this, &AbComparisonPanel::compare);

    status_->setObjectName(QStringLiteral("abStatus"));
    verdict_->setObjectName(QStringLiteral("abVerdict"));
    verdict_->setWordWrap(true);
    QFont verdictFont = verdict_->font();
    verdictFont.setBold(true);
    verdict_->setFont(verdictFont);
    details_->setObjectName(QStringLiteral("abDetails"));
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    plot_->setObjectName(QStringLiteral("abPlot"));
    plot_->setMinimumHeight(220);
    valueBars_ = new QCPBars(plot_->xAxis, plot_->yAxis);
    valueBars_->setPen(Qt::NoPen);
    valueBars_->setBrush(QColor(0x6b, 0xae, 0xd6));
    valueBars_->setWidth(0.55);
    difference_ = plot_->addGraph();
    difference_->setLineStyle(QCPGraph::lsNone);
    difference_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0xd6, 0x27, 0x28), 8));
    errorBars_ = new QCPErrorBars(plot_->xAxis, plot_->yAxis);
    errorBars_->setDataPlottable(difference_);
    errorBars_->setErrorType(QCPErrorBars::etValueError);
    errorBars_->setPen(QPen(QColor(0xd6, 0x27, 0x28), 1.5));
    errorBars_->setWhiskerWidth(14);
    auto* zero = new QCPItemStraightLine(plot_);
    zero->point1->setCoords(0, 0);
    zero->point2->setCoords(1, 0);
    zero->setPen(QPen(QColor(0x60, 0x60, 0x60), 1, Qt::DashLine));
    plot_->xAxis->grid()->setVisible(false);
    plot_->xAxis->setSubTicks(false);
    cards::legendBelow(plot_);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(status_);
    layout->addWidget(verdict_);
    layout->addWidget(details_);
    layout->addWidget(plot_, 1);
    for (GroupPicker& picker : pickers_)
        fillKinds(picker);
    fillMetrics();
    retranslate();
}

void AbComparisonPanel::setData(std::shared_ptr<const metrics::ActivityData> data, QString storePath)
{
    data_ = std::move(data);
    storePath_ = std::move(storePath);
    ++ticket_; // an answer for the previous data is no longer wanted
    running_ = false;
    result_.reset();
    error_.clear();
    compared_ = false;
    for (GroupPicker& picker : pickers_)
        fillValues(picker);
    retranslate();
}

void AbComparisonPanel::setFilter(const metrics::MetricsFilter& filter)
{
    filter_ = filter;
    hasFilterSegment_ = filter.segment != nullptr;
    filterSegment_ = hasFilterSegment_ ? *filter.segment : std::vector<bool>();
    filter_.segment = nullptr;
    if (compared_)
        compare();
}

void AbComparisonPanel::setGroup(int group, GroupKind kind, const QString& value)
{
    GroupPicker& picker = pickers_[group == 0 ? 0 : 1];
    picker.kind->setCurrentIndex(picker.kind->findData(static_cast<int>(kind)));
    fillValues(picker);
    const int index = picker.value->findData(value);
    if (index >= 0)
        picker.value->setCurrentIndex(index);
}

void AbComparisonPanel::setMetric(AbMetric metric)
{
    metric_->setCurrentIndex(metric_->findData(static_cast<int>(metric)));
}

void AbComparisonPanel::fillKinds(GroupPicker& picker)
{
    const QVariant chosen = picker.kind->currentData();
    const QSignalBlocker blocker(picker.kind);
    picker.kind->clear();
    picker.kind->addItem(tr("Recommendations from model"), static_cast<int>(GroupKind::RecommendationModel));
    picker.kind->addItem(tr("RFM segment"), static_cast<int>(GroupKind::RfmSegment));
    picker.kind->addItem(tr("First channel"), static_cast<int>(GroupKind::FirstChannel));
    const int index = chosen.isValid() ? picker.kind->findData(chosen) : -1;
    picker.kind->setCurrentIndex(index >= 0 ? index : 0);
}

void AbComparisonPanel::fillValues(GroupPicker& picker)
{
    const QVariant chosen = picker.value->currentData();
    const QSignalBlocker blocker(picker.value);
    picker.value->clear();
    switch (static_cast<GroupKind>(picker.kind->currentData().toInt())) {
    case GroupKind::RecommendationModel:
        for (const char* kind : kModelKinds)
            picker.value->addItem(ModelRecordTableModel::kindLabel(kind), QString::fromLatin1(kind));
        break;
    case GroupKind::RfmSegment:
        for (const profile::Segment segment : profile::allSegments())
            picker.value->addItem(ProfilePanel::segmentLabel(segment), QString::fromLatin1(profile::segmentName(segment)));
        break;
    case GroupKind::FirstChannel:
        if (data_)
            for (const std::string& channel : data_->channels)
                picker.value->addItem(cards::channelName(channel), QString::fromStdString(channel));
        break;
    }
    const int index = chosen.isValid() ? picker.value->findData(chosen) : -1;
    // B starts on the second choice so that a first Compare does not set a group against itself.
    const int fallback = (&picker == &pickers_[1] && picker.value->count() > 1) ? 1 : 0;
    picker.value->setCurrentIndex(index >= 0 ? index : fallback);
}

void AbComparisonPanel::fillMetrics()
{
    const QVariant chosen = metric_->currentData();
    const QSignalBlocker blocker(metric_);
    metric_->clear();
    for (const AbMetric metric : kMetrics) {
        QString name;
        switch (metric) {
        case AbMetric::ConversionRate:
            name = tr("Conversion rate (share of active customers who ordered)");
            break;
        case AbMetric::RetentionDay7:
            name = tr("Day-7 retention (share active again 7 or more days after their first visit)");
            break;
        case AbMetric::OrdersPerCustomer:
            name = tr("Orders per active customer");
            break;
        case AbMetric::OrderValue:
            name = tr("Mean order value");
            break;
        case AbMetric::ActiveDays:
            name = tr("Active days per active customer");
            break;
        }
        metric_->addItem(name, static_cast<int>(metric));
    }
    const int index = chosen.isValid() ? metric_->findData(chosen) : -1;
    metric_->setCurrentIndex(index >= 0 ? index : 0);
}

QString AbComparisonPanel::groupName(int group) const
{
    const GroupPicker& picker = pickers_[group];
    const QString value = picker.value->currentText();
    switch (static_cast<GroupKind>(picker.kind->currentData().toInt())) {
    case GroupKind::RecommendationModel:
        return tr("recommended by %1").arg(value);
    case GroupKind::RfmSegment:
        return tr("RFM %1").arg(value);
    case GroupKind::FirstChannel:
        return tr("first seen on %1").arg(value);
    }
    return value;
}

void AbComparisonPanel::compare()
{
    if (!data_) {
        error_ = tr("Open a store with customer activity to compare groups.");
        result_.reset();
        redraw();
        return;
    }
    compared_ = true;
    GroupSpec specs[2];
    for (int group = 0; group < 2; ++group) {
        specs[group] = GroupSpec{static_cast<GroupKind>(pickers_[group].kind->currentData().toInt()),
                                 pickers_[group].value->currentData().toString().toStdString(),
                                 groupName(group).toStdString()};
        labels_[group] = groupName(group);
    }
    const auto metric = static_cast<AbMetric>(metric_->currentData().toInt());
    const quint64 ticket = ++ticket_;
    running_ = true;
    status_->setText(tr("Comparing…"));
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket]() {
        watcher->deleteLater();
        if (ticket != ticket_)
            return; // superseded by a newer comparison, new data or a new filter
        running_ = false;
        shownTicket_ = ticket;
        showOutcome(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [data = data_, path = storePath_.toStdString(), filter = filter_, segment = filterSegment_,
         hasSegment = hasFilterSegment_, a = specs[0], b = specs[1], metric]() {
            Outcome outcome;
            try {
                metrics::MetricsFilter rows = filter;
                rows.segment = hasSegment ? &segment : nullptr;
                std::optional<store::Store> store;
                const metrics::Segment groupA = buildSegment(a, *data, store, path);
                const metrics::Segment groupB = buildSegment(b, *data, store, path);
                outcome.result = metrics::compareGroups(*data, rows, groupA, groupB, metric);
            } catch (const std::exception& error) {
                outcome.error = toQString(error.what());
            }
            return outcome;
        }));
}

void AbComparisonPanel::showOutcome(const Outcome& outcome)
{
    error_ = outcome.error;
    if (error_.isEmpty())
        result_ = outcome.result;
    else
        result_.reset();
    redraw();
    emit comparisonFinished();
}

bool AbComparisonPanel::isShare() const
{
    const AbMetric metric = result_ ? result_->metric : static_cast<AbMetric>(metric_->currentData().toInt());
    return metric == AbMetric::ConversionRate || metric == AbMetric::RetentionDay7;
}

QString AbComparisonPanel::valueText(double value) const
{
    if (isShare())
        return cards::percentText(value);
    if (result_ && result_->metric == AbMetric::OrderValue)
        return formatPrice(value);
    return cards::numberText(value, 2);
}

QString AbComparisonPanel::differenceText(double value) const
{
    if (isShare())
        return tr("%1 points").arg(cards::numberText(value * 100.0, 1));
    if (result_ && result_->metric == AbMetric::OrderValue)
        return formatPrice(value);
    return cards::numberText(value, 2);
}

namespace {
QString pText(double p)
{
    if (p < 0.001)
        return QStringLiteral("< %1").arg(QLocale().toString(0.001, 'f', 3));
    return QStringLiteral("= %1").arg(QLocale().toString(p, 'f', p < 0.01 ? 3 : 2));
}
} // namespace

QString AbComparisonPanel::verdictText() const
{
    if (!error_.isEmpty())
        return error_;
    if (!result_)
        return {};
    const metrics::AbResult& r = *result_;
    if (r.tooSmall) {
        if (r.nA < kMinGroupSize && r.nB < kMinGroupSize)
            return tr("Too few customers to tell: group A has %1 and group B %2, at least %3 each are needed.")
                .arg(formatCount(r.nA), formatCount(r.nB), formatCount(kMinGroupSize));
        if (r.nA < kMinGroupSize || r.nB < kMinGroupSize)
            return tr("Too few customers to tell: group %1 has %2, at least %3 are needed.")
                .arg(r.nA < kMinGroupSize ? QStringLiteral("A") : QStringLiteral("B"),
                     formatCount(r.nA < kMinGroupSize ? r.nA : r.nB), formatCount(kMinGroupSize));
        return tr("Too few outcomes to tell: each group needs at least %1 customers who did and %1 who did not "
                  "(A: %2 of %3, B: %4 of %5).")
            .arg(formatCount(kMinSuccessFailure), formatCount(std::llround(r.valueA * static_cast<double>(r.nA))),
                 formatCount(r.nA), formatCount(std::llround(r.valueB * static_cast<double>(r.nB))), formatCount(r.nB));
    }
    const QString interval = tr("95 % CI %1 to %2").arg(differenceText(r.ciLow), differenceText(r.ciHigh));
    if (!r.significant)
        return tr("No clear difference: B − A is %1 (%2); not significant, p %3.")
            .arg(differenceText(r.difference), interval, pText(r.pValue));
    const QString size = differenceText(std::abs(r.difference));
    const bool higher = r.difference > 0;
    QString claim;
    switch (r.metric) {
    case AbMetric::ConversionRate:
        claim = higher ? tr("B converts %1 better").arg(size) : tr("B converts %1 worse").arg(size);
        break;
    case AbMetric::RetentionDay7:
        claim = higher ? tr("B retains %1 more customers at day 7").arg(size)
                       : tr("B retains %1 fewer customers at day 7").arg(size);
        break;
    case AbMetric::OrdersPerCustomer:
        claim = higher ? tr("B's customers place %1 more orders each").arg(size)
                       : tr("B's customers place %1 fewer orders each").arg(size);
        break;
    case AbMetric::OrderValue:
        claim = higher ? tr("B's orders are worth %1 more").arg(size) : tr("B's orders are worth %1 less").arg(size);
        break;
    case AbMetric::ActiveDays:
        claim = higher ? tr("B's customers are active on %1 more days").arg(size)
                       : tr("B's customers are active on %1 fewer days").arg(size);
        break;
    }
    return tr("%1 (%2); significant, p %3.").arg(claim, interval, pText(r.pValue));
}

QString AbComparisonPanel::detailsText() const
{
    if (!result_)
        return {};
    const metrics::AbResult& r = *result_;
    const QString test = r.test == "two-proportion z-test" ? tr("two-proportion z-test")
        : r.test == "Welch t-test"                         ? tr("Welch t-test")
                                                           : toQString(r.test);
    QString statistic = r.test == "Welch t-test"
        ? tr("t = %1, df = %2").arg(cards::numberText(r.statistic, 2), cards::numberText(r.degreesOfFreedom, 1))
        : tr("z = %1").arg(cards::numberText(r.statistic, 2));
    // One line per figure: a single long line was cut off at the panel's edge.
    return tr("A (%1): %2 of %3 customers\nB (%4): %5 of %6 customers\nB − A = %7, 95 % CI %8 to %9\n%10, %11, p %12")
        .arg(labels_[0], valueText(r.valueA), formatCount(r.nA), labels_[1], valueText(r.valueB), formatCount(r.nB),
             differenceText(r.difference), differenceText(r.ciLow), differenceText(r.ciHigh))
        .arg(test, statistic, pText(r.pValue));
}

QString AbComparisonPanel::errorText() const
{
    return error_;
}

void AbComparisonPanel::redraw()
{
    status_->setText(running_ ? tr("Comparing…") : QString());
    verdict_->setText(verdictText());
    details_->setText(detailsText());
    valueBars_->data()->clear();
    difference_->data()->clear();
    errorBars_->data()->clear();
    const double scale = isShare() ? 100.0 : 1.0; // shares in % and points
    plot_->yAxis->setLabel(isShare() ? tr("Value (%), difference (points)") : tr("Value, difference"));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTick(0, tr("A: %1").arg(labels_[0]));
    ticker->addTick(1, tr("B: %1").arg(labels_[1]));
    ticker->addTick(2, tr("B − A\n(95 % CI)"));
    plot_->xAxis->setTicker(ticker);
    plot_->xAxis->setRange(-0.6, 2.6);
    if (result_) {
        const metrics::AbResult& r = *result_;
        valueBars_->addData(0, r.valueA * scale);
        valueBars_->addData(1, r.valueB * scale);
        difference_->addData(2, r.difference * scale);
        errorBars_->addData((r.difference - r.ciLow) * scale, (r.ciHigh - r.difference) * scale);
        const double low = std::min({0.0, r.ciLow * scale, r.valueA * scale, r.valueB * scale});
        const double high = std::max({0.0, r.ciHigh * scale, r.valueA * scale, r.valueB * scale});
        const double pad = std::max(1e-6, (high - low) * 0.1);
        plot_->yAxis->setRange(low - pad, high + pad);
    } else {
        plot_->yAxis->setRange(0, 1);
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void AbComparisonPanel::retranslate()
{
    pickers_[0].label->setText(tr("Group A"));
    pickers_[1].label->setText(tr("Group B"));
    metricLabel_->setText(tr("Metric"));
    compare_->setText(tr("Compare"));
    compare_->setToolTip(tr("Compares the two groups on the metric, for the page's date range, channels and "
                            "categories: the difference B − A with its 95 % confidence interval and a significance "
                            "test (two-proportion z-test for shares, Welch's t-test for means). At least %1 customers "
                            "per group are needed.").arg(kMinGroupSize));
    for (GroupPicker& picker : pickers_) {
        fillKinds(picker);
        fillValues(picker);
    }
    fillMetrics();
    plot_->setLocale(QLocale());
    valueBars_->setName(tr("Group value"));
    difference_->setName(tr("Difference B − A with 95 % CI"));
    errorBars_->removeFromLegend();
    redraw();
}

void AbComparisonPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace omni::ui
