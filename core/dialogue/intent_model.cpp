// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/intent_model.h"

#include "dialogue/char_ngrams.h"
#include "dialogue/intent_network.h"
#include "dialogue/intent_split.h"
#include "io/framed_file.h"
#include "recsys/fingerprint.h"
#include "recsys/model_io.h"

#include <array>
#include <chrono>
#include <cmath>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace omni::dialogue {

namespace {

// The file is an io::FramedFile ("OMNIINTM"); its body: feature version, buckets, hidden size,
// temperature, the used embedding rows (their bucket ids, then their values), hidden bias, output
// weights and bias.
constexpr uint32_t kIntentFileFormat = 1;

[[noreturn]] void raiseIntentModelError(const std::string& message)
{
    throw IntentModelError(message);
}

const io::FramedFileKind& intentFileKind()
{
    static const io::FramedFileKind kind{"OMNIINTM", kIntentFileFormat, "intent model", "intent model", {},
                                         raiseIntentModelError};
    return kind;
}

void checkEveryIntentHasExamples(const std::vector<IntentExample>& examples)
{
    if (examples.empty())
        throw std::invalid_argument("the intent model needs labelled examples; there are none");
    std::array<int, kIntentCount> counts{};
    for (const IntentExample& example : examples)
        ++counts[static_cast<size_t>(example.intent)];
    std::string missing;
    for (Intent intent : allIntents())
        if (counts[static_cast<size_t>(intent)] == 0)
            missing += (missing.empty() ? "" : ", ") + std::string(intentName(intent));
    if (!missing.empty())
        throw std::invalid_argument("every intent needs at least one labelled example; none for: " + missing);
}

} // namespace

struct IntentModel::Impl {
    detail::IntentNetwork network;
};

IntentModel::IntentModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
IntentModel::~IntentModel() = default;

std::unique_ptr<IntentModel> IntentModel::train(const std::vector<IntentExample>& examples,
                                                const IntentTrainingOptions& options,
                                                const runtime::JobContext& context, IntentTrainingReport* report)
{
    const auto started = std::chrono::steady_clock::now();
    checkEveryIntentHasExamples(examples);
    // Two runs: one on all but the calibration share, whose held-out logits fit the temperature,
    // then the model kept, trained on every example (the shop's examples are few; none is wasted).
    // The kept model is trained the same way on a little more data, so its over-confidence is close
    // to the first run's and the temperature carries over.
    const detail::CalibrationSplit split = detail::splitForCalibration(examples, options.calibrationShare, options.seed);
    const int totalEpochs = options.epochs * (split.calibration.empty() ? 1 : 2);
    double temperature = 1.0;
    int epochsDone = 0;
    if (!split.calibration.empty()) {
        detail::FitProgress progress;
        progress.afterEpoch = [&](int, int, double) {
            context.step(++epochsDone, totalEpochs, "Calibrating the intent model");
        };
        const detail::FitResult first = detail::fitIntentNetwork(split.training, options, progress);
        std::vector<detail::IntentLogits> logits;
        std::vector<int> labels;
        for (const IntentExample& example : split.calibration) {
            logits.push_back(first.network.logits(example.text));
            labels.push_back(static_cast<int>(example.intent));
        }
        temperature = detail::fitTemperature(logits, labels);
    }
    detail::FitProgress progress;
    progress.afterEpoch = [&](int, int, double) { context.step(++epochsDone, totalEpochs, "Training the intent model"); };
    detail::FitResult fitted = detail::fitIntentNetwork(examples, options, progress);
    fitted.network.temperature = temperature;

    auto impl = std::make_unique<Impl>();
    impl->network = std::move(fitted.network);
    std::unique_ptr<IntentModel> model(new IntentModel(std::move(impl)));
    if (report) {
        int correct = 0;
        for (const IntentExample& example : examples)
            correct += model->predict(example.text).top() == example.intent;
        report->examples = static_cast<int>(examples.size());
        report->epochs = options.epochs;
        report->finalLoss = fitted.finalLoss;
        report->trainAccuracy = static_cast<double>(correct) / static_cast<double>(examples.size());
        report->temperature = temperature;
        report->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    }
    return model;
}

