// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/model_io.h"

#include <cstring>

namespace omni::recsys {

// Values are copied as they lie in memory: every platform OmniConsole targets (x86-64, arm64) is
// little-endian, which is what the file format specifies.
static_assert(sizeof(float) == 4 && sizeof(double) == 8, "model files store IEEE 754 binary32/binary64");

void ModelWriter::writeU32(uint32_t value) { append(&value, sizeof value); }
void ModelWriter::writeI64(int64_t value) { append(&value, sizeof value); }
void ModelWriter::writeF64(double value) { append(&value, sizeof value); }

void ModelWriter::writeString(std::string_view text)
{
    writeI64(static_cast<int64_t>(text.size()));
    append(text.data(), text.size());
}

void ModelWriter::writeFloats(const float* values, size_t count)
{
    writeI64(static_cast<int64_t>(count));
    append(values, count * sizeof(float));
}

void ModelWriter::writeI32s(const std::vector<int32_t>& values)
{
    writeI64(static_cast<int64_t>(values.size()));
    append(values.data(), values.size() * sizeof(int32_t));
}

void ModelWriter::writeI64s(const std::vector<int64_t>& values)
{
    writeI64(static_cast<int64_t>(values.size()));
    append(values.data(), values.size() * sizeof(int64_t));
}

void ModelWriter::writeBytes(std::string_view bytes) { writeString(bytes); }

ModelReader::ModelReader(std::string_view bytes, std::string source) : bytes_(bytes), source_(std::move(source)) {}

void ModelReader::fail(const std::string& what) const { throw ModelFileError(source_ + ": " + what); }

void ModelReader::take(void* out, size_t size)
{
    if (size > bytes_.size() - pos_)
        fail("the model data is truncated (needed " + std::to_string(size) + " more bytes at offset " +
             std::to_string(pos_) + ", only " + std::to_string(bytes_.size() - pos_) + " left)");
    std::memcpy(out, bytes_.data() + pos_, size);
    pos_ += size;
}

size_t ModelReader::readCount(size_t elementSize)
{
    const int64_t count = readI64();
    // Checked before allocating, so that a corrupted length cannot ask for terabytes.
    if (count < 0 || static_cast<uint64_t>(count) > (bytes_.size() - pos_) / elementSize)
        fail("the model data is truncated or corrupted (an array of " + std::to_string(count) +
             " values does not fit in the " + std::to_string(bytes_.size() - pos_) + " bytes left)");
    return static_cast<size_t>(count);
}

uint32_t ModelReader::readU32()
{
    uint32_t value = 0;
    take(&value, sizeof value);
    return value;
}

int64_t ModelReader::readI64()
{
    int64_t value = 0;
    take(&value, sizeof value);
    return value;
}

double ModelReader::readF64()
{
    double value = 0;
    take(&value, sizeof value);
    return value;
}

std::string ModelReader::readString()
{
    std::string text(readCount(1), '\0');
    take(text.data(), text.size());
    return text;
}

std::vector<float> ModelReader::readFloats()
{
    std::vector<float> values(readCount(sizeof(float)));
    take(values.data(), values.size() * sizeof(float));
    return values;
}

std::vector<float> ModelReader::readFloats(size_t expectedCount, const char* what)
{
    std::vector<float> values = readFloats();
    if (values.size() != expectedCount)
        fail(std::string(what) + " has " + std::to_string(values.size()) + " values, expected " +
             std::to_string(expectedCount));
    return values;
}

std::vector<int32_t> ModelReader::readI32s()
{
    std::vector<int32_t> values(readCount(sizeof(int32_t)));
    take(values.data(), values.size() * sizeof(int32_t));
    return values;
}

std::vector<int64_t> ModelReader::readI64s()
{
    std::vector<int64_t> values(readCount(sizeof(int64_t)));
    take(values.data(), values.size() * sizeof(int64_t));
    return values;
}

std::string ModelReader::readBytes() { return readString(); }

} // namespace omni::recsys
