// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/lm/decoder_file.h"

#include "recsys/fingerprint.h"
#include "recsys/model_io.h"
#include "recsys/torch_support.h"
#include "text/lm/decoder_network.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace omni::text {

namespace {

namespace fs = std::filesystem;
namespace ts = recsys::torchsupport;

constexpr char kMagic[8] = {'O', 'M', 'N', 'I', 'C', 'P', 'L', 'M'};
constexpr char kRecommenderMagic[8] = {'O', 'M', 'N', 'I', 'R', 'E', 'C', 'M'};
constexpr size_t kHeaderSize = 8 + 4 + 4 + 8;
constexpr size_t kChecksumSize = 8;

[[noreturn]] void refuse(const std::string& path, const std::string& what) { throw LmFileError(path + ": " + what); }

std::string readWholeFile(const std::string& path)
{
    std::error_code error;
    if (!fs::exists(path, error))
        refuse(path, "no such language model file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        refuse(path, std::string("cannot read the language model file (") + std::strerror(errno) + ")");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string_view verifiedBody(const std::string& path, const std::string& bytes)
{
    if (bytes.size() >= sizeof kRecommenderMagic && std::memcmp(bytes.data(), kRecommenderMagic, 8) == 0)
        refuse(path, "this is a recommendation model, not a copy language model");
    if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        refuse(path, "not an OmniConsole copy language model file");
    if (bytes.size() < kHeaderSize)
        refuse(path, "the language model file is truncated (" + std::to_string(bytes.size()) +
                         " bytes, shorter than its header)");
    uint32_t format = 0;
    std::memcpy(&format, bytes.data() + 8, sizeof format);
    if (format != kDecoderFileFormat)
        refuse(path, "the language model file has format version " + std::to_string(format) +
                         ", this OmniConsole reads version " + std::to_string(kDecoderFileFormat) +
                         (format > kDecoderFileFormat ? " (written by a newer OmniConsole)" : " (train the model again)"));
    int64_t bodyLength = 0;
    std::memcpy(&bodyLength, bytes.data() + 16, sizeof bodyLength);
    if (bodyLength < 0 || static_cast<uint64_t>(bodyLength) > bytes.size())
        refuse(path, "the language model file is truncated or corrupted (its header announces " +
                         std::to_string(bodyLength) + " bytes of data, the file has " + std::to_string(bytes.size()) + ")");
    const uint64_t expected = kHeaderSize + static_cast<uint64_t>(bodyLength) + kChecksumSize;
    if (bytes.size() < expected)
        refuse(path, "the language model file is truncated (" + std::to_string(bytes.size()) + " bytes of " +
                         std::to_string(expected) + ")");
    if (bytes.size() > expected)
        refuse(path, "the language model file is corrupted (" + std::to_string(bytes.size() - expected) +
                         " unexpected bytes at the end)");
    const std::string_view body(bytes.data() + kHeaderSize, static_cast<size_t>(bodyLength));
    uint64_t stored = 0;
    std::memcpy(&stored, bytes.data() + kHeaderSize + bodyLength, sizeof stored);
    if (recsys::fnv1a(body) != stored)
        refuse(path, "the language model file is corrupted (checksum mismatch)");
    return body;
}

void writeAll(const std::string& path, const std::string& bytes)
{
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file)
        refuse(path, std::string("cannot write the language model file (") + std::strerror(errno) + ")");
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
    const bool flushed = std::fflush(file) == 0;
    const bool closed = std::fclose(file) == 0;
    if (!written || !flushed || !closed)
        refuse(path, std::string("cannot write the language model file (") + std::strerror(errno) + ")");
}

LoadedDecoderFile readBody(const std::string& path, std::string_view body, runtime::DevicePreference device)
{
    recsys::ModelReader in(body, path);
    const std::vector<int32_t> numbers = in.readI32s();
    if (numbers.size() != 5)
        in.fail("the model configuration has " + std::to_string(numbers.size()) + " values, expected 5");
    DecoderConfig config;
    config.vocabularySize = numbers[0];
    config.contextLength = numbers[1];
    config.layers = numbers[2];
    config.width = numbers[3];
    config.heads = numbers[4];
    try {
        validateDecoderConfig(config);
    } catch (const std::invalid_argument& error) {
        in.fail(std::string("the file holds an unusable ") + error.what());
    }
    const std::string label = in.readString();
    LoadedDecoderFile loaded;
    loaded.tokenizerBlob = in.readBytes();
    loaded.metadataJson = in.readString();
    const std::vector<std::string> names = DecoderNetwork::parameterNames(config.layers);
    const int64_t count = in.readI64();
    if (count != static_cast<int64_t>(names.size()))
        in.fail("the file holds " + std::to_string(count) + " weight tensors, a model of " +
                std::to_string(config.layers) + " layers has " + std::to_string(names.size()));
    auto network = std::make_shared<DecoderNetwork>(config);
    const std::vector<std::vector<int64_t>> shapes = network->parameterShapes();
    std::vector<torch::Tensor> weights;
    for (size_t i = 0; i < names.size(); ++i) {
        const std::string name = in.readString();
        if (name != names[i])
            in.fail("weight tensor " + std::to_string(i) + " is '" + name + "', expected '" + names[i] + "'");
        weights.push_back(ts::readTensor(in, shapes[i], "weight tensor " + name));
    }
    if (!in.atEnd())
        in.fail("the language model file has unexpected data at its end");
    network->assign(std::move(weights), false);
    network->to(ts::resolveTorchDevice(device).device);
    network->setRequiresGrad(false);
    loaded.model = std::make_shared<DecoderLM>(network, label);
    return loaded;
}

} // namespace

void saveDecoderFile(const std::string& path, const DecoderLM& model, const std::string& tokenizerBlob,
                     const std::string& metadataJson)
{
    const DecoderConfig& config = model.config();
    recsys::ModelWriter body;
    body.writeI32s({config.vocabularySize, config.contextLength, config.layers, config.width, config.heads});
    body.writeString(model.label());
    body.writeBytes(tokenizerBlob);
    body.writeString(metadataJson);
    const std::vector<std::string> names = DecoderNetwork::parameterNames(config.layers);
    const std::vector<torch::Tensor>& parameters = model.network()->parameters();
    body.writeI64(static_cast<int64_t>(parameters.size()));
    for (size_t i = 0; i < parameters.size(); ++i) {
        body.writeString(names[i]);
        ts::writeTensor(body, parameters[i]);
    }

    recsys::ModelWriter header;
    header.writeU32(kDecoderFileFormat);
    header.writeU32(0);
    header.writeI64(static_cast<int64_t>(body.bytes().size()));
    recsys::ModelWriter checksum;
    checksum.writeI64(static_cast<int64_t>(recsys::fnv1a(body.bytes())));
    std::string bytes(kMagic, sizeof kMagic);
    bytes += header.bytes();
    bytes += body.bytes();
    bytes += checksum.bytes();

    const std::string temporary = path + ".tmp";
    try {
        writeAll(temporary, bytes);
        std::error_code error;
        fs::rename(temporary, path, error);
        if (error)
            refuse(path, "cannot move the language model file into place (" + error.message() + ")");
    } catch (...) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw;
    }
}

LoadedDecoderFile loadDecoderFile(const std::string& path, runtime::DevicePreference device)
{
    const std::string bytes = readWholeFile(path);
    const std::string_view body = verifiedBody(path, bytes);
    try {
        return readBody(path, body, device);
    } catch (const LmFileError&) {
        throw;
    } catch (const recsys::ModelFileError& error) {
        throw LmFileError(error.what()); // already "<path>: <problem>"
    } catch (const std::exception& error) {
        refuse(path, std::string("the language model cannot be loaded (") + error.what() + ")");
    }
}

} // namespace omni::text
