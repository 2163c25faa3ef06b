// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/store_status_widget.h"

#include "format.h"
#include "workers/device_probe.h"

#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>

namespace omni::ui {

namespace {
constexpr int kMaxPathWidth = 420; // pixels; leaves the counts and device room in the status bar

QFrame* separator(QWidget* parent)
{
    auto* line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}
} // namespace

StoreStatusWidget::StoreStatusWidget(QWidget* parent)
    : QWidget(parent)
    , storeLabel_(new QLabel(this))
    , countsLabel_(new QLabel(this))
    , deviceLabel_(new QLabel(this))
{
    storeLabel_->setObjectName(QStringLiteral("storeStatus"));
    countsLabel_->setObjectName(QStringLiteral("countsStatus"));
    deviceLabel_->setObjectName(QStringLiteral("deviceStatus"));
    storeLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(storeLabel_);
    layout->addWidget(separator(this));
    layout->addWidget(countsLabel_);
    layout->addWidget(separator(this));
    layout->addWidget(deviceLabel_);
    retranslate();
}

void StoreStatusWidget::setStorePath(const QString& path)
{
    storePath_ = path;
    retranslate();
}

void StoreStatusWidget::setCounts(const store::TableCounts& counts)
{
    counts_ = counts;
    retranslate();
}

void StoreStatusWidget::clearCounts()
{
    counts_.reset();
    retranslate();
}

void StoreStatusWidget::setDevice(const runtime::DeviceInfo& device)
{
    device_ = device;
    retranslate();
}

QString StoreStatusWidget::storeText() const
{
    return storeLabel_->text();
}

QString StoreStatusWidget::countsText() const
{
    return countsLabel_->text();
}

QString StoreStatusWidget::deviceText() const
{
    return deviceLabel_->text();
}

void StoreStatusWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StoreStatusWidget::retranslate()
{
    if (storePath_.isEmpty()) {
        storeLabel_->setText(tr("No store open"));
        storeLabel_->setToolTip(QString());
    } else {
        // The whole path, shortened in the middle when long: its start says where the store lives
        // and its end which store it is. The tooltip has it in full.
        const QString path = QDir::toNativeSeparators(storePath_);
        storeLabel_->setText(tr("Store: %1").arg(storeLabel_->fontMetrics().elidedText(path, Qt::ElideMiddle,
                                                                                         kMaxPathWidth)));
        storeLabel_->setToolTip(path);
    }
    if (counts_) {
        countsLabel_->setText(tr("%1 customers · %2 products · %3 events")
                                  .arg(formatCount(counts_->customers), formatCount(counts_->products),
                                       formatCount(counts_->events)));
    } else {
        countsLabel_->setText(tr("No data"));
    }
    if (device_) {
        deviceLabel_->setText(tr("Device: %1").arg(DeviceProbe::label(*device_)));
        deviceLabel_->setToolTip(DeviceProbe::details(*device_));
    } else {
        deviceLabel_->setText(tr("Device: checking…"));
        deviceLabel_->setToolTip(QString());
    }
}

} // namespace omni::ui
