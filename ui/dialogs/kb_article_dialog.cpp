// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/kb_article_dialog.h"

#include "format.h"
#include "models/kb_article_table_model.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace omni::ui {

KbArticleDialog::KbArticleDialog(const store::KbArticle& article, bool isNew, std::vector<store::KbArticle> existing,
                                 QWidget* parent)
    : QDialog(parent)
    , article_(article)
    , isNew_(isNew)
    , existing_(std::move(existing))
    , topic_(new QComboBox)
    , lang_(new QComboBox)
    , title_(new QLineEdit)
    , body_(new QPlainTextEdit)
    , problem_(new QLabel)
    , buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("kbArticleDialog"));
    setWindowTitle(isNew ? tr("Add knowledge-base article") : tr("Edit knowledge-base article"));
    // Topics: the store's own, typed new ones allowed (lower case, underscores, like "gift_wrap").
    topic_->setEditable(true);
    QSet<QString> seen;
    for (const store::KbArticle& other : existing_) {
        const QString topic = toQString(other.topic);
        if (!seen.contains(topic)) {
            seen.insert(topic);
            topic_->addItem(topic);
        }
    }
    topic_->setCurrentText(toQString(article.topic));
    lang_->addItem(tr("English"), QStringLiteral("en"));
    lang_->addItem(tr("Chinese"), QStringLiteral("zh"));
    lang_->setCurrentIndex(article.lang == "zh" ? 1 : 0);
    title_->setObjectName(QStringLiteral("articleTitleEdit"));
    title_->setText(toQString(article.title));
    body_->setObjectName(QStringLiteral("articleBodyEdit"));
    body_->setPlainText(toQString(article.body));
    body_->setMinimumSize(520, 220);
    problem_->setStyleSheet(QStringLiteral("color: #a11d1d;"));
    problem_->setWordWrap(true);

    auto* form = new QFormLayout;
    if (isNew) {
        form->addRow(tr("Topic:"), topic_);
        form->addRow(tr("Language:"), lang_);
    } else {
        form->addRow(tr("Topic:"), new QLabel(QStringLiteral("%1 · %2").arg(
                                       KbArticleTableModel::topicLabel(article.topic),
                                       KbArticleTableModel::languageLabel(article.lang))));
        topic_->hide();
        lang_->hide();
    }
    form->addRow(tr("Title:"), title_);
    form->addRow(tr("Text:"), body_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problem_);
    layout->addWidget(buttons_);
    buttons_->button(QDialogButtonBox::Ok)->setText(isNew ? tr("Add") : tr("Save"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(title_, &QLineEdit::textChanged, this, &KbArticleDialog::updateOk);
    connect(body_, &QPlainTextEdit::textChanged, this, &KbArticleDialog::updateOk);
    connect(topic_, &QComboBox::currentTextChanged, this, &KbArticleDialog::updateOk);
    connect(lang_, &QComboBox::currentIndexChanged, this, &KbArticleDialog::updateOk);
    updateOk();
}

store::KbArticle KbArticleDialog::result() const
{
    store::KbArticle article = article_;
    if (isNew_) {
        article.topic = topic_->currentText().trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_')).toStdString();
        article.lang = lang_->currentData().toString().toStdString();
    }
    article.title = title_->text().trimmed().toStdString();
    article.body = body_->toPlainText().trimmed().toStdString();
    return article;
}

void KbArticleDialog::updateOk()
{
    QString problem;
    const store::KbArticle article = result();
    if (article.title.empty() || article.body.empty())
        problem = tr("An article needs a title and a text.");
    if (isNew_ && article.topic.empty())
        problem = tr("Name the article's topic.");
    if (isNew_)
        for (const store::KbArticle& other : existing_)
            if (other.topic == article.topic && other.lang == article.lang)
                problem = tr("There is already an article on this topic in this language: edit that one instead.");
    problem_->setText(problem);
    problem_->setVisible(!problem.isEmpty());
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace omni::ui
