// SPDX-License-Identifier: GPL-3.0-or-later
// Bring-your-own GPT-2: the test writes a tiny GPT-2 itself (random weights in Hugging Face's
// layout and names, Conv1D weights as [in, out], a config.json), loads it, and compares the logits
// with a plain-loop GPT-2 forward pass written here independently of the decoder (double
// precision, straight from the file's [in, out] matrices). F16 and BF16 files, the "transformer."
// prefix and a file without config.json load too. Bad files are refused with the expected messages.
#include "check.h"

#include "text/lm/gpt2_safetensors.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <random>

using namespace omni::text;
using omni::runtime::DevicePreference;
using omni::test::readFile;
using omni::test::TempDir;
using omni::test::writeFile;

namespace {

struct Shape {
    int vocabulary = 20, context = 8, layers = 2, width = 8, heads = 2;
};

struct Tensor {
    std::vector<int64_t> shape;
    std::vector<float> values;
};

// The weights by Hugging Face name (no prefix), Conv1D matrices as [in, out].
using Weights = std::map<std::string, Tensor>;

// Values exactly representable in F16 and BF16 when `coarse` (multiples of 1/64 below 2), so that
// the reference sees exactly what the loader reads.
Weights randomWeights(const Shape& s, uint64_t seed, bool coarse)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<float> normal(0.0f, 0.4f);
    auto make = [&](std::vector<int64_t> shape, float centre) {
        Tensor t{shape, {}};
        int64_t count = 1;
        for (int64_t size : shape)
            count *= size;
        for (int64_t i = 0; i < count; ++i) {
            float v = centre + normal(random);
            if (coarse)
                v = std::round(std::max(-1.9f, std::min(1.9f, v)) * 64.0f) / 64.0f;
            t.values.push_back(v);
        }
        return t;
    };
    const int64_t w = s.width;
    Weights weights;
    weights["wte.weight"] = make({s.vocabulary, w}, 0);
    weights["wpe.weight"] = make({s.context, w}, 0);
    for (int l = 0; l < s.layers; ++l) {
        const std::string p = "h." + std::to_string(l) + ".";
        weights[p + "ln_1.weight"] = make({w}, 1);
        weights[p + "ln_1.bias"] = make({w}, 0);
        weights[p + "attn.c_attn.weight"] = make({w, 3 * w}, 0);
        weights[p + "attn.c_attn.bias"] = make({3 * w}, 0);
        weights[p + "attn.c_proj.weight"] = make({w, w}, 0);
        weights[p + "attn.c_proj.bias"] = make({w}, 0);
        weights[p + "ln_2.weight"] = make({w}, 1);
        weights[p + "ln_2.bias"] = make({w}, 0);
        weights[p + "mlp.c_fc.weight"] = make({w, 4 * w}, 0);
        weights[p + "mlp.c_fc.bias"] = make({4 * w}, 0);
        weights[p + "mlp.c_proj.weight"] = make({4 * w, w}, 0);
        weights[p + "mlp.c_proj.bias"] = make({w}, 0);
    }
    weights["ln_f.weight"] = make({w}, 1);
    weights["ln_f.bias"] = make({w}, 0);
    return weights;
}

uint16_t toHalf(float value) // exact for the coarse values (normal range, <= 10 mantissa bits)
{
    if (value == 0)
        return 0;
    uint32_t bits;
    std::memcpy(&bits, &value, 4);
    const uint32_t sign = (bits >> 16) & 0x8000u;
    const int exponent = static_cast<int>((bits >> 23) & 0xFF) - 127 + 15;
    return static_cast<uint16_t>(sign | (static_cast<uint32_t>(exponent) << 10) | ((bits >> 13) & 0x3FFu));
}

uint16_t toBfloat(float value)
{
    uint32_t bits;
    std::memcpy(&bits, &value, 4);
    return static_cast<uint16_t>(bits >> 16);
}

