// SPDX-License-Identifier: GPL-3.0-or-later
// What OmniConsole remembers between runs (QSettings, organisation and application "OmniConsole"):
// the window's geometry and state, the last store, the language and the inference device.
#pragma once

#include "language.h"
#include "runtime/device.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <optional>

namespace omni::ui {

class AppSettings {
public:
    AppSettings();

    std::optional<Language> language() const; // none until the user picks one
    void setLanguage(Language language);

    runtime::DevicePreference devicePreference() const; // Auto until the user picks one
    void setDevicePreference(runtime::DevicePreference preference);

    QString lastStore() const;
    void setLastStore(const QString& path);

    // The folder test-suite files were last opened from or saved to (the Test suites tab).
    QString lastSuiteFolder() const;
    void setLastSuiteFolder(const QString& folder);
    // The suite file the simulator last saved a conversation to (offered again on the next save).
    QString lastSuiteFile() const;
    void setLastSuiteFile(const QString& path);

    // The Engagement dashboard's arrangement: per section the card ids in the user's order, and the
    // ids of the cards the user hid. Empty until the user rearranges; cleared by "Reset layout".
    QStringList dashboardOrder(const QString& section) const;
    void setDashboardOrder(const QString& section, const QStringList& cardIds);
    QStringList dashboardHidden() const;
    void setDashboardHidden(const QStringList& cardIds);
    void clearDashboardLayout();

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray& geometry, const QByteArray& state);

    void sync() { settings_.sync(); }

private:
    QSettings settings_;
};

} // namespace omni::ui
