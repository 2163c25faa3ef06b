// SPDX-License-Identifier: GPL-3.0-or-later
// The Support page's "Knowledge base" tab: the articles (topic, language, title) with a search
// box, the selected article's text, and editing: Edit turns the text into a title field and a
// text box, Save asks for an undoable write (the page pushes it), Add article… asks for a new
// topic and language. The bot answers from the saved articles.
#pragma once

#include "store/records.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace omni::ui {

class KbArticleTableModel;
class RecordTableView;
class SearchField;
class SearchProxyModel;

class KbEditor : public QWidget {
    Q_OBJECT
public:
    explicit KbEditor(QWidget* parent = nullptr);

    // Keeps the selected article (by id) when it is still there, else selects the first row.
    void setArticles(std::vector<store::KbArticle> articles);
    const std::vector<store::KbArticle>& articles() const { return articles_; }
    void selectArticle(qint64 articleId);
    // The article shown, or null.
    const store::KbArticle* currentArticle() const;
    void retranslate();

    // Edit mode on the current article; save() asks for the write (false when nothing changed).
    void startEditing();
    bool save();
    void cancelEditing();
    bool isEditing() const;

    KbArticleTableModel* model() const { return model_; }
    SearchProxyModel* proxy() const { return proxy_; }
    RecordTableView* table() const { return table_; }
    QTextBrowser* view() const { return view_; }
    QLineEdit* titleEdit() const { return titleEdit_; }
    QPlainTextEdit* bodyEdit() const { return bodyEdit_; }

signals:
    void saveRequested(const store::KbArticle& before, const store::KbArticle& after);
    void addRequested();

private:
    void showCurrent();
    void updateButtons();

    std::vector<store::KbArticle> articles_;
    KbArticleTableModel* model_;
    SearchProxyModel* proxy_;
    SearchField* search_;
    RecordTableView* table_;
    QTextBrowser* view_;
    QStackedWidget* stack_;
    QLineEdit* titleEdit_;
    QPlainTextEdit* bodyEdit_;
    QLabel* titleLabel_;
    QLabel* bodyLabel_;
    QPushButton* addButton_;
    QPushButton* editButton_;
    QPushButton* saveButton_;
    QPushButton* cancelButton_;
    QLabel* hint_;
};

} // namespace omni::ui
