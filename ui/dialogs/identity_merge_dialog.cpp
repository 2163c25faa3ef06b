// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/identity_merge_dialog.h"

#include "format.h"
#include "models/profile_account_table_model.h"
#include "models/search_hit_table_model.h"
#include "profile/profile.h"
#include "store/channel_repository.h"
#include "widgets/record_table_view.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace omni::ui {

namespace {
constexpr size_t kResults = 20;

QGroupBox* sideBox(const QString& title, QLabel* heading, QWidget* table)
{
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(table);
    return box;
}

RecordTableView* accountTable(ProfileAccountTableModel* model)
{
    auto* view = new RecordTableView;
    view->setModel(model);
    view->setStretchColumn(ProfileAccountTableModel::LinkedBy);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    return view;
}
} // namespace

QString IdentityMergeDialog::customerLabel(const store::Customer& customer)
{
    const QString key = toQString(customer.customerKey);
    return customer.name.empty() ? key : QStringLiteral("%1 (%2)").arg(toQString(customer.name), key);
}

IdentityMergeDialog::IdentityMergeDialog(const QString& storePath,
                                         std::shared_ptr<const profile::CustomerSearchIndex> index,
                                         const CustomerProfileData& current, QWidget* parent)
    : QDialog(parent)
    , storePath_(storePath)
    , index_(std::move(index))
    , currentId_(current.profile ? current.profile->customer.id : -1)
    , search_(new QLineEdit)
    , hits_(new SearchHitTableModel(this))
    , hitTable_(new RecordTableView)
    , currentAccounts_(new ProfileAccountTableModel(this))
    , otherAccounts_(new ProfileAccountTableModel(this))
    , otherTitle_(new QLabel)
    , verdict_(new QLabel)
    , note_(new QLineEdit)
    , buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("identityMergeDialog"));
    setWindowTitle(tr("Merge customers"));
    search_->setObjectName(QStringLiteral("mergeSearch"));
    search_->setClearButtonEnabled(true);
    search_->setPlaceholderText(tr("Find the other customer by id, key, account, name, e-mail or phone…"));
    hitTable_->setObjectName(QStringLiteral("mergeSearchResults"));
    hitTable_->setModel(hits_);
    hitTable_->setSortingEnabled(false);
    hitTable_->setStretchColumn(SearchHitTableModel::Matched);
    note_->setObjectName(QStringLiteral("mergeNote"));
    note_->setPlaceholderText(tr("Why they are one person (kept with the decision)"));
    verdict_->setWordWrap(true);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Merge"));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto* currentTitle = new QLabel;
    if (current.profile) {
        const ChannelNames channels(current.channels);
        currentAccounts_->setAccounts(current.profile->accounts, channels);
        currentTitle->setText(tr("<b>%1</b>, %n account(s)", nullptr, static_cast<int>(current.profile->accounts.size()))
                                  .arg(customerLabel(current.profile->customer).toHtmlEscaped()));
    }
    auto* currentTable = accountTable(currentAccounts_);
    auto* otherTable = accountTable(otherAccounts_);
    otherTable_ = otherTable;
    otherTable->setObjectName(QStringLiteral("mergeOtherAccounts"));
    otherTitle_->setText(tr("Choose a customer in the search results."));

    // One customer above the other: each table gets the dialog's width, which the "why" sentences
    // and long mini-program ids need.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(search_);
    layout->addWidget(hitTable_, 1);
    layout->addWidget(sideBox(tr("This customer"), currentTitle, currentTable), 1);
    layout->addWidget(sideBox(tr("Merge with"), otherTitle_, otherTable), 1);
    layout->addWidget(verdict_);
    layout->addWidget(note_);
    layout->addWidget(buttons_);
    resize(960, 760);
    currentTable->fitColumns();

    connect(search_, &QLineEdit::textChanged, this, &IdentityMergeDialog::search);
    connect(hitTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const qint64 id = hitTable_->currentRecordId();
        if (id > 0)
            chooseCustomer(id);
    });
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton* IdentityMergeDialog::mergeButton() const
{
    return buttons_->button(QDialogButtonBox::Ok);
}

QString IdentityMergeDialog::note() const
{
    return note_->text().trimmed();
}

void IdentityMergeDialog::search(const QString& text)
{
    const QString query = text.trimmed();
    const quint64 ticket = ++searchTicket_;
    if (query.isEmpty() || !index_) {
        hits_->setHits({});
        emit searchFinished();
        return;
    }
    // As on the page: the index answers in well under a millisecond, but a keystroke never waits.
    auto* watcher = new QFutureWatcher<std::vector<profile::SearchHit>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket] {
        watcher->deleteLater();
        if (ticket != searchTicket_)
            return;
        hits_->setHits(watcher->result());
        hitTable_->fitColumns();
        emit searchFinished();
    });
    watcher->setFuture(QtConcurrent::run([index = index_, q = query.toStdString()] { return index->search(q, kResults); }));
}

void IdentityMergeDialog::chooseCustomer(qint64 customerId)
{
    askedId_ = customerId;
    otherId_ = -1;
    mergeButton()->setEnabled(false);
    otherQuery_.start(
        storePath_,
        [customerId](const store::Store& store) {
            CustomerProfileData data; // the accounts are all this dialog shows: no timeline
            data.profile = profile::ProfileService(store).profile(customerId);
            data.channels = store::ChannelRepository(store.db()).all();
            return data;
        },
        [this](const QueryResult<CustomerProfileData>& result) { onOtherLoaded(result); });
}

void IdentityMergeDialog::onOtherLoaded(const QueryResult<CustomerProfileData>& result)
{
    if (!result.ok() || !result.value.profile) {
        otherAccounts_->clear();
        otherTitle_->setText(QString());
        verdict_->setText(result.ok() ? tr("There is no such customer.") : result.error);
        emit otherShown();
        return;
    }
    const profile::CustomerProfile& other = *result.value.profile;
    otherAccounts_->setAccounts(other.accounts, ChannelNames(result.value.channels));
    otherTable_->fitColumns();
    otherLabel_ = customerLabel(other.customer);
    otherTitle_->setText(tr("<b>%1</b>, %n account(s)", nullptr, static_cast<int>(other.accounts.size()))
                             .arg(otherLabel_.toHtmlEscaped()));
    if (other.customer.id == currentId_) {
        verdict_->setText(tr("That is this customer: choose another one."));
    } else if (other.accounts.empty()) {
        verdict_->setText(tr("This customer has no accounts to merge."));
    } else {
        verdict_->setText(tr("After the merge, every account above is one customer. Undo with Edit → Undo."));
        otherId_ = other.customer.id;
    }
    mergeButton()->setEnabled(otherId_ > 0);
    emit otherShown();
}

} // namespace omni::ui
