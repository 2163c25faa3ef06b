// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/engagement_filter_bar.h"

#include "format.h"
#include "models/model_record_table_model.h"
#include "profile/rfm.h"
#include "widgets/profile_panel.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace omni::ui {

namespace {
using SegmentKind = EngagementSelection::SegmentKind;

// The recommendation models a segment can name: those that write per-customer recommendations.
const char* const kModelKinds[] = {"popularity", "itemknn", "bpr_mf", "sasrec"};

QDate dateOfDay(int32_t day)
{
    return QDate(1970, 1, 1).addDays(day);
}

int32_t dayOfDate(const QDate& date)
{
    return static_cast<int32_t>(QDate(1970, 1, 1).daysTo(date));
}

QString segmentKey(SegmentKind kind, const QString& value)
{
    return QString::number(static_cast<int>(kind)) + QLatin1Char('|') + value;
}
} // namespace

EngagementFilterBar::EngagementFilterBar(QWidget* parent)
    : QWidget(parent)
    , rangeLabel_(new QLabel)
    , preset_(new QComboBox)
    , from_(new QDateEdit)
    , to_(new QDateEdit)
    , channelLabel_(new QLabel)
    , channelButton_(new QToolButton)
    , channelMenu_(new QMenu(this))
    , segmentLabel_(new QLabel)
    , segment_(new QComboBox)
    , categoryLabel_(new QLabel)
    , category_(new QComboBox)
{
    setObjectName(QStringLiteral("engagementFilterBar"));
    preset_->setObjectName(QStringLiteral("rangePresetBox"));
    from_->setObjectName(QStringLiteral("rangeFromEdit"));
    to_->setObjectName(QStringLiteral("rangeToEdit"));
    channelButton_->setObjectName(QStringLiteral("channelFilterButton"));
    segment_->setObjectName(QStringLiteral("segmentFilterBox"));
    category_->setObjectName(QStringLiteral("categoryFilterBox"));
    for (QDateEdit* edit : {from_, to_})
        edit->setCalendarPopup(true);
    for (int i = 0; i <= Custom; ++i)
        preset_->addItem(QString());
    preset_->setCurrentIndex(AllDays);
    channelButton_->setPopupMode(QToolButton::InstantPopup);
    channelButton_->setMenu(channelMenu_);
    segment_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    segment_->setMinimumContentsLength(28);
    category_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    category_->setMinimumContentsLength(16);
    category_->addItem(QString(), QString());

    // Two rows: in one the bar would set the window's minimum width above a laptop screen's.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* when = new QHBoxLayout;
    when->addWidget(rangeLabel_);
    when->addWidget(preset_);
    when->addWidget(from_);
    when->addWidget(new QLabel(QStringLiteral("–")));
    when->addWidget(to_);
    when->addSpacing(12);
    when->addWidget(channelLabel_);
    when->addWidget(channelButton_);
    when->addStretch(1);
    auto* who = new QHBoxLayout;
    who->addWidget(segmentLabel_);
    who->addWidget(segment_);
    who->addSpacing(12);
    who->addWidget(categoryLabel_);
    who->addWidget(category_);
    who->addStretch(1);
    layout->addLayout(when);
    layout->addLayout(who);

    connect(preset_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this]() {
        applyPreset();
        if (!updating_)
            emit changed();
    });
    auto datesEdited = [this]() {
        if (updating_)
            return;
        // Typing a date makes the range a custom one.
        updating_ = true;
        preset_->setCurrentIndex(Custom);
        updating_ = false;
        emit changed();
    };
    connect(from_, &QDateEdit::dateChanged, this, datesEdited);
    connect(to_, &QDateEdit::dateChanged, this, datesEdited);
    connect(segment_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this]() {
        if (!updating_)
            emit changed();
    });
    connect(category_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this]() {
        if (!updating_)
            emit changed();
    });
    retranslate();
}

void EngagementFilterBar::setChoices(const std::vector<std::string>& channelCodes, const ChannelNames& channelNames,
                                     const std::vector<std::string>& categories, int32_t firstDay, int32_t lastDay)
{
    updating_ = true;
    const EngagementSelection before = selection();
    channelCodes_ = channelCodes;
    channelNames_ = channelNames;
    firstDay_ = firstDay;
    lastDay_ = lastDay;

    channelMenu_->clear();
    for (const std::string& code : channelCodes_) {
        const QString qcode = toQString(code);
        QAction* action = channelMenu_->addAction(channelNames_.name(code));
        action->setData(qcode);
        action->setCheckable(true);
        action->setChecked(before.channels.contains(qcode));
        connect(action, &QAction::toggled, this, [this]() {
            updateChannelButton();
            if (!updating_)
                emit changed();
        });
    }
    updateChannelButton();

    const QString category = category_->currentData().toString();
    while (category_->count() > 1)
        category_->removeItem(1);
    for (const std::string& name : categories) {
        if (!name.empty())
            category_->addItem(toQString(name), toQString(name));
    }
    category_->setCurrentIndex(std::max(0, category_->findData(category)));

    fillSegments();
    const QDate first = dateOfDay(firstDay_);
    const QDate last = dateOfDay(std::max(firstDay_, lastDay_));
    for (QDateEdit* edit : {from_, to_})
        edit->setDateRange(first, last);
    applyPreset();
    updating_ = false;
}

