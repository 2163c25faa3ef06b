// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/kb_editor.h"

#include "format.h"
#include "models/kb_article_table_model.h"
#include "models/roles.h"
#include "models/search_proxy_model.h"
#include "widgets/record_table_view.h"
#include "widgets/search_field.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace omni::ui {

KbEditor::KbEditor(QWidget* parent)
    : QWidget(parent)
    , model_(new KbArticleTableModel(this))
    , proxy_(new SearchProxyModel(this))
    , search_(new SearchField(proxy_))
    , table_(new RecordTableView)
    , view_(new QTextBrowser)
    , stack_(new QStackedWidget)
    , titleEdit_(new QLineEdit)
    , bodyEdit_(new QPlainTextEdit)
    , titleLabel_(new QLabel)
    , bodyLabel_(new QLabel)
    , addButton_(new QPushButton)
    , editButton_(new QPushButton)
    , saveButton_(new QPushButton)
    , cancelButton_(new QPushButton)
    , hint_(new QLabel)
{
    setObjectName(QStringLiteral("kbEditor"));
    proxy_->setSourceModel(model_);
    table_->setObjectName(QStringLiteral("articlesTable"));
    table_->setModel(proxy_);
    table_->setStretchColumn(KbArticleTableModel::Title);
    view_->setObjectName(QStringLiteral("articleView"));
    view_->setOpenLinks(false);
    titleEdit_->setObjectName(QStringLiteral("kbTitleEdit"));
    bodyEdit_->setObjectName(QStringLiteral("kbBodyEdit"));
    addButton_->setObjectName(QStringLiteral("addArticleButton"));
    editButton_->setObjectName(QStringLiteral("editArticleButton"));
    saveButton_->setObjectName(QStringLiteral("saveArticleButton"));
    cancelButton_->setObjectName(QStringLiteral("cancelArticleButton"));
    hint_->setWordWrap(true);
    hint_->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    auto* editPane = new QWidget;
    auto* editLayout = new QVBoxLayout(editPane);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addWidget(titleLabel_);
    editLayout->addWidget(titleEdit_);
    editLayout->addWidget(bodyLabel_);
    editLayout->addWidget(bodyEdit_, 1);
    stack_->addWidget(view_);
    stack_->addWidget(editPane);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(hint_, 1);
    buttons->addWidget(editButton_);
    buttons->addWidget(cancelButton_);
    buttons->addWidget(saveButton_);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(stack_, 1);
    rightLayout->addLayout(buttons);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(search_, 1);
    searchRow->addWidget(addButton_);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(table_, 1);

    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        cancelEditing();
        showCurrent();
    });
    connect(addButton_, &QPushButton::clicked, this, &KbEditor::addRequested);
    connect(editButton_, &QPushButton::clicked, this, &KbEditor::startEditing);
    connect(saveButton_, &QPushButton::clicked, this, &KbEditor::save);
    connect(cancelButton_, &QPushButton::clicked, this, &KbEditor::cancelEditing);
    connect(titleEdit_, &QLineEdit::textChanged, this, &KbEditor::updateButtons);
    connect(bodyEdit_, &QPlainTextEdit::textChanged, this, &KbEditor::updateButtons);
    retranslate();
}

void KbEditor::setArticles(std::vector<store::KbArticle> articles)
{
    const qint64 keep = table_->currentRecordId();
    articles_ = articles;
    model_->setArticles(std::move(articles));
    table_->fitColumns();
    if (keep >= 0)
        selectArticle(keep);
    if (!table_->currentIndex().isValid())
        table_->selectFirstRow();
    showCurrent();
}

void KbEditor::selectArticle(qint64 articleId)
{
    for (int row = 0; row < proxy_->rowCount(); ++row) {
        const QModelIndex index = proxy_->index(row, 0);
        if (index.data(RecordIdRole).toLongLong() == articleId) {
            table_->setCurrentIndex(index);
            table_->scrollTo(index);
            return;
        }
    }
}

const store::KbArticle* KbEditor::currentArticle() const
{
    const QModelIndex current = table_->currentIndex();
    if (!current.isValid())
        return nullptr;
    return &model_->article(proxy_->mapToSource(current).row());
}

void KbEditor::retranslate()
{
    search_->setPlaceholder(tr("Search topics, titles and article text…"));
    titleLabel_->setText(tr("Title:"));
    bodyLabel_->setText(tr("Text (the bot quotes the line that best matches the customer's question):"));
    addButton_->setText(tr("Add article…"));
    editButton_->setText(tr("Edit"));
    saveButton_->setText(tr("Save"));
    cancelButton_->setText(tr("Cancel"));
    hint_->setText(tr("Saved edits can be undone (Edit → Undo); the bot answers from them at once."));
    model_->refreshTexts();
}

void KbEditor::showCurrent()
{
    const store::KbArticle* article = currentArticle();
    if (!article) {
        view_->clear();
        updateButtons();
        return;
    }
    // Plain text into a document, so that markup characters in an article cannot change its layout.
    QTextDocument* document = view_->document();
    document->clear();
    QTextCursor cursor(document);
    QTextCharFormat titleFormat;
    titleFormat.setFontWeight(QFont::Bold);
    titleFormat.setFontPointSize(view_->font().pointSizeF() * 1.25);
    cursor.insertText(toQString(article->title), titleFormat);
    cursor.insertBlock();
    cursor.insertBlock();
    cursor.insertText(toQString(article->body), QTextCharFormat());
    view_->moveCursor(QTextCursor::Start);
    updateButtons();
}

void KbEditor::startEditing()
{
    const store::KbArticle* article = currentArticle();
    if (!article)
        return;
    titleEdit_->setText(toQString(article->title));
    bodyEdit_->setPlainText(toQString(article->body));
    stack_->setCurrentIndex(1);
    titleEdit_->setFocus();
    updateButtons();
}

bool KbEditor::isEditing() const
{
    return stack_->currentIndex() == 1;
}

bool KbEditor::save()
{
    const store::KbArticle* article = currentArticle();
    if (!article || !isEditing())
        return false;
    store::KbArticle after = *article;
    after.title = titleEdit_->text().trimmed().toStdString();
    after.body = bodyEdit_->toPlainText().trimmed().toStdString();
    if (after.title.empty() || after.body.empty())
        return false;
    const store::KbArticle before = *article;
    stack_->setCurrentIndex(0);
    updateButtons();
    if (after.title == before.title && after.body == before.body)
        return false;
    emit saveRequested(before, after);
    return true;
}

void KbEditor::cancelEditing()
{
    stack_->setCurrentIndex(0);
    updateButtons();
}

void KbEditor::updateButtons()
{
    const bool editing = isEditing();
    editButton_->setVisible(!editing);
    editButton_->setEnabled(currentArticle() != nullptr);
    saveButton_->setVisible(editing);
    cancelButton_->setVisible(editing);
    saveButton_->setEnabled(editing && !titleEdit_->text().trimmed().isEmpty() &&
                            !bodyEdit_->toPlainText().trimmed().isEmpty());
}

} // namespace omni::ui
