// SPDX-License-Identifier: GPL-3.0-or-later
// --screenshot: once the store is open and the chosen page's data is on screen, grabs the main
// window into a PNG and quits (status 0), or quits with status 1 when the store could not be
// prepared or the page never loaded. Used for the docs' screenshots and by GUI checks under xvfb.
#pragma once

#include "main_window.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace omni::ui {

class ScreenshotTaker : public QObject {
    Q_OBJECT
public:
    ScreenshotTaker(MainWindow& window, MainWindow::Page page, QString outputPath, QObject* parent = nullptr);

    // Runs once the page's data is on screen and before the grab; the grab waits until prepare
    // calls its argument (e.g. the copy writer generating candidates first).
    using Preparation = std::function<void(std::function<void()> ready)>;
    void setPreparation(Preparation prepare) { prepare_ = std::move(prepare); }

    // Whether the last grab was written; finished() carries the same.
    bool succeeded() const { return succeeded_; }

signals:
    void finished(bool ok);

private:
    void onStoreOpened();
    void onPageLoaded();
    void grab();
    void fail(const QString& reason);

    MainWindow& window_;
    MainWindow::Page page_;
    QString outputPath_;
    QTimer timeout_;
    Preparation prepare_;
    bool storeOpen_ = false;
    bool done_ = false;
    bool succeeded_ = false;
};

} // namespace omni::ui
