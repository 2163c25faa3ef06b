// SPDX-License-Identifier: GPL-3.0-or-later
// Switches the interface language while the application runs: installs OmniConsole's translator
// (embedded under :/i18n/) and Qt's own (standard buttons and dialogs), and makes the language's
// locale the default so that numbers and dates follow it. Installing a translator sends
// QEvent::LanguageChange to every widget, which then retranslates itself.
#pragma once

#include "language.h"

#include <QObject>
#include <QTranslator>

namespace omni::ui {

class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    // Returns false (and keeps English text) when the language's translation cannot be loaded.
    bool setLanguage(Language language);
    Language language() const { return language_; }

    // Where the embedded translation of a language lives, e.g. ":/i18n/omniconsole_zh_CN.qm".
    static QString translationResource(Language language);

signals:
    void languageChanged(omni::ui::Language language);

private:
    void removeTranslators();

    Language language_ = Language::English;
    QTranslator appTranslator_;
    QTranslator qtTranslator_;
    bool appInstalled_ = false;
    bool qtInstalled_ = false;
};

} // namespace omni::ui
