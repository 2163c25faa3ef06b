// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst's identity decisions on the Customers page, on the hand-made store (Alice: web and
// app accounts; Bob: web; Chen Wei: none): splitting an account off makes a new customer that the
// list and the search find, merging joins two, each is one step on the window's undo stack whose
// undo and redo run the core off the GUI thread and reload the page (Edit → Undo waits for a busy
// job runner; an undo pressed while the redo still runs follows it); a refused decision shows the
// error and changes nothing; an import is found by the search afterwards; the new controls
// speak Chinese.
#include "testing_support.h"

#include "app_settings.h"
#include "dialogs/identity_merge_dialog.h"
#include "format.h"
#include "io/importer.h"
#include "language_manager.h"
#include "main_window.h"
#include "models/customer_table_model.h"
#include "models/profile_account_table_model.h"
#include "models/roles.h"
#include "models/search_hit_table_model.h"
#include "pages/customers_page.h"
#include "store/customer_repository.h"
#include "store/identity_decision_repository.h"
#include "store/store.h"
#include "widgets/profile_panel.h"
#include "widgets/record_table_view.h"
#include "workers/job_runner.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QThread>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace omni;
using namespace omni::ui;
using Page = MainWindow::Page;

namespace {
constexpr int kTimeoutMs = 60000; // two shared cores
} // namespace

class IdentityDecisionsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void splittingAnAccountOffIsUndoable();
    void mergingTwoCustomersIsUndoable();
    void editMenuUndoWaitsForABusyRunnerAndFollowsTheStack();
    void mergeDialogShowsBothCustomersBeforeConfirming();
    void aRefusedDecisionChangesNothing();
    void importedCustomersAreFoundBySearch();
    void decisionControlsAreTranslated();

private:
    CustomersPage* page() const { return static_cast<CustomersPage*>(window_->page(Page::Customers)); }
    void show(qint64 customerId, int accounts);
    // Waits until the decision, undo or redo started by run() has reloaded the page.
    template <typename Run>
    void waitForRefresh(Run run);
    void search(const QString& text);
    qint64 ownerOf(const char* channel, const char* account) const;
    bool listed(qint64 customerId) const;
    void selectAccounts(const QStringList& externalIds);

    QTemporaryDir dir_;
    QString shop_;
    uitest::HandmadeShop made_;
    std::unique_ptr<AppSettings> settings_;
    std::unique_ptr<LanguageManager> languages_;
    std::unique_ptr<MainWindow> window_;
};

void IdentityDecisionsTest::initTestCase()
{
    QVERIFY(dir_.isValid());
    uitest::setUpApplication(dir_);
    shop_ = dir_.filePath(QStringLiteral("handmade.omni"));
    made_ = uitest::createHandmadeStore(shop_);
    settings_ = std::make_unique<AppSettings>();
    languages_ = std::make_unique<LanguageManager>();
    languages_->setLanguage(Language::English);
    window_ = std::make_unique<MainWindow>(*settings_, *languages_);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QSignalSpy opened(window_.get(), &MainWindow::storeOpened);
    window_->openStore(shop_);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kTimeoutMs);
    window_->showPage(Page::Customers);
    QTRY_VERIFY_WITH_TIMEOUT(page()->isLoaded(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(page()->searchIndex() != nullptr, kTimeoutMs);
}

void IdentityDecisionsTest::cleanupTestCase()
{
    window_.reset();
    languages_.reset();
    settings_.reset();
}

void IdentityDecisionsTest::show(qint64 customerId, int accounts)
{
    page()->showCustomer(customerId);
    QTRY_VERIFY_WITH_TIMEOUT(page()->profilePanel()->profileData().profile &&
                                 page()->profilePanel()->profileData().profile->customer.id == customerId &&
                                 page()->profilePanel()->accountModel()->rowCount() == accounts,
                             kTimeoutMs);
}

template <typename Run>
void IdentityDecisionsTest::waitForRefresh(Run run)
{
    QSignalSpy refreshed(page(), &CustomersPage::identitiesRefreshed);
    QSignalSpy finished(window_->jobRunner(), &JobRunner::finished);
    run();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    const auto outcome = finished.at(0).at(0).value<JobOutcome>();
    QVERIFY2(outcome.status == JobOutcome::Status::Succeeded, qPrintable(outcome.message));
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kTimeoutMs);
}

