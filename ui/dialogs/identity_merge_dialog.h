// SPDX-License-Identifier: GPL-3.0-or-later
// "Merge with…": the analyst finds the other customer with the page's customer search (as they
// type, off the GUI thread), then sees both customers side by side, names, accounts and why each
// account is theirs, before confirming. A note says why; it is stored with the decision.
#pragma once

#include "profile/customer_search.h"
#include "workers/profile_queries.h"
#include "workers/store_query.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace omni::ui {

class ProfileAccountTableModel;
class RecordTableView;
class SearchHitTableModel;

class IdentityMergeDialog : public QDialog {
    Q_OBJECT
public:
    // current: the customer shown on the page (with its accounts); index: the page's search index.
    IdentityMergeDialog(const QString& storePath, std::shared_ptr<const profile::CustomerSearchIndex> index,
                        const CustomerProfileData& current, QWidget* parent = nullptr);

    // Shows customerId on the other side (as picking it in the results does).
    void chooseCustomer(qint64 customerId);
    // The other customer, once their accounts are on screen (-1 before).
    qint64 otherCustomerId() const { return otherId_; }
    QString otherLabel() const { return otherLabel_; }
    QString note() const;

    QLineEdit* searchEdit() const { return search_; }
    SearchHitTableModel* hitModel() const { return hits_; }
    ProfileAccountTableModel* otherAccounts() const { return otherAccounts_; }
    QPushButton* mergeButton() const;

    // "Alice (C-1)".
    static QString customerLabel(const store::Customer& customer);

signals:
    void searchFinished();
    // The other customer's accounts are on screen (or the reason they cannot be merged).
    void otherShown();

private:
    void search(const QString& text);
    void onOtherLoaded(const QueryResult<CustomerProfileData>& result);

    QString storePath_;
    std::shared_ptr<const profile::CustomerSearchIndex> index_;
    qint64 currentId_;
    QLineEdit* search_;
    SearchHitTableModel* hits_;
    RecordTableView* hitTable_;
    ProfileAccountTableModel* currentAccounts_;
    ProfileAccountTableModel* otherAccounts_;
    RecordTableView* otherTable_ = nullptr;
    QLabel* otherTitle_;
    QLabel* verdict_;
    QLineEdit* note_;
    QDialogButtonBox* buttons_;
    qint64 otherId_ = -1;
    qint64 askedId_ = -1;
    QString otherLabel_;
    quint64 searchTicket_ = 0;
    LatestQuery<CustomerProfileData> otherQuery_{this};
};

} // namespace omni::ui
