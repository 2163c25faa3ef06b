// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/customers_page.h"

#include "models/customer_table_model.h"
#include "models/search_hit_table_model.h"
#include "models/search_proxy_model.h"
#include "widgets/profile_panel.h"
#include "widgets/recommendations_panel.h"
#include "widgets/record_table_view.h"

#include <QGroupBox>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace omni::ui {

namespace {
QGroupBox* boxAround(QWidget* content)
{
    auto* box = new QGroupBox;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(content);
    return box;
}

constexpr size_t kSearchResults = 50;
} // namespace

CustomersPage::CustomersPage(QWidget* parent)
    : StorePage(parent)
    , customerModel_(new CustomerTableModel(this))
    , proxy_(new SearchProxyModel(this))
    , hitModel_(new SearchHitTableModel(this))
    , searchEdit_(new QLineEdit)
    , customerTable_(new RecordTableView)
    , hitTable_(new RecordTableView)
    , lists_(new QStackedWidget)
    , profile_(new ProfilePanel)
    , recommendations_(new RecommendationsPanel)
{
    setObjectName(QStringLiteral("customersPage"));
    proxy_->setSourceModel(customerModel_);
    searchEdit_->setObjectName(QStringLiteral("customerSearch"));
    searchEdit_->setClearButtonEnabled(true);
    searchEdit_->setMinimumWidth(320);
    customerTable_->setObjectName(QStringLiteral("customersTable"));
    customerTable_->setModel(proxy_);
    customerTable_->setStretchColumn(CustomerTableModel::Name);
    // Recently active customers first: the ones a merchant is most likely looking for.
    customerTable_->sortByColumn(CustomerTableModel::LastSeen, Qt::DescendingOrder);
    hitTable_->setObjectName(QStringLiteral("searchResultsTable"));
    hitTable_->setModel(hitModel_);
    hitTable_->setSortingEnabled(false); // the search's own ranking is the order
    hitTable_->setStretchColumn(SearchHitTableModel::Matched);
    lists_->addWidget(customerTable_);
    lists_->addWidget(hitTable_);

    profileBox_ = boxAround(profile_);
    recommendationsBox_ = boxAround(recommendations_);
    auto* details = new QSplitter(Qt::Vertical);
    details->addWidget(profileBox_);
    details->addWidget(recommendationsBox_);
    details->setStretchFactor(0, 1);
    details->setStretchFactor(1, 1);

    auto* content = new QSplitter(Qt::Horizontal);
    content->addWidget(lists_);
    content->addWidget(details);
    content->setStretchFactor(0, 2);
    content->setStretchFactor(1, 3);
    setUpFrame(content, searchEdit_);

    auto follow = [this](RecordTableView* view) {
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, view] {
            const qint64 id = view->currentRecordId();
            if (id > 0)
                showCustomer(id);
        });
    };
    follow(customerTable_);
    follow(hitTable_);
    connect(searchEdit_, &QLineEdit::textChanged, this, &CustomersPage::onSearchTextChanged);
    connect(profile_, &ProfilePanel::filterChanged, this, &CustomersPage::loadProfile);
    applyTexts();
}

QString CustomersPage::title() const
{
    return tr("Customers");
}

void CustomersPage::retranslate()
{
    searchEdit_->setPlaceholderText(tr("Find a customer by id, key, account, name, e-mail or phone…"));
    profileBox_->setTitle(tr("Profile across channels"));
    recommendationsBox_->setTitle(tr("Recommended next"));
    customerModel_->refreshTexts();
    hitModel_->refreshTexts();
}

bool CustomersPage::hasNoData() const
{
    return customerModel_->rowCount() == 0;
}

QString CustomersPage::emptyMessage() const
{
    return tr("There are no customers in this store yet.\nImport customers or events with File → Import….");
}

