// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's command line and where the store comes from when none is given.
#include "testing_support.h"

#include "app_settings.h"
#include "startup_options.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace omni;
using namespace omni::ui;

class StartupOptionsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void defaultsWithoutArguments();
    void everyOptionIsRead();
    void badValuesAreRefusedWithTheReason_data();
    void badValuesAreRefusedWithTheReason();
    void storeComesFromTheCommandLineThenTheLastStoreThenTheDefault();

private:
    QTemporaryDir dir_;
};

void StartupOptionsTest::initTestCase()
{
    QVERIFY(dir_.isValid());
    uitest::setUpApplication(dir_);
}

void StartupOptionsTest::defaultsWithoutArguments()
{
    const StartupParse parsed = parseStartupOptions({QStringLiteral("omniconsole")});
    QVERIFY(parsed.error.isEmpty());
    QVERIFY(!parsed.exitNow);
    QVERIFY(parsed.options.storePath.isEmpty());
    QCOMPARE(parsed.options.sampleSize, store::SampleShopSize::Demo);
    QVERIFY(!parsed.options.language.has_value());
    QVERIFY(parsed.options.screenshotPath.isEmpty());
}

void StartupOptionsTest::everyOptionIsRead()
{
    const StartupParse parsed = parseStartupOptions(
        {QStringLiteral("omniconsole"), QStringLiteral("--store"), QStringLiteral("/data/shop.omni"),
         QStringLiteral("--sample-size"), QStringLiteral("tiny"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
         QStringLiteral("--screenshot"), QStringLiteral("out.png"), QStringLiteral("--page"),
         QStringLiteral("engagement")});
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.options.storePath, QStringLiteral("/data/shop.omni"));
    QCOMPARE(parsed.options.sampleSize, store::SampleShopSize::Tiny);
    QCOMPARE(parsed.options.language, std::optional<Language>(Language::SimplifiedChinese));
    QCOMPARE(parsed.options.screenshotPath, QStringLiteral("out.png"));
    QCOMPARE(parsed.options.screenshotPage, MainWindow::Page::Engagement);
    QVERIFY(!parsed.options.audit);

    // --audit shows the Products page (its audit tab), whatever --page said.
    const StartupParse audit = parseStartupOptions({QStringLiteral("omniconsole"), QStringLiteral("--screenshot"),
        QStringLiteral("out.png"), QStringLiteral("--page"), QStringLiteral("models"), QStringLiteral("--audit")});
    QVERIFY2(audit.error.isEmpty(), qPrintable(audit.error));
    QVERIFY(audit.options.audit);
    QCOMPARE(audit.options.screenshotPage, MainWindow::Page::Products);
}

void StartupOptionsTest::badValuesAreRefusedWithTheReason_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("size") << QStringList{"--sample-size", "huge"} << QStringLiteral("'huge'");
    QTest::newRow("large is for benchmarks") << QStringList{"--sample-size", "large"} << QStringLiteral("'large'");
    QTest::newRow("language") << QStringList{"--lang", "fr"} << QStringLiteral("'fr'");
    QTest::newRow("page") << QStringList{"--screenshot", "a.png", "--page", "orders"} << QStringLiteral("'orders'");
    QTest::newRow("page without screenshot") << QStringList{"--page", "models"} << QStringLiteral("--screenshot");
    QTest::newRow("audit without screenshot") << QStringList{"--audit"} << QStringLiteral("--screenshot");
    QTest::newRow("unknown option") << QStringList{"--colour", "blue"} << QStringLiteral("colour");
}

void StartupOptionsTest::badValuesAreRefusedWithTheReason()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    arguments.prepend(QStringLiteral("omniconsole"));
    const StartupParse parsed = parseStartupOptions(arguments);
    QVERIFY2(parsed.error.contains(reason), qPrintable(parsed.error));
}

void StartupOptionsTest::storeComesFromTheCommandLineThenTheLastStoreThenTheDefault()
{
    AppSettings settings;
    StartupOptions options;
    const QString last = dir_.filePath(QStringLiteral("last.omni"));
    settings.setLastStore(last);

    // The last store is only reused while it exists.
    QVERIFY(!QFile::exists(last));
    QCOMPARE(resolveStartupStore(options, settings), defaultStorePath());
    QVERIFY(defaultStorePath().endsWith(QStringLiteral("/sample-shop.omni")));
    QVERIFY(defaultStorePath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));

    QFile file(last);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(resolveStartupStore(options, settings), last);

    options.storePath = QStringLiteral("relative/shop.omni");
    QCOMPARE(resolveStartupStore(options, settings), QDir::current().absoluteFilePath(QStringLiteral("relative/shop.omni")));
}

QTEST_MAIN(StartupOptionsTest)
#include "test_startup_options.moc"
