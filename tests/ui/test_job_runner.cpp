// SPDX-License-Identifier: GPL-3.0-or-later
// JobRunner: progress made on the worker thread reaches the GUI thread, in order and throttled;
// Cancel (the panel's button) stops a job through the core's cancellation flag; failures carry the
// core's text; and an import of a bad file reports file:line and leaves the store as it was.
#include "testing_support.h"

#include "app_settings.h"
#include "language_manager.h"
#include "main_window.h"
#include "widgets/job_progress_panel.h"
#include "workers/job_runner.h"
#include "workers/store_jobs.h"

#include <QFile>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

using namespace omni;
using namespace omni::ui;

namespace {
constexpr int kTimeoutMs = 60000;

void writeText(const QString& path, const QByteArray& text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}
} // namespace

class JobRunnerTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void progressReachesTheGuiThreadInOrder();
    void frequentProgressIsThrottledButTheLastStepArrives();
    void cancelButtonStopsTheJob();
    void failureCarriesTheJobsMessage();
    void onlyOneJobRunsAtATime();
    void completionMayStartTheNextJob();
    void badImportNamesFileAndLineAndKeepsTheStore();
    void goodImportRefreshesTheCounts();
    void exportWritesTheTable();

private:
    QTemporaryDir dir_;
};

void JobRunnerTest::initTestCase()
{
    QVERIFY(dir_.isValid());
    uitest::setUpApplication(dir_);
}

void JobRunnerTest::progressReachesTheGuiThreadInOrder()
{
    JobRunner runner;
    QStringList stages;
    QList<QThread*> threads;
    qint64 lastDone = -1;
    connect(&runner, &JobRunner::progressChanged, this, [&](qint64 done, qint64 total, const QString& stage) {
        threads << QThread::currentThread();
        stages << stage;
        QCOMPARE(total, 4);
        lastDone = done;
    });
    QSignalSpy succeeded(&runner, &JobRunner::succeeded);
    std::atomic<QThread*> workerThread{nullptr};
    QVERIFY(runner.start(QStringLiteral("Counting"), [&workerThread](const runtime::JobContext& job) {
        workerThread = QThread::currentThread();
        for (int i = 1; i <= 4; ++i)
            job.step(i, 4, "stage " + std::to_string(i)); // each stage change gets through
        return QStringLiteral("counted");
    }));
    QVERIFY(runner.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, kTimeoutMs);
    QCOMPARE(succeeded.at(0).at(0).toString(), QStringLiteral("counted"));
    QVERIFY(!runner.isRunning());
    QVERIFY(workerThread.load() != nullptr);
    QVERIFY(workerThread.load() != QThread::currentThread()); // the job ran off the GUI thread...
    QCOMPARE(threads.size(), 4);
    for (QThread* thread : threads)
        QCOMPARE(thread, QThread::currentThread()); // ...and its progress arrived on it
    QCOMPARE(stages, (QStringList{"stage 1", "stage 2", "stage 3", "stage 4"}));
    QCOMPARE(lastDone, 4);
}

void JobRunnerTest::frequentProgressIsThrottledButTheLastStepArrives()
{
    JobRunner runner;
    QList<qint64> received;
    connect(&runner, &JobRunner::progressChanged, this, [&](qint64 done, qint64, const QString&) { received << done; });
    QSignalSpy finished(&runner, &JobRunner::finished);
    constexpr int64_t kSteps = 200000;
    runner.start(QStringLiteral("Busy"), [](const runtime::JobContext& job) {
        for (int64_t i = 1; i <= kSteps; ++i)
            job.step(i, kSteps, "working");
        return QString();
    });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    QVERIFY(!received.isEmpty());
    QVERIFY2(received.size() < 1000, qPrintable(QString::number(received.size())));
    QCOMPARE(received.last(), kSteps);
    QVERIFY(std::is_sorted(received.begin(), received.end()));
}

