// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/model_file.h"

#include "recsys/fingerprint.h"
#include "recsys/model_factory.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace omni::recsys {

namespace {

namespace fs = std::filesystem;

constexpr char kMagic[8] = {'O', 'M', 'N', 'I', 'R', 'E', 'C', 'M'};
constexpr size_t kHeaderSize = 8 + 4 + 4 + 8;
constexpr size_t kChecksumSize = 8;

std::string fileError(const std::string& path, const std::string& what) { return path + ": " + what; }

std::string readWholeFile(const std::string& path)
{
    std::error_code error;
    if (!fs::exists(path, error))
        throw ModelFileError(fileError(path, "no such model file"));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ModelFileError(fileError(path, std::string("cannot read the model file (") + std::strerror(errno) + ")"));
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Checks magic, version, length and checksum; returns the body.
std::string_view verifiedBody(const std::string& path, const std::string& bytes)
{
    if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        throw ModelFileError(fileError(path, "not an OmniConsole model file"));
    if (bytes.size() < kHeaderSize)
        throw ModelFileError(fileError(path, "the model file is truncated (" + std::to_string(bytes.size()) +
                                                 " bytes, shorter than its header)"));
    uint32_t format = 0;
    std::memcpy(&format, bytes.data() + 8, sizeof format);
    if (format != kModelFileFormat)
        throw ModelFileError(fileError(
            path, "the model file has format version " + std::to_string(format) + ", this OmniConsole reads version " +
                      std::to_string(kModelFileFormat) +
                      (format > kModelFileFormat ? " (written by a newer OmniConsole)" : " (train the model again)")));
    int64_t bodyLength = 0;
    std::memcpy(&bodyLength, bytes.data() + 16, sizeof bodyLength);
    const uint64_t expected = kHeaderSize + static_cast<uint64_t>(bodyLength) + kChecksumSize;
    if (bodyLength < 0 || bytes.size() < expected)
        throw ModelFileError(fileError(path, "the model file is truncated (" + std::to_string(bytes.size()) +
                                                 " bytes of " + std::to_string(expected) + ")"));
    if (bytes.size() > expected)
        throw ModelFileError(fileError(path, "the model file is corrupted (" + std::to_string(bytes.size() - expected) +
                                                 " unexpected bytes at the end)"));
    const std::string_view body(bytes.data() + kHeaderSize, static_cast<size_t>(bodyLength));
    uint64_t stored = 0;
    std::memcpy(&stored, bytes.data() + kHeaderSize + bodyLength, sizeof stored);
    if (fnv1a(body) != stored)
        throw ModelFileError(fileError(path, "the model file is corrupted (checksum mismatch)"));
    return body;
}

ModelFileInfo readInfo(ModelReader& in)
{
    ModelFileInfo info;
    info.kind = in.readString();
    info.payloadVersion = in.readU32();
    info.createdAt = in.readI64();
    info.storeId = in.readString();
    info.sourceId = in.readString();
    info.fingerprint = in.readString();
    info.interactionOptions = in.readString();
    info.hyperparametersJson = in.readString();
    info.metricsJson = in.readString();
    info.userCount = in.readI64();
    info.interactionCount = in.readI64();
    const int64_t items = in.readI64();
    if (items < 0)
        in.fail("the item vocabulary has a negative size");
    for (int64_t i = 0; i < items; ++i)
        info.itemKeys.push_back(in.readString());
    info.itemCounts = in.readI64s();
    if (info.itemCounts.size() != info.itemKeys.size())
        in.fail("the item counts do not match the vocabulary");
    const int64_t users = in.readI64();
    if (users < 0)
        in.fail("the user vocabulary has a negative size");
    for (int64_t i = 0; i < users; ++i)
        info.userKeys.push_back(in.readString());
    return info;
}

void writeAll(const std::string& path, const std::string& bytes)
{
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file)
        throw ModelFileError(fileError(path, std::string("cannot write the model file (") + std::strerror(errno) + ")"));
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
    const bool flushed = std::fflush(file) == 0;
    const bool closed = std::fclose(file) == 0;
    if (!written || !flushed || !closed)
        throw ModelFileError(fileError(path, std::string("cannot write the model file (") + std::strerror(errno) + ")"));
}

} // namespace

