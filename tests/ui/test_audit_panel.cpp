// SPDX-License-Identifier: GPL-3.0-or-later
// The Products page's consistency audit: the findings model passes QAbstractItemModelTester, its
// proxy filters by severity and channel and sorts the most serious first, and the panel runs the
// audit on a JobRunner, applies a finding's fix as an undoable command and undoes it, with the
// store and the table following each step.
#include "testing_support.h"

#include "consistency/consistency_audit.h"
#include "format.h"
#include "models/finding_table_model.h"
#include "pages/products_page.h"
#include "store/product_repository.h"
#include "store/store.h"
#include "widgets/audit_panel.h"
#include "workers/apply_fix_command.h"
#include "workers/job_runner.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace omni;
using namespace omni::ui;
using consistency::Finding;
using consistency::FixField;
using consistency::Severity;

namespace {

std::vector<Finding> coreAudit(const QString& path)
{
    const store::Store store = store::Store::openReadOnly(path.toStdString());
    return consistency::auditConsistency(store, consistency::AuditOptions(), runtime::JobContext()).findings;
}

QString key(const Finding& finding)
{
    return toQString(std::to_string(finding.productId) + "|" + finding.channelCode + "|" + finding.message);
}

QStringList modelKeys(const FindingTableModel& model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys << key(model.finding(row));
    keys.sort();
    return keys;
}

QStringList coreKeys(const std::vector<Finding>& findings)
{
    QStringList keys;
    for (const Finding& finding : findings)
        keys << key(finding);
    keys.sort();
    return keys;
}

} // namespace

class AuditPanelTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void modelPassesTesterAndFilters();
    void panelRunsAppliesAndUndoes();
    void productsPageHasTheAuditTab();

private:
    QTemporaryDir dir_;
    QString shopPath_;
};

void AuditPanelTest::initTestCase()
{
    QVERIFY(dir_.isValid());
    uitest::setUpApplication(dir_);
    shopPath_ = dir_.filePath(QStringLiteral("tiny.omnistore"));
    uitest::createTinyShop(shopPath_);
}

void AuditPanelTest::modelPassesTesterAndFilters()
{
    const std::vector<Finding> findings = coreAudit(shopPath_);
    QVERIFY(!findings.empty());
    FindingTableModel model;
    FindingFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(findings);
    QCOMPARE(model.rowCount(), int(findings.size()));
    QCOMPARE(model.columnCount(), int(FindingTableModel::ColumnCount));

    int errors = 0;
    int errorsOnFirstChannel = 0;
    const std::string channel = findings.front().channelCode;
    for (const Finding& finding : findings) {
        errors += finding.severity == Severity::Error;
        errorsOnFirstChannel += finding.severity == Severity::Error && finding.channelCode == channel;
    }
    QVERIFY(errors > 0);
    proxy.setSeverity(Severity::Error);
    QCOMPARE(proxy.rowCount(), errors);
    proxy.setChannel(toQString(channel));
    QCOMPARE(proxy.rowCount(), errorsOnFirstChannel);
    proxy.setSeverity(std::nullopt);
    proxy.setChannel(QString());
    QCOMPARE(proxy.rowCount(), int(findings.size()));

    // Sorting by severity puts the errors first, whatever the order of the audit.
    proxy.sort(FindingTableModel::Severity, Qt::AscendingOrder);
    for (int row = 0; row < errors; ++row)
        QCOMPARE(proxy.index(row, FindingTableModel::Severity).data().toString(),
            FindingTableModel::severityText(Severity::Error));
    QVERIFY(proxy.index(errors, FindingTableModel::Severity).data().toString()
        != FindingTableModel::severityText(Severity::Error));
}

void AuditPanelTest::panelRunsAppliesAndUndoes()
{
    const QString path = dir_.filePath(QStringLiteral("fix.omnistore"));
    uitest::createTinyShop(path);
    const std::vector<Finding> before = coreAudit(path);

    JobRunner runner;
    QUndoStack undoStack;
    AuditPanel panel;
    QVERIFY(!panel.runAudit()); // no store, no runner yet
    panel.attach(&runner, &undoStack);
    panel.setStorePath(path);
    QSignalSpy audited(&panel, &AuditPanel::auditFinished);
    QSignalSpy written(&panel, &AuditPanel::fixWritten);
    QVERIFY(panel.runAudit());
    QTRY_COMPARE_WITH_TIMEOUT(audited.count(), 1, 30000);
    QCOMPARE(modelKeys(*panel.findingModel()), coreKeys(before));
    // Both filters list every choice ("All" first).
    QCOMPARE(panel.severityFilter()->count(), 4);
    QVERIFY(panel.channelFilter()->count() >= 2);

    // Select the first price finding in the view and apply its fix.
    int proxyRow = -1;
    for (int row = 0; row < panel.findingProxy()->rowCount() && proxyRow < 0; ++row) {
        const int source = panel.findingProxy()->mapToSource(panel.findingProxy()->index(row, 0)).row();
        if (panel.findingModel()->finding(source).fixField == FixField::Price)
            proxyRow = row;
    }
    QVERIFY(proxyRow >= 0);
    panel.findingTable()->selectRow(proxyRow);
    const Finding fixed = panel.findingModel()->finding(
        panel.findingProxy()->mapToSource(panel.findingProxy()->index(proxyRow, 0)).row());
    QVERIFY(panel.applyButton()->isEnabled());
    QVERIFY(panel.applySelectedFix());
    QCOMPARE(undoStack.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 30000);
    QCOMPARE(written.at(0).at(0).toString(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(audited.count(), 2, 30000);
    QCOMPARE(ApplyFixCommand::pendingWrites(), 0);
    {
        const store::Store store = store::Store::openReadOnly(path.toStdString());
        const auto listing = store::ProductRepository(store.db()).findListing(fixed.productId, fixed.channelCode);
        QVERIFY(listing.has_value());
        QCOMPARE(QString::number(listing->price, 'f', 2), toQString(fixed.suggestedFix));
    }
    QVERIFY(!modelKeys(*panel.findingModel()).contains(key(fixed)));
    QCOMPARE(panel.findingModel()->rowCount(), int(before.size()) - 1);

    undoStack.undo();
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 2, 30000);
    QCOMPARE(written.at(1).at(0).toString(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(audited.count(), 3, 30000);
    QCOMPARE(modelKeys(*panel.findingModel()), coreKeys(before));
    QCOMPARE(coreKeys(coreAudit(path)), coreKeys(before));
}

void AuditPanelTest::productsPageHasTheAuditTab()
{
    ProductsPage page;
    QVERIFY(page.auditPanel() != nullptr);
    QCOMPARE(page.tabs()->count(), 2);
    QCOMPARE(page.tabs()->widget(1), static_cast<QWidget*>(page.auditPanel()));
    QVERIFY(!page.tabs()->tabText(1).isEmpty());
}

QTEST_MAIN(AuditPanelTest)
#include "test_audit_panel.moc"
