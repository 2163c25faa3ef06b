// SPDX-License-Identifier: GPL-3.0-or-later
#include "language_manager.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace omni::ui {

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QString LanguageManager::translationResource(Language language)
{
    return QStringLiteral(":/i18n/omniconsole_%1.qm").arg(languageCode(language));
}

bool LanguageManager::setLanguage(Language language)
{
    removeTranslators();
    // The locale goes first: widgets retranslating on LanguageChange also reformat their numbers
    // and dates, and they must see the new locale when they do.
    QLocale::setDefault(languageLocale(language));
    language_ = language;

    bool ok = appTranslator_.load(translationResource(language));
    if (ok)
        appInstalled_ = QCoreApplication::installTranslator(&appTranslator_);
    // Qt ships no English catalogue (its source strings are English); a missing qtbase file for
    // another language only leaves Qt's own buttons in English, so it does not fail the switch.
    if (language != Language::English
        && qtTranslator_.load(QStringLiteral("qtbase_") + languageCode(language),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qtInstalled_ = QCoreApplication::installTranslator(&qtTranslator_);

    if (!appInstalled_) {
        // No translator was installed, so nothing told the widgets; they still must pick up the
        // new locale.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    emit languageChanged(language);
    return ok;
}

void LanguageManager::removeTranslators()
{
    if (appInstalled_)
        QCoreApplication::removeTranslator(&appTranslator_);
    if (qtInstalled_)
        QCoreApplication::removeTranslator(&qtTranslator_);
    appInstalled_ = qtInstalled_ = false;
}

} // namespace omni::ui