std::string encode(const std::vector<float>& values, const std::string& dtype)
{
    std::string bytes;
    for (float v : values) {
        if (dtype == "F16" || dtype == "BF16") {
            const uint16_t h = dtype == "F16" ? toHalf(v) : toBfloat(v);
            bytes.append(reinterpret_cast<const char*>(&h), 2);
        } else {
            bytes.append(reinterpret_cast<const char*>(&v), 4);
        }
    }
    return bytes;
}

std::string shapeJson(const std::vector<int64_t>& shape)
{
    std::string text = "[";
    for (size_t i = 0; i < shape.size(); ++i)
        text += (i ? "," : "") + std::to_string(shape[i]);
    return text + "]";
}

// The safetensors bytes for a header text and data.
std::string assemble(std::string header, const std::string& data)
{
    while (header.size() % 8 != 0)
        header += ' '; // as the reference writer pads
    uint64_t length = header.size();
    std::string bytes(reinterpret_cast<const char*>(&length), 8);
    return bytes + header + data;
}

struct WriteOptions {
    std::string dtype = "F32";
    std::string prefix;
    std::map<std::string, std::string> dtypeOverride;
    std::map<std::string, std::vector<int64_t>> shapeOverride; // the header's shape (data as is)
};

std::string safetensorsBytes(const Weights& weights, const WriteOptions& options = {})
{
    std::string header = "{\"__metadata__\":{\"format\":\"pt\"}";
    std::string data;
    for (const auto& [name, tensor] : weights) {
        const auto dtypeIt = options.dtypeOverride.find(name);
        const std::string dtype = dtypeIt != options.dtypeOverride.end() ? dtypeIt->second : options.dtype;
        const std::string bytes = encode(tensor.values, dtype == "I32" ? "F32" : dtype);
        const auto shapeIt = options.shapeOverride.find(name);
        const std::vector<int64_t>& shape = shapeIt != options.shapeOverride.end() ? shapeIt->second : tensor.shape;
        header += ",\"" + options.prefix + name + "\":{\"dtype\":\"" + dtype + "\",\"shape\":" + shapeJson(shape) +
                  ",\"data_offsets\":[" + std::to_string(data.size()) + "," + std::to_string(data.size() + bytes.size()) +
                  "]}";
        data += bytes;
    }
    return assemble(header + "}", data);
}

std::string configJson(const Shape& s)
{
    return "{\"architectures\": [\"GPT2LMHeadModel\"], \"model_type\": \"gpt2\", \"n_layer\": " +
           std::to_string(s.layers) + ", \"n_embd\": " + std::to_string(s.width) + ", \"n_head\": " +
           std::to_string(s.heads) + ", \"n_positions\": " + std::to_string(s.context) + ", \"vocab_size\": " +
           std::to_string(s.vocabulary) + ", \"layer_norm_epsilon\": 1e-05, \"activation_function\": \"gelu_new\", " +
           "\"task_specific_params\": {\"text-generation\": {\"do_sample\": true, \"max_length\": 50}}}";
}

// ---- An independent GPT-2 forward pass, plain loops in double ---------------------------------

using Vector = std::vector<double>;

Vector layerNorm(const Vector& x, const Tensor& gain, const Tensor& bias)
{
    double mean = 0, variance = 0;
    for (double v : x)
        mean += v;
    mean /= static_cast<double>(x.size());
    for (double v : x)
        variance += (v - mean) * (v - mean);
    variance /= static_cast<double>(x.size());
    Vector out(x.size());
    for (size_t i = 0; i < x.size(); ++i)
        out[i] = (x[i] - mean) / std::sqrt(variance + 1e-5) * gain.values[i] + bias.values[i];
    return out;
}

// Conv1D: x [in] times W [in, out] plus b.
Vector conv1d(const Vector& x, const Tensor& weight, const Tensor& bias)
{
    const size_t in = static_cast<size_t>(weight.shape[0]);
    const size_t out = static_cast<size_t>(weight.shape[1]);
    Vector y(out);
    for (size_t o = 0; o < out; ++o) {
        double sum = bias.values[o];
        for (size_t i = 0; i < in; ++i)
            sum += x[i] * weight.values[i * out + o];
        y[o] = sum;
    }
    return y;
}

