// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/profile_panel.h"

#include "format.h"
#include "models/catalog_terms.h"
#include "models/profile_account_table_model.h"
#include "models/timeline_table_model.h"
#include "widgets/identity_evidence.h"
#include "widgets/record_table_view.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace omni::ui {

namespace {
constexpr double kSecondsPerDay = 86400.0;
// The timeline's type filter: every event type a customer leaves, and orders.
const char* const kKinds[] = {"view", "click", "search", "add_to_cart", "purchase", "review", "order"};

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 0) + QLatin1Char('%');
}
} // namespace

ProfilePanel::ProfilePanel(QWidget* parent)
    : QWidget(parent)
    , accounts_(new ProfileAccountTableModel(this))
    , timeline_(new TimelineTableModel(this))
    , summary_(new QLabel)
    , channelFilter_(new QComboBox)
    , kindFilter_(new QComboBox)
    , timelineCount_(new QLabel)
    , plot_(new QCustomPlot)
    , tabs_(new QTabWidget)
    , accountTable_(new RecordTableView)
    , timelineTable_(new RecordTableView)
    , splitButton_(new QPushButton)
    , mergeButton_(new QPushButton)
    , evidence_(new QLabel)
{
    summary_->setObjectName(QStringLiteral("profileSummary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    summary_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    channelFilter_->setObjectName(QStringLiteral("timelineChannelFilter"));
    kindFilter_->setObjectName(QStringLiteral("timelineKindFilter"));
    accountTable_->setObjectName(QStringLiteral("profileAccountsTable"));
    accountTable_->setModel(accounts_);
    accountTable_->setStretchColumn(ProfileAccountTableModel::LinkedBy);
    // Several accounts can be split off together.
    accountTable_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    splitButton_->setObjectName(QStringLiteral("splitAccountsButton"));
    mergeButton_->setObjectName(QStringLiteral("mergeCustomerButton"));
    evidence_->setObjectName(QStringLiteral("linkEvidence"));
    evidence_->setWordWrap(true);
    evidence_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    timelineTable_->setObjectName(QStringLiteral("timelineTable"));
    timelineTable_->setModel(timeline_);
    timelineTable_->setStretchColumn(TimelineTableModel::What);
    plot_->setObjectName(QStringLiteral("activityPlot"));
    plot_->setMinimumHeight(110);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);
    plot_->xAxis->setTicker(ticker);
    QCPBars* events = new QCPBars(plot_->xAxis, plot_->yAxis);
    events->setPen(Qt::NoPen);
    events->setBrush(QColor(0x1f, 0x77, 0xb4));
    QCPBars* orders = new QCPBars(plot_->xAxis, plot_->yAxis);
    orders->setPen(Qt::NoPen);
    orders->setBrush(QColor(0xff, 0x7f, 0x0e));
    orders->moveAbove(events);
    plot_->legend->setVisible(true);
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    auto* filters = new QHBoxLayout;
    filters->addWidget(channelFilter_);
    filters->addWidget(kindFilter_);
    filters->addWidget(timelineCount_, 1);
    auto* timelineTab = new QWidget;
    auto* timelineLayout = new QVBoxLayout(timelineTab);
    timelineLayout->setContentsMargins(4, 4, 4, 4);
    timelineLayout->addLayout(filters);
    timelineLayout->addWidget(plot_, 2);
    timelineLayout->addWidget(timelineTable_, 3);

    auto* decisions = new QHBoxLayout;
    decisions->addWidget(splitButton_);
    decisions->addWidget(mergeButton_);
    decisions->addStretch(1);
    auto* accountsTab = new QWidget;
    auto* accountsLayout = new QVBoxLayout(accountsTab);
    accountsLayout->setContentsMargins(4, 4, 4, 4);
    accountsLayout->addWidget(accountTable_, 1);
    accountsLayout->addWidget(evidence_);
    accountsLayout->addLayout(decisions);

    tabs_->addTab(summary_, QString());
    tabs_->addTab(accountsTab, QString());
    tabs_->addTab(timelineTab, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);

    for (const char* kind : kKinds)
        kindFilter_->addItem(QString(), QString::fromLatin1(kind));
    kindFilter_->insertItem(0, QString(), QString());
    kindFilter_->setCurrentIndex(0);
    channelFilter_->addItem(QString(), QString());
    connect(channelFilter_, &QComboBox::activated, this, &ProfilePanel::filterChanged);
    connect(kindFilter_, &QComboBox::activated, this, &ProfilePanel::filterChanged);
    connect(accountTable_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDecisionButtons();
        showEvidence();
    });
    connect(splitButton_, &QPushButton::clicked, this, &ProfilePanel::splitRequested);
    connect(mergeButton_, &QPushButton::clicked, this, &ProfilePanel::mergeRequested);
    retranslate();
}

store::TimelineFilter ProfilePanel::filter() const
{
    store::TimelineFilter filter;
    filter.limit = kTimelinePageSize;
    const QString channel = channelFilter_->currentData().toString();
    if (!channel.isEmpty())
        filter.channels.push_back(channel.toStdString());
    const QString kind = kindFilter_->currentData().toString();
    if (!kind.isEmpty())
        filter.kinds.push_back(kind.toStdString());
    return filter;
}

