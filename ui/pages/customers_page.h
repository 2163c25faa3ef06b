// SPDX-License-Identifier: GPL-3.0-or-later
// Customers: every person with their reach across channels; the selected customer's accounts on
// each channel and their latest events.
#pragma once

#include "pages/store_page.h"
#include "workers/page_queries.h"
#include "workers/store_query.h"

class QGroupBox;

namespace omni::ui {

class CustomerTableModel;
class EventTableModel;
class IdentityTableModel;
class RecordTableView;
class SearchField;
class SearchProxyModel;

class CustomersPage : public StorePage {
    Q_OBJECT
public:
    explicit CustomersPage(QWidget* parent = nullptr);

    QString title() const override;

    CustomerTableModel* customerModel() const { return customerModel_; }
    SearchProxyModel* customerProxy() const { return proxy_; }
    IdentityTableModel* identityModel() const { return identityModel_; }
    EventTableModel* eventModel() const { return eventModel_; }
    RecordTableView* customerTable() const { return customerTable_; }

protected:
    void startLoading() override;
    void clearData() override;
    void retranslate() override;
    bool hasNoData() const override;
    QString emptyMessage() const override;

private:
    void onCustomersLoaded(const QueryResult<CustomersData>& result);
    void onCurrentCustomerChanged();
    void onDetailLoaded(const QueryResult<CustomerDetail>& result);

    CustomerTableModel* customerModel_;
    SearchProxyModel* proxy_;
    IdentityTableModel* identityModel_;
    EventTableModel* eventModel_;
    SearchField* search_;
    RecordTableView* customerTable_;
    RecordTableView* identityTable_;
    RecordTableView* eventTable_;
    QGroupBox* identitiesBox_;
    QGroupBox* eventsBox_;

    LatestQuery<CustomersData> customersQuery_{this};
    LatestQuery<CustomerDetail> detailQuery_{this};
    std::vector<store::Channel> channels_;
    bool awaitingFirstDetail_ = false;
};

} // namespace omni::ui
