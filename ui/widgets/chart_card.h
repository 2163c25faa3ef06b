// SPDX-License-Identifier: GPL-3.0-or-later
// One chart on the Engagement dashboard: a title with the metric's definition as its tooltip, a
// QCustomPlot (or a table), hover read-outs, zoom/pan on time axes, and export of the chart as PNG
// or PDF and of its data as CSV. Each concrete card draws one metric from EngagementResults.
#pragma once

#include "metrics/engagement_results.h"

#include <QFrame>
#include <QString>

class QCustomPlot;
class QLabel;

namespace omni::ui {

class ChartCard : public QFrame {
    Q_OBJECT
public:
    // id: stable, untranslated ("active_customers"), the key the dashboard layout is saved under.
    explicit ChartCard(QString id, QWidget* parent = nullptr);

    QString id() const { return id_; }
    QCustomPlot* plot() const { return plot_; }

    // Draws the card's metric from the page's latest results (the GUI thread; no heavy work).
    virtual void showResults(const metrics::EngagementResults& results) = 0;
    // Title, definition tooltip, axis titles and legends in the UI language.
    virtual void retranslate() = 0;
    // The data behind the chart, one header row then one row per point, comma-separated.
    virtual QString csv() const = 0;

    // Each returns false with a message naming the file on failure.
    bool exportPng(const QString& path, QString* error) const;
    bool exportPdf(const QString& path, QString* error) const;
    bool exportCsv(const QString& path, QString* error) const;

protected:
    void setTitle(const QString& title);
    void setDefinition(const QString& definition); // tooltip of the title and of the plot
    QLabel* titleLabel() const { return title_; }

private:
    QString id_;
    QLabel* title_ = nullptr;
    QCustomPlot* plot_ = nullptr;
};

} // namespace omni::ui
