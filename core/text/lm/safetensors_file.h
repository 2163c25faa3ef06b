// SPDX-License-Identifier: GPL-3.0-or-later
// Reading Hugging Face's safetensors format ourselves (no Python, no extra library): an 8-byte
// little-endian header length, a JSON header mapping each tensor name to its dtype, shape and
// data_offsets (relative to the data that follows the header), then the raw little-endian data.
// Opening checks the whole header against the file (truncation, a header length past the end,
// offsets outside the data or overlapping, byte counts that disagree with shape and dtype) so that
// a bad file is refused before any weight is read. Values are read as float32 from F32, F16 and
// BF16 tensors. Torch-free.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace omni::text {

// A safetensors or config.json file that cannot be used; what() names the file and the problem.
class SafetensorsError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct SafetensorsTensor {
    std::string name;
    std::string dtype; // "F32", "F16", "BF16", ... as written
    std::vector<int64_t> shape;
    uint64_t begin = 0; // byte offsets into the data section
    uint64_t end = 0;
    int64_t elementCount() const;
};

class SafetensorsFile {
public:
    explicit SafetensorsFile(const std::string& path);

    const std::string& path() const { return path_; }
    const std::vector<SafetensorsTensor>& tensors() const { return tensors_; }
    const SafetensorsTensor* find(std::string_view name) const;

    // Converts the tensor's values to float32 into out (elementCount() floats). Refuses dtypes
    // other than F32, F16 and BF16, naming the tensor.
    void readFloats(const SafetensorsTensor& tensor, float* out) const;

private:
    [[noreturn]] void refuse(const std::string& what) const;
    std::string path_;
    uint64_t dataStart_ = 0;
    std::vector<SafetensorsTensor> tensors_;
};

std::string shapeText(const std::vector<int64_t>& shape); // "[768, 2304]"

} // namespace omni::text
