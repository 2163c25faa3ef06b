// SPDX-License-Identifier: GPL-3.0-or-later
// Bring-your-own GPT-2: weights from a Hugging Face model.safetensors (GPT2Model or
// GPT2LMHeadModel, names with or without the "transformer." prefix) run on the same decoder
// network and session as the shop's own model. Conv1D weights ([in, out] in GPT-2) are transposed
// into torch's linear layout; F16 and BF16 weights become float32.
//
// The shape comes from config.json (n_layer, n_embd, n_head, n_positions, vocab_size). Without a
// config.json, layers, width, context and vocabulary are read off the tensor shapes; the number of
// heads cannot be, so it is taken as width / 64 (GPT-2's head size in every published size) and
// describe() says so. Torch-free header.
#pragma once

#include "runtime/device.h"
#include "text/lm/decoder_lm.h"
#include "text/lm/safetensors_file.h"

#include <memory>
#include <optional>
#include <string>

namespace omni::text {

// Reads n_layer, n_embd, n_head, n_positions (or n_ctx) and vocab_size from a Hugging Face
// config.json. Throws SafetensorsError naming the file and the missing or invalid key.
DecoderConfig readGpt2Config(const std::string& configJsonPath);

// Throws SafetensorsError (file problems, a missing tensor by name, a shape mismatch with the
// expected and found shapes, an unsupported dtype, a vocabulary that differs from the tokenizer's).
std::shared_ptr<DecoderLM> loadGpt2Safetensors(const std::string& safetensorsPath, const std::string& configJsonPath,
                                               int tokenizerVocabularySize,
                                               runtime::DevicePreference device = runtime::DevicePreference::Auto);

} // namespace omni::text
