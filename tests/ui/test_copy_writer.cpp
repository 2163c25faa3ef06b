// SPDX-License-Identifier: GPL-3.0-or-later
// The Products page's copy writer on a tiny generated shop with a tiny copy model trained in the
// test: the candidate model passes QAbstractItemModelTester; the fact-check view marks claims; a
// store without a copy model shows the empty state and trains one from the panel; Generate streams
// text into the editor before the job ends and ends on the best candidate; Cancel stops the job;
// Accept writes the listing field and a generated_copy row, undo restores the text and removes the
// row, redo writes them again; a rejected candidate cannot be accepted.
#include "testing_support.h"

#include "format.h"
#include "main_window.h"
#include "pages/products_page.h"
#include "models/copy_candidate_table_model.h"
#include "models/roles.h"
#include "store/generated_copy_repository.h"
#include "store/model_repository.h"
#include "store/product_repository.h"
#include "startup_options.h"
#include "store/store.h"
#include "widgets/copy_writer_panel.h"
#include "widgets/fact_check_text_view.h"
#include "workers/copy_stream_forwarder.h"
#include "workers/job_runner.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextEdit>
#include <QUndoStack>

using namespace omni;
using namespace omni::ui;

namespace {

text::CopyTrainingOptions tinyTraining()
{
    text::CopyTrainingOptions options;
    options.vocabularySize = 400;
    options.layers = 1;
    options.modelWidth = 32;
    options.heads = 2;
    options.contextLength = 96;
    options.epochs = 1;
    options.batchSize = 16;
    options.learningRate = 1e-2;
    options.maxCorpusTexts = 400;
    options.device = runtime::DevicePreference::Cpu;
    options.cpuThreads = 1;
    return options;
}

text::Claim claim(size_t begin, size_t end, text::FactKind kind, const std::string& written, bool supported)
{
    text::Claim made;
    made.begin = begin;
    made.end = end;
    made.kind = kind;
    made.text = written;
    made.supported = supported;
    if (!supported) {
        made.expected = "38, 39";
        made.why = "size 42 is not among the product's sizes (38, 39)";
    }
    return made;
}

// Two hand-made candidates: a clean one, and one with an unsupported size that ranking rejected.
std::vector<text::CopyCandidate> handmadeCandidates()
{
    text::CopyCandidate clean;
    clean.text = "Navy linen shirt";
    clean.check.claims.push_back(claim(0, 4, text::FactKind::Colour, "Navy", true));
    clean.coverage = 0.5;
    clean.meanLogProb = -1.25;
    text::CopyCandidate wrong;
    wrong.text = "藏青色 衬衫 42码";
    const size_t at = wrong.text.find("42");
    wrong.check.claims.push_back(claim(0, std::string("藏青色").size(), text::FactKind::Colour, "藏青色", true));
    wrong.check.claims.push_back(claim(at, at + 2, text::FactKind::Size, "42", false));
    wrong.rejected = true;
    wrong.rejectReason = "unsupported size";
    wrong.meanLogProb = -2.5;
    return {clean, wrong};
}

qint64 firstListedProduct(const QString& path, std::string* channel)
{
    const store::Store store = store::Store::openReadOnly(path.toStdString());
    const std::vector<store::Listing> listings = store::ProductRepository(store.db()).allListings();
    if (listings.empty())
        return -1;
    *channel = listings.front().channelCode;
    return listings.front().productId;
}

} // namespace

class CopyWriterTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void candidateModelPassesTester();
    void factCheckViewMarksClaims();
    void emptyStoreTrainsFromThePanel();
    void generateStreamsTokenByToken();
    void cancelStopsGeneration();
    void panelClosedWhileGenerating();
    void acceptUndoRedo();
    void rejectedCandidateCannotBeAccepted();
    void screenshotOptionShowsTheCopyWriter();
    void unfitGpt2FolderIsExplained();
    void productsPageHasTheCopyWriterTab();

private:
    void openPanel(CopyWriterPanel& panel);

    QTemporaryDir dir_;
    QString shopPath_;
    qint64 productId_ = -1;
    std::string channel_;
    JobRunner runner_;
    QUndoStack undoStack_;
};