void CustomersPage::clearData()
{
    customersQuery_.cancel();
    profileQuery_.cancel();
    sourcesQuery_.cancel();
    indexQuery_.cancel();
    ++searchTicket_;
    index_.reset();
    customerModel_->setCustomers({});
    hitModel_->setHits({});
    profile_->clear();
    recommendations_->setStorePath(storePath());
    shownCustomer_ = -1;
    recommendedCustomer_ = -1;
    awaitingFirstDetail_ = false;
}

void CustomersPage::startLoading()
{
    customersQuery_.start(storePath(), queryCustomers,
                          [this](const QueryResult<CustomersData>& result) { onCustomersLoaded(result); });
    indexQuery_.start(storePath(), buildSearchIndex,
                      [this](const QueryResult<std::shared_ptr<const profile::CustomerSearchIndex>>& result) {
                          index_ = result.ok() ? result.value : nullptr;
                          onSearchTextChanged(searchEdit_->text()); // text typed while it was built
                      });
    reloadModels();
}

void CustomersPage::reloadModels()
{
    if (storePath().isEmpty())
        return;
    sourcesQuery_.start(storePath(), queryRecommendationSources, [this](const QueryResult<RecommendationSources>& result) {
        recommendations_->setSources(result.ok() ? result.value : RecommendationSources{});
    });
}

void CustomersPage::onCustomersLoaded(const QueryResult<CustomersData>& result)
{
    if (!result.ok()) {
        showLoadError(result.error);
        return;
    }
    customerModel_->setCustomers(result.value.customers);
    customerTable_->fitColumns();
    if (customerModel_->rowCount() == 0) {
        finishLoading();
        return;
    }
    awaitingFirstDetail_ = true; // see ProductsPage: loaded means the first row's details too
    customerTable_->selectFirstRow();
}

void CustomersPage::onSearchTextChanged(const QString& text)
{
    const QString query = text.trimmed();
    const quint64 ticket = ++searchTicket_;
    if (query.isEmpty() || !index_) {
        lists_->setCurrentWidget(customerTable_);
        hitModel_->setHits({});
        if (query.isEmpty())
            emit searchFinished();
        return;
    }
    lists_->setCurrentWidget(hitTable_);
    // The index answers in well under a millisecond, but a keystroke must never wait on it.
    auto* watcher = new QFutureWatcher<std::vector<profile::SearchHit>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket] {
        watcher->deleteLater();
        if (ticket != searchTicket_)
            return; // a newer keystroke's answer is coming
        hitModel_->setHits(watcher->result());
        hitTable_->fitColumns();
        if (hitModel_->rowCount() > 0)
            hitTable_->selectFirstRow();
        emit searchFinished();
    });
    watcher->setFuture(QtConcurrent::run(
        [index = index_, q = query.toStdString()] { return index->search(q, kSearchResults); }));
}

void CustomersPage::showCustomer(qint64 customerId)
{
    if (customerId == shownCustomer_)
        return;
    shownCustomer_ = customerId;
    loadProfile();
}

void CustomersPage::loadProfile()
{
    if (shownCustomer_ < 0)
        return;
    const qint64 customerId = shownCustomer_;
    const store::TimelineFilter filter = profile_->filter();
    profileQuery_.start(
        storePath(),
        [customerId, filter](const store::Store& store) { return queryCustomerProfile(store, customerId, filter); },
        [this](const QueryResult<CustomerProfileData>& result) { onProfileLoaded(result); });
}

void CustomersPage::onProfileLoaded(const QueryResult<CustomerProfileData>& result)
{
    if (result.ok() && result.value.profile) {
        profile_->setProfile(result.value);
        // A timeline filter change reloads the same customer: their "what if" stays.
        if (std::exchange(recommendedCustomer_, shownCustomer_) != shownCustomer_)
            recommendations_->setCustomer(shownCustomer_, profile::segmentName(result.value.profile->rfm.segment));
    } else {
        profile_->clear();
    }
    emit profileShown();
    if (std::exchange(awaitingFirstDetail_, false))
        finishLoading();
}

} // namespace omni::ui