// The logits after the last token.
Vector referenceLogits(const Weights& w, const Shape& s, const std::vector<TokenId>& tokens)
{
    const size_t n = tokens.size();
    const size_t width = static_cast<size_t>(s.width);
    const size_t headSize = width / static_cast<size_t>(s.heads);
    std::vector<Vector> x(n, Vector(width));
    for (size_t t = 0; t < n; ++t)
        for (size_t d = 0; d < width; ++d)
            x[t][d] = w.at("wte.weight").values[static_cast<size_t>(tokens[t]) * width + d] +
                      w.at("wpe.weight").values[t * width + d];
    for (int l = 0; l < s.layers; ++l) {
        const std::string p = "h." + std::to_string(l) + ".";
        std::vector<Vector> qkv(n);
        for (size_t t = 0; t < n; ++t)
            qkv[t] = conv1d(layerNorm(x[t], w.at(p + "ln_1.weight"), w.at(p + "ln_1.bias")),
                            w.at(p + "attn.c_attn.weight"), w.at(p + "attn.c_attn.bias"));
        for (size_t t = 0; t < n; ++t) {
            Vector mixed(width, 0.0);
            for (size_t h = 0; h < static_cast<size_t>(s.heads); ++h) {
                std::vector<double> scores(t + 1);
                double largest = -1e300;
                for (size_t j = 0; j <= t; ++j) {
                    double dot = 0;
                    for (size_t d = 0; d < headSize; ++d)
                        dot += qkv[t][h * headSize + d] * qkv[j][width + h * headSize + d];
                    scores[j] = dot / std::sqrt(static_cast<double>(headSize));
                    largest = std::max(largest, scores[j]);
                }
                double total = 0;
                for (double& score : scores)
                    total += (score = std::exp(score - largest));
                for (size_t j = 0; j <= t; ++j)
                    for (size_t d = 0; d < headSize; ++d)
                        mixed[h * headSize + d] += scores[j] / total * qkv[j][2 * width + h * headSize + d];
            }
            qkv[t] = mixed; // reuse: the attention output of position t
        }
        for (size_t t = 0; t < n; ++t) {
            const Vector projected = conv1d(qkv[t], w.at(p + "attn.c_proj.weight"), w.at(p + "attn.c_proj.bias"));
            for (size_t d = 0; d < width; ++d)
                x[t][d] += projected[d];
            Vector inner = conv1d(layerNorm(x[t], w.at(p + "ln_2.weight"), w.at(p + "ln_2.bias")),
                                  w.at(p + "mlp.c_fc.weight"), w.at(p + "mlp.c_fc.bias"));
            for (double& v : inner) // GPT-2's "gelu_new"
                v = 0.5 * v * (1.0 + std::tanh(std::sqrt(2.0 / 3.14159265358979323846) * (v + 0.044715 * v * v * v)));
            const Vector out = conv1d(inner, w.at(p + "mlp.c_proj.weight"), w.at(p + "mlp.c_proj.bias"));
            for (size_t d = 0; d < width; ++d)
                x[t][d] += out[d];
        }
    }
    const Vector last = layerNorm(x[n - 1], w.at("ln_f.weight"), w.at("ln_f.bias"));
    Vector logits(static_cast<size_t>(s.vocabulary));
    for (size_t v = 0; v < logits.size(); ++v)
        for (size_t d = 0; d < width; ++d)
            logits[v] += last[d] * w.at("wte.weight").values[v * width + d];
    return logits;
}

double maxDifference(const Vector& expected, const std::vector<float>& actual)
{
    double largest = actual.size() == expected.size() ? 0 : 1e9;
    for (size_t i = 0; i < expected.size() && i < actual.size(); ++i)
        largest = std::max(largest, std::fabs(expected[i] - actual[i]));
    return largest;
}