void IdentityDecisionsTest::search(const QString& text)
{
    QSignalSpy searched(page(), &CustomersPage::searchFinished);
    page()->searchEdit()->setText(text);
    QTRY_VERIFY_WITH_TIMEOUT(searched.count() > 0, kTimeoutMs);
}

qint64 IdentityDecisionsTest::ownerOf(const char* channel, const char* account) const
{
    const store::Store store = store::Store::openReadOnly(shop_.toStdString());
    return store::CustomerRepository(store.db()).findByIdentity(channel, account).value_or(-1);
}

bool IdentityDecisionsTest::listed(qint64 customerId) const
{
    const CustomerTableModel* model = page()->customerModel();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(RecordIdRole).toLongLong() == customerId)
            return true;
    return false;
}

void IdentityDecisionsTest::selectAccounts(const QStringList& externalIds)
{
    RecordTableView* table = page()->profilePanel()->accountTable();
    table->clearSelection();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, ProfileAccountTableModel::Account);
        if (externalIds.contains(index.data().toString()))
            table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void IdentityDecisionsTest::splittingAnAccountOffIsUndoable()
{
    const qint64 alice = made_.customerIds[0];
    show(alice, 2);
    ProfilePanel* panel = page()->profilePanel();
    QAbstractItemModelTester tester(panel->accountModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Splitting every account off is not offered; one of two is.
    selectAccounts({QStringLiteral("alice@web"), QStringLiteral("alice-app")});
    QVERIFY(!panel->splitButton()->isEnabled());
    selectAccounts({QStringLiteral("alice-app")});
    QVERIFY(panel->splitButton()->isEnabled());
    const QList<qint64> ids = panel->selectedAccountIds();
    QCOMPARE(ids.size(), 1);

    const int steps = window_->undoStack()->index();
    waitForRefresh([&] { QVERIFY(page()->splitOff(ids, QStringLiteral("shared tablet"))); });
    QCOMPARE(window_->undoStack()->index(), steps + 1);
    QVERIFY2(window_->undoStack()->undoText().contains(QStringLiteral("Alice (C-1)")),
             qPrintable(window_->undoStack()->undoText()));
    // The job's summary is in the status bar.
    QVERIFY2(window_->statusBar()->currentMessage().contains(QStringLiteral("Split off: 1 account")),
             qPrintable(window_->statusBar()->currentMessage()));
    const qint64 newCustomer = ownerOf("app", "alice-app");
    QVERIFY(newCustomer > 0 && newCustomer != alice);
    QCOMPARE(ownerOf("web", "alice@web"), alice);
    // The profile shown is still Alice's, now with one account; the list and search know the new one.
    QCOMPARE(page()->shownCustomerId(), alice);
    QCOMPARE(panel->accountModel()->rowCount(), 1);
    QVERIFY(listed(newCustomer));
    search(QStringLiteral("alice-app"));
    QVERIFY(page()->searchModel()->rowCount() > 0);
    QCOMPARE(page()->searchModel()->hits().front().customerId, newCustomer);
    page()->searchEdit()->clear();

    // Edit → Undo: the account is Alice's again and the split-off customer is gone from the list.
    waitForRefresh([&] { window_->undoStack()->undo(); });
    QCOMPARE(ownerOf("app", "alice-app"), alice);
    QTRY_COMPARE_WITH_TIMEOUT(panel->accountModel()->rowCount(), 2, kTimeoutMs);
    QVERIFY(!listed(newCustomer));
    search(QStringLiteral("alice-app"));
    QCOMPARE(page()->searchModel()->hits().front().customerId, alice);
    page()->searchEdit()->clear();
    {
        const store::Store store = store::Store::openReadOnly(shop_.toStdString());
        const auto decisions = store::IdentityDecisionRepository(store.db()).list(true);
        QCOMPARE(decisions.size(), size_t(1));
        QVERIFY(decisions.front().undoneAt.has_value());
        QCOMPARE(decisions.front().note, std::string("shared tablet"));
    }

    // Redo applies the same decision again; undo once more leaves Alice whole for the next tests.
    waitForRefresh([&] { window_->undoStack()->redo(); });
    QVERIFY(ownerOf("app", "alice-app") != alice);
    QCOMPARE(panel->accountModel()->rowCount(), 1);
    waitForRefresh([&] { window_->undoStack()->undo(); });
    QCOMPARE(ownerOf("app", "alice-app"), alice);
}

void IdentityDecisionsTest::mergingTwoCustomersIsUndoable()
{
    const qint64 alice = made_.customerIds[0];
    const qint64 bob = made_.customerIds[1];
    show(bob, 1);
    QVERIFY(page()->profilePanel()->mergeButton()->isEnabled());
    const int steps = window_->undoStack()->index();
    waitForRefresh([&] { QVERIFY(page()->mergeWith(alice, QStringLiteral("same person"), QStringLiteral("Alice"))); });
    QCOMPARE(window_->undoStack()->index(), steps + 1);
    // Alice holds more accounts and keeps her id; the page follows Bob to her.
    QCOMPARE(ownerOf("web", "bob@web"), alice);
    QCOMPARE(page()->shownCustomerId(), alice);
    QCOMPARE(page()->profilePanel()->accountModel()->rowCount(), 3);
    QVERIFY(!listed(bob));
    QVERIFY(listed(alice));
    // Bob is still found, by his old name, as the customer he is part of now.
    search(QStringLiteral("Bob"));
    QVERIFY(page()->searchModel()->rowCount() > 0);
    QCOMPARE(page()->searchModel()->hits().front().customerId, alice);
    QCOMPARE(page()->searchModel()->hits().front().mergedCustomerId.value_or(-1), bob);
    // The merged account says why it is Alice's.
    bool manual = false;
    for (int row = 0; row < page()->profilePanel()->accountModel()->rowCount(); ++row)
        manual |= page()->profilePanel()->accountModel()->index(row, ProfileAccountTableModel::LinkedBy).data().toString()
                      .contains(QStringLiteral("an analyst's merge"));
    QVERIFY(manual);
    // Bob's account, selected, shows the decision and its note as the evidence.
    RecordTableView* accounts = page()->profilePanel()->accountTable();
    for (int row = 0; row < accounts->model()->rowCount(); ++row)
        if (accounts->model()->index(row, ProfileAccountTableModel::Account).data().toString() == QStringLiteral("bob@web"))
            accounts->setCurrentIndex(accounts->model()->index(row, 0));
    const QString evidence = page()->profilePanel()->evidenceLabel()->text();
    QVERIFY2(evidence.contains(QStringLiteral("An analyst merged")) && evidence.contains(QStringLiteral("same person")),
             qPrintable(evidence));
    page()->searchEdit()->clear();

    waitForRefresh([&] { window_->undoStack()->undo(); });
    QCOMPARE(ownerOf("web", "bob@web"), bob);
    QVERIFY(listed(bob));
    QCOMPARE(page()->shownCustomerId(), bob);
    QCOMPARE(page()->profilePanel()->accountModel()->rowCount(), 1);
    search(QStringLiteral("Bob"));
    QCOMPARE(page()->searchModel()->hits().front().customerId, bob);
    QVERIFY(!page()->searchModel()->hits().front().mergedCustomerId.has_value());
    page()->searchEdit()->clear();
}

void IdentityDecisionsTest::editMenuUndoWaitsForABusyRunnerAndFollowsTheStack()
{
    const qint64 alice = made_.customerIds[0];
    show(alice, 2);
    selectAccounts({QStringLiteral("alice-app")});
    waitForRefresh([&] { QVERIFY(page()->splitOff(page()->profilePanel()->selectedAccountIds(), QString())); });
    QVERIFY(ownerOf("app", "alice-app") != alice);

    QAction* undo = nullptr;
    for (QAction* action : window_->findChildren<QAction*>())
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
    QVERIFY(undo && undo->isEnabled());
    // Another job holds the runner: Edit → Undo waits for it, then runs.
    QSignalSpy refreshed(page(), &CustomersPage::identitiesRefreshed);
    QVERIFY(window_->jobRunner()->start(QStringLiteral("busy"), [](const runtime::JobContext&) {
        QThread::msleep(500);
        return QStringLiteral("busy done");
    }));
    undo->trigger();
    QVERIFY(ownerOf("app", "alice-app") != alice); // not yet
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kTimeoutMs);
    QCOMPARE(ownerOf("app", "alice-app"), alice);
    QCOMPARE(page()->profilePanel()->accountModel()->rowCount(), 2);

    // Redo, and undo again before the redo's job is over: the store ends where the stack is, after
    // the redo stored its decision again and the undo marked it undone.
    auto decisions = [this] {
        const store::Store store = store::Store::openReadOnly(shop_.toStdString());
        return store::IdentityDecisionRepository(store.db()).list(true);
    };
    const size_t before = decisions().size();
    window_->undoStack()->redo();
    window_->undoStack()->undo();
    // The redo's reload may be cut short by the undo's (one signal for both), so wait for the
    // runner and the page to be idle rather than for a count of signals.
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 2 && !window_->jobRunner()->isRunning()
                                 && !page()->isRefreshingIdentities(),
                             kTimeoutMs);
    QCOMPARE(ownerOf("app", "alice-app"), alice);
    QTRY_COMPARE_WITH_TIMEOUT(page()->profilePanel()->accountModel()->rowCount(), 2, kTimeoutMs);
    QCOMPARE(decisions().size(), before + 1);
    for (const store::IdentityDecision& decision : decisions())
        QVERIFY(decision.undoneAt.has_value());
}