QList<qint64> ProfilePanel::selectedAccountIds() const
{
    QList<int> rows;
    for (const QModelIndex& index : accountTable_->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : rows)
        ids << accounts_->account(row).account.id;
    return ids;
}

void ProfilePanel::setDecisionsAllowed(bool allowed)
{
    decisionsAllowed_ = allowed;
    updateDecisionButtons();
}

void ProfilePanel::updateDecisionButtons()
{
    const int accounts = accounts_->rowCount();
    const int selected = static_cast<int>(accountTable_->selectionModel()->selectedRows().size());
    // Splitting every account off would leave the customer empty: the core refuses it, so the
    // button does not offer it.
    splitButton_->setEnabled(decisionsAllowed_ && selected > 0 && selected < accounts);
    mergeButton_->setEnabled(decisionsAllowed_ && accounts > 0);
}

void ProfilePanel::showEvidence()
{
    const QModelIndex current = accountTable_->currentIndex();
    if (!current.isValid() || current.row() >= accounts_->rowCount()) {
        evidence_->setText(accounts_->rowCount() > 0 ? tr("Select an account to see the evidence stored with its link.")
                                                     : QString());
        evidence_->setToolTip(QString());
        return;
    }
    const profile::ProfileAccount& account = accounts_->account(current.row());
    QString text = QStringLiteral("<b>%1</b>").arg(accounts_->linkedByText(account).toHtmlEscaped());
    const QString evidence = IdentityEvidence::describe(account, static_cast<size_t>(accounts_->rowCount()), channels_);
    if (!evidence.isEmpty())
        text += QStringLiteral("<br>%1 %2").arg(tr("Evidence:").toHtmlEscaped(), evidence.toHtmlEscaped());
    evidence_->setText(text);
    // The core's own sentence (with account ids) stays one hover away.
    evidence_->setToolTip(toQString(account.evidence));
}

void ProfilePanel::clear()
{
    setProfile({});
}

void ProfilePanel::setProfile(const CustomerProfileData& data)
{
    data_ = data;
    channels_ = ChannelNames(data.channels);
    fillChannelFilter();
    if (data.profile)
        accounts_->setAccounts(data.profile->accounts, channels_);
    else
        accounts_->clear();
    timeline_->setEntries(data.timeline.entries, channels_);
    accountTable_->fitColumns();
    timelineTable_->fitColumns();
    updateDecisionButtons();
    showEvidence();
    timelineCount_->setText(data.profile ? tr("Showing %1 of %2").arg(formatCount(static_cast<int64_t>(data.timeline.entries.size())),
                                                                   formatCount(data.timeline.total))
                                         : QString());
    showSummary();
    showActivity();
}

void ProfilePanel::fillChannelFilter()
{
    const QString chosen = channelFilter_->currentData().toString();
    channelFilter_->clear();
    channelFilter_->addItem(tr("All channels"), QString());
    for (const store::Channel& channel : data_.channels)
        channelFilter_->addItem(channels_.name(channel.code), toQString(channel.code));
    const int index = channelFilter_->findData(chosen);
    channelFilter_->setCurrentIndex(index >= 0 ? index : 0);
}

QString ProfilePanel::segmentLabel(profile::Segment segment)
{
    switch (segment) {
    case profile::Segment::Prospect:
        return tr("Prospect (no order yet)");
    case profile::Segment::Champions:
        return tr("Champion");
    case profile::Segment::Loyal:
        return tr("Loyal");
    case profile::Segment::New:
        return tr("New");
    case profile::Segment::NeedAttention:
        return tr("Needs attention");
    case profile::Segment::AtRisk:
        return tr("At risk");
    case profile::Segment::Hibernating:
        return tr("Hibernating");
    }
    return {};
}

QString ProfilePanel::priceBandLabel(profile::PriceBand band)
{
    switch (band) {
    case profile::PriceBand::Unknown:
        return tr("unknown");
    case profile::PriceBand::Budget:
        return tr("budget");
    case profile::PriceBand::Mid:
        return tr("mid-range");
    case profile::PriceBand::Premium:
        return tr("premium");
    }
    return {};
}

QString ProfilePanel::dayPartLabel(profile::DayPart part)
{
    switch (part) {
    case profile::DayPart::Night:
        return tr("night (0–6 h)");
    case profile::DayPart::Morning:
        return tr("morning (6–12 h)");
    case profile::DayPart::Afternoon:
        return tr("afternoon (12–18 h)");
    case profile::DayPart::Evening:
        return tr("evening (18–24 h)");
    }
    return {};
}

