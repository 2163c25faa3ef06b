// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/customers_page.h"

#include "models/customer_table_model.h"
#include "models/event_table_model.h"
#include "models/identity_table_model.h"
#include "models/search_proxy_model.h"
#include "widgets/record_table_view.h"
#include "widgets/search_field.h"

#include <QGroupBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace omni::ui {

namespace {
QGroupBox* boxAround(QWidget* content)
{
    auto* box = new QGroupBox;
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}
} // namespace

CustomersPage::CustomersPage(QWidget* parent)
    : StorePage(parent)
    , customerModel_(new CustomerTableModel(this))
    , proxy_(new SearchProxyModel(this))
    , identityModel_(new IdentityTableModel(this))
    , eventModel_(new EventTableModel(this))
    , search_(new SearchField(proxy_))
    , customerTable_(new RecordTableView)
    , identityTable_(new RecordTableView)
    , eventTable_(new RecordTableView)
{
    setObjectName(QStringLiteral("customersPage"));
    proxy_->setSourceModel(customerModel_);
    customerTable_->setObjectName(QStringLiteral("customersTable"));
    customerTable_->setModel(proxy_);
    customerTable_->setStretchColumn(CustomerTableModel::Name);
    // Recently active customers first: the ones a merchant is most likely looking for.
    customerTable_->sortByColumn(CustomerTableModel::LastSeen, Qt::DescendingOrder);
    identityTable_->setObjectName(QStringLiteral("identitiesTable"));
    identityTable_->setModel(identityModel_);
    identityTable_->setStretchColumn(IdentityTableModel::Account);
    eventTable_->setObjectName(QStringLiteral("eventsTable"));
    eventTable_->setModel(eventModel_);
    eventTable_->setStretchColumn(EventTableModel::Product);

    identitiesBox_ = boxAround(identityTable_);
    eventsBox_ = boxAround(eventTable_);
    auto* details = new QSplitter(Qt::Horizontal);
    details->addWidget(identitiesBox_);
    details->addWidget(eventsBox_);
    details->setStretchFactor(0, 2);
    details->setStretchFactor(1, 3);

    auto* content = new QSplitter(Qt::Vertical);
    content->addWidget(customerTable_);
    content->addWidget(details);
    content->setStretchFactor(0, 3);
    content->setStretchFactor(1, 2);
    setUpFrame(content, search_);

    connect(customerTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersPage::onCurrentCustomerChanged);
    applyTexts();
}

QString CustomersPage::title() const
{
    return tr("Customers");
}

void CustomersPage::retranslate()
{
    search_->setPlaceholder(tr("Search key, name, city, e-mail, phone…"));
    identitiesBox_->setTitle(tr("Accounts on each channel"));
    eventsBox_->setTitle(tr("Latest %n event(s)", nullptr, kRecentEventLimit));
    customerModel_->refreshTexts();
    identityModel_->refreshTexts();
    eventModel_->refreshTexts();
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
    detailQuery_.cancel();
    customerModel_->setCustomers({});
    identityModel_->clear();
    eventModel_->clear();
    awaitingFirstDetail_ = false;
}

void CustomersPage::startLoading()
{
    customersQuery_.start(storePath(), queryCustomers,
                          [this](const QueryResult<CustomersData>& result) { onCustomersLoaded(result); });
}

void CustomersPage::onCustomersLoaded(const QueryResult<CustomersData>& result)
{
    if (!result.ok()) {
        showLoadError(result.error);
        return;
    }
    channels_ = result.value.channels;
    customerModel_->setCustomers(result.value.customers);
    customerTable_->fitColumns();
    if (customerModel_->rowCount() == 0) {
        finishLoading();
        return;
    }
    awaitingFirstDetail_ = true; // see ProductsPage: loaded means the first row's details too
    customerTable_->selectFirstRow();
}

void CustomersPage::onCurrentCustomerChanged()
{
    const qint64 customerId = customerTable_->currentRecordId();
    if (customerId < 0) {
        detailQuery_.cancel();
        identityModel_->clear();
        eventModel_->clear();
        return;
    }
    detailQuery_.start(
        storePath(), [customerId](const store::Store& store) { return queryCustomerDetail(store, customerId); },
        [this](const QueryResult<CustomerDetail>& result) { onDetailLoaded(result); });
}

void CustomersPage::onDetailLoaded(const QueryResult<CustomerDetail>& result)
{
    if (result.ok()) {
        identityModel_->setIdentities(result.value.identities, ChannelNames(channels_));
        eventModel_->setEvents(result.value.recentEvents, result.value.eventProducts, ChannelNames(channels_));
        identityTable_->fitColumns();
        eventTable_->fitColumns();
    } else {
        identityModel_->clear();
        eventModel_->clear();
    }
    if (std::exchange(awaitingFirstDetail_, false))
        finishLoading();
}

} // namespace omni::ui