// Loads the model and checks the logits of a session against the reference after every token.
void checkAgainstReference(const std::string& file, const std::string& config, const Weights& weights, const Shape& s)
{
    const auto model = loadGpt2Safetensors(file, config, s.vocabulary, DevicePreference::Cpu);
    OMNI_CHECK_EQ(model->config().layers, s.layers);
    OMNI_CHECK_EQ(model->config().heads, s.heads);
    OMNI_CHECK_EQ(model->contextLength(), s.context);
    const std::vector<TokenId> tokens = {3, 11, 0, 19, 7, 7};
    auto session = model->startSession();
    double spread = 0;
    for (size_t t = 0; t < tokens.size(); ++t) {
        const std::vector<float> logits = session->feed({tokens[t]});
        const Vector expected = referenceLogits(weights, s, std::vector<TokenId>(tokens.begin(), tokens.begin() + t + 1));
        OMNI_CHECK(maxDifference(expected, logits) < 1e-4);
        spread = std::max(spread, *std::max_element(expected.begin(), expected.end()) -
                                      *std::min_element(expected.begin(), expected.end()));
    }
    OMNI_CHECK(spread > 1.0); // the reference logits are not trivially flat
}

} // namespace

OMNI_TEST(f32_gpt2_matches_an_independent_forward_pass)
{
    TempDir dir;
    const Shape s;
    const Weights weights = randomWeights(s, 1, false);
    writeFile(dir.file("model.safetensors"), safetensorsBytes(weights));
    writeFile(dir.file("config.json"), configJson(s));
    checkAgainstReference(dir.file("model.safetensors"), dir.file("config.json"), weights, s);
    const auto model = loadGpt2Safetensors(dir.file("model.safetensors"), dir.file("config.json"), 20);
    OMNI_CHECK(model->describe().find("GPT-2 (model.safetensors)") == 0);
}

OMNI_TEST(f16_and_bf16_with_the_transformer_prefix)
{
    TempDir dir;
    const Shape s;
    const Weights weights = randomWeights(s, 2, true);
    writeFile(dir.file("config.json"), configJson(s));
    for (const char* dtype : {"F16", "BF16"}) {
        WriteOptions options;
        options.dtype = dtype;
        options.prefix = "transformer.";
        writeFile(dir.file("model.safetensors"), safetensorsBytes(weights, options));
        checkAgainstReference(dir.file("model.safetensors"), dir.file("config.json"), weights, s);
    }
}

OMNI_TEST(without_config_the_shape_comes_from_the_tensors)
{
    TempDir dir;
    Shape s;
    s.layers = 1;
    s.width = 64; // one head of GPT-2's size 64
    s.heads = 1;
    const Weights weights = randomWeights(s, 3, false);
    writeFile(dir.file("model.safetensors"), safetensorsBytes(weights));
    checkAgainstReference(dir.file("model.safetensors"), "", weights, s);
    const auto model = loadGpt2Safetensors(dir.file("model.safetensors"), "", s.vocabulary);
    OMNI_CHECK(model->describe().find("no config.json: 1 heads assumed") != std::string::npos);

    // Width 8: the heads cannot be inferred.
    writeFile(dir.file("small.safetensors"), safetensorsBytes(randomWeights(Shape{}, 4, false)));
    OMNI_CHECK_THROWS_WITH(loadGpt2Safetensors(dir.file("small.safetensors"), "", 20), SafetensorsError,
                           "give the model's config.json");
}

