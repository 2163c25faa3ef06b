// SPDX-License-Identifier: GPL-3.0-or-later
// Support: the shop's knowledge base (topic, language, title) and the selected article's text,
// which later issues use to ground the customer-service assistant.
#pragma once

#include "pages/store_page.h"
#include "store/records.h"
#include "workers/store_query.h"

#include <vector>

class QTextBrowser;

namespace omni::ui {

class KbArticleTableModel;
class RecordTableView;
class SearchField;
class SearchProxyModel;

class SupportPage : public StorePage {
    Q_OBJECT
public:
    explicit SupportPage(QWidget* parent = nullptr);

    QString title() const override;

    KbArticleTableModel* articleModel() const { return articleModel_; }
    SearchProxyModel* articleProxy() const { return proxy_; }
    RecordTableView* articleTable() const { return articleTable_; }
    QTextBrowser* articleView() const { return articleView_; }

protected:
    void startLoading() override;
    void clearData() override;
    void retranslate() override;
    bool hasNoData() const override;
    QString emptyMessage() const override;

private:
    void onArticlesLoaded(const QueryResult<std::vector<store::KbArticle>>& result);
    void showCurrentArticle();

    KbArticleTableModel* articleModel_;
    SearchProxyModel* proxy_;
    SearchField* search_;
    RecordTableView* articleTable_;
    QTextBrowser* articleView_;

    LatestQuery<std::vector<store::KbArticle>> articlesQuery_{this};
};

} // namespace omni::ui
