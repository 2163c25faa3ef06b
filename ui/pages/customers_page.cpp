// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/customers_page.h"

#include "dialogs/identity_merge_dialog.h"
#include "format.h"
#include "models/customer_table_model.h"
#include "models/profile_account_table_model.h"
#include "models/roles.h"
#include "models/search_hit_table_model.h"
#include "models/search_proxy_model.h"
#include "widgets/profile_panel.h"
#include "widgets/recommendations_panel.h"
#include "widgets/record_table_view.h"
#include "workers/identity_decision_command.h"
#include "workers/identity_jobs.h"
#include "workers/job_runner.h"

#include <QGroupBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QPointer>
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
    connect(profile_, &ProfilePanel::splitRequested, this, &CustomersPage::chooseSplit);
    connect(profile_, &ProfilePanel::mergeRequested, this, &CustomersPage::chooseMerge);
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
    refreshParts_ = 0;
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
    updateDecisionsAllowed(); // the store path arrives after the job that opened the store is over
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
    if (refreshParts_ > 0) {
        selectShownRow(customerTable_);
        refreshPartDone();
        return;
    }
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
        if (refreshParts_ > 0)
            selectShownRow(hitTable_);
        else if (hitModel_->rowCount() > 0)
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
    // A customer merged into another (the other side of a merge just made) is shown as the
    // customer it is now part of.
    if (result.ok() && result.value.profile && result.value.profile->mergedInto &&
        *result.value.profile->mergedInto != shownCustomer_) {
        shownCustomer_ = *result.value.profile->mergedInto;
        loadProfile();
        return;
    }
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
    if (refreshParts_ > 0)
        refreshPartDone();
}

void CustomersPage::attach(JobRunner* runner, QUndoStack* undoStack)
{
    runner_ = runner;
    undoStack_ = undoStack;
    connect(runner_, &JobRunner::started, this, &CustomersPage::updateDecisionsAllowed);
    connect(runner_, &JobRunner::finished, this, &CustomersPage::updateDecisionsAllowed);
    updateDecisionsAllowed();
}

void CustomersPage::updateDecisionsAllowed()
{
    profile_->setDecisionsAllowed(runner_ && !runner_->isRunning() && !storePath().isEmpty());
}

QString CustomersPage::shownCustomerLabel() const
{
    const auto& profile = profile_->profileData().profile;
    return profile ? IdentityMergeDialog::customerLabel(profile->customer) : QString::number(shownCustomer_);
}

void CustomersPage::chooseSplit()
{
    const QList<qint64> ids = profile_->selectedAccountIds();
    const auto& profile = profile_->profileData().profile;
    if (ids.isEmpty() || !profile)
        return;
    if (ids.size() >= static_cast<qsizetype>(profile->accounts.size())) {
        QMessageBox::warning(this, tr("Split off accounts"),
                             tr("These are all the accounts of %1. Keep at least one account with the customer: "
                                "choose only the accounts that belong to someone else.")
                                 .arg(shownCustomerLabel()));
        return;
    }
    QStringList names;
    for (int row = 0; row < profile_->accountModel()->rowCount(); ++row) {
        const store::IdentityRecord& account = profile_->accountModel()->account(row).account;
        if (ids.contains(account.id))
            names << QStringLiteral("  • %1 %2").arg(
                         profile_->accountModel()->index(row, ProfileAccountTableModel::Channel).data().toString(),
                         toQString(account.externalId));
    }
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("identitySplitDialog"));
    dialog.setWindowTitle(tr("Split off accounts"));
    dialog.setLabelText(
        tr("These accounts of %1 become a customer of their own, and no automatic rule joins them again:\n%2\n\n"
           "Why (kept with the decision):")
            .arg(shownCustomerLabel(), names.join(QLatin1Char('\n'))));
    dialog.setOkButtonText(tr("Split off"));
    if (dialog.exec() == QDialog::Accepted)
        splitOff(ids, dialog.textValue().trimmed());
}

void CustomersPage::chooseMerge()
{
    if (!profile_->profileData().profile)
        return;
    IdentityMergeDialog dialog(storePath(), index_, profile_->profileData(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.otherCustomerId() > 0)
        mergeWith(dialog.otherCustomerId(), dialog.note(), dialog.otherLabel());
}

bool CustomersPage::splitOff(const QList<qint64>& identityIds, const QString& note)
{
    IdentityDecisionRequest request;
    request.kind = IdentityDecisionRequest::Kind::Split;
    request.customerId = shownCustomer_;
    request.identityIds = identityIds;
    request.note = note;
    request.customerLabel = shownCustomerLabel();
    return applyDecision(request);
}

bool CustomersPage::mergeWith(qint64 otherCustomerId, const QString& note, const QString& otherLabel)
{
    IdentityDecisionRequest request;
    request.kind = IdentityDecisionRequest::Kind::Merge;
    request.customerId = shownCustomer_;
    request.otherCustomerId = otherCustomerId;
    request.note = note;
    request.customerLabel = shownCustomerLabel();
    request.otherLabel = otherLabel.isEmpty() ? QString::number(otherCustomerId) : otherLabel;
    return applyDecision(request);
}

bool CustomersPage::applyDecision(const IdentityDecisionRequest& request)
{
    if (!runner_ || !undoStack_ || runner_->isRunning() || storePath().isEmpty() || shownCustomer_ < 0)
        return false;
    auto decisionId = std::make_shared<qint64>(0);
    const QString path = storePath();
    // The customer to show afterwards: the one the analyst was looking at (after a merge it may be
    // the merged-away one, and the profile then follows it to the customer it became part of).
    const qint64 customer = shownCustomer_;
    QPointer<CustomersPage> page = this;
    auto changed = [page, customer](bool) {
        if (page)
            page->refreshAfterDecision(customer);
    };
    return runner_->start(IdentityJobs::title(request), IdentityJobs::apply(path, request, decisionId),
                          [page, path, request, decisionId, changed](const JobOutcome& outcome) {
                              // A refused decision (the window shows why) never reaches the undo stack.
                              if (!page || outcome.status != JobOutcome::Status::Succeeded)
                                  return;
                              page->undoStack_->push(
                                  new IdentityDecisionCommand(page->runner_, path, request, *decisionId, changed));
                              changed(true);
                          });
}

void CustomersPage::refreshAfterDecision(qint64 customerId)
{
    if (storePath().isEmpty())
        return;
    refreshParts_ = 3; // the list, the search index and the profile
    shownCustomer_ = customerId;
    loadProfile();
    customersQuery_.start(storePath(), queryCustomers,
                          [this](const QueryResult<CustomersData>& result) { onCustomersLoaded(result); });
    indexQuery_.start(storePath(), buildSearchIndex,
                      [this](const QueryResult<std::shared_ptr<const profile::CustomerSearchIndex>>& result) {
                          index_ = result.ok() ? result.value : nullptr;
                          onSearchTextChanged(searchEdit_->text()); // the same query, on the new index
                          refreshPartDone();
                      });
}

void CustomersPage::refreshPartDone()
{
    if (refreshParts_ > 0 && --refreshParts_ == 0)
        emit identitiesRefreshed();
}

void CustomersPage::selectShownRow(RecordTableView* view)
{
    QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(RecordIdRole).toLongLong() == shownCustomer_) {
            view->setCurrentIndex(model->index(row, 0));
            view->scrollTo(model->index(row, 0));
            return;
        }
    }
}

} // namespace omni::ui
