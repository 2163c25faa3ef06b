// SPDX-License-Identifier: GPL-3.0-or-later
// omniconsole: the desktop console. Parses the command line, restores the language and window,
// and opens the store, generating the sample shop first when it does not exist yet.
#include "app_settings.h"
#include "audit_showcase.h"
#include "copy_writer_showcase.h"
#include "language_manager.h"
#include "main_window.h"
#include "resources.h"
#include "screenshot_taker.h"
#include "startup_options.h"
#include "support_showcase.h"

#include <QApplication>
#include <QFileInfo>
#include <QTextStream>

#include <memory>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OmniConsole"));
    QApplication::setApplicationName(QStringLiteral("OmniConsole"));
    QApplication::setApplicationVersion(QStringLiteral(OMNI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("omniconsole"));
    omni::ui::initResources();
    QApplication::setWindowIcon(omni::ui::applicationIcon());

    omni::ui::AppSettings settings;
    omni::ui::LanguageManager languages;
    // The remembered language first, so that --help speaks it too.
    languages.setLanguage(settings.language().value_or(omni::ui::languageForSystem(QLocale::system())));

    const omni::ui::StartupParse parsed = omni::ui::parseStartupOptions(QApplication::arguments());
    if (parsed.exitNow) {
        QTextStream(stdout) << parsed.output << Qt::endl;
        return 0;
    }
    if (!parsed.error.isEmpty()) {
        QTextStream(stderr) << "omniconsole: " << parsed.error << "\n"
                            << "Usage: omniconsole [--store PATH] [--sample-size tiny|demo] [--lang en|zh_CN] "
                               "[--screenshot OUT.png [--page products|customers|support|engagement|models] [--copy-writer] [--audit] [--support-simulator]]\n";
        return 2;
    }
    const omni::ui::StartupOptions& options = parsed.options;
    if (options.language)
        languages.setLanguage(*options.language); // for this run only; the menu choice is what is remembered

    omni::ui::MainWindow window(settings, languages);
    std::unique_ptr<omni::ui::ScreenshotTaker> screenshot;
    if (!options.screenshotPath.isEmpty()) {
        // A fixed size, so that screenshots do not depend on the last session's window.
        window.resize(1360, 860);
        screenshot = std::make_unique<omni::ui::ScreenshotTaker>(window, options.screenshotPage,
                                                                 options.screenshotPath);
        if (options.copyWriter)
            screenshot->setPreparation(omni::ui::copyWriterPreparation(window));
        else if (options.audit)
            screenshot->setPreparation(omni::ui::auditPreparation(window));
        else if (options.supportSimulator)
            screenshot->setPreparation(omni::ui::supportSimulatorPreparation(window));
        QObject::connect(screenshot.get(), &omni::ui::ScreenshotTaker::finished, &app,
                         [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    } else {
        window.restoreFromSettings();
    }
    window.show();

    const QString storePath = omni::ui::resolveStartupStore(options, settings);
    if (QFileInfo::exists(storePath))
        window.openStore(storePath);
    else
        window.createStore(storePath, options.sampleSize);
    return QApplication::exec();
}
