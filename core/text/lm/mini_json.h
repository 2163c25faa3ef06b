// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON reader the GPT-2 loader uses for the safetensors header (objects, arrays, integers) and
// Hugging Face's config.json: the core's general reader (io/json_value.h) under its old name.
// Numbers keep their literal so that 64-bit offsets are read exactly. INTERNAL to core/text/lm.
#pragma once

#include "io/json_value.h"

namespace omni::text::json {

using io::json::ParseError;
using io::json::Value;
using io::json::parse;

} // namespace omni::text::json
