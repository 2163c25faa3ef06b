// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/lm/decoder_file.h"

#include "io/framed_file.h"
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

namespace ts = recsys::torchsupport;

[[noreturn]] void refuse(const std::string& path, const std::string& what) { throw LmFileError(path + ": " + what); }

[[noreturn]] void raiseLmFileError(const std::string& message)
{
    throw LmFileError(message);
}

// The file is an io::FramedFile ("OMNICPLM"); a recommender's file ("OMNIRECM") is named as such.
const io::FramedFileKind& decoderFileKind()
{
    static const io::FramedFileKind kind{
        "OMNICPLM", kDecoderFileFormat, "language model", "copy language model",
        {{"OMNIRECM", "this is a recommendation model, not a copy language model"}}, raiseLmFileError};
    return kind;
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

    io::writeFramedFile(path, decoderFileKind(), body.bytes());
}

LoadedDecoderFile loadDecoderFile(const std::string& path, runtime::DevicePreference device)
{
    const std::string body = io::readFramedFile(path, decoderFileKind());
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
