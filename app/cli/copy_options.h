// SPDX-License-Identifier: GPL-3.0-or-later
// What `copy` and `copy-eval` share: the sampler flags, the device, the model choice (--model-id
// or --gpt2 FOLDER) and opening the generator.
#pragma once

#include "arguments.h"

#include "runtime/device.h"
#include "store/store.h"
#include "text/copy_generator.h"

#include <cstdio>
#include <memory>
#include <vector>

namespace omni::cli {

// --temperature --top-k --top-p --repetition-penalty --seed --candidates --device --threads
// --model-id --gpt2
std::vector<OptionSpec> copyOptionSpecs();
text::SamplerSettings parseSamplerSettings(const Arguments& parsed);
runtime::DevicePreference parseDeviceOption(const Arguments& parsed);
// The store's active copy model, the one --model-id names, or the GPT-2 folder --gpt2 names.
std::unique_ptr<text::CopyGenerator> openGenerator(const Arguments& parsed, const store::Store& store);
std::vector<text::CopyLanguage> parseLanguages(const std::string& text, bool allowBoth);
void printCopyOptionHelp(std::FILE* out);

} // namespace omni::cli
