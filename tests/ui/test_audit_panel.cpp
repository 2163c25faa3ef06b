// SPDX-License-Identifier: GPL-3.0-or-later
// The Products page's consistency audit: the findings model passes QAbstractItemModelTester, its
// proxy filters by severity, channel and kind and sorts the most serious first, and the panel runs
// the audit on a JobRunner, applies a finding's fix (a price, or one wrong word in a description)
// as an undoable command and undoes it, with the store and the table following each step. In the
// Chinese UI the findings read as Chinese sentences with Chinese channel and fact names.
//
// With OMNI_AUDIT_SCREENSHOTS=DIR the panel is also grabbed after an audit in English and in
// Chinese (DIR/audit_en.png, DIR/audit_zh.png), to look at.
#include "testing_support.h"

#include "consistency/consistency_audit.h"
#include "format.h"
#include "language_manager.h"
#include "models/finding_table_model.h"
#include "pages/products_page.h"
#include "store/product_repository.h"
#include "store/store.h"
#include "widgets/audit_panel.h"
#include "workers/apply_fix_command.h"
#include "workers/job_runner.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTranslator>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace omni;
using namespace omni::ui;
using consistency::Finding;
using consistency::FindingKind;
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
    void kindFilterListsEveryKindAndFiltersTheTable();
    void panelAppliesAndUndoesADescriptionFix();
    void chineseUiWordsFindingsInChinese();
    void screenshotsInBothLanguages();
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

namespace {

// Runs the panel's audit on the store and waits for the table.
bool auditIn(AuditPanel& panel, JobRunner& runner, QUndoStack& undoStack, const QString& path)
{
    panel.attach(&runner, &undoStack);
    panel.setStorePath(path);
    QSignalSpy audited(&panel, &AuditPanel::auditFinished);
    if (!panel.runAudit())
        return false;
    return QTest::qWaitFor([&audited] { return audited.count() == 1; }, 30000);
}

int proxyRowOf(const AuditPanel& panel, const std::function<bool(const Finding&)>& wanted)
{
    for (int row = 0; row < panel.findingProxy()->rowCount(); ++row) {
        const int source = panel.findingProxy()->mapToSource(panel.findingProxy()->index(row, 0)).row();
        if (wanted(panel.findingModel()->finding(source)))
            return row;
    }
    return -1;
}

// The Chinese UI for the scope of one object.
class ChineseUi {
public:
    ChineseUi()
    {
        loaded_ = translator_.load(LanguageManager::translationResource(Language::SimplifiedChinese));
        QCoreApplication::installTranslator(&translator_);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    ~ChineseUi()
    {
        QCoreApplication::removeTranslator(&translator_);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    bool loaded() const { return loaded_; }

private:
    QTranslator translator_;
    bool loaded_ = false;
};

bool hasLatinWord(const QString& text)
{
    // An English sentence leaks as a run of Latin letters; SKUs, numbers, units ("ml") and the
    // listing's own English words are quoted values, so only look outside the quotes.
    QString outside;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QChar(0x201C) || c == QChar(0x201D)) {
            quoted = c == QChar(0x201C);
            continue;
        }
        if (!quoted)
            outside += c;
    }
    int run = 0;
    for (const QChar c : outside) {
        run = (c.isLetter() && c.unicode() < 128) ? run + 1 : 0;
        if (run >= 4)
            return true;
    }
    return false;
}

} // namespace

void AuditPanelTest::kindFilterListsEveryKindAndFiltersTheTable()
{
    JobRunner runner;
    QUndoStack undoStack;
    AuditPanel panel;
    QVERIFY(auditIn(panel, runner, undoStack, shopPath_));
    QCOMPARE(panel.kindFilter()->count(), 6); // All kinds + price, title, description, stock, missing
    const std::vector<Finding> findings = coreAudit(shopPath_);
    for (int item = 1; item < panel.kindFilter()->count(); ++item) {
        const auto kind = static_cast<FindingKind>(panel.kindFilter()->itemData(item).toInt());
        QCOMPARE(panel.kindFilter()->itemText(item), FindingTableModel::kindText(kind));
        panel.kindFilter()->setCurrentIndex(item);
        int expected = 0;
        for (const Finding& finding : findings)
            expected += finding.kind == kind;
        QCOMPARE(panel.findingProxy()->rowCount(), expected);
        for (int row = 0; row < panel.findingProxy()->rowCount(); ++row)
            QCOMPARE(panel.findingProxy()->index(row, FindingTableModel::Kind).data().toString(),
                FindingTableModel::kindText(kind));
    }
    // The tiny shop plants wrong description facts: that filter is not empty.
    panel.kindFilter()->setCurrentIndex(
        panel.kindFilter()->findData(static_cast<int>(FindingKind::DescriptionFactMismatch)));
    QVERIFY(panel.findingProxy()->rowCount() > 0);
    panel.kindFilter()->setCurrentIndex(0);
    QCOMPARE(panel.findingProxy()->rowCount(), int(findings.size()));
}

