// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's permanent facts: which store is open, how much is in it, and where inference runs.
#pragma once

#include "runtime/device.h"
#include "store/records.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace omni::ui {

class StoreStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit StoreStatusWidget(QWidget* parent = nullptr);

    void setStorePath(const QString& path);
    void setCounts(const store::TableCounts& counts);
    void clearCounts();
    void setDevice(const runtime::DeviceInfo& device);

    QString storeText() const;
    QString countsText() const;
    QString deviceText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* storeLabel_;
    QLabel* countsLabel_;
    QLabel* deviceLabel_;
    QString storePath_;
    std::optional<store::TableCounts> counts_;
    std::optional<runtime::DeviceInfo> device_;
};

} // namespace omni::ui
