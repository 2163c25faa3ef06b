// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup_options.h"

#include "app_settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace omni::ui {

namespace {
class Texts {
    Q_DECLARE_TR_FUNCTIONS(StartupOptions)
public:
    static QString store() { return tr("Open the store at PATH (created with a sample shop when missing)."); }
    static QString size() { return tr("Size of the sample shop generated for a new store: tiny or demo."); }
    static QString lang() { return tr("Interface language for this run: en or zh_CN."); }
    static QString shot() { return tr("Wait until the page's data is loaded, save the window to FILE.png and quit."); }
    static QString page() { return tr("Page to show: products, customers, support, engagement or models."); }
    static QString badSize(const QString& value) { return tr("Unknown sample size '%1' (use tiny or demo).").arg(value); }
    static QString badLang(const QString& value) { return tr("Unknown language '%1' (use en or zh_CN).").arg(value); }
    static QString badPage(const QString& value)
    {
        return tr("Unknown page '%1' (use products, customers, support, engagement or models).").arg(value);
    }
    static QString pageNeedsShot() { return tr("--page only applies together with --screenshot."); }
    static QString copyWriter()
    {
        return tr("With --screenshot: show the Products page's Copy writer and generate copy for the first product.");
    }
    static QString copyWriterNeedsShot() { return tr("--copy-writer only applies together with --screenshot."); }
    static QString audit()
    {
        return tr("With --screenshot: show the Products page's Consistency audit and run it before the grab.");
    }
    static QString auditNeedsShot() { return tr("--audit only applies together with --screenshot."); }
    static QString supportSimulator()
    {
        return tr("With --screenshot: show the Support page's Simulator and play a short conversation before the grab.");
    }
    static QString supportSimulatorNeedsShot()
    {
        return tr("--support-simulator only applies together with --screenshot.");
    }
};
} // namespace

StartupParse parseStartupOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "StartupOptions", "OmniConsole: an offline omnichannel console for e-commerce merchants."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption storeOption(QStringLiteral("store"), Texts::store(), QStringLiteral("PATH"));
    const QCommandLineOption sizeOption(QStringLiteral("sample-size"), Texts::size(), QStringLiteral("SIZE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), Texts::lang(), QStringLiteral("LANG"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"), Texts::shot(), QStringLiteral("FILE.png"));
    const QCommandLineOption pageOption(QStringLiteral("page"), Texts::page(), QStringLiteral("PAGE"));
    const QCommandLineOption copyWriterOption(QStringLiteral("copy-writer"), Texts::copyWriter());
    const QCommandLineOption auditOption(QStringLiteral("audit"), Texts::audit());
    const QCommandLineOption supportSimulatorOption(QStringLiteral("support-simulator"), Texts::supportSimulator());
    parser.addOptions({storeOption, sizeOption, langOption, shotOption, pageOption, copyWriterOption, auditOption,
                       supportSimulatorOption});

    StartupParse result;
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption) || parser.isSet(versionOption)) {
        result.exitNow = true;
        result.output = parser.isSet(helpOption)
            ? parser.helpText()
            : QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        return result;
    }

    StartupOptions& options = result.options;
    options.storePath = parser.value(storeOption);
    if (parser.isSet(sizeOption)) {
        const QString value = parser.value(sizeOption);
        const auto size = store::parseSampleShopSize(value.toStdString());
        // Large is for benchmarks (20M events); the GUI offers the two that suit a first start.
        if (!size || *size == store::SampleShopSize::Large) {
            result.error = Texts::badSize(value);
            return result;
        }
        options.sampleSize = *size;
    }
    if (parser.isSet(langOption)) {
        options.language = parseLanguage(parser.value(langOption));
        if (!options.language) {
            result.error = Texts::badLang(parser.value(langOption));
            return result;
        }
    }
    options.screenshotPath = parser.value(shotOption);
    if (parser.isSet(pageOption)) {
        const auto page = MainWindow::parsePage(parser.value(pageOption));
        if (!page) {
            result.error = Texts::badPage(parser.value(pageOption));
            return result;
        }
        if (options.screenshotPath.isEmpty()) {
            result.error = Texts::pageNeedsShot();
            return result;
        }
        options.screenshotPage = *page;
    }
    if (parser.isSet(copyWriterOption)) {
        if (options.screenshotPath.isEmpty()) {
            result.error = Texts::copyWriterNeedsShot();
            return result;
        }
        options.copyWriter = true;
        options.screenshotPage = MainWindow::Page::Products;
    }
    if (parser.isSet(auditOption)) {
        if (options.screenshotPath.isEmpty()) {
            result.error = Texts::auditNeedsShot();
            return result;
        }
        options.audit = true;
        options.screenshotPage = MainWindow::Page::Products;
    }
    if (parser.isSet(supportSimulatorOption)) {
        if (options.screenshotPath.isEmpty()) {
            result.error = Texts::supportSimulatorNeedsShot();
            return result;
        }
        options.supportSimulator = true;
        options.screenshotPage = MainWindow::Page::Support;
    }
    return result;
}

QString defaultStorePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sample-shop.omni"));
}

QString resolveStartupStore(const StartupOptions& options, const AppSettings& settings)
{
    if (!options.storePath.isEmpty())
        return QFileInfo(options.storePath).absoluteFilePath();
    const QString last = settings.lastStore();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    return defaultStorePath();
}

} // namespace omni::ui
