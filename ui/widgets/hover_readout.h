// SPDX-License-Identifier: GPL-3.0-or-later
// The hover read-out of a chart: as the mouse moves over the plot, a dot marks the data point nearest
// to it (by key: the day under the mouse) on one reference plottable, and a label beside it says
// what the card's text function writes for that point (e.g. "Mar 3: DAU 120, WAU 480").
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QCPAbstractPlottable;
class QCPItemText;
class QCPItemTracer;
class QCustomPlot;
class QMouseEvent;

namespace omni::ui {

class HoverReadout : public QObject {
    Q_OBJECT
public:
    // text(index) describes the point at index in reference's data. reference: a graph or bars.
    HoverReadout(QCustomPlot* plot, QCPAbstractPlottable* reference, std::function<QString(int index)> text);

    // The data index nearest to key (-1 without data).
    int nearestIndex(double key) const;
    // Shows the read-out for the point nearest to key, as the mouse does; returns its text.
    QString showAtKey(double key);
    void hide();
    QString text() const;
    bool isShown() const;

private:
    void onMouseMove(QMouseEvent* event);

    QCustomPlot* plot_;
    QCPAbstractPlottable* reference_;
    std::function<QString(int)> text_;
    QCPItemTracer* marker_;
    QCPItemText* label_;
};

} // namespace omni::ui
