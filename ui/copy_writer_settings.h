// SPDX-License-Identifier: GPL-3.0-or-later
// What the Products page's copy writer remembers between runs (QSettings, next to AppSettings'
// keys under "copy/"): the style, language, tone, number of candidates, the sampler settings and
// the GPT-2 model folder the merchant chose last, if any.
#pragma once

#include "text/copy_generator.h"

#include <QString>

namespace omni::ui {

struct CopyWriterPreferences {
    text::CopySettings settings;
    bool useGpt2Folder = false; // false: the store's active copy model
    QString gpt2Folder;
};

// Missing or unreadable values fall back to CopySettings' defaults; numbers are clamped to the
// ranges the panel offers, so a hand-edited file cannot ask for a negative temperature.
CopyWriterPreferences loadCopyWriterPreferences();
void saveCopyWriterPreferences(const CopyWriterPreferences& preferences);

} // namespace omni::ui
