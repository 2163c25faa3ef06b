// SPDX-License-Identifier: GPL-3.0-or-later
// The dialogs: Import shows the importer's own column help for each kind and only accepts an
// existing file; Export lists the exporter's tables and suggests a file name; New store refuses to
// overwrite a file; About names the version, the licence and the libraries.
#include "testing_support.h"

#include "dialogs/about_dialog.h"
#include "dialogs/export_dialog.h"
#include "dialogs/import_dialog.h"
#include "dialogs/import_help.h"
#include "dialogs/new_store_dialog.h"
#include "dialogs/train_dialog.h"
#include "format.h"
#include "io/exporter.h"
#include "io/importer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace omni;
using namespace omni::ui;

namespace {
QPushButton* okButton(QDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}
} // namespace

class DialogsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void importDialogShowsEachKindsColumns();
    void importHelpReadsTheImportersColumnList();
    void importDialogNeedsAnExistingFile();
    void exportDialogListsTheExportableTables();
    void newStoreDialogNeverOverwritesAFile();
    void aboutNamesVersionLicenceAndCredits();
    void trainDialogOffersTheAutomaticLossFirst();

private:
    QTemporaryDir dir_;
};

void DialogsTest::initTestCase()
{
    QVERIFY(dir_.isValid());
    uitest::setUpApplication(dir_);
}

void DialogsTest::importDialogShowsEachKindsColumns()
{
    ImportDialog dialog;
    auto* kinds = dialog.findChild<QComboBox*>(QStringLiteral("importKind"));
    QCOMPARE(kinds->count(), static_cast<int>(io::allImportKinds().size()));
    for (const io::ImportKind kind : io::allImportKinds()) {
        dialog.setKind(kind);
        QCOMPARE(kinds->currentText(), ImportDialog::kindLabel(kind));
        QVERIFY(!kinds->currentText().isEmpty());
        // The columns are the importer's own, so the help cannot drift from what it accepts.
        QCOMPARE(dialog.columnsHelp(), ImportHelp::text(kind));
        if (kind != io::ImportKind::UserItemSequence) {
            const auto columns = ImportHelp::parseColumns(io::describeImportKind(kind));
            QVERIFY2(columns.has_value(), io::importKindName(kind));
            QVERIFY(!columns->required.isEmpty());
            for (const QString& column : columns->required + columns->optional)
                QVERIFY2(dialog.columnsHelp().contains(column), qPrintable(column));
        }
        QCOMPARE(dialog.options().kind, kind);
    }
    dialog.setKind(io::ImportKind::Events);
    QVERIFY(dialog.columnsHelp().startsWith(QStringLiteral("Required columns: channel, external_id, type, ts\n")));
}

void DialogsTest::importHelpReadsTheImportersColumnList()
{
    const auto products = ImportHelp::parseColumns(
        "Columns: sku, title_en, price (required); title_zh, brand, attr_<name>.... Timestamps are Unix seconds.");
    QVERIFY(products.has_value());
    QCOMPARE(products->required, (QStringList{"sku", "title_en", "price"}));
    QCOMPARE(products->optional, (QStringList{"title_zh", "brand", "attr_<name>..."}));
    const auto allRequired = ImportHelp::parseColumns("Columns: userId, movieId, rating, timestamp (required). Notes.");
    QVERIFY(allRequired.has_value());
    QCOMPARE(allRequired->required.size(), 4);
    QVERIFY(allRequired->optional.isEmpty());
    QVERIFY(!ImportHelp::parseColumns("Line layout: user item.").has_value());
}

void DialogsTest::importDialogNeedsAnExistingFile()
{
    ImportDialog dialog;
    QVERIFY(!okButton(dialog)->isEnabled());
    const QString missing = dir_.filePath(QStringLiteral("missing.csv"));
    dialog.setPath(missing);
    QVERIFY(!okButton(dialog)->isEnabled());
    const QString present = dir_.filePath(QStringLiteral("orders.jsonl"));
    QFile file(present);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    dialog.setPath(present);
    QVERIFY(okButton(dialog)->isEnabled());

    auto* formats = dialog.findChild<QComboBox*>(QStringLiteral("importFormat"));
    formats->setCurrentIndex(formats->findData(static_cast<int>(io::FileFormat::JsonLines)));
    dialog.setKind(io::ImportKind::Orders);
    const io::ImportOptions options = dialog.options();
    QCOMPARE(options.kind, io::ImportKind::Orders);
    QCOMPARE(options.format, io::FileFormat::JsonLines);
    QCOMPARE(QString::fromStdString(options.path), present);
}

