// SPDX-License-Identifier: GPL-3.0-or-later
#include "copy_writer_settings.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

namespace omni::ui {

namespace {
// Keys are spelled once here so that a typo cannot split one setting into two.
const QString kStyle = QStringLiteral("copy/style");
const QString kLanguage = QStringLiteral("copy/language");
const QString kTone = QStringLiteral("copy/tone");
const QString kCandidates = QStringLiteral("copy/candidates");
const QString kTemperature = QStringLiteral("copy/temperature");
const QString kTopK = QStringLiteral("copy/top_k");
const QString kTopP = QStringLiteral("copy/top_p");
const QString kPenalty = QStringLiteral("copy/repetition_penalty");
const QString kSeed = QStringLiteral("copy/seed");
const QString kUseGpt2 = QStringLiteral("copy/use_gpt2_folder");
const QString kGpt2Folder = QStringLiteral("copy/gpt2_folder");

// Floats as the merchant typed them (0.8, not 0.800000011920929) in the settings file.
double rounded(float value)
{
    return std::round(static_cast<double>(value) * 1000.0) / 1000.0;
}

template <typename T>
T clampTo(T value, T low, T high)
{
    return std::min(high, std::max(low, value));
}
} // namespace

CopyWriterPreferences loadCopyWriterPreferences()
{
    const QSettings stored(QStringLiteral("OmniConsole"), QStringLiteral("OmniConsole"));
    CopyWriterPreferences preferences;
    text::CopySettings& copy = preferences.settings;
    if (const auto style = text::parseStyle(stored.value(kStyle).toString().toStdString()))
        copy.style = *style;
    if (const auto tone = text::parseTone(stored.value(kTone).toString().toStdString()))
        copy.tone = *tone;
    copy.language = stored.value(kLanguage).toString() == QLatin1String("zh") ? text::CopyLanguage::Chinese
                                                                               : text::CopyLanguage::English;
    copy.candidates = clampTo(stored.value(kCandidates, copy.candidates).toInt(), 1, 16);
    copy.sampler.temperature = clampTo(stored.value(kTemperature, copy.sampler.temperature).toFloat(), 0.0f, 2.0f);
    copy.sampler.topK = clampTo(stored.value(kTopK, copy.sampler.topK).toInt(), 0, 1000);
    copy.sampler.topP = clampTo(stored.value(kTopP, copy.sampler.topP).toFloat(), 0.05f, 1.0f);
    copy.sampler.repetitionPenalty =
        clampTo(stored.value(kPenalty, copy.sampler.repetitionPenalty).toFloat(), 1.0f, 2.0f);
    copy.sampler.seed = stored.value(kSeed, static_cast<qulonglong>(copy.sampler.seed)).toULongLong();
    preferences.useGpt2Folder = stored.value(kUseGpt2, false).toBool();
    preferences.gpt2Folder = stored.value(kGpt2Folder).toString();
    if (preferences.gpt2Folder.isEmpty())
        preferences.useGpt2Folder = false;
    return preferences;
}

void saveCopyWriterPreferences(const CopyWriterPreferences& preferences)
{
    QSettings stored(QStringLiteral("OmniConsole"), QStringLiteral("OmniConsole"));
    const text::CopySettings& copy = preferences.settings;
    stored.setValue(kStyle, QString::fromLatin1(text::styleCode(copy.style)));
    stored.setValue(kLanguage, QString::fromLatin1(text::languageCode(copy.language)));
    stored.setValue(kTone, QString::fromLatin1(text::toneCode(copy.tone)));
    stored.setValue(kCandidates, copy.candidates);
    stored.setValue(kTemperature, rounded(copy.sampler.temperature));
    stored.setValue(kTopK, copy.sampler.topK);
    stored.setValue(kTopP, rounded(copy.sampler.topP));
    stored.setValue(kPenalty, rounded(copy.sampler.repetitionPenalty));
    stored.setValue(kSeed, static_cast<qulonglong>(copy.sampler.seed));
    stored.setValue(kUseGpt2, preferences.useGpt2Folder);
    stored.setValue(kGpt2Folder, preferences.gpt2Folder);
}

} // namespace omni::ui
