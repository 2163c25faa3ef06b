// SPDX-License-Identifier: GPL-3.0-or-later
// Customers: every person across channels, found as you type (core customer search, off the GUI
// thread, latest query wins); the selected customer's unified profile (figures, accounts with why
// each is theirs, filterable timeline with an activity chart) and what the shop would recommend to
// them next, with reasons, model comparison and "what if". On the profile's Accounts tab the analyst
// splits accounts off or merges with another customer: each decision runs on the window's
// JobRunner and is a step on its undo stack, and the list, the search index and the profile
// reload after it.
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
class QUndoStack;

namespace omni::ui {

class CustomerTableModel;
class JobRunner;
class ProfilePanel;
class RecommendationsPanel;
class RecordTableView;
class SearchHitTableModel;
class SearchProxyModel;
struct IdentityDecisionRequest;

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

    // The window's job runner and undo stack, for merge and split decisions.
    void attach(JobRunner* runner, QUndoStack* undoStack);
    // Without the dialogs (for their OK and for tests): split accounts of the shown customer off
    // into a customer of their own, or merge the shown customer with another. False (nothing
    // started) while another job runs or no customer is shown.
    bool splitOff(const QList<qint64>& identityIds, const QString& note);
    bool mergeWith(qint64 otherCustomerId, const QString& note, const QString& otherLabel = {});
    // The index the search uses (null while it is built).
    std::shared_ptr<const profile::CustomerSearchIndex> searchIndex() const { return index_; }
    // A reload after a decision is still under way (identitiesRefreshed() follows). A second
    // decision finishing mid-reload restarts it, so two decisions may end in one signal.
    bool isRefreshingIdentities() const { return refreshParts_ > 0; }

public slots:
    // Registered models changed (trained, activated): the model pickers reload.
    void reloadModels();

signals:
    // The search results for the latest query are on screen.
    void searchFinished();
    // The shown customer's profile is on screen.
    void profileShown();
    // After a merge, split or undo: the list, the search index and the profile are reloaded.
    void identitiesRefreshed();

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
    void chooseSplit();
    void chooseMerge();
    bool applyDecision(const IdentityDecisionRequest& request);
    void refreshAfterDecision(qint64 customerId);
    void refreshPartDone();
    void updateDecisionsAllowed();
    QString shownCustomerLabel() const;
    void selectShownRow(RecordTableView* view);

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
    JobRunner* runner_ = nullptr;
    QUndoStack* undoStack_ = nullptr;
    // While > 0, a decision's reload is under way: the lists keep the shown customer selected
    // instead of jumping to their first row, and identitiesRefreshed() follows at 0.
    int refreshParts_ = 0;
};

} // namespace omni::ui
