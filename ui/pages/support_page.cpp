// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/support_page.h"

#include "format.h"
#include "models/kb_article_table_model.h"
#include "models/search_proxy_model.h"
#include "widgets/record_table_view.h"
#include "widgets/search_field.h"
#include "workers/page_queries.h"

#include <QSplitter>
#include <QTextBrowser>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace omni::ui {

SupportPage::SupportPage(QWidget* parent)
    : StorePage(parent)
    , articleModel_(new KbArticleTableModel(this))
    , proxy_(new SearchProxyModel(this))
    , search_(new SearchField(proxy_))
    , articleTable_(new RecordTableView)
    , articleView_(new QTextBrowser)
{
    setObjectName(QStringLiteral("supportPage"));
    proxy_->setSourceModel(articleModel_);
    articleTable_->setObjectName(QStringLiteral("articlesTable"));
    articleTable_->setModel(proxy_);
    articleTable_->setStretchColumn(KbArticleTableModel::Title);
    articleView_->setObjectName(QStringLiteral("articleView"));
    articleView_->setOpenLinks(false);

    auto* content = new QSplitter(Qt::Horizontal);
    content->addWidget(articleTable_);
    content->addWidget(articleView_);
    content->setStretchFactor(0, 2);
    content->setStretchFactor(1, 3);
    setUpFrame(content, search_);

    connect(articleTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SupportPage::showCurrentArticle);
    applyTexts();
}

QString SupportPage::title() const
{
    return tr("Support");
}

void SupportPage::retranslate()
{
    search_->setPlaceholder(tr("Search topics, titles and article text…"));
    articleModel_->refreshTexts();
}

bool SupportPage::hasNoData() const
{
    return articleModel_->rowCount() == 0;
}

QString SupportPage::emptyMessage() const
{
    return tr("This store has no knowledge-base articles yet.");
}

void SupportPage::clearData()
{
    articlesQuery_.cancel();
    articleModel_->setArticles({});
    articleView_->clear();
}

void SupportPage::startLoading()
{
    articlesQuery_.start(storePath(), queryKbArticles,
                         [this](const QueryResult<std::vector<store::KbArticle>>& result) {
                             onArticlesLoaded(result);
                         });
}

void SupportPage::onArticlesLoaded(const QueryResult<std::vector<store::KbArticle>>& result)
{
    if (!result.ok()) {
        showLoadError(result.error);
        return;
    }
    articleModel_->setArticles(result.value);
    articleTable_->fitColumns();
    articleTable_->selectFirstRow();
    finishLoading();
}

void SupportPage::showCurrentArticle()
{
    const QModelIndex current = articleTable_->currentIndex();
    if (!current.isValid()) {
        articleView_->clear();
        return;
    }
    const store::KbArticle& article = articleModel_->article(proxy_->mapToSource(current).row());
    // Plain text into a document, so that markup characters in an article cannot change its layout.
    QTextDocument* document = articleView_->document();
    document->clear();
    QTextCursor cursor(document);
    QTextCharFormat titleFormat;
    titleFormat.setFontWeight(QFont::Bold);
    titleFormat.setFontPointSize(articleView_->font().pointSizeF() * 1.25);
    cursor.insertText(toQString(article.title), titleFormat);
    cursor.insertBlock();
    cursor.insertBlock();
    cursor.insertText(toQString(article.body), QTextCharFormat());
    articleView_->moveCursor(QTextCursor::Start);
}

} // namespace omni::ui
