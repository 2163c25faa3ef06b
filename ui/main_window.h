// SPDX-License-Identifier: GPL-3.0-or-later
// OmniConsole's main window: the page list and the five pages, the menus, the status bar with the
// store, its row counts and the inference device, and the one JobRunner every long job goes through.
#pragma once

#include "io/importer.h"
#include "language.h"
#include "runtime/device.h"
#include "store/sample_shop.h"
#include "workers/job_runner.h"
#include "workers/store_query.h"

#include <QMainWindow>

#include <array>
#include <optional>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace omni::ui {

class AppSettings;
class DeviceProbe;
class JobProgressPanel;
class LanguageManager;
class MainMenus;
class StorePage;
class StoreStatusWidget;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Page { Products, Customers, Support, Engagement, Models };
    static constexpr int kPageCount = 5;

    // "products", "customers"... as on the command line.
    static std::optional<Page> parsePage(const QString& name);

    MainWindow(AppSettings& settings, LanguageManager& languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens an existing store (migrating it if needed) off the GUI thread, then loads the pages.
    void openStore(const QString& path);
    // Creates a store, generating a sample shop into it when sample is set, then opens it.
    void createStore(const QString& path, std::optional<store::SampleShopSize> sample);
    void startImport(const io::ImportOptions& options);
    void startExport(const QString& table, const QString& csvPath);

    void showPage(Page page);
    Page currentPage() const;
    StorePage* page(Page page) const;
    QString storePath() const { return storePath_; }

    JobRunner* jobRunner() const { return runner_; }
    JobProgressPanel* jobPanel() const { return jobPanel_; }
    StoreStatusWidget* storeStatus() const { return status_; }
    QUndoStack* undoStack() const { return undoStack_; }
    QMenu* fileMenu() const;

    void restoreFromSettings();

signals:
    void storeOpened(const QString& path);
    // The store's row counts are in the status bar.
    void countsLoaded();
    // A job failed or a store could not be opened; message is the core's text.
    void errorShown(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void createMenus();
    void retranslate();

    void chooseNewStore();
    void chooseStoreToOpen();
    void chooseImport();
    void chooseExport();
    void showAbout();
    void switchLanguage(Language language);
    void switchDevice(runtime::DevicePreference preference);

    void onStoreReady(const QString& path);
    void reloadStoreData();
    void loadCounts();
    void onJobFinished(const JobOutcome& outcome);
    void updateJobActions();
    void showError(const QString& title, const QString& message);
    void showPreparing(bool preparing);

    AppSettings& settings_;
    LanguageManager& languages_;
    QString storePath_;

    JobRunner* runner_;
    DeviceProbe* deviceProbe_;
    QUndoStack* undoStack_;
    QStackedWidget* central_ = nullptr;
    QLabel* preparingView_ = nullptr;
    QListWidget* pageList_ = nullptr;
    QStackedWidget* pageStack_ = nullptr;
    std::array<StorePage*, kPageCount> pages_{};
    JobProgressPanel* jobPanel_ = nullptr;
    StoreStatusWidget* status_ = nullptr;
    LatestQuery<store::TableCounts> countsQuery_{this};

    MainMenus* menus_ = nullptr;
};

} // namespace omni::ui