void IdentityDecisionsTest::mergeDialogShowsBothCustomersBeforeConfirming()
{
    const qint64 alice = made_.customerIds[0];
    const qint64 bob = made_.customerIds[1];
    show(alice, 2);
    IdentityMergeDialog dialog(shop_, page()->searchIndex(), page()->profilePanel()->profileData(), window_.get());
    QAbstractItemModelTester hitTester(dialog.hitModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!dialog.mergeButton()->isEnabled());
    QSignalSpy searched(&dialog, &IdentityMergeDialog::searchFinished);
    QSignalSpy shown(&dialog, &IdentityMergeDialog::otherShown);
    QTest::keyClicks(dialog.searchEdit(), QStringLiteral("bob"));
    QTRY_VERIFY_WITH_TIMEOUT(searched.count() > 0 && dialog.hitModel()->rowCount() > 0, kTimeoutMs);
    QCOMPARE(dialog.hitModel()->hits().front().customerId, bob);
    dialog.chooseCustomer(bob);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && dialog.otherCustomerId() == bob, kTimeoutMs);
    QCOMPARE(dialog.otherAccounts()->rowCount(), 1);
    QVERIFY(!dialog.otherAccounts()->index(0, ProfileAccountTableModel::LinkedBy).data().toString().isEmpty());
    QCOMPARE(dialog.otherLabel(), QStringLiteral("Bob (C-2)"));
    QVERIFY(dialog.mergeButton()->isEnabled());
    // Alice herself, or Chen Wei (no accounts), cannot be the other side.
    shown.clear();
    dialog.chooseCustomer(alice);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, kTimeoutMs);
    QVERIFY(!dialog.mergeButton()->isEnabled());
    shown.clear();
    dialog.chooseCustomer(made_.customerIds[2]);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, kTimeoutMs);
    QVERIFY(!dialog.mergeButton()->isEnabled());
    QCOMPARE(dialog.otherCustomerId(), qint64(-1));
}