void CopyWriterTest::initTestCase()
{
    QVERIFY(dir_.isValid());
    uitest::setUpApplication(dir_);
    shopPath_ = dir_.filePath(QStringLiteral("tiny.omnistore"));
    uitest::createTinyShop(shopPath_);
    productId_ = firstListedProduct(shopPath_, &channel_);
    QVERIFY(productId_ > 0);
}

void CopyWriterTest::openPanel(CopyWriterPanel& panel)
{
    QSignalSpy loaded(&panel, &CopyWriterPanel::contextLoaded);
    panel.attach(&runner_, &undoStack_);
    panel.setStorePath(shopPath_);
    panel.setProductId(productId_);
    QTRY_VERIFY_WITH_TIMEOUT(panel.contextReady() && loaded.count() >= 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.targets().empty(), 30000);
}

void CopyWriterTest::candidateModelPassesTester()
{
    CopyCandidateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCandidates(handmadeCandidates());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(CopyCandidateTableModel::ColumnCount));
    QCOMPARE(model.index(0, CopyCandidateTableModel::Rank).data().toInt(), 1);
    QCOMPARE(model.index(0, CopyCandidateTableModel::Text).data().toString(), QStringLiteral("Navy linen shirt"));
    QCOMPARE(model.index(0, CopyCandidateTableModel::Unsupported).data().toInt(), 0);
    QCOMPARE(model.index(1, CopyCandidateTableModel::Unsupported).data().toInt(), 1);
    QCOMPARE(model.index(1, CopyCandidateTableModel::Fluency).data(SortRole).toDouble(), -2.5);
    QVERIFY(model.index(1, CopyCandidateTableModel::Rejected).data().toString()
            != model.index(0, CopyCandidateTableModel::Rejected).data().toString());
    QVERIFY(!model.headerData(CopyCandidateTableModel::Coverage, Qt::Horizontal).toString().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void CopyWriterTest::factCheckViewMarksClaims()
{
    FactCheckTextView view;
    const text::CopyCandidate wrong = handmadeCandidates()[1];
    view.showCandidate(wrong.text, wrong.check);
    QCOMPARE(view.toPlainText(), toQString(wrong.text));
    QCOMPARE(view.unsupportedMarks(), 1);
    QCOMPARE(view.supportedMarks(), 1);
    // The claim's byte offsets land on the right characters: "42" in the Chinese text.
    const int at = view.toPlainText().indexOf(QStringLiteral("42"));
    QVERIFY(at > 0);
    QVERIFY(view.claimToolTipAt(at).contains(QStringLiteral("size 42 is not among")));
    QVERIFY(view.claimToolTipAt(at).contains(QStringLiteral("38, 39")));
    QVERIFY(!view.claimToolTipAt(1).isEmpty());    // inside 藏青色: supported
    QVERIFY(view.claimToolTipAt(at - 2).isEmpty()); // between the claims

    // Showing candidates one after another leaves no mark where the new text has no claim.
    auto backgroundAt = [&view](int position) {
        QTextCursor cursor(view.document());
        cursor.setPosition(position + 1); // charFormat() is the format of the character before
        return cursor.charFormat().background().style();
    };
    const text::CopyCandidate clean = handmadeCandidates()[0];
    view.showCandidate(clean.text, clean.check);
    QVERIFY(backgroundAt(0) != Qt::NoBrush); // "Navy": supported
    QCOMPARE(backgroundAt(6), Qt::NoBrush);  // "linen"
    view.showCandidate(wrong.text, wrong.check);
    QCOMPARE(backgroundAt(at - 2), Qt::NoBrush);
    QCOMPARE(view.unsupportedMarks(), 1);
}

void CopyWriterTest::emptyStoreTrainsFromThePanel()
{
    CopyWriterPanel panel;
    openPanel(panel);
    QVERIFY(!panel.hasCopyModel());
    QVERIFY(!panel.emptyState()->isHidden());
    // The tab fits the window's smallest size beside the page list (the window test uses 900 px).
    QVERIFY2(panel.minimumSizeHint().width() <= 640, qPrintable(QString::number(panel.minimumSizeHint().width())));
    QVERIFY(!panel.generateButton()->isEnabled());
    QVERIFY(!panel.generate());
    QVERIFY(panel.trainButton()->isEnabled());

    QSignalSpy trained(&panel, &CopyWriterPanel::trainingFinished);
    QSignalSpy failed(&runner_, &JobRunner::failed);
    QVERIFY(panel.trainCopyModel(tinyTraining()));
    QVERIFY(panel.cancelButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(trained.count(), 1, 300000);
    QCOMPARE(failed.count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(panel.hasCopyModel(), 30000);
    // A line per epoch with its loss and perplexity, then the summary.
    QVERIFY2(panel.trainingLog()->toPlainText().contains(QStringLiteral("Epoch 1")),
             qPrintable(panel.trainingLog()->toPlainText()));
    QVERIFY(panel.emptyState()->isHidden());
    QVERIFY(panel.generateButton()->isEnabled());
    const store::Store store = store::Store::openReadOnly(shopPath_.toStdString());
    QVERIFY(store::ModelRepository(store.db()).active(text::kCopyModelKind).has_value());
}

void CopyWriterTest::generateStreamsTokenByToken()
{
    CopyWriterPanel panel;
    openPanel(panel);
    QVERIFY(panel.hasCopyModel());
    panel.candidatesBox()->setValue(6);
    panel.styleBox()->setCurrentIndex(panel.styleBox()->findData(static_cast<int>(text::CopyStyle::WebDescription)));

    // What the editor held each time text arrived while the job was still running.
    QStringList whileRunning;
    connect(panel.streamForwarder(), &CopyStreamForwarder::textArrived, this, [&] {
        if (runner_.isRunning())
            whileRunning << panel.streamView()->toPlainText();
    });
    QSignalSpy finished(&panel, &CopyWriterPanel::generationFinished);
    QSignalSpy succeeded(&runner_, &JobRunner::succeeded);
    QVERIFY(panel.generate());
    QVERIFY(!panel.generate()); // one job at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QCOMPARE(succeeded.count(), 1);
    QVERIFY(panel.lastResult().has_value());
    const text::CopyResult& result = *panel.lastResult();
    QCOMPARE(int(result.candidates.size()), panel.candidateModel()->rowCount());
    QVERIFY(!result.candidates.empty());
    qInfo("%d candidates, best: %s (first token %.1f ms, %.0f tokens/s, %d text deliveries while running)",
          int(result.candidates.size()), result.candidates.front().text.c_str(), result.secondsToFirstToken * 1000,
          result.tokensPerSecond, int(whileRunning.size()));

    // The editor grew before the job finished: several deliveries, each longer or a new candidate.
    QVERIFY2(!whileRunning.isEmpty(), "no text reached the editor while the job was running");
    for (const QString& shown : whileRunning) {
        // Each time, the editor held the start of one candidate's text as the model wrote it.
        QVERIFY(!shown.isEmpty());
        bool prefix = false;
        for (const text::CopyCandidate& candidate : result.candidates)
            prefix = prefix || toQString(candidate.modelText).startsWith(shown);
        QVERIFY2(prefix, qPrintable(shown));
    }
    // Text came in batches, not as one event per token (at most one per 30 ms and per candidate).
    QVERIFY(panel.streamForwarder()->batchesDelivered() >= 1);
    // It ends on the best candidate as it would be written.
    QCOMPARE(panel.streamView()->toPlainText(), toQString(result.candidates.front().text));
    QVERIFY(!panel.statsLabel()->text().isEmpty());
    QVERIFY(result.tokensPerSecond > 0);
    // The best candidate is selected and shown with its plan.
    QCOMPARE(panel.candidateTable()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(panel.candidateView()->toPlainText(), toQString(result.candidates.front().text));
}

void CopyWriterTest::cancelStopsGeneration()
{
    CopyWriterPanel panel;
    openPanel(panel);
    panel.candidatesBox()->setValue(16);
    QSignalSpy finished(&panel, &CopyWriterPanel::generationFinished);
    QSignalSpy cancelled(&runner_, &JobRunner::cancelled);
    // Cancel as soon as the first text arrives: the job is mid-generation then.
    connect(panel.streamForwarder(), &CopyStreamForwarder::textArrived, &panel, [&panel] { panel.cancel(); });
    QVERIFY(panel.generate());
    QVERIFY(panel.cancelButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!panel.lastResult().has_value());
    QCOMPARE(panel.candidateModel()->rowCount(), 0);
    QVERIFY(!panel.acceptButton()->isEnabled());
    QVERIFY(!runner_.isRunning());
}

void CopyWriterTest::panelClosedWhileGenerating()
{
    auto* panel = new CopyWriterPanel;
    openPanel(*panel);
    panel->candidatesBox()->setValue(16);
    QSignalSpy finished(&runner_, &JobRunner::finished);
    QVERIFY(panel->generate());
    delete panel; // cancels and waits; the job's completion must not touch the panel
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(!runner_.isRunning());
}

void CopyWriterTest::acceptUndoRedo()
{
    CopyWriterPanel panel;
    openPanel(panel);
    panel.candidatesBox()->setValue(4);
    QSignalSpy finished(&panel, &CopyWriterPanel::generationFinished);
    QVERIFY(panel.generate());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY(panel.lastResult().has_value());

    // Accept the best clean candidate the model wrote; a tiny model may write none, and then the
    // product's own title (which the checker passes) stands in, with the real model and plan.
    text::CopyResult result = *panel.lastResult();
    int clean = -1;
    for (size_t i = 0; i < result.candidates.size() && clean < 0; ++i)
        if (!result.candidates[i].rejected && result.candidates[i].check.clean())
            clean = static_cast<int>(i);
    qInfo("clean candidate written by the model: %s", clean >= 0 ? "yes" : "no (the product's title stands in)");
    if (clean < 0) {
        const store::Store store = store::Store::openReadOnly(shopPath_.toStdString());
        text::CopyCandidate own;
        own.text = store::ProductRepository(store.db()).get(productId_)->titleEn + " (accepted)";
        result.candidates.insert(result.candidates.begin(), own);
        panel.showResult(result, panel.currentSettings(), productId_);
        clean = 0;
    }
    panel.candidateTable()->selectRow(clean);
    const std::string accepted = result.candidates[static_cast<size_t>(clean)].text;

    text::CopyTarget target;
    target.channelCode = channel_;
    target.field = text::CopyField::Title;
    panel.selectTarget(target);
    QVERIFY2(panel.acceptBlocker().isEmpty(), qPrintable(panel.acceptBlocker()));
    QVERIFY(panel.acceptButton()->isEnabled());

    auto listingTitle = [this] {
        const store::Store store = store::Store::openReadOnly(shopPath_.toStdString());
        return store::ProductRepository(store.db()).findListing(productId_, channel_)->title;
    };
    auto copyRows = [this] {
        const store::Store store = store::Store::openReadOnly(shopPath_.toStdString());
        return store::GeneratedCopyRepository(store.db()).forProduct(productId_);
    };
    const std::string before = listingTitle();
    const size_t rowsBefore = copyRows().size();
    QVERIFY(before != accepted);

    QSignalSpy written(&panel, &CopyWriterPanel::copyWritten);
    const int undoBefore = undoStack_.count();
    QVERIFY(panel.acceptSelected());
    QCOMPARE(undoStack_.count(), undoBefore + 1);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 30000);
    QCOMPARE(written.at(0).at(0).toString(), QString());
    QCOMPARE(listingTitle(), accepted);
    std::vector<store::GeneratedCopy> rows = copyRows();
    QCOMPARE(rows.size(), rowsBefore + 1);
    QCOMPARE(rows.front().text, accepted);
    QCOMPARE(rows.front().previousText, before);
    QVERIFY(rows.front().channelCode == channel_);
    QCOMPARE(rows.front().field, std::string("title"));
    QCOMPARE(rows.front().modelLabel, result.modelLabel);
    QVERIFY(rows.front().modelId == result.modelId);
    QVERIFY(rows.front().settingsJson.find("\"seed\"") != std::string::npos);
    QVERIFY(rows.front().factCheckJson.find("\"unsupported\":0") != std::string::npos);

    undoStack_.undo();
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 2, 30000);
    QCOMPARE(written.at(1).at(0).toString(), QString());
    QCOMPARE(listingTitle(), before);
    QCOMPARE(copyRows().size(), rowsBefore);

    undoStack_.redo();
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 3, 30000);
    QCOMPARE(written.at(2).at(0).toString(), QString());
    QCOMPARE(listingTitle(), accepted);
    QCOMPARE(copyRows().size(), rowsBefore + 1);

    undoStack_.undo(); // leave the shop as it was for the other tests
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 4, 30000);
    QCOMPARE(listingTitle(), before);
}