void AuditPanelTest::panelAppliesAndUndoesADescriptionFix()
{
    const QString path = dir_.filePath(QStringLiteral("describe.omnistore"));
    uitest::createTinyShop(path);
    const std::vector<Finding> before = coreAudit(path);
    JobRunner runner;
    QUndoStack undoStack;
    AuditPanel panel;
    QVERIFY(auditIn(panel, runner, undoStack, path));
    QSignalSpy audited(&panel, &AuditPanel::auditFinished);
    QSignalSpy written(&panel, &AuditPanel::fixWritten);

    const int proxyRow = proxyRowOf(panel, [](const Finding& finding) {
        return finding.fixField == FixField::Description && !finding.replacement.empty();
    });
    QVERIFY(proxyRow >= 0);
    const Finding fixed = panel.findingModel()->finding(
        panel.findingProxy()->mapToSource(panel.findingProxy()->index(proxyRow, 0)).row());
    // The fix column shows the one edit, the tooltip the whole text it writes.
    QCOMPARE(panel.findingProxy()->index(proxyRow, FindingTableModel::Fix).data().toString(),
        FindingTableModel::fixText(fixed));
    QVERIFY(FindingTableModel::fixText(fixed).contains(toQString(fixed.replacement)));
    QCOMPARE(panel.findingProxy()->index(proxyRow, FindingTableModel::Fix).data(Qt::ToolTipRole).toString(),
        toQString(fixed.suggestedFix));
    std::string original;
    {
        const store::Store store = store::Store::openReadOnly(path.toStdString());
        original = store::ProductRepository(store.db()).findListing(fixed.productId, fixed.channelCode)->description;
    }

    panel.findingTable()->selectRow(proxyRow);
    QVERIFY(panel.applySelectedFix());
    QVERIFY(undoStack.text(0).contains(toQString(fixed.sku)));
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 30000);
    QCOMPARE(written.at(0).at(0).toString(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(audited.count(), 1, 30000);
    {
        const store::Store store = store::Store::openReadOnly(path.toStdString());
        const auto listing = store::ProductRepository(store.db()).findListing(fixed.productId, fixed.channelCode);
        QCOMPARE(toQString(listing->description), toQString(fixed.suggestedFix));
        QCOMPARE(toQString(listing->description.substr(0, fixed.claimBegin)), toQString(original.substr(0, fixed.claimBegin)));
    }
    QVERIFY(!modelKeys(*panel.findingModel()).contains(key(fixed)));

    undoStack.undo();
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 2, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(audited.count(), 2, 30000);
    {
        const store::Store store = store::Store::openReadOnly(path.toStdString());
        QCOMPARE(toQString(
                     store::ProductRepository(store.db()).findListing(fixed.productId, fixed.channelCode)->description),
            toQString(original));
    }
    QCOMPARE(modelKeys(*panel.findingModel()), coreKeys(before));
}

void AuditPanelTest::chineseUiWordsFindingsInChinese()
{
    ChineseUi chinese;
    QVERIFY(chinese.loaded());
    JobRunner runner;
    QUndoStack undoStack;
    AuditPanel panel;
    QVERIFY(auditIn(panel, runner, undoStack, shopPath_));
    QVERIFY(panel.findingModel()->rowCount() > 0);
    QCOMPARE(panel.runButton()->text(), QCoreApplication::translate("omni::ui::AuditPanel", "Run audit"));
    QVERIFY(panel.runButton()->text() != QStringLiteral("Run audit"));
    bool sawDescription = false;
    for (int row = 0; row < panel.findingModel()->rowCount(); ++row) {
        const Finding& finding = panel.findingModel()->finding(row);
        const QString text = panel.findingModel()->index(row, FindingTableModel::Message).data().toString();
        QVERIFY2(!hasLatinWord(text), qPrintable(text));
        QVERIFY2(text != toQString(finding.message), qPrintable(text));
        // Channels read as the store names them in Chinese, not by their codes.
        const QString channel = panel.findingModel()->index(row, FindingTableModel::Channel).data().toString();
        QVERIFY2(channel != toQString(finding.channelCode), qPrintable(channel));
        if (finding.kind == FindingKind::DescriptionFactMismatch) {
            sawDescription = true;
            QVERIFY(text.contains(toQString(finding.listingValue)));
            QVERIFY(text.contains(FindingTableModel::factText(finding.fact)));
            QVERIFY(!hasLatinWord(FindingTableModel::factText(finding.fact)));
        }
    }
    QVERIFY(sawDescription);
}

void AuditPanelTest::screenshotsInBothLanguages()
{
    const QString out = qEnvironmentVariable("OMNI_AUDIT_SCREENSHOTS");
    if (out.isEmpty())
        QSKIP("set OMNI_AUDIT_SCREENSHOTS=DIR to grab the panel");
    for (const bool zh : { false, true }) {
        std::unique_ptr<ChineseUi> chinese;
        if (zh)
            chinese = std::make_unique<ChineseUi>();
        JobRunner runner;
        QUndoStack undoStack;
        AuditPanel panel;
        panel.resize(1400, 520);
        panel.show();
        QVERIFY(auditIn(panel, runner, undoStack, shopPath_));
        panel.findingTable()->selectRow(0);
        QTest::qWait(50);
        QVERIFY(panel.grab().save(QDir(out).filePath(zh ? QStringLiteral("audit_zh.png") : QStringLiteral("audit_en.png"))));
    }
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
