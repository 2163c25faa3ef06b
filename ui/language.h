// SPDX-License-Identifier: GPL-3.0-or-later
// The interface languages OmniConsole ships, and their codes on the command line, in QSettings and
// in translation file names (omniconsole_<code>.qm).
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace omni::ui {

enum class Language { English, SimplifiedChinese };

QString languageCode(Language language);                   // "en", "zh_CN"
std::optional<Language> parseLanguage(const QString& code); // accepts the codes above, and "zh"
// The name a speaker of that language would look for in a menu ("English", "简体中文"); never
// translated, so that a user lost in a foreign UI can still find their own language.
QString languageNativeName(Language language);
QLocale languageLocale(Language language);
// The language to start in when the user has not chosen one: Chinese for a Chinese system.
Language languageForSystem(const QLocale& system);

} // namespace omni::ui