void CopyWriterTest::rejectedCandidateCannotBeAccepted()
{
    CopyWriterPanel panel;
    openPanel(panel);
    text::CopyResult result;
    result.modelLabel = "copy_lm v1";
    result.candidates = handmadeCandidates();
    panel.showResult(result, panel.currentSettings(), productId_);
    text::CopyTarget target;
    target.channelCode = channel_;
    target.field = text::CopyField::Title;
    panel.selectTarget(target);

    panel.candidateTable()->selectRow(1); // the rejected one
    QVERIFY(!panel.acceptButton()->isEnabled());
    QVERIFY(panel.acceptBlocker().contains(QStringLiteral("size 42 is not among")));
    QVERIFY(!panel.acceptButton()->toolTip().isEmpty());
    const int undoBefore = undoStack_.count();
    QVERIFY(!panel.acceptSelected());
    QCOMPARE(undoStack_.count(), undoBefore);
    QCOMPARE(panel.candidateView()->unsupportedMarks(), 1);

    panel.candidateTable()->selectRow(0); // the clean one can
    QVERIFY(panel.acceptButton()->isEnabled());
}

void CopyWriterTest::screenshotOptionShowsTheCopyWriter()
{
    const StartupParse parsed = parseStartupOptions(
        {QStringLiteral("omniconsole"), QStringLiteral("--screenshot"), QStringLiteral("a.png"),
         QStringLiteral("--copy-writer")});
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QVERIFY(parsed.options.copyWriter);
    QCOMPARE(parsed.options.screenshotPage, MainWindow::Page::Products);
    const StartupParse alone =
        parseStartupOptions({QStringLiteral("omniconsole"), QStringLiteral("--copy-writer")});
    QVERIFY(alone.error.contains(QStringLiteral("--screenshot")));
}

