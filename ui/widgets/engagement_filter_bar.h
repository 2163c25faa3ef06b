// SPDX-License-Identifier: GPL-3.0-or-later
// The Engagement page's filters: a date range (presets: the last 7 / 30 / 90 days of the data, all of
// it, or custom dates), channels (several may be ticked), a segment (every customer, those whose
// recommendations came from a model, an RFM segment, or the channel of their first activity) and a
// product category. Any change emits changed(); the page recomputes for selection().
#pragma once

#include "models/channel_names.h"
#include "workers/engagement_selection.h"

#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QToolButton;

namespace omni::ui {

class EngagementFilterBar : public QWidget {
    Q_OBJECT
public:
    enum Preset { Last7, Last30, Last90, AllDays, Custom };

    explicit EngagementFilterBar(QWidget* parent = nullptr);

    // What the store offers; the selection is kept where it still applies. Emits no changed().
    void setChoices(const std::vector<std::string>& channelCodes, const ChannelNames& channelNames,
                    const std::vector<std::string>& categories, int32_t firstDay, int32_t lastDay);

    EngagementSelection selection() const;

    // For tests and the page: choose without the mouse (each emits changed() once).
    void setPreset(Preset preset);
    void setChannels(const QStringList& codes);
    void setSegment(EngagementSelection::SegmentKind kind, const QString& value);
    void setCategory(const QString& category);

    QComboBox* presetBox() const { return preset_; }
    QComboBox* segmentBox() const { return segment_; }
    QComboBox* categoryBox() const { return category_; }
    QToolButton* channelButton() const { return channelButton_; }

public slots:
    void retranslate();

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPreset();
    void fillSegments();
    void updateChannelButton();

    QLabel* rangeLabel_;
    QComboBox* preset_;
    QDateEdit* from_;
    QDateEdit* to_;
    QLabel* channelLabel_;
    QToolButton* channelButton_;
    QMenu* channelMenu_;
    QLabel* segmentLabel_;
    QComboBox* segment_;
    QLabel* categoryLabel_;
    QComboBox* category_;
    std::vector<std::string> channelCodes_;
    ChannelNames channelNames_;
    int32_t firstDay_ = 0;
    int32_t lastDay_ = -1;
    bool updating_ = false;
};

} // namespace omni::ui