void JobRunnerTest::cancelButtonStopsTheJob()
{
    JobRunner runner;
    JobProgressPanel panel(&runner);
    panel.show();
    QSignalSpy progress(&runner, &JobRunner::progressChanged);
    QSignalSpy cancelled(&runner, &JobRunner::cancelled);
    QSignalSpy succeeded(&runner, &JobRunner::succeeded);
    std::atomic<int> stepsTaken{0};
    runner.start(QStringLiteral("Endless"), [&stepsTaken](const runtime::JobContext& job) {
        // Would run for ten minutes if Cancel did nothing.
        for (int i = 0; i < 60000; ++i) {
            job.step(i, 60000, "waiting");
            ++stepsTaken;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        return QStringLiteral("not cancelled");
    });
    QVERIFY(panel.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0, kTimeoutMs);
    QCOMPARE(panel.stageText(), QStringLiteral("Endless: waiting"));
    QVERIFY(panel.cancelButton()->isEnabled());

    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QVERIFY(!panel.cancelButton()->isEnabled());
    QCOMPARE(panel.stageText(), QStringLiteral("Endless: cancelling…"));
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, kTimeoutMs);
    QCOMPARE(succeeded.count(), 0);
    QVERIFY(stepsTaken.load() < 60000);
    QVERIFY(!runner.isRunning());
    QVERIFY(!panel.isVisible());
}

void JobRunnerTest::failureCarriesTheJobsMessage()
{
    JobRunner runner;
    QSignalSpy failed(&runner, &JobRunner::failed);
    std::optional<JobOutcome> outcome;
    runner.start(
        QStringLiteral("Writing"),
        [](const runtime::JobContext&) -> QString { throw std::runtime_error("disk full while writing shop.omni"); },
        [&outcome](const JobOutcome& result) { outcome = result; });
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeoutMs);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("disk full while writing shop.omni"));
    QVERIFY(outcome.has_value());
    QCOMPARE(outcome->status, JobOutcome::Status::Failed);
    QCOMPARE(outcome->message, QStringLiteral("disk full while writing shop.omni"));
}

void JobRunnerTest::onlyOneJobRunsAtATime()
{
    JobRunner runner;
    std::atomic<bool> release{false};
    QSignalSpy finished(&runner, &JobRunner::finished);
    QVERIFY(runner.start(QStringLiteral("First"), [&release](const runtime::JobContext&) {
        while (!release)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return QString();
    }));
    QVERIFY(!runner.start(QStringLiteral("Second"), [](const runtime::JobContext&) { return QString(); }));
    QCOMPARE(runner.title(), QStringLiteral("First"));
    release = true;
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    QVERIFY(runner.start(QStringLiteral("Third"), [](const runtime::JobContext&) { return QString(); }));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kTimeoutMs);
}

void JobRunnerTest::completionMayStartTheNextJob()
{
    // The window chains "create the sample shop" into "open the store" this way; the panel must
    // stay visible for the second job rather than be hidden by the first one's "finished".
    JobRunner runner;
    JobProgressPanel panel(&runner);
    panel.show();
    std::atomic<bool> release{false};
    QSignalSpy succeeded(&runner, &JobRunner::succeeded);
    runner.start(QStringLiteral("One"), [](const runtime::JobContext&) { return QStringLiteral("one"); },
                 [&](const JobOutcome&) {
                     runner.start(QStringLiteral("Two"), [&release](const runtime::JobContext&) {
                         while (!release)
                             std::this_thread::sleep_for(std::chrono::milliseconds(1));
                         return QStringLiteral("two");
                     });
                 });
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, kTimeoutMs);
    QTest::qWait(20);
    QVERIFY(runner.isRunning());
    QVERIFY(panel.isVisible());
    QCOMPARE(panel.stageText(), QStringLiteral("Two"));
    release = true;
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 2, kTimeoutMs);
    QVERIFY(!panel.isVisible());
}

