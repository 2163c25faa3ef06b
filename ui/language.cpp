// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

namespace omni::ui {

QString languageCode(Language language)
{
    return language == Language::SimplifiedChinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

std::optional<Language> parseLanguage(const QString& code)
{
    const QString normalised = code.trimmed().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (normalised.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0)
        return Language::English;
    if (normalised.compare(QLatin1String("zh_CN"), Qt::CaseInsensitive) == 0
        || normalised.compare(QLatin1String("zh"), Qt::CaseInsensitive) == 0)
        return Language::SimplifiedChinese;
    return std::nullopt;
}

QString languageNativeName(Language language)
{
    return language == Language::SimplifiedChinese ? QStringLiteral("简体中文") : QStringLiteral("English");
}

QLocale languageLocale(Language language)
{
    return language == Language::SimplifiedChinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                   : QLocale(QLocale::English, QLocale::UnitedStates);
}

Language languageForSystem(const QLocale& system)
{
    return system.language() == QLocale::Chinese ? Language::SimplifiedChinese : Language::English;
}

} // namespace omni::ui
