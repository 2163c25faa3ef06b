// SPDX-License-Identifier: GPL-3.0-or-later
// Customers: every person across channels, found as you type (core customer search, off the GUI
// thread, latest query wins); the selected customer's unified profile (figures, accounts with why
// each is theirs, filterable timeline with an activity chart) and what the shop would recommend to
// them next, with reasons, model comparison and "what if".
#pragma once

#include "pages/store_page.h"
#include "profile/customer_search.h"
#include "workers/page_queries.h"
#include "workers/profile_queries.h"
#include "workers/store_query.h"

#include <QFutureWatcher>

#include <memory>

class QGroupBox;
class QLineEdit;
class QStackedWidget;

namespace omni::ui {

class CustomerTableModel;
class ProfilePanel;
class RecommendationsPanel;
class RecordTableView;
class SearchHitTableModel;
class SearchProxyModel;

class CustomersPage : public StorePage {
    Q_OBJECT
public:
    explicit CustomersPage(QWidget* parent = nullptr);

    QString title() const override;

    CustomerTableModel* customerModel() const { return customerModel_; }
    SearchProxyModel* customerProxy() const { return proxy_; }
    SearchHitTableModel* searchModel() const { return hitModel_; }
    RecordTableView* customerTable() const { return customerTable_; }
    RecordTableView* searchTable() const { return hitTable_; }
    QLineEdit* searchEdit() const { return searchEdit_; }
    ProfilePanel* profilePanel() const { return profile_; }
    RecommendationsPanel* recommendationsPanel() const { return recommendations_; }
    // The customer whose profile is shown (-1: none).
    qint64 shownCustomerId() const { return shownCustomer_; }
    // Shows customerId's profile and recommendations (as choosing it in a list does).
    void showCustomer(qint64 customerId);

public slots:
    // Registered models changed (trained, activated): the model pickers reload.
    void reloadModels();

signals:
    // The search results for the latest query are on screen.
    void searchFinished();
    // The shown customer's profile is on screen.
    void profileShown();

protected:
    void startLoading() override;
    void clearData() override;
    void retranslate() override;
    bool hasNoData() const override;
    QString emptyMessage() const override;

private:
    void onCustomersLoaded(const QueryResult<CustomersData>& result);
    void onSearchTextChanged(const QString& text);
    void onProfileLoaded(const QueryResult<CustomerProfileData>& result);
    void loadProfile();

    CustomerTableModel* customerModel_;
    SearchProxyModel* proxy_;
    SearchHitTableModel* hitModel_;
    QLineEdit* searchEdit_;
    RecordTableView* customerTable_;
    RecordTableView* hitTable_;
    QStackedWidget* lists_;
    ProfilePanel* profile_;
    RecommendationsPanel* recommendations_;
    QGroupBox* profileBox_;
    QGroupBox* recommendationsBox_;

    LatestQuery<CustomersData> customersQuery_{this};
    LatestQuery<CustomerProfileData> profileQuery_{this};
    LatestQuery<RecommendationSources> sourcesQuery_{this};
    LatestQuery<std::shared_ptr<const profile::CustomerSearchIndex>> indexQuery_{this};
    std::shared_ptr<const profile::CustomerSearchIndex> index_;
    quint64 searchTicket_ = 0;
    qint64 shownCustomer_ = -1;
    qint64 recommendedCustomer_ = -1;
    bool awaitingFirstDetail_ = false;
};

} // namespace omni::ui
