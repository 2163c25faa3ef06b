// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/lm/gpt2_safetensors.h"

#include "recsys/torch_support.h"
#include "text/lm/decoder_network.h"
#include "text/lm/mini_json.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

namespace omni::text {

namespace {

namespace fs = std::filesystem;

// GPT-2's head size in every published size (small 768/12, medium 1024/16, large 1280/20, xl 1600/25).
constexpr int kGpt2HeadSize = 64;

bool isConv1DWeight(const std::string& name)
{
    for (const char* suffix : {"attn.c_attn.weight", "attn.c_proj.weight", "mlp.c_fc.weight", "mlp.c_proj.weight"}) {
        const std::string s(suffix);
        if (name.size() >= s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0)
            return true;
    }
    return false;
}

int readCount(const json::Value& root, const std::string& path, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const json::Value* value = root.find(key);
        if (!value)
            continue;
        const std::optional<uint64_t> number = value->asUnsigned();
        if (!number || *number == 0 || *number > 10'000'000)
            throw SafetensorsError(path + ": \"" + key + "\" must be a positive integer");
        return static_cast<int>(*number);
    }
    throw SafetensorsError(path + ": the configuration has no \"" + *keys.begin() + "\"");
}

// Layers, width, context and vocabulary from the tensor shapes (no config.json).
DecoderConfig inferConfig(const SafetensorsFile& file, const std::string& prefix)
{
    const SafetensorsTensor* tokens = file.find(prefix + "wte.weight");
    const SafetensorsTensor* positions = file.find(prefix + "wpe.weight");
    if (!tokens || !positions)
        throw SafetensorsError(file.path() + ": the safetensors file has no tensor '" + prefix +
                               (tokens ? "wpe.weight" : "wte.weight") + "'; is it a GPT-2 model?");
    if (tokens->shape.size() != 2 || positions->shape.size() != 2)
        throw SafetensorsError(file.path() + ": the embeddings are not matrices");
    std::set<int> layers;
    const std::string blockPrefix = prefix + "h.";
    for (const SafetensorsTensor& tensor : file.tensors())
        if (tensor.name.compare(0, blockPrefix.size(), blockPrefix) == 0) {
            const size_t dot = tensor.name.find('.', blockPrefix.size());
            try {
                layers.insert(std::stoi(tensor.name.substr(blockPrefix.size(), dot - blockPrefix.size())));
            } catch (const std::exception&) {
            }
        }
    DecoderConfig config;
    config.vocabularySize = static_cast<int>(tokens->shape[0]);
    config.width = static_cast<int>(tokens->shape[1]);
    config.contextLength = static_cast<int>(positions->shape[0]);
    config.layers = layers.empty() ? 0 : *layers.rbegin() + 1;
    if (config.width % kGpt2HeadSize != 0)
        throw SafetensorsError(file.path() + ": the number of attention heads cannot be read from the weights (width " +
                               std::to_string(config.width) + " is not a multiple of GPT-2's head size 64); give the "
                               "model's config.json");
    config.heads = config.width / kGpt2HeadSize;
    return config;
}

} // namespace

DecoderConfig readGpt2Config(const std::string& path)
{
    std::error_code error;
    if (!fs::is_regular_file(path, error))
        throw SafetensorsError(path + ": no such config.json");
    std::ifstream in(path, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    json::Value root;
    try {
        root = json::parse(text);
    } catch (const json::ParseError& parseError) {
        throw SafetensorsError(path + ": not valid JSON (" + parseError.what() + ")");
    }
    if (!root.isObject())
        throw SafetensorsError(path + ": not a JSON object");
    if (const json::Value* type = root.find("model_type"); type && type->isString() && type->text != "gpt2")
        throw SafetensorsError(path + ": this is a '" + type->text + "' model; only GPT-2 models can be loaded");
    DecoderConfig config;
    config.layers = readCount(root, path, {"n_layer"});
    config.width = readCount(root, path, {"n_embd"});
    config.heads = readCount(root, path, {"n_head"});
    config.contextLength = readCount(root, path, {"n_positions", "n_ctx"});
    config.vocabularySize = readCount(root, path, {"vocab_size"});
    try {
        validateDecoderConfig(config);
    } catch (const std::invalid_argument& invalid) {
        throw SafetensorsError(path + ": " + invalid.what());
    }
    return config;
}

std::shared_ptr<DecoderLM> loadGpt2Safetensors(const std::string& safetensorsPath, const std::string& configJsonPath,
                                               int tokenizerVocabularySize, runtime::DevicePreference device)
{
    const SafetensorsFile file(safetensorsPath);
    const std::string prefix = file.find("transformer.wte.weight") ? "transformer." : "";
    const bool headsAssumed = configJsonPath.empty();
    const DecoderConfig config = headsAssumed ? inferConfig(file, prefix) : readGpt2Config(configJsonPath);
    try {
        validateDecoderConfig(config);
    } catch (const std::invalid_argument& invalid) {
        throw SafetensorsError(safetensorsPath + ": " + invalid.what());
    }
    if (config.vocabularySize != tokenizerVocabularySize)
        throw SafetensorsError(safetensorsPath + ": the model's vocabulary has " + std::to_string(config.vocabularySize) +
                               " tokens, the tokenizer's " + std::to_string(tokenizerVocabularySize) +
                               "; the model and tokenizer files do not belong together");

    auto network = std::make_shared<DecoderNetwork>(config);
    const std::vector<std::string> names = DecoderNetwork::parameterNames(config.layers);
    const std::vector<std::vector<int64_t>> shapes = network->parameterShapes();
    // Every tensor is found and its shape checked before any is read.
    std::vector<const SafetensorsTensor*> found;
    for (size_t i = 0; i < names.size(); ++i) {
        const std::string name = prefix + names[i];
        const SafetensorsTensor* tensor = file.find(name);
        if (!tensor)
            throw SafetensorsError(safetensorsPath + ": the safetensors file has no tensor '" + name +
                                   "' (a GPT-2 model of " + std::to_string(config.layers) + " layers needs it)");
        std::vector<int64_t> expected = shapes[i];
        if (isConv1DWeight(names[i]))
            std::swap(expected[0], expected[1]); // GPT-2's Conv1D stores [in, out]
        if (tensor->shape != expected)
            throw SafetensorsError(safetensorsPath + ": tensor '" + name + "' has shape " + shapeText(tensor->shape) +
                                   ", expected " + shapeText(expected));
        if (tensor->dtype != "F32" && tensor->dtype != "F16" && tensor->dtype != "BF16")
            throw SafetensorsError(safetensorsPath + ": tensor '" + name + "' has dtype " + tensor->dtype +
                                   ", which is not supported (F32, F16 or BF16)");
        found.push_back(tensor);
    }
    std::vector<torch::Tensor> weights;
    for (size_t i = 0; i < names.size(); ++i) {
        torch::Tensor values = torch::empty(found[i]->shape, torch::kFloat32);
        file.readFloats(*found[i], values.data_ptr<float>());
        weights.push_back(isConv1DWeight(names[i]) ? values.t().contiguous() : values);
    }
    network->assign(std::move(weights), false);
    network->to(recsys::torchsupport::resolveTorchDevice(device).device);
    network->setRequiresGrad(false);
    std::string label = "GPT-2 (" + fs::path(safetensorsPath).filename().string() + ")";
    if (headsAssumed)
        label += " [no config.json: " + std::to_string(config.heads) + " heads assumed]";
    return std::make_shared<DecoderLM>(network, label);
}

} // namespace omni::text
