// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot_taker.h"

#include "pages/store_page.h"

#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTextStream>

#include <utility>

namespace omni::ui {

namespace {
// Generating the demo shop on a slow machine takes minutes; a stuck run must still end.
constexpr int kTimeoutMs = 20 * 60 * 1000;
// Lets the last layout and chart replot reach the screen after the data arrived.
constexpr int kSettleMs = 400;
} // namespace

ScreenshotTaker::ScreenshotTaker(MainWindow& window, MainWindow::Page page, QString outputPath, QObject* parent)
    : QObject(parent)
    , window_(window)
    , page_(page)
    , outputPath_(std::move(outputPath))
{
    window_.showPage(page_);
    connect(&window_, &MainWindow::storeOpened, this, &ScreenshotTaker::onStoreOpened);
    connect(window_.page(page_), &StorePage::loaded, this, &ScreenshotTaker::onPageLoaded);
    connect(window_.jobRunner(), &JobRunner::failed, this, [this](const QString& message) { fail(message); });
    connect(window_.jobRunner(), &JobRunner::cancelled, this, [this]() { fail(QStringLiteral("cancelled")); });
    timeout_.setSingleShot(true);
    connect(&timeout_, &QTimer::timeout, this, [this]() { fail(QStringLiteral("timed out")); });
    timeout_.start(kTimeoutMs);
}

void ScreenshotTaker::onStoreOpened()
{
    storeOpen_ = true;
    if (window_.page(page_)->isLoaded())
        onPageLoaded();
}

void ScreenshotTaker::onPageLoaded()
{
    // A page can finish loading an older store; only the page of the store just opened counts.
    if (!storeOpen_ || done_)
        return;
    if (Preparation prepare = std::exchange(prepare_, {})) {
        prepare([this] { QTimer::singleShot(kSettleMs, this, &ScreenshotTaker::grab); });
        return;
    }
    QTimer::singleShot(kSettleMs, this, &ScreenshotTaker::grab);
}

void ScreenshotTaker::grab()
{
    if (done_)
        return;
    done_ = true;
    timeout_.stop();
    QDir().mkpath(QFileInfo(outputPath_).absolutePath());
    succeeded_ = window_.grab().save(outputPath_, "PNG");
    if (!succeeded_)
        QTextStream(stderr) << "omniconsole: could not write " << outputPath_ << '\n';
    emit finished(succeeded_);
}

void ScreenshotTaker::fail(const QString& reason)
{
    if (done_)
        return;
    done_ = true;
    timeout_.stop();
    QTextStream(stderr) << "omniconsole: no screenshot: " << reason << '\n';
    emit finished(false);
}

} // namespace omni::ui
