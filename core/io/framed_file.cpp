// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/framed_file.h"

#include "recsys/fingerprint.h"
#include "recsys/model_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace omni::io {

namespace {

namespace fs = std::filesystem;

constexpr size_t kMagicSize = 8;
constexpr size_t kHeaderSize = kMagicSize + 4 + 4 + 8;
constexpr size_t kChecksumSize = 8;

[[noreturn]] void fail(const FramedFileKind& kind, const std::string& path, const std::string& problem)
{
    const std::string message = path + ": " + problem;
    if (kind.raise)
        kind.raise(message);
    throw std::runtime_error(message); // raise must not return; this keeps the promise if it does
}

std::string readWholeFile(const std::string& path, const FramedFileKind& kind)
{
    std::error_code error;
    if (!fs::exists(path, error))
        fail(kind, path, "no such " + kind.noun + " file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        fail(kind, path, "cannot read the " + kind.noun + " file (" + std::strerror(errno) + ")");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void writeAll(const std::string& path, const FramedFileKind& kind, const std::string& bytes)
{
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file)
        fail(kind, path, "cannot write the " + kind.noun + " file (" + std::strerror(errno) + ")");
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
    const bool flushed = std::fflush(file) == 0;
    const bool closed = std::fclose(file) == 0;
    if (!written || !flushed || !closed)
        fail(kind, path, "cannot write the " + kind.noun + " file (" + std::strerror(errno) + ")");
}

bool startsWith(const std::string& bytes, const std::string& magic)
{
    return bytes.size() >= magic.size() && std::memcmp(bytes.data(), magic.data(), magic.size()) == 0;
}

} // namespace

std::string readFramedFile(const std::string& path, const FramedFileKind& kind)
{
    const std::string bytes = readWholeFile(path, kind);
    for (const auto& [magic, message] : kind.otherKinds)
        if (startsWith(bytes, magic))
            fail(kind, path, message);
    if (!startsWith(bytes, kind.magic))
        fail(kind, path, "not an OmniConsole " + kind.description + " file");
    const std::string file = "the " + kind.noun + " file";
    if (bytes.size() < kHeaderSize)
        fail(kind, path, file + " is truncated (" + std::to_string(bytes.size()) + " bytes, shorter than its header)");
    uint32_t format = 0;
    std::memcpy(&format, bytes.data() + kMagicSize, sizeof format);
    if (format != kind.format)
        fail(kind, path,
             file + " has format version " + std::to_string(format) + ", this OmniConsole reads version " +
                 std::to_string(kind.format) +
                 (format > kind.format ? " (written by a newer OmniConsole)" : " (train the model again)"));
    int64_t bodyLength = 0;
    std::memcpy(&bodyLength, bytes.data() + kMagicSize + 8, sizeof bodyLength);
    if (bodyLength < 0 || static_cast<uint64_t>(bodyLength) > bytes.size())
        fail(kind, path,
             file + " is truncated or corrupted (its header announces " + std::to_string(bodyLength) +
                 " bytes of data, the file has " + std::to_string(bytes.size()) + ")");
    const uint64_t expected = kHeaderSize + static_cast<uint64_t>(bodyLength) + kChecksumSize;
    if (bytes.size() < expected)
        fail(kind, path,
             file + " is truncated (" + std::to_string(bytes.size()) + " bytes of " + std::to_string(expected) + ")");
    if (bytes.size() > expected)
        fail(kind, path,
             file + " is corrupted (" + std::to_string(bytes.size() - expected) + " unexpected bytes at the end)");
    std::string body = bytes.substr(kHeaderSize, static_cast<size_t>(bodyLength));
    uint64_t stored = 0;
    std::memcpy(&stored, bytes.data() + kHeaderSize + bodyLength, sizeof stored);
    if (recsys::fnv1a(body) != stored)
        fail(kind, path, file + " is corrupted (checksum mismatch)");
    return body;
}

void writeFramedFile(const std::string& path, const FramedFileKind& kind, const std::string& body)
{
    recsys::ModelWriter header;
    header.writeU32(kind.format);
    header.writeU32(0);
    header.writeI64(static_cast<int64_t>(body.size()));
    recsys::ModelWriter checksum;
    checksum.writeI64(static_cast<int64_t>(recsys::fnv1a(body)));
    std::string bytes = kind.magic;
    bytes += header.bytes();
    bytes += body;
    bytes += checksum.bytes();

    const std::string temporary = path + ".tmp";
    try {
        writeAll(temporary, kind, bytes);
        std::error_code error;
        fs::rename(temporary, path, error);
        if (error)
            fail(kind, path, "cannot move the " + kind.noun + " file into place (" + error.message() + ")");
    } catch (...) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw;
    }
}

} // namespace omni::io