void EngagementFilterBar::fillSegments()
{
    const QString current = segment_->currentData().toString();
    const bool wasUpdating = updating_;
    updating_ = true;
    segment_->clear();
    segment_->addItem(tr("All customers"), segmentKey(SegmentKind::All, QString()));
    for (const char* kind : kModelKinds) {
        segment_->addItem(tr("Recommended by: %1").arg(ModelRecordTableModel::kindLabel(kind)),
                          segmentKey(SegmentKind::RecommendationModel, QString::fromLatin1(kind)));
    }
    for (profile::Segment rfm : profile::allSegments()) {
        segment_->addItem(tr("RFM: %1").arg(ProfilePanel::segmentLabel(rfm)),
                          segmentKey(SegmentKind::Rfm, QString::fromLatin1(profile::segmentName(rfm))));
    }
    for (const std::string& code : channelCodes_) {
        segment_->addItem(tr("First came on: %1").arg(channelNames_.name(code)),
                          segmentKey(SegmentKind::FirstChannel, toQString(code)));
    }
    segment_->setCurrentIndex(std::max(0, segment_->findData(current)));
    updating_ = wasUpdating;
}

void EngagementFilterBar::applyPreset()
{
    const int preset = preset_->currentIndex();
    const bool custom = preset == Custom;
    from_->setEnabled(custom);
    to_->setEnabled(custom);
    if (custom || lastDay_ < firstDay_)
        return;
    const bool wasUpdating = updating_;
    updating_ = true;
    // Presets count back from the last day with data, not from today: a shop's history is looked
    // at long after it was recorded.
    const int32_t span = preset == Last7 ? 7 : preset == Last30 ? 30 : preset == Last90 ? 90 : 0;
    const int32_t from = span > 0 ? std::max(firstDay_, lastDay_ - span + 1) : firstDay_;
    from_->setDate(dateOfDay(from));
    to_->setDate(dateOfDay(lastDay_));
    updating_ = wasUpdating;
}

EngagementSelection EngagementFilterBar::selection() const
{
    EngagementSelection selection;
    if (preset_->currentIndex() != AllDays && lastDay_ >= firstDay_) {
        selection.fromDay = dayOfDate(from_->date());
        selection.toDay = dayOfDate(to_->date());
    }
    for (QAction* action : channelMenu_->actions()) {
        if (action->isChecked())
            selection.channels.append(action->data().toString());
    }
    // Every channel ticked is the same as none: no filter.
    if (selection.channels.size() == static_cast<int>(channelCodes_.size()))
        selection.channels.clear();
    const QString segment = segment_->currentData().toString();
    const int bar = segment.indexOf(QLatin1Char('|'));
    if (bar > 0) {
        selection.segmentKind = static_cast<SegmentKind>(segment.left(bar).toInt());
        selection.segmentValue = segment.mid(bar + 1);
    }
    selection.category = category_->currentData().toString();
    return selection;
}

void EngagementFilterBar::setPreset(Preset preset)
{
    preset_->setCurrentIndex(preset);
}

void EngagementFilterBar::setChannels(const QStringList& codes)
{
    updating_ = true;
    for (QAction* action : channelMenu_->actions())
        action->setChecked(codes.contains(action->data().toString()));
    updating_ = false;
    updateChannelButton();
    emit changed();
}

void EngagementFilterBar::setSegment(EngagementSelection::SegmentKind kind, const QString& value)
{
    segment_->setCurrentIndex(std::max(0, segment_->findData(segmentKey(kind, value))));
}

void EngagementFilterBar::setCategory(const QString& category)
{
    category_->setCurrentIndex(std::max(0, category_->findData(category)));
}

void EngagementFilterBar::updateChannelButton()
{
    QStringList names;
    for (QAction* action : channelMenu_->actions()) {
        if (action->isChecked())
            names.append(action->text());
    }
    if (names.isEmpty() || names.size() == channelMenu_->actions().size())
        channelButton_->setText(tr("All channels"));
    else
        channelButton_->setText(names.join(QStringLiteral(", ")));
}

void EngagementFilterBar::retranslate()
{
    rangeLabel_->setText(tr("Dates:"));
    const QStringList presets = {tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"), tr("All dates"),
                                 tr("Custom")};
    for (int i = 0; i < presets.size(); ++i)
        preset_->setItemText(i, presets[i]);
    preset_->setToolTip(tr("Shop days in the shop's time zone; the presets count back from the last day with data."));
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    from_->setDisplayFormat(format.contains(QLatin1String("yyyy")) ? format : QStringLiteral("yyyy-MM-dd"));
    to_->setDisplayFormat(from_->displayFormat());
    channelLabel_->setText(tr("Channels:"));
    for (QAction* action : channelMenu_->actions())
        action->setText(channelNames_.name(action->data().toString().toStdString()));
    updateChannelButton();
    segmentLabel_->setText(tr("Segment:"));
    categoryLabel_->setText(tr("Category:"));
    category_->setItemText(0, tr("All categories"));
    fillSegments();
}

void EngagementFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace omni::ui