OMNI_TEST(damaged_files_are_refused)
{
    TempDir dir;
    const Shape s;
    const std::string good = safetensorsBytes(randomWeights(s, 5, false));
    writeFile(dir.file("config.json"), configJson(s));
    const std::string config = dir.file("config.json");
    const std::string path = dir.file("bad.safetensors");
    auto load = [&] { return loadGpt2Safetensors(path, config, 20, DevicePreference::Cpu); };

    writeFile(path, good.substr(0, good.size() - 10));
    OMNI_CHECK_THROWS_WITH(load(), SafetensorsError, "outside the");
    OMNI_CHECK_THROWS_WITH(load(), SafetensorsError, "the file is truncated or corrupted");
    writeFile(path, good.substr(0, 5));
    OMNI_CHECK_THROWS_WITH(load(), SafetensorsError, path + ": the safetensors file is truncated (5 bytes");

    std::string longHeader = good.substr(0, 200);
    const uint64_t claimed = 1000000;
    std::memcpy(&longHeader[0], &claimed, 8);
    writeFile(path, longHeader);
    OMNI_CHECK_THROWS_WITH(load(), SafetensorsError, "the header length (1000000 bytes) goes past the end of the file");

    writeFile(path, assemble("{\"wte.weight\": {\"dtype\": \"F32\", \"shape\": [2", std::string(64, '\0')));
    OMNI_CHECK_THROWS_WITH(load(), SafetensorsError, "the header is not valid JSON");

    writeFile(path, assemble("{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]},"
                             "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[8,16]}}",
                             std::string(16, '\0')));
    OMNI_CHECK_THROWS_WITH(load(), SafetensorsError, "tensors 'a' and 'b' overlap");

    writeFile(path, assemble("{\"a\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,16]}}", std::string(16, '\0')));
    OMNI_CHECK_THROWS_WITH(load(), SafetensorsError, "tensor 'a' holds 16 bytes, but its shape [3] of F32 needs 12");

    OMNI_CHECK_THROWS_WITH(loadGpt2Safetensors(dir.file("none.safetensors"), config, 20), SafetensorsError,
                           "no such safetensors file");
}

OMNI_TEST(mismatched_models_are_refused)
{
    TempDir dir;
    const Shape s;
    const std::string config = dir.file("config.json");
    writeFile(config, configJson(s));
    const std::string path = dir.file("model.safetensors");
    auto load = [&] { return loadGpt2Safetensors(path, config, 20, DevicePreference::Cpu); };

    Weights missing = randomWeights(s, 6, false);
    missing.erase("h.1.mlp.c_fc.bias");
    writeFile(path, safetensorsBytes(missing));
    OMNI_CHECK_THROWS_WITH(load(), SafetensorsError, "the safetensors file has no tensor 'h.1.mlp.c_fc.bias'");

    // c_fc stored in torch's [out, in] layout instead of Conv1D's [in, out].
    Weights transposed = randomWeights(s, 7, false);
    transposed["h.0.mlp.c_fc.weight"].shape = {32, 8};
    writeFile(path, safetensorsBytes(transposed));
    OMNI_CHECK_THROWS_WITH(load(), SafetensorsError, "tensor 'h.0.mlp.c_fc.weight' has shape [32, 8], expected [8, 32]");

    WriteOptions integers;
    integers.dtypeOverride["h.0.ln_1.weight"] = "I32";
    writeFile(path, safetensorsBytes(randomWeights(s, 8, false), integers));
    OMNI_CHECK_THROWS_WITH(load(), SafetensorsError, "tensor 'h.0.ln_1.weight' has dtype I32, which is not supported");

    writeFile(path, safetensorsBytes(randomWeights(s, 9, false)));
    OMNI_CHECK_THROWS_WITH(loadGpt2Safetensors(path, config, 21), SafetensorsError,
                           "the model's vocabulary has 20 tokens, the tokenizer's 21");

    // A config.json that disagrees with the weights: a shape mismatch on the first tensor.
    Shape wider = s;
    wider.width = 16;
    writeFile(config, configJson(wider));
    OMNI_CHECK_THROWS_WITH(load(), SafetensorsError, "tensor 'wte.weight' has shape [20, 8], expected [20, 16]");
    writeFile(config, "{\"model_type\": \"llama\", \"n_layer\": 2}");
    OMNI_CHECK_THROWS_WITH(load(), SafetensorsError, "this is a 'llama' model; only GPT-2 models can be loaded");
    writeFile(config, "{\"n_layer\": 2, \"n_embd\": 8, \"n_positions\": 8, \"vocab_size\": 20}");
    OMNI_CHECK_THROWS_WITH(load(), SafetensorsError, "the configuration has no \"n_head\"");
}