void CopyWriterTest::unfitGpt2FolderIsExplained()
{
    CopyWriterPanel panel;
    openPanel(panel);
    const QString folder = dir_.filePath(QStringLiteral("not-a-model"));
    QVERIFY(QDir().mkpath(folder));
    panel.setGpt2Folder(folder);
    QCOMPARE(panel.modelSourceBox()->currentText(), QStringLiteral("GPT-2 folder: not-a-model"));
    QSignalSpy finished(&panel, &CopyWriterPanel::generationFinished);
    QVERIFY(panel.generate());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    // The merchant reads which file is missing.
    QVERIFY2(panel.statusLabel()->text().contains(QStringLiteral("model.safetensors")),
             qPrintable(panel.statusLabel()->text()));
    QVERIFY(!panel.lastResult().has_value());
    panel.setGpt2Folder(QString()); // back to the store's model (remembered in the settings)
    QCOMPARE(panel.modelSourceBox()->currentIndex(), 0);
}

void CopyWriterTest::productsPageHasTheCopyWriterTab()
{
    ProductsPage page;
    QVERIFY(page.findChild<CopyWriterPanel*>() == nullptr); // attach() installs it
    page.attach(&runner_, &undoStack_);
    auto* panel = page.findChild<CopyWriterPanel*>();
    QVERIFY(panel != nullptr);
    const int tab = page.tabs()->indexOf(panel);
    QVERIFY(tab >= 2); // after Catalog and Consistency audit
    QCOMPARE(page.tabs()->tabText(tab), CopyWriterPanel::tabTitle());

    QSignalSpy loaded(&page, &StorePage::loaded);
    page.resize(1200, 800);
    page.show();
    page.setStorePath(shopPath_);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 60000);
    QVERIFY(page.currentProductId() > 0);
    // The panel writes for the product the catalogue shows, with the store's copy model.
    QTRY_VERIFY_WITH_TIMEOUT(panel->contextReady() && panel->hasProduct(), 30000);
    QVERIFY(panel->hasCopyModel());
    page.tabs()->setCurrentIndex(tab);
    QVERIFY(panel->generateButton()->isEnabled());
}

QTEST_MAIN(CopyWriterTest)
#include "test_copy_writer.moc"