IntentPrediction IntentModel::predict(std::string_view text) const { return impl_->network.predict(text); }

double IntentModel::temperature() const { return impl_->network.temperature; }

void IntentModel::save(const std::string& path) const
{
    const detail::IntentNetwork& net = impl_->network;
    const int width = net.width();
    // Only the rows some example used: the rest are zero, and a file of 2^15 x 64 floats would be
    // eight times larger for nothing.
    std::vector<int64_t> rows;
    std::vector<float> values;
    for (int64_t row = 0; row < net.buckets; ++row) {
        const float* begin = net.embedding.data() + row * width;
        bool zero = true;
        for (int k = 0; k < width && zero; ++k)
            zero = begin[k] == 0.0f;
        if (zero)
            continue;
        rows.push_back(row);
        values.insert(values.end(), begin, begin + width);
    }
    recsys::ModelWriter body;
    body.writeU32(detail::kCharNgramFeatureVersion);
    body.writeI64(net.buckets);
    body.writeI64(net.hidden);
    body.writeF64(net.temperature);
    body.writeI64s(rows);
    body.writeFloats(values);
    body.writeFloats(net.hiddenBias);
    body.writeFloats(net.outWeight);
    body.writeFloats(net.outBias);

    io::writeFramedFile(path, intentFileKind(), body.bytes());
}

std::unique_ptr<IntentModel> IntentModel::load(const std::string& path)
{
    const std::string body = io::readFramedFile(path, intentFileKind());
    auto impl = std::make_unique<Impl>();
    detail::IntentNetwork& net = impl->network;
    try {
        recsys::ModelReader in(body, path);
        const uint32_t features = in.readU32();
        if (features != detail::kCharNgramFeatureVersion)
            in.fail("the intent model uses feature version " + std::to_string(features) +
                    ", this OmniConsole computes version " + std::to_string(detail::kCharNgramFeatureVersion) +
                    " (train the model again)");
        net.buckets = in.readI64();
        const int64_t hidden = in.readI64();
        if (net.buckets < 16 || net.buckets > (int64_t(1) << 24) || hidden < 0 || hidden > 4096)
            in.fail("the intent model has impossible sizes (" + std::to_string(net.buckets) + " buckets, hidden " +
                    std::to_string(hidden) + ")");
        net.hidden = static_cast<int>(hidden);
        net.temperature = in.readF64();
        if (!(net.temperature > 0) || !std::isfinite(net.temperature))
            in.fail("the intent model's temperature is not a positive number");
        const int width = net.width();
        const std::vector<int64_t> rows = in.readI64s();
        const std::vector<float> values = in.readFloats(rows.size() * static_cast<size_t>(width), "embedding rows");
        net.embedding.assign(static_cast<size_t>(net.buckets) * static_cast<size_t>(width), 0.0f);
        for (size_t i = 0; i < rows.size(); ++i) {
            if (rows[i] < 0 || rows[i] >= net.buckets)
                in.fail("an embedding row lies outside the table");
            std::copy(values.begin() + static_cast<std::ptrdiff_t>(i * width),
                      values.begin() + static_cast<std::ptrdiff_t>((i + 1) * width),
                      net.embedding.begin() + static_cast<std::ptrdiff_t>(rows[i] * width));
        }
        net.hiddenBias = in.readFloats(static_cast<size_t>(net.hidden), "hidden bias");
        net.outWeight = in.readFloats(static_cast<size_t>(kIntentCount) * static_cast<size_t>(net.hidden), "output weights");
        net.outBias = in.readFloats(static_cast<size_t>(kIntentCount), "output bias");
        if (!in.atEnd())
            in.fail("unexpected data after the intent model");
    } catch (const recsys::ModelFileError& error) {
        throw IntentModelError(error.what());
    }
    return std::unique_ptr<IntentModel>(new IntentModel(std::move(impl)));
}

} // namespace omni::dialogue
