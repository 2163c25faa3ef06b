// SPDX-License-Identifier: GPL-3.0-or-later
// The shop's copy language model on disk: one versioned file holding the decoder's configuration,
// the tokenizer that goes with it, a metadata JSON (training settings, corpus size, perplexity)
// and the weights.
//
//   "OMNICPLM"           8 bytes magic
//   format version       u32 (kDecoderFileFormat)
//   reserved             u32 (0)
//   body length          i64
//   body                 config (vocabulary, context, layers, width, heads), label, tokenizer blob,
//                        metadata JSON, tensor count, then per tensor its name, shape and float32 values
//   checksum             u64, FNV-1a of the body
//
// Writing is atomic (a temporary file renamed into place). Reading refuses a foreign, truncated,
// damaged or newer file with an LmFileError whose message names the file and the problem; it never
// crashes on bad bytes. Torch-free header.
#pragma once

#include "runtime/device.h"
#include "text/lm/decoder_lm.h"

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>

namespace omni::text {

class LmFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

constexpr uint32_t kDecoderFileFormat = 1;
constexpr const char* kDecoderFileExtension = ".omnilm";

// Throws LmFileError when the file cannot be written.
void saveDecoderFile(const std::string& path, const DecoderLM& model, const std::string& tokenizerBlob,
                     const std::string& metadataJson);

struct LoadedDecoderFile {
    std::shared_ptr<DecoderLM> model;
    std::string tokenizerBlob;
    std::string metadataJson;
};

LoadedDecoderFile loadDecoderFile(const std::string& path,
                                  runtime::DevicePreference device = runtime::DevicePreference::Auto);

} // namespace omni::text
