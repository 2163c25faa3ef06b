// SPDX-License-Identifier: GPL-3.0-or-later
// The payload of a model file: what a model's save() writes and load() reads back, as a flat
// little-endian byte stream of typed values. The container around it (magic, versions, vocabulary,
// fingerprint, checksum) is model_file.h. Reads past the end throw ModelFileError ("truncated").
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace omni::recsys {

// A model file that cannot be used: truncated, corrupted, of another kind/version, from another
// store. what() is a sentence for the user that names the file.
class ModelFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class ModelWriter {
public:
    void writeU32(uint32_t value);
    void writeI64(int64_t value);
    void writeF64(double value);
    void writeString(std::string_view text);
    // Length-prefixed arrays. Tensors go in as their shape (writeI64s) followed by writeFloats.
    void writeFloats(const float* values, size_t count);
    void writeFloats(const std::vector<float>& values) { writeFloats(values.data(), values.size()); }
    void writeI32s(const std::vector<int32_t>& values);
    void writeI64s(const std::vector<int64_t>& values);
    void writeBytes(std::string_view bytes); // e.g. a torch::save() stream

    const std::string& bytes() const { return buffer_; }

private:
    void append(const void* data, size_t size) { buffer_.append(static_cast<const char*>(data), size); }
    std::string buffer_;
};

class ModelReader {
public:
    // bytes must outlive the reader; source names the file in messages.
    ModelReader(std::string_view bytes, std::string source);

    uint32_t readU32();
    int64_t readI64();
    double readF64();
    std::string readString();
    std::vector<float> readFloats();
    // Reads a float array that must have exactly count values (throws ModelFileError otherwise).
    std::vector<float> readFloats(size_t expectedCount, const char* what);
    std::vector<int32_t> readI32s();
    std::vector<int64_t> readI64s();
    std::string readBytes();

    bool atEnd() const { return pos_ == bytes_.size(); }
    // Throws ModelFileError("<source>: <what>") — for payload checks of a model's own load().
    [[noreturn]] void fail(const std::string& what) const;

private:
    void take(void* out, size_t size);
    size_t readCount(size_t elementSize);
    std::string_view bytes_;
    size_t pos_ = 0;
    std::string source_;
};

} // namespace omni::recsys
