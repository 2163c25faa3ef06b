// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's command line:
//   omniconsole [--store PATH] [--sample-size tiny|demo] [--lang en|zh_CN]
//               [--screenshot OUT.png [--page products|customers|support|engagement|models]
//                                     [--copy-writer] [--audit] [--support-simulator]]
// and where the store comes from when --store is not given.
#pragma once

#include "language.h"
#include "main_window.h"
#include "store/sample_shop.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace omni::ui {

class AppSettings;

struct StartupOptions {
    QString storePath;                                          // empty: see resolveStartupStore()
    store::SampleShopSize sampleSize = store::SampleShopSize::Demo; // for a store that does not exist yet
    std::optional<Language> language;                           // overrides the remembered one for this run
    QString screenshotPath;                                     // non-empty: grab the window and quit
    MainWindow::Page screenshotPage = MainWindow::Page::Products;
    // With --screenshot: show the Products page's Copy writer tab and generate copy for the first
    // product before the grab (the empty state when the store has no copy model).
    bool copyWriter = false;
    // With --screenshot: show the Products page's Consistency audit tab and run the audit first.
    bool audit = false;
    // With --screenshot: show the Support page's Simulator with a short scripted conversation.
    bool supportSimulator = false;
};

struct StartupParse {
    StartupOptions options;
    QString error;       // non-empty: print it with the usage and exit with status 2
    bool exitNow = false; // --help or --version was handled
    QString output;      // what --help / --version print
};

StartupParse parseStartupOptions(const QStringList& arguments);

// --store, else the last store if it still exists, else the default sample shop location
// (QStandardPaths::AppDataLocation/sample-shop.omni).
QString resolveStartupStore(const StartupOptions& options, const AppSettings& settings);
QString defaultStorePath();

} // namespace omni::ui