void JobRunnerTest::badImportNamesFileAndLineAndKeepsTheStore()
{
    const QString storePath = dir_.filePath(QStringLiteral("import-bad.omni"));
    uitest::createHandmadeStore(storePath);
    const store::TableCounts before = uitest::storeCounts(storePath);

    // Line 2 is fine; line 3 has an event type the importer does not know.
    const QString csv = dir_.filePath(QStringLiteral("bad_events.csv"));
    writeText(csv, "channel,external_id,type,ts,session_id,sku,dwell_ms,query\n"
                   "web,alice@web,view,2026-03-01T10:00:00Z,s1,SKU-A,4200,\n"
                   "web,alice@web,teleport,2026-03-01T10:01:00Z,s1,SKU-A,0,\n");

    AppSettings settings;
    LanguageManager languages;
    languages.setLanguage(Language::English);
    MainWindow window(settings, languages);
    window.show();
    QSignalSpy opened(&window, &MainWindow::storeOpened);
    window.openStore(storePath);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kTimeoutMs);

    QSignalSpy errors(&window, &MainWindow::errorShown);
    io::ImportOptions options;
    options.kind = io::ImportKind::Events;
    options.path = csv.toStdString();
    window.startImport(options);
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, kTimeoutMs);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("bad_events.csv:3")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("type")), qPrintable(message));
    // The message box shows the core's text as it is.
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("errorMessageBox"));
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->text(), message);
    QCOMPARE(box->windowTitle(), QStringLiteral("Importing failed"));
    box->close();

    // One transaction per file: the good line 2 was not kept either.
    QCOMPARE(uitest::storeCounts(storePath).events, before.events);
}

void JobRunnerTest::goodImportRefreshesTheCounts()
{
    const QString storePath = dir_.filePath(QStringLiteral("import-good.omni"));
    uitest::createHandmadeStore(storePath);
    const store::TableCounts before = uitest::storeCounts(storePath);
    const QString csv = dir_.filePath(QStringLiteral("events.csv"));
    writeText(csv, "channel,external_id,type,ts,session_id,sku,dwell_ms,query\n"
                   "web,alice@web,view,2026-03-01T10:00:00Z,s1,SKU-A,4200,\n"
                   "web,bob@web,search,2026-03-01T10:01:00Z,s2,,0,wool scarf\n");

    AppSettings settings;
    LanguageManager languages;
    languages.setLanguage(Language::English);
    MainWindow window(settings, languages);
    window.show();
    QSignalSpy opened(&window, &MainWindow::storeOpened);
    QSignalSpy counts(&window, &MainWindow::countsLoaded);
    window.openStore(storePath);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(counts.count(), 1, kTimeoutMs);

    QSignalSpy succeeded(window.jobRunner(), &JobRunner::succeeded);
    io::ImportOptions options;
    options.kind = io::ImportKind::Events;
    options.path = csv.toStdString();
    window.startImport(options);
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, kTimeoutMs);
    QVERIFY(succeeded.at(0).at(0).toString().startsWith(QStringLiteral("Imported events.csv: 2 rows read")));
    QCOMPARE(uitest::storeCounts(storePath).events, before.events + 2);
    // The window reloads what it shows: the status bar counts the new events.
    QTRY_COMPARE_WITH_TIMEOUT(counts.count(), 2, kTimeoutMs);
}

void JobRunnerTest::exportWritesTheTable()
{
    const QString storePath = dir_.filePath(QStringLiteral("export.omni"));
    uitest::createHandmadeStore(storePath);
    const QString csv = dir_.filePath(QStringLiteral("out/products.csv"));
    QDir().mkpath(QFileInfo(csv).absolutePath());
    JobRunner runner;
    QSignalSpy succeeded(&runner, &JobRunner::succeeded);
    QSignalSpy progress(&runner, &JobRunner::progressChanged);
    runner.start(QStringLiteral("Exporting"), StoreJobs::exportTable(storePath, QStringLiteral("products"), csv));
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, kTimeoutMs);
    QVERIFY(succeeded.at(0).at(0).toString().startsWith(QStringLiteral("Exported 3 rows")));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // header and three products
    QVERIFY(lines.at(1).contains("SKU-A"));
    // The exporter's stage ("exporting products") reached the GUI, translated through JobStage.
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(2).toString(), QStringLiteral("exporting products"));
}

QTEST_MAIN(JobRunnerTest)
#include "test_job_runner.moc"