void ProfilePanel::showSummary()
{
    if (!data_.profile) {
        summary_->setText(tr("Choose a customer to see their profile."));
        return;
    }
    const profile::CustomerProfile& p = *data_.profile;
    // label: the catalogue term in the UI language (the store keeps the English name).
    auto shares = [](const std::vector<profile::AffinityShare>& list, QString (*label)(const QString&)) {
        QStringList parts;
        for (size_t i = 0; i < list.size() && i < 4; ++i)
            parts << QStringLiteral("%1 %2").arg(label(toQString(list[i].name)).toHtmlEscaped(), percent(list[i].share));
        return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral(" · "));
    };
    QStringList rows;
    auto row = [&rows](const QString& label, const QString& value) {
        rows << QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>").arg(label, value);
    };
    row(tr("Customer"), toQString(p.customer.name).toHtmlEscaped() + QStringLiteral(" (") +
                            toQString(p.customer.customerKey).toHtmlEscaped() + QLatin1Char(')'));
    if (p.rfm.hasOrders)
        row(tr("RFM"), tr("%1 — R %2 · F %3 · M %4 (%5 days since last order, %6 orders, %7 spent)")
                           .arg(segmentLabel(p.rfm.segment))
                           .arg(p.rfm.r)
                           .arg(p.rfm.f)
                           .arg(p.rfm.m)
                           .arg(formatCount(p.rfm.recencyDays), formatCount(p.rfm.frequency), formatPrice(p.rfm.monetary)));
    else
        row(tr("RFM"), segmentLabel(p.rfm.segment));
    row(tr("Lifetime value"), tr("%1 over %n order(s)", nullptr, static_cast<int>(p.orders)).arg(formatPrice(p.lifetimeValue)));
    row(tr("Price band"), p.priceBand.band == profile::PriceBand::Unknown
                              ? priceBandLabel(p.priceBand.band)
                              : tr("%1 (picks at the %2 percentile of a category's prices)")
                                    .arg(priceBandLabel(p.priceBand.band), percent(p.priceBand.percentile)));
    row(tr("Preferred channel"), p.preferredChannel ? channels_.name(*p.preferredChannel) : QStringLiteral("–"));
    row(tr("Usually active"), p.preferredDayPart ? dayPartLabel(*p.preferredDayPart) : QStringLiteral("–"));
    row(tr("Categories"), shares(p.affinities.categories, &CatalogTerms::categoryLabel));
    row(tr("Brands"), shares(p.affinities.brands, &CatalogTerms::brandLabel));
    if (p.firstSeen && p.lastSeen)
        row(tr("Seen"), tr("%1 to %2").arg(formatDateTime(*p.firstSeen), formatDateTime(*p.lastSeen)));
    row(tr("Accounts"), tr("%n account(s) on %1 channel(s)", nullptr, static_cast<int>(p.accounts.size()))
                            .arg(p.channels.size()));
    summary_->setText(QStringLiteral("<table>") + rows.join(QString()) + QStringLiteral("</table>"));
}

void ProfilePanel::showActivity()
{
    auto* events = qobject_cast<QCPBars*>(plot_->plottable(0));
    auto* orders = qobject_cast<QCPBars*>(plot_->plottable(1));
    QVector<double> keys, eventCounts, orderCounts;
    double peak = 0;
    for (const store::DayActivityCount& day : data_.activity) {
        keys << static_cast<double>(day.day) * kSecondsPerDay;
        eventCounts << static_cast<double>(day.events);
        orderCounts << static_cast<double>(day.orders);
        peak = std::max(peak, static_cast<double>(day.events + day.orders));
    }
    events->setWidth(kSecondsPerDay * 0.9);
    orders->setWidth(kSecondsPerDay * 0.9);
    events->setData(keys, eventCounts, true);
    orders->setData(keys, orderCounts, true);
    if (!keys.isEmpty())
        plot_->xAxis->setRange(keys.front() - 2 * kSecondsPerDay, keys.back() + 2 * kSecondsPerDay);
    plot_->yAxis->setRange(0, peak * 1.15 + 1);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ProfilePanel::retranslate()
{
    tabs_->setTabText(0, tr("Profile"));
    tabs_->setTabText(1, tr("Accounts"));
    tabs_->setTabText(2, tr("Timeline"));
    kindFilter_->setItemText(0, tr("All types"));
    for (int i = 1; i < kindFilter_->count(); ++i)
        kindFilter_->setItemText(i, TimelineTableModel::kindLabel(kindFilter_->itemData(i).toString().toStdString()));
    if (channelFilter_->count() > 0)
        channelFilter_->setItemText(0, tr("All channels"));
    plot_->plottable(0)->setName(tr("Events"));
    plot_->plottable(1)->setName(tr("Orders"));
    plot_->yAxis->setLabel(tr("Per day"));
    auto ticker = plot_->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>();
    if (ticker)
        ticker->setDateTimeFormat(QLocale().dateFormat(QLocale::ShortFormat));
    splitButton_->setText(tr("Split off…"));
    splitButton_->setToolTip(tr("Make the selected accounts a customer of their own (undoable)"));
    mergeButton_->setText(tr("Merge with…"));
    mergeButton_->setToolTip(tr("Join this customer with another one found by search (undoable)"));
    accounts_->refreshTexts();
    timeline_->refreshTexts();
    showEvidence();
    showSummary();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ProfilePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace omni::ui
