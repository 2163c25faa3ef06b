// SPDX-License-Identifier: GPL-3.0-or-later
// The frame every OmniConsole model file shares (intent models, copy language models):
//   magic             8 bytes, names the kind of file
//   format version    u32
//   reserved          u32 (0)
//   body length       i64
//   body              the kind's own content
//   checksum          u64, FNV-1a of the body
// Reading checks the frame and returns the body; writing goes to a temporary file that is then
// renamed, so a crash never leaves half a model where a good one was.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace omni::io {

struct FramedFileKind {
    std::string magic;       // exactly 8 bytes
    uint32_t format = 1;     // the version this build reads and writes
    std::string noun;        // "intent model": "cannot read the intent model file"
    std::string description; // "intent model": "not an OmniConsole intent model file"
    // Files of other kinds recognised by their magic, with the message that names them.
    std::vector<std::pair<std::string, std::string>> otherKinds;
    // Throws the caller's error type with "path: problem"; must not return.
    void (*raise)(const std::string& message) = nullptr;
};

// The body of a well-formed file; every problem (missing, unreadable, another kind, truncated,
// trailing bytes, wrong format version, checksum) goes to kind.raise with the path first.
std::string readFramedFile(const std::string& path, const FramedFileKind& kind);

void writeFramedFile(const std::string& path, const FramedFileKind& kind, const std::string& body);

} // namespace omni::io
