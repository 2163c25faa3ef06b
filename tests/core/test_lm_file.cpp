// SPDX-License-Identifier: GPL-3.0-or-later
// The copy language model file: a round trip keeps the logits, tokenizer blob, metadata and label;
// truncated, corrupted, foreign, newer and inconsistent files are refused with a message naming the
// file and the problem; an atomic write leaves no temporary file behind.
#include "check.h"

#include "recsys/fingerprint.h"
#include "recsys/model_io.h"
#include "text/lm/decoder_file.h"

#include <cstring>
#include <filesystem>

using namespace omni::text;
using omni::runtime::DevicePreference;
using omni::test::readFile;
using omni::test::TempDir;
using omni::test::writeFile;

namespace {

DecoderConfig tinyConfig()
{
    DecoderConfig config;
    config.vocabularySize = 40;
    config.contextLength = 16;
    config.layers = 2;
    config.width = 24;
    config.heads = 3;
    return config;
}

// A file with a valid header and checksum around the given body.
std::string wrap(const std::string& body, uint32_t format = kDecoderFileFormat)
{
    omni::recsys::ModelWriter header;
    header.writeU32(format);
    header.writeU32(0);
    header.writeI64(static_cast<int64_t>(body.size()));
    omni::recsys::ModelWriter checksum;
    checksum.writeI64(static_cast<int64_t>(omni::recsys::fnv1a(body)));
    return std::string("OMNICPLM") + header.bytes() + body + checksum.bytes();
}

} // namespace

OMNI_TEST(round_trip_keeps_everything)
{
    TempDir dir;
    DecoderLM model(tinyConfig(), 5);
    model.setLabel("shop LM v3");
    const std::string blob("tokenizer\0blob\xff", 15);
    const std::string path = dir.file("copy.omnilm");
    saveDecoderFile(path, model, blob, "{\"perplexity\": 12.5}");
    OMNI_CHECK(!std::filesystem::exists(path + ".tmp"));

    const LoadedDecoderFile loaded = loadDecoderFile(path, DevicePreference::Cpu);
    OMNI_CHECK_EQ(loaded.tokenizerBlob, blob);
    OMNI_CHECK_EQ(loaded.metadataJson, std::string("{\"perplexity\": 12.5}"));
    OMNI_CHECK_EQ(loaded.model->label(), std::string("shop LM v3"));
    OMNI_CHECK_EQ(loaded.model->config().heads, 3);
    OMNI_CHECK_EQ(loaded.model->config().width, 24);
    OMNI_CHECK_EQ(loaded.model->parameterCount(), model.parameterCount());
    const std::vector<TokenId> probe = {3, 17, 39, 0, 8};
    OMNI_CHECK(loaded.model->sequenceLogits(probe) == model.sequenceLogits(probe));
    OMNI_CHECK(loaded.model->startSession()->feed(probe) == model.startSession()->feed(probe));
}

OMNI_TEST(truncated_and_corrupted_files_are_refused)
{
    TempDir dir;
    const std::string path = dir.file("copy.omnilm");
    saveDecoderFile(path, DecoderLM(tinyConfig(), 6), "blob", "{}");
    const std::string bytes = readFile(path);

    const std::string cut = dir.file("cut.omnilm");
    writeFile(cut, bytes.substr(0, bytes.size() / 2));
    OMNI_CHECK_THROWS_WITH(loadDecoderFile(cut), LmFileError, cut + ": the language model file is truncated");
    writeFile(cut, bytes.substr(0, 12));
    OMNI_CHECK_THROWS_WITH(loadDecoderFile(cut), LmFileError, "shorter than its header");

    std::string damaged = bytes;
    damaged[damaged.size() / 2] = static_cast<char>(damaged[damaged.size() / 2] ^ 0x40);
    const std::string corrupt = dir.file("corrupt.omnilm");
    writeFile(corrupt, damaged);
    OMNI_CHECK_THROWS_WITH(loadDecoderFile(corrupt), LmFileError, corrupt + ": the language model file is corrupted (checksum");

    // A body length in the header far beyond the file.
    std::string huge = bytes;
    const int64_t length = int64_t(1) << 50;
    std::memcpy(&huge[16], &length, sizeof length);
    writeFile(corrupt, huge);
    OMNI_CHECK_THROWS_WITH(loadDecoderFile(corrupt), LmFileError, "truncated or corrupted");

    writeFile(corrupt, bytes + "x");
    OMNI_CHECK_THROWS_WITH(loadDecoderFile(corrupt), LmFileError, "unexpected bytes at the end");
}

OMNI_TEST(foreign_and_newer_files_are_refused)
{
    TempDir dir;
    const std::string text = dir.file("notes.omnilm");
    writeFile(text, "just some text, not a model");
    OMNI_CHECK_THROWS_WITH(loadDecoderFile(text), LmFileError, text + ": not an OmniConsole copy language model file");
    writeFile(text, "");
    OMNI_CHECK_THROWS_WITH(loadDecoderFile(text), LmFileError, "not an OmniConsole copy language model file");
    writeFile(text, std::string("OMNIRECM") + std::string(40, '\0'));
    OMNI_CHECK_THROWS_WITH(loadDecoderFile(text), LmFileError, "a recommendation model, not a copy language model");
    OMNI_CHECK_THROWS_WITH(loadDecoderFile(dir.file("missing.omnilm")), LmFileError, "no such language model file");

    const std::string newer = dir.file("newer.omnilm");
    writeFile(newer, wrap("", kDecoderFileFormat + 1));
    OMNI_CHECK_THROWS_WITH(loadDecoderFile(newer), LmFileError, "written by a newer OmniConsole");
}

OMNI_TEST(inconsistent_contents_with_a_valid_checksum_are_refused)
{
    TempDir dir;
    const std::string path = dir.file("odd.omnilm");

    omni::recsys::ModelWriter badConfig;
    badConfig.writeI32s({40, 16, 2, 24, 5}); // 24 is not a multiple of 5 heads
    writeFile(path, wrap(badConfig.bytes()));
    OMNI_CHECK_THROWS_WITH(loadDecoderFile(path), LmFileError, path + ": the file holds an unusable decoder configuration");

    omni::recsys::ModelWriter fewTensors;
    fewTensors.writeI32s({40, 16, 2, 24, 3});
    fewTensors.writeString("label");
    fewTensors.writeBytes("blob");
    fewTensors.writeString("{}");
    fewTensors.writeI64(3);
    writeFile(path, wrap(fewTensors.bytes()));
    OMNI_CHECK_THROWS_WITH(loadDecoderFile(path), LmFileError, "the file holds 3 weight tensors, a model of 2 layers has 28");

    // Cut inside the weights, with the checksum recomputed: the reader itself must stop cleanly.
    TempDir other;
    saveDecoderFile(other.file("m.omnilm"), DecoderLM(tinyConfig(), 7), "blob", "{}");
    const std::string bytes = readFile(other.file("m.omnilm"));
    const std::string body = bytes.substr(24, bytes.size() - 24 - 8);
    writeFile(path, wrap(body.substr(0, body.size() - 100)));
    OMNI_CHECK_THROWS_WITH(loadDecoderFile(path), LmFileError, path + ": ");
}
