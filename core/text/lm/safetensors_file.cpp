// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/lm/safetensors_file.h"

#include "text/lm/mini_json.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace omni::text {

namespace {

namespace fs = std::filesystem;

// The format's own limit on the header (safetensors refuses larger ones too).
constexpr uint64_t kMaxHeaderBytes = 100u * 1024 * 1024;

// Bytes per element of the dtypes the format defines; 0 for an unknown one.
uint64_t dtypeSize(const std::string& dtype)
{
    if (dtype == "F64" || dtype == "I64" || dtype == "U64")
        return 8;
    if (dtype == "F32" || dtype == "I32" || dtype == "U32")
        return 4;
    if (dtype == "F16" || dtype == "BF16" || dtype == "I16" || dtype == "U16")
        return 2;
    if (dtype == "I8" || dtype == "U8" || dtype == "BOOL" || dtype == "F8_E4M3" || dtype == "F8_E5M2")
        return 1;
    return 0;
}

float halfToFloat(uint16_t half)
{
    const uint32_t sign = static_cast<uint32_t>(half & 0x8000u) << 16;
    uint32_t exponent = (half >> 10) & 0x1Fu;
    uint32_t mantissa = half & 0x3FFu;
    uint32_t bits;
    if (exponent == 0x1F) {
        bits = sign | 0x7F800000u | (mantissa << 13); // infinity, NaN
    } else if (exponent != 0) {
        bits = sign | ((exponent + 112) << 23) | (mantissa << 13);
    } else if (mantissa == 0) {
        bits = sign; // zero
    } else {
        // Subnormal half: normalise it into a float32.
        exponent = 113;
        while ((mantissa & 0x400u) == 0) {
            mantissa <<= 1;
            --exponent;
        }
        bits = sign | (exponent << 23) | ((mantissa & 0x3FFu) << 13);
    }
    float value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

float bfloat16ToFloat(uint16_t bfloat)
{
    const uint32_t bits = static_cast<uint32_t>(bfloat) << 16;
    float value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

} // namespace

int64_t SafetensorsTensor::elementCount() const
{
    int64_t count = 1;
    for (int64_t size : shape)
        count *= size;
    return count;
}

std::string shapeText(const std::vector<int64_t>& shape)
{
    std::string text = "[";
    for (size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

void SafetensorsFile::refuse(const std::string& what) const { throw SafetensorsError(path_ + ": " + what); }

SafetensorsFile::SafetensorsFile(const std::string& path)
    : path_(path)
{
    std::error_code error;
    if (!fs::is_regular_file(path, error))
        refuse("no such safetensors file");
    const uint64_t fileSize = fs::file_size(path, error);
    if (error)
        refuse("cannot read the file size (" + error.message() + ")");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        refuse(std::string("cannot open the safetensors file (") + std::strerror(errno) + ")");
    if (fileSize < 8)
        refuse("the safetensors file is truncated (" + std::to_string(fileSize) +
               " bytes, shorter than the 8-byte header length)");
    unsigned char lengthBytes[8];
    in.read(reinterpret_cast<char*>(lengthBytes), 8);
    uint64_t headerLength = 0;
    for (int i = 7; i >= 0; --i)
        headerLength = (headerLength << 8) | lengthBytes[i];
    if (headerLength > fileSize - 8)
        refuse("the header length (" + std::to_string(headerLength) + " bytes) goes past the end of the file (" +
               std::to_string(fileSize) + " bytes): the file is truncated or not a safetensors file");
    if (headerLength > kMaxHeaderBytes)
        refuse("the header is " + std::to_string(headerLength) + " bytes, more than the format allows");
    std::string header(static_cast<size_t>(headerLength), '\0');
    if (!in.read(header.data(), static_cast<std::streamsize>(headerLength)))
        refuse("the header cannot be read");
    dataStart_ = 8 + headerLength;
    const uint64_t dataSize = fileSize - dataStart_;

    json::Value root;
    try {
        root = json::parse(header);
    } catch (const json::ParseError& parseError) {
        refuse(std::string("the header is not valid JSON (") + parseError.what() + ")");
    }
    if (!root.isObject())
        refuse("the header is not a JSON object");
    for (const auto& [name, entry] : root.members) {
        if (name == "__metadata__")
            continue;
        const std::string what = "tensor '" + name + "'";
        const json::Value* dtype = entry.find("dtype");
        const json::Value* shape = entry.find("shape");
        const json::Value* offsets = entry.find("data_offsets");
        if (!entry.isObject() || !dtype || !dtype->isString() || !shape || !shape->isArray() || !offsets ||
            !offsets->isArray())
            refuse(what + " lacks dtype, shape or data_offsets in the header");
        SafetensorsTensor tensor;
        tensor.name = name;
        tensor.dtype = dtype->text;
        uint64_t elements = 1;
        for (const json::Value& size : shape->items) {
            const std::optional<uint64_t> dimension = size.asUnsigned();
            if (!dimension || *dimension > (uint64_t(1) << 40))
                refuse(what + " has an invalid shape");
            tensor.shape.push_back(static_cast<int64_t>(*dimension));
            if (*dimension != 0 && elements > (uint64_t(1) << 62) / *dimension)
                refuse(what + " has an impossibly large shape");
            elements *= *dimension;
        }
        if (offsets->items.size() != 2 || !offsets->items[0].asUnsigned() || !offsets->items[1].asUnsigned())
            refuse(what + " has invalid data_offsets (expected two non-negative integers)");
        tensor.begin = *offsets->items[0].asUnsigned();
        tensor.end = *offsets->items[1].asUnsigned();
        if (tensor.begin > tensor.end || tensor.end > dataSize)
            refuse(what + " has data_offsets [" + std::to_string(tensor.begin) + ", " + std::to_string(tensor.end) +
                   "] outside the " + std::to_string(dataSize) + " bytes of data: the file is truncated or corrupted");
        const uint64_t elementSize = dtypeSize(tensor.dtype);
        if (elementSize != 0 && elements * elementSize != tensor.end - tensor.begin)
            refuse(what + " holds " + std::to_string(tensor.end - tensor.begin) + " bytes, but its shape " +
                   shapeText(tensor.shape) + " of " + tensor.dtype + " needs " + std::to_string(elements * elementSize));
        tensors_.push_back(std::move(tensor));
    }
    std::vector<const SafetensorsTensor*> byOffset;
    for (const SafetensorsTensor& tensor : tensors_)
        byOffset.push_back(&tensor);
    std::sort(byOffset.begin(), byOffset.end(), [](const SafetensorsTensor* a, const SafetensorsTensor* b) {
        return a->begin < b->begin || (a->begin == b->begin && a->end < b->end);
    });
    for (size_t i = 1; i < byOffset.size(); ++i)
        if (byOffset[i]->begin < byOffset[i - 1]->end)
            refuse("tensors '" + byOffset[i - 1]->name + "' and '" + byOffset[i]->name +
                   "' overlap in the data (the file is corrupted)");
}

const SafetensorsTensor* SafetensorsFile::find(std::string_view name) const
{
    for (const SafetensorsTensor& tensor : tensors_)
        if (tensor.name == name)
            return &tensor;
    return nullptr;
}

void SafetensorsFile::readFloats(const SafetensorsTensor& tensor, float* out) const
{
    const uint64_t elementSize = tensor.dtype == "F32" ? 4 : (tensor.dtype == "F16" || tensor.dtype == "BF16") ? 2 : 0;
    if (elementSize == 0)
        refuse("tensor '" + tensor.name + "' has dtype " + tensor.dtype + ", which is not supported (F32, F16 or BF16)");
    std::ifstream in(path_, std::ios::binary);
    in.seekg(static_cast<std::streamoff>(dataStart_ + tensor.begin));
    const uint64_t count = static_cast<uint64_t>(tensor.elementCount());
    if (elementSize == 4) {
        if (!in.read(reinterpret_cast<char*>(out), static_cast<std::streamsize>(count * 4)))
            refuse("tensor '" + tensor.name + "' cannot be read (the file changed or is truncated)");
        return; // little-endian on disk, as on every machine OmniConsole runs on
    }
    std::vector<uint16_t> raw(count);
    if (!in.read(reinterpret_cast<char*>(raw.data()), static_cast<std::streamsize>(count * 2)))
        refuse("tensor '" + tensor.name + "' cannot be read (the file changed or is truncated)");
    const bool bfloat = tensor.dtype == "BF16";
    for (uint64_t i = 0; i < count; ++i)
        out[i] = bfloat ? bfloat16ToFloat(raw[i]) : halfToFloat(raw[i]);
}

} // namespace omni::text
