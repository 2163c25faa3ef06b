// SPDX-License-Identifier: GPL-3.0-or-later
// One chart on the Engagement dashboard: a title with the metric's definition as its tooltip, a
// QCustomPlot (or a table), hover read-outs, zoom/pan on time axes, and export of the chart as PNG
// or PDF and of its data as CSV. Each concrete card draws one metric from EngagementResults.
#pragma once

#include "metrics/engagement_results.h"

#include <QFrame>
#include <QString>

class QAction;
class QCPAxis;
class QCustomPlot;
class QHBoxLayout;
class QLabel;
class QMenu;
class QToolButton;

namespace omni::ui {

class ChartCard : public QFrame {
    Q_OBJECT
public:
    // id: stable, untranslated ("active_customers"), the key the dashboard layout is saved under.
    explicit ChartCard(QString id, QWidget* parent = nullptr);

    QString id() const { return id_; }
    QCustomPlot* plot() const { return plot_; }
    // The card's "⋯" menu: Export PNG…, PDF…, CSV…; the dashboard appends Move and Hide.
    QMenu* menu() const { return menu_; }
    // The title in the UI language (the dashboard's show/hide list names cards by it).
    QString title() const;

    // A shop day as the key of a time axis: seconds of that day's midnight, read as UTC so that the
    // axis shows the shop day itself whatever the machine's time zone.
    static double dayKey(int32_t day);

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
    // Puts a control (a mode switch...) in the card's title row, left of the menu button.
    void addControl(QWidget* control);
    // A date axis in the UI locale, with zoom and drag along it (the wheel and the mouse).
    void setUpTimeAxis(QCPAxis* axis);
    // The axis' date format and locale, after a language change.
    void retranslateTimeAxis(QCPAxis* axis);
    void changeEvent(QEvent* event) override;

private:
    void exportWithDialog(int kind);
    void retranslateMenu();

    QString id_;
    QLabel* title_ = nullptr;
    QCustomPlot* plot_ = nullptr;
    QHBoxLayout* titleRow_ = nullptr;
    QToolButton* menuButton_ = nullptr;
    QMenu* menu_ = nullptr;
    QAction* exportPng_ = nullptr;
    QAction* exportPdf_ = nullptr;
    QAction* exportCsv_ = nullptr;
};

} // namespace omni::ui