void DialogsTest::exportDialogListsTheExportableTables()
{
    ExportDialog dialog;
    auto* tables = dialog.findChild<QComboBox*>(QStringLiteral("exportTable"));
    const std::vector<std::string> exportable = io::exportableTables();
    QCOMPARE(tables->count(), static_cast<int>(exportable.size()));
    for (int i = 0; i < tables->count(); ++i) {
        QCOMPARE(tables->itemData(i).toString(), toQString(exportable[static_cast<size_t>(i)]));
        QVERIFY(!tables->itemText(i).isEmpty());
    }
    // The suggested file follows the table until the user types a path of their own.
    dialog.setTable(QStringLiteral("customers"));
    QVERIFY(dialog.path().endsWith(QStringLiteral("/customers.csv")));
    QCOMPARE(ExportDialog::tableLabel(QStringLiteral("customers")), QStringLiteral("Customers"));
    dialog.setTable(QStringLiteral("products"));
    QVERIFY(dialog.path().endsWith(QStringLiteral("/products.csv")));
    const QString mine = dir_.filePath(QStringLiteral("my-export.csv"));
    dialog.setPath(mine);
    dialog.setTable(QStringLiteral("events"));
    QCOMPARE(dialog.path(), mine);
    QCOMPARE(dialog.table(), QStringLiteral("events"));
    QVERIFY(okButton(dialog)->isEnabled());
}

void DialogsTest::newStoreDialogNeverOverwritesAFile()
{
    NewStoreDialog dialog;
    QVERIFY(!okButton(dialog)->isEnabled());
    const QString existing = dir_.filePath(QStringLiteral("existing.omni"));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    dialog.setPath(existing);
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog.setPath(dir_.filePath(QStringLiteral("new.omni")));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!dialog.sampleSize().has_value()); // empty store unless a sample is chosen
    auto* contents = dialog.findChild<QComboBox*>();
    contents->setCurrentIndex(2);
    QCOMPARE(dialog.sampleSize(), std::optional<store::SampleShopSize>(store::SampleShopSize::Demo));
}

void DialogsTest::aboutNamesVersionLicenceAndCredits()
{
    AboutDialog dialog;
    const QString text = dialog.text();
    QVERIFY(text.contains(QStringLiteral("OmniConsole ") + QStringLiteral(OMNI_VERSION)));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral("QCustomPlot (GPL-3.0)")));
    QVERIFY(text.contains(QStringLiteral("LibTorch")));
    QVERIFY(text.contains(QStringLiteral("SQLite")));
}

void DialogsTest::trainDialogOffersTheAutomaticLossFirst()
{
    TrainDialog dialog(runtime::DevicePreference::Cpu);
    dialog.setKind("sasrec");
    auto* loss = dialog.findChild<QComboBox*>(QStringLiteral("lossBox"));
    QVERIFY(loss);
    QVERIFY(loss->isEnabled());
    // The core's default: softmax where the catalogue is small enough, sampled negatives above.
    QCOMPARE(dialog.hyperparameters().loss, recsys::LossKind::Automatic);
    QVERIFY(loss->currentText().contains(QLocale().toString(recsys::kAutomaticSoftmaxItems)));
    loss->setCurrentIndex(loss->findData(static_cast<int>(recsys::LossKind::FullSoftmax)));
    QCOMPARE(dialog.hyperparameters().loss, recsys::LossKind::FullSoftmax);
    loss->setCurrentIndex(loss->findData(static_cast<int>(recsys::LossKind::SampledNegatives)));
    QCOMPARE(dialog.hyperparameters().loss, recsys::LossKind::SampledNegatives);
}

QTEST_MAIN(DialogsTest)
#include "test_dialogs.moc"
