// SPDX-License-Identifier: GPL-3.0-or-later
// The Engagement page's dashboard: sections (Activity, Retention, Behaviour, Channels, ...) as tabs,
// each a two-column grid of chart cards. The user rearranges cards (the card menu's Move up / down /
// left / right, or dragging a card by its title onto another), hides and shows them (the Charts
// menu), and the arrangement is remembered in the settings (AppSettings) until "Reset layout".
#pragma once

#include "metrics/engagement_results.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <vector>

class QGridLayout;
class QMenu;
class QTabWidget;
class QToolButton;

namespace omni::ui {

class ChartCard;

class EngagementDashboard : public QWidget {
    Q_OBJECT
public:
    enum class Move { Left, Right, Up, Down };
    static constexpr int kColumns = 2;

    explicit EngagementDashboard(QWidget* parent = nullptr);

    // Adds card to section ("activity", "retention", "behaviour", "channels", or a new one, which
    // gets a tab of its own), where the saved arrangement puts it (after the others when it has none).
    // The dashboard owns the card.
    void addCard(ChartCard* card, const QString& section);
    // A tab that is no card grid (the A/B comparison panel). The dashboard owns the widget.
    void addPanel(QWidget* panel, const QString& section);

    // Every card draws the new results.
    void showResults(const metrics::EngagementResults& results);

    QList<ChartCard*> cards() const;
    ChartCard* card(const QString& id) const;
    QStringList sections() const;
    // The ids of a section's cards in the order shown (hidden cards left out).
    QStringList visibleOrder(const QString& section) const;
    // The cell (row, column) a visible card sits in; (-1, -1) when hidden or unknown.
    QPair<int, int> cellOf(const QString& id) const;
    bool isCardHidden(const QString& id) const;

    QTabWidget* tabs() const { return tabs_; }
    void showSection(const QString& section);
    // A section's title in the UI language.
    static QString sectionTitle(const QString& section);

public slots:
    void moveCard(const QString& id, Move move);
    // Puts card id where target is now (what a drop does), shifting the cards between.
    void moveCardTo(const QString& id, const QString& targetId);
    void setCardHidden(const QString& id, bool hidden);
    // Back to the order the cards were added in, all shown; the saved arrangement is forgotten.
    void resetLayout();
    void retranslate();

signals:
    void layoutChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Section {
        QString id;
        QWidget* page = nullptr;   // the tab
        QGridLayout* grid = nullptr; // null for a panel
        QStringList order;         // every card id of the section, the user's order
        QStringList defaultOrder;  // as added
    };
    Section* sectionOf(const QString& cardId);
    Section& ensureSection(const QString& section);
    void relayout(Section& section);
    void save(const Section& section) const;
    void saveHidden() const;
    void addCardMenu(ChartCard* card);
    void rebuildChartsMenu();

    QTabWidget* tabs_;
    QToolButton* chartsButton_;
    QMenu* chartsMenu_;
    QToolButton* resetButton_;
    std::vector<Section> sections_;
    QHash<QString, ChartCard*> cards_;
    QHash<QString, QString> sectionOfCard_;
    QStringList hidden_;
    QPoint dragStart_;
    ChartCard* dragCard_ = nullptr;
};

} // namespace omni::ui
