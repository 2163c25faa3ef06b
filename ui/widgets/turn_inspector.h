// SPDX-License-Identifier: GPL-3.0-or-later
// Why the bot answered as it did, for the turn selected in the simulator's transcript: the intent
// with its confidence and the runners-up (top 3 as bars), the entities found, the knowledge-base
// articles retrieved with their BM25 and combined scores, the store facts the reply used, the
// reply, the hand-off decision with its reason and case summary, a refusal, and the latency.
// "Add as example…" (the customer's message) and "Edit answer…" (the selected article) ask the
// simulator to open their editors.
#pragma once

#include "dialogue/bot.h"

#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace omni::ui {

class EntityTableModel;
class FactTableModel;
class RecordTableView;
class RetrievedArticleTableModel;

class TurnInspector : public QWidget {
    Q_OBJECT
public:
    explicit TurnInspector(QWidget* parent = nullptr);

    // Null: nothing selected (a hint is shown instead).
    void showTurn(const dialogue::BotTurn* turn);
    bool hasTurn() const { return turn_.has_value(); }
    void retranslate();

    QString intentText() const;
    QString runnerUpText(int rank) const; // rank 0..2: "Order status 92 %"
    QString handoffText() const;
    QString latencyText() const;
    EntityTableModel* entityModel() const { return entityModel_; }
    RetrievedArticleTableModel* articleModel() const { return articleModel_; }
    FactTableModel* factModel() const { return factModel_; }
    RecordTableView* articleTable() const { return articleTable_; }
    QPushButton* addExampleButton() const { return addExampleButton_; }
    QPushButton* editArticleButton() const { return editArticleButton_; }
    // The id of the article selected in the retrieved list (the first one when none is), or -1.
    qint64 selectedArticleId() const;

signals:
    void addExampleRequested();
    void editArticleRequested(qint64 articleId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void updateButtons();

    std::optional<dialogue::BotTurn> turn_;
    QStackedWidget* stack_;
    QLabel* placeholder_;
    QGroupBox* intentBox_;
    QLabel* intent_;
    QLabel* customerText_;
    QLabel* runnerUpLabels_[3];
    QProgressBar* runnerUpBars_[3];
    QGroupBox* entityBox_;
    EntityTableModel* entityModel_;
    RecordTableView* entityTable_;
    QGroupBox* articleBox_;
    RetrievedArticleTableModel* articleModel_;
    RecordTableView* articleTable_;
    QGroupBox* factBox_;
    FactTableModel* factModel_;
    RecordTableView* factTable_;
    QGroupBox* replyBox_;
    QLabel* reply_;
    QLabel* handoff_;
    QLabel* caseSummary_;
    QLabel* refusal_;
    QLabel* latency_;
    QPushButton* addExampleButton_;
    QPushButton* editArticleButton_;
};

} // namespace omni::ui