void writeModelFile(const std::string& path, ModelFileInfo info, const Recommender& model,
                    const PopularityRecommender* fallback)
{
    info.kind = model.kind();
    info.payloadVersion = static_cast<uint32_t>(model.payloadVersion());
    if (static_cast<int64_t>(info.itemKeys.size()) != model.itemCount())
        throw ModelFileError(fileError(path, "the vocabulary has " + std::to_string(info.itemKeys.size()) +
                                                 " items, the model " + std::to_string(model.itemCount())));
    if (info.itemCounts.size() != info.itemKeys.size())
        info.itemCounts.assign(info.itemKeys.size(), 0);

    ModelWriter body;
    body.writeString(info.kind);
    body.writeU32(info.payloadVersion);
    body.writeI64(info.createdAt);
    body.writeString(info.storeId);
    body.writeString(info.sourceId);
    body.writeString(info.fingerprint);
    body.writeString(info.interactionOptions);
    body.writeString(info.hyperparametersJson);
    body.writeString(info.metricsJson);
    body.writeI64(info.userCount);
    body.writeI64(info.interactionCount);
    body.writeI64(static_cast<int64_t>(info.itemKeys.size()));
    for (const std::string& key : info.itemKeys)
        body.writeString(key);
    body.writeI64s(info.itemCounts);
    body.writeI64(static_cast<int64_t>(info.userKeys.size()));
    for (const std::string& key : info.userKeys)
        body.writeString(key);
    ModelWriter payload;
    model.save(payload);
    body.writeBytes(payload.bytes());
    ModelWriter fallbackPayload;
    if (fallback)
        fallback->save(fallbackPayload);
    body.writeBytes(fallbackPayload.bytes());

    std::string bytes(kMagic, sizeof kMagic);
    ModelWriter header;
    header.writeU32(kModelFileFormat);
    header.writeU32(0);
    header.writeI64(static_cast<int64_t>(body.bytes().size()));
    bytes += header.bytes();
    bytes += body.bytes();
    ModelWriter checksum;
    checksum.writeI64(static_cast<int64_t>(fnv1a(body.bytes())));
    bytes += checksum.bytes();

    const std::string temporary = path + ".tmp";
    try {
        writeAll(temporary, bytes);
        std::error_code error;
        fs::rename(temporary, path, error);
        if (error)
            throw ModelFileError(fileError(path, "cannot move the model file into place (" + error.message() + ")"));
    } catch (...) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw;
    }
}

ModelFileInfo readModelFileInfo(const std::string& path)
{
    const std::string bytes = readWholeFile(path);
    ModelReader in(verifiedBody(path, bytes), path);
    return readInfo(in);
}

LoadedModel readModelFile(const std::string& path, const ModelFileExpectation& expect)
{
    const std::string bytes = readWholeFile(path);
    ModelReader in(verifiedBody(path, bytes), path);
    LoadedModel loaded;
    loaded.info = readInfo(in);
    const ModelFileInfo& info = loaded.info;
    if (!expect.kind.empty() && info.kind != expect.kind)
        in.fail("this is a model of kind '" + info.kind + "', not '" + expect.kind + "'");
    if (!expect.storeId.empty() && info.storeId != expect.storeId)
        in.fail(info.storeId.empty() ? "this model was trained on an interaction file, not on this store"
                                     : "this model was trained on another store (store id " + info.storeId +
                                           ", this store is " + expect.storeId + ")");
    if (!isRecommenderKind(info.kind))
        in.fail("the model kind '" + info.kind + "' is not available in this build of OmniConsole");
    loaded.model = makeRecommender(info.kind);
    if (info.payloadVersion != static_cast<uint32_t>(loaded.model->payloadVersion()))
        in.fail("this " + info.kind + " model has layout version " + std::to_string(info.payloadVersion) +
                ", this OmniConsole reads version " + std::to_string(loaded.model->payloadVersion()) +
                "; train the model again");

    const std::string payload = in.readBytes();
    ModelReader payloadReader(payload, path);
    loaded.model->load(payloadReader);
    if (!payloadReader.atEnd())
        in.fail("the model data has unexpected bytes at its end");
    if (loaded.model->itemCount() != static_cast<int32_t>(info.itemKeys.size()))
        in.fail("the model scores " + std::to_string(loaded.model->itemCount()) + " items, its vocabulary has " +
                std::to_string(info.itemKeys.size()));

    const std::string fallback = in.readBytes();
    if (!fallback.empty()) {
        ModelReader fallbackReader(fallback, path);
        loaded.fallback = std::make_unique<PopularityRecommender>();
        loaded.fallback->load(fallbackReader);
        if (loaded.fallback->itemCount() != static_cast<int32_t>(info.itemKeys.size()))
            in.fail("the fallback popularity does not match the vocabulary");
    }
    if (!in.atEnd())
        in.fail("the model file has unexpected data at its end");
    return loaded;
}

} // namespace omni::recsys
