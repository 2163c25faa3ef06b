// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_menus.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

#include <utility>

namespace omni::ui {

MainMenus::MainMenus(QMenuBar* menuBar, QUndoStack* undoStack, int pageCount, QObject* parent)
    : QObject(parent)
{
    createActions(undoStack, pageCount);
    createMenus(menuBar);
}

void MainMenus::createActions(QUndoStack* undoStack, int pageCount)
{
    auto action = [this](QKeySequence shortcut) {
        auto* made = new QAction(this);
        made->setShortcut(shortcut);
        return made;
    };
    newStore_ = action(QKeySequence::New);
    openStore_ = action(QKeySequence::Open);
    import_ = action(QKeySequence(Qt::CTRL | Qt::Key_I));
    export_ = action(QKeySequence(Qt::CTRL | Qt::Key_E));
    quit_ = action(QKeySequence::Quit);
    quit_->setMenuRole(QAction::QuitRole);

    // Edits arrive in later versions as QUndoCommands on this stack; the actions are ready for them.
    undo_ = undoStack->createUndoAction(this);
    undo_->setShortcut(QKeySequence::Undo);
    redo_ = undoStack->createRedoAction(this);
    redo_->setShortcut(QKeySequence::Redo);

    for (int i = 0; i < pageCount; ++i) {
        QAction* page = action(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(page, &QAction::triggered, this, [this, i]() { emit pageChosen(i); });
        pages_.push_back(page);
    }
    refresh_ = action(QKeySequence::Refresh);

    languages_ = new QActionGroup(this);
    for (const Language language : {Language::English, Language::SimplifiedChinese}) {
        QAction* choice = languages_->addAction(languageNativeName(language));
        choice->setCheckable(true);
        choice->setData(languageCode(language));
    }
    connect(languages_, &QActionGroup::triggered, this, [this](QAction* choice) {
        if (const auto language = parseLanguage(choice->data().toString()))
            emit languageChosen(*language);
    });

    devices_ = new QActionGroup(this);
    deviceAuto_ = devices_->addAction(QString());
    deviceCpu_ = devices_->addAction(QString());
    deviceCuda_ = devices_->addAction(QString());
    for (const auto& [choice, value] : {std::pair{deviceAuto_, runtime::DevicePreference::Auto},
                                        std::pair{deviceCpu_, runtime::DevicePreference::Cpu},
                                        std::pair{deviceCuda_, runtime::DevicePreference::Cuda}}) {
        choice->setCheckable(true);
        choice->setData(QString::fromLatin1(runtime::devicePreferenceName(value)));
    }
    connect(devices_, &QActionGroup::triggered, this, [this](QAction* choice) {
        if (const auto preference = runtime::parseDevicePreference(choice->data().toString().toStdString()))
            emit deviceChosen(*preference);
    });

    about_ = new QAction(this);
    about_->setMenuRole(QAction::AboutRole);
    aboutQt_ = new QAction(this);
    aboutQt_->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt_, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainMenus::createMenus(QMenuBar* menuBar)
{
    fileMenu_ = menuBar->addMenu(QString());
    fileMenu_->setObjectName(QStringLiteral("fileMenu"));
    fileMenu_->addActions({newStore_, openStore_});
    fileMenu_->addSeparator();
    fileMenu_->addActions({import_, export_});
    fileMenu_->addSeparator();
    fileMenu_->addAction(quit_);

    editMenu_ = menuBar->addMenu(QString());
    editMenu_->addActions({undo_, redo_});

    viewMenu_ = menuBar->addMenu(QString());
    for (QAction* page : pages_)
        viewMenu_->addAction(page);
    viewMenu_->addSeparator();
    viewMenu_->addAction(refresh_);

    settingsMenu_ = menuBar->addMenu(QString());
    settingsMenu_->setObjectName(QStringLiteral("settingsMenu"));
    languageMenu_ = settingsMenu_->addMenu(QString());
    languageMenu_->addActions(languages_->actions());
    deviceMenu_ = settingsMenu_->addMenu(QString());
    deviceMenu_->addActions(devices_->actions());

    helpMenu_ = menuBar->addMenu(QString());
    helpMenu_->addActions({about_, aboutQt_});
}

void MainMenus::showLanguage(Language language)
{
    for (QAction* choice : languages_->actions())
        choice->setChecked(choice->data().toString() == languageCode(language));
}

void MainMenus::showDevicePreference(runtime::DevicePreference preference)
{
    const QString name = QString::fromLatin1(runtime::devicePreferenceName(preference));
    for (QAction* choice : devices_->actions())
        choice->setChecked(choice->data().toString() == name);
}

void MainMenus::retranslate(const QStringList& pageTitles)
{
    fileMenu_->setTitle(tr("&File"));
    newStore_->setText(tr("&New store…"));
    openStore_->setText(tr("&Open store…"));
    import_->setText(tr("&Import…"));
    export_->setText(tr("&Export table…"));
    quit_->setText(tr("&Quit"));
    editMenu_->setTitle(tr("&Edit"));
    undo_->setText(tr("&Undo"));
    redo_->setText(tr("&Redo"));
    viewMenu_->setTitle(tr("&View"));
    for (size_t i = 0; i < pages_.size(); ++i)
        pages_[i]->setText(pageTitles.value(static_cast<qsizetype>(i)));
    refresh_->setText(tr("&Refresh"));
    settingsMenu_->setTitle(tr("&Settings"));
    languageMenu_->setTitle(tr("&Language"));
    deviceMenu_->setTitle(tr("&Inference device"));
    deviceAuto_->setText(tr("&Automatic (GPU when available)"));
    deviceCpu_->setText(tr("&CPU"));
    deviceCuda_->setText(tr("CUDA &GPU"));
    helpMenu_->setTitle(tr("&Help"));
    about_->setText(tr("&About OmniConsole"));
    aboutQt_->setText(tr("About &Qt"));
}

} // namespace omni::ui
