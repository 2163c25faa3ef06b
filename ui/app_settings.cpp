// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_settings.h"

namespace omni::ui {

namespace {
// Keys are spelled once here so that a typo cannot split one setting into two.
const QString kLanguage = QStringLiteral("ui/language");
const QString kDevice = QStringLiteral("inference/device");
const QString kLastStore = QStringLiteral("store/last");
const QString kLastSuiteFolder = QStringLiteral("support/lastSuiteFolder");
const QString kLastSuiteFile = QStringLiteral("support/lastSuiteFile");
const QString kDashboard = QStringLiteral("engagement/dashboard");
const QString kDashboardHidden = QStringLiteral("engagement/dashboard/hidden");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
} // namespace

AppSettings::AppSettings()
    : settings_(QStringLiteral("OmniConsole"), QStringLiteral("OmniConsole"))
{
}

std::optional<Language> AppSettings::language() const
{
    return parseLanguage(settings_.value(kLanguage).toString());
}

void AppSettings::setLanguage(Language language)
{
    settings_.setValue(kLanguage, languageCode(language));
}

runtime::DevicePreference AppSettings::devicePreference() const
{
    const auto parsed = runtime::parseDevicePreference(settings_.value(kDevice).toString().toStdString());
    return parsed.value_or(runtime::DevicePreference::Auto);
}

void AppSettings::setDevicePreference(runtime::DevicePreference preference)
{
    settings_.setValue(kDevice, QString::fromLatin1(runtime::devicePreferenceName(preference)));
}

QString AppSettings::lastStore() const
{
    return settings_.value(kLastStore).toString();
}

void AppSettings::setLastStore(const QString& path)
{
    settings_.setValue(kLastStore, path);
}

QString AppSettings::lastSuiteFolder() const
{
    return settings_.value(kLastSuiteFolder).toString();
}

void AppSettings::setLastSuiteFolder(const QString& folder)
{
    settings_.setValue(kLastSuiteFolder, folder);
}

QString AppSettings::lastSuiteFile() const
{
    return settings_.value(kLastSuiteFile).toString();
}

void AppSettings::setLastSuiteFile(const QString& path)
{
    settings_.setValue(kLastSuiteFile, path);
}

QStringList AppSettings::dashboardOrder(const QString& section) const
{
    return settings_.value(kDashboard + QStringLiteral("/order/") + section).toStringList();
}

void AppSettings::setDashboardOrder(const QString& section, const QStringList& cardIds)
{
    settings_.setValue(kDashboard + QStringLiteral("/order/") + section, cardIds);
}

QStringList AppSettings::dashboardHidden() const
{
    return settings_.value(kDashboardHidden).toStringList();
}

void AppSettings::setDashboardHidden(const QStringList& cardIds)
{
    settings_.setValue(kDashboardHidden, cardIds);
}

void AppSettings::clearDashboardLayout()
{
    settings_.remove(kDashboard);
}

QByteArray AppSettings::windowGeometry() const
{
    return settings_.value(kGeometry).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return settings_.value(kState).toByteArray();
}

void AppSettings::setWindow(const QByteArray& geometry, const QByteArray& state)
{
    settings_.setValue(kGeometry, geometry);
    settings_.setValue(kState, state);
}

} // namespace omni::ui