void IdentityDecisionsTest::aRefusedDecisionChangesNothing()
{
    const qint64 alice = made_.customerIds[0];
    show(alice, 2);
    const int steps = window_->undoStack()->index();
    QSignalSpy errors(window_.get(), &MainWindow::errorShown);
    QSignalSpy finished(window_->jobRunner(), &JobRunner::finished);
    // Chen Wei has no accounts: the core refuses, the window says why, the undo stack is unchanged.
    QVERIFY(page()->mergeWith(made_.customerIds[2], QString()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, kTimeoutMs);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("has no accounts")),
             qPrintable(errors.at(0).at(0).toString()));
    QCOMPARE(window_->undoStack()->index(), steps);
    QCOMPARE(ownerOf("web", "alice@web"), alice);
    const store::Store store = store::Store::openReadOnly(shop_.toStdString());
    for (const store::IdentityDecision& decision : store::IdentityDecisionRepository(store.db()).list(true))
        QVERIFY(decision.undoneAt.has_value()); // only the undone ones from the tests above
    // The error box is window-modal: close it so that later tests can drive the window.
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (widget->objectName() == QStringLiteral("errorMessageBox"))
            widget->close();
}

void IdentityDecisionsTest::importedCustomersAreFoundBySearch()
{
    const QString csv = dir_.filePath(QStringLiteral("new_customers.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("channel,external_id,customer_key,name,email,phone,city,created_at\n"
               "app,zq-1,C-9,Zed Quinn,,,,\n");
    file.close();
    const int before = page()->customerModel()->rowCount();
    QSignalSpy finished(window_->jobRunner(), &JobRunner::finished);
    io::ImportOptions options;
    options.kind = io::ImportKind::Customers;
    options.path = csv.toStdString();
    window_->startImport(options);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    QVERIFY2(finished.at(0).at(0).value<JobOutcome>().status == JobOutcome::Status::Succeeded,
             qPrintable(finished.at(0).at(0).value<JobOutcome>().message));
    // The page reloads its list and rebuilds its search index.
    QTRY_VERIFY_WITH_TIMEOUT(page()->isLoaded() && page()->customerModel()->rowCount() == before + 1, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(page()->searchIndex() != nullptr, kTimeoutMs);
    search(QStringLiteral("Zed"));
    QVERIFY(page()->searchModel()->rowCount() > 0);
    QCOMPARE(toQString(page()->searchModel()->hits().front().customerKey), QStringLiteral("C-9"));
    search(QStringLiteral("zq-1"));
    QCOMPARE(toQString(page()->searchModel()->hits().front().customerKey), QStringLiteral("C-9"));
    page()->searchEdit()->clear();
}

void IdentityDecisionsTest::decisionControlsAreTranslated()
{
    const qint64 alice = made_.customerIds[0];
    show(alice, 2);
    ProfilePanel* panel = page()->profilePanel();
    QCOMPARE(panel->splitButton()->text(), QStringLiteral("Split off…"));
    panel->accountTable()->setCurrentIndex(panel->accountModel()->index(1, 0));
    const QString englishEvidence = panel->evidenceLabel()->text();
    QVERIFY(!englishEvidence.isEmpty());

    QVERIFY(languages_->setLanguage(Language::SimplifiedChinese));
    QTRY_COMPARE_WITH_TIMEOUT(panel->splitButton()->text(), QStringLiteral("拆分…"), kTimeoutMs);
    QCOMPARE(panel->mergeButton()->text(), QStringLiteral("合并…"));
    QCOMPARE(panel->accountModel()->headerData(ProfileAccountTableModel::LinkedBy, Qt::Horizontal).toString(),
             QStringLiteral("归属原因"));
    // The linked-by sentence and the evidence line are in Chinese too (the stored values stay as stored).
    const QString chineseEvidence = panel->evidenceLabel()->text();
    QVERIFY(chineseEvidence != englishEvidence);
    QVERIFY2(chineseEvidence.contains(QStringLiteral("证据")), qPrintable(chineseEvidence));

    QVERIFY(languages_->setLanguage(Language::English));
    QTRY_COMPARE_WITH_TIMEOUT(panel->splitButton()->text(), QStringLiteral("Split off…"), kTimeoutMs);
}

QTEST_MAIN(IdentityDecisionsTest)
#include "test_identity_decisions.moc"
