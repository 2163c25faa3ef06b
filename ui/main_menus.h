// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's menus and their actions: File, Edit (undo/redo, ready for edits), View (pages,
// refresh), Settings (language, inference device) and Help. The window connects the actions that
// do something; the choices that are settings come out as signals.
#pragma once

#include "language.h"
#include "runtime/device.h"

#include <QObject>
#include <QStringList>

#include <vector>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QUndoStack;

namespace omni::ui {

class MainMenus : public QObject {
    Q_OBJECT
public:
    MainMenus(QMenuBar* menuBar, QUndoStack* undoStack, int pageCount, QObject* parent = nullptr);

    // Sets texts in the UI language; the page names come from the pages themselves.
    void retranslate(const QStringList& pageTitles);
    // Shows the current choice as checked (also when it was made elsewhere, e.g. --lang).
    void showLanguage(Language language);
    void showDevicePreference(runtime::DevicePreference preference);

    QMenu* fileMenu() const { return fileMenu_; }
    QMenu* settingsMenu() const { return settingsMenu_; }
    QAction* newStoreAction() const { return newStore_; }
    QAction* openStoreAction() const { return openStore_; }
    QAction* importAction() const { return import_; }
    QAction* exportAction() const { return export_; }
    QAction* quitAction() const { return quit_; }
    QAction* refreshAction() const { return refresh_; }
    QAction* aboutAction() const { return about_; }

signals:
    void pageChosen(int index);
    void languageChosen(omni::ui::Language language);
    void deviceChosen(omni::runtime::DevicePreference preference);

private:
    void createActions(QUndoStack* undoStack, int pageCount);
    void createMenus(QMenuBar* menuBar);

    QMenu* fileMenu_ = nullptr;
    QMenu* editMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* settingsMenu_ = nullptr;
    QMenu* languageMenu_ = nullptr;
    QMenu* deviceMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QAction* newStore_ = nullptr;
    QAction* openStore_ = nullptr;
    QAction* import_ = nullptr;
    QAction* export_ = nullptr;
    QAction* quit_ = nullptr;
    QAction* undo_ = nullptr;
    QAction* redo_ = nullptr;
    QAction* refresh_ = nullptr;
    std::vector<QAction*> pages_;
    QActionGroup* languages_ = nullptr;
    QActionGroup* devices_ = nullptr;
    QAction* deviceAuto_ = nullptr;
    QAction* deviceCpu_ = nullptr;
    QAction* deviceCuda_ = nullptr;
    QAction* about_ = nullptr;
    QAction* aboutQt_ = nullptr;
};

} // namespace omni::ui
