// SPDX-License-Identifier: GPL-3.0-or-later
// Running the real omniconsole-cli from a core test: CTest passes its path in OMNI_CLI (see
// tests/CMakeLists.txt), the output is captured in the test's temporary folder.
#pragma once

#include "check.h"

#include <string>
#include <vector>

namespace omni::test {

struct CliRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs OMNI_CLI with args (each passed as one word, whatever it contains), stdin empty.
CliRun runCli(const TempDir& dir, const std::vector<std::string>& args);

void checkContains(const std::string& text, const std::string& fragment, const char* file, int line);

} // namespace omni::test

// Fails the test unless text (e.g. a run's out or err) contains fragment, showing the whole text.
#define OMNI_CHECK_CONTAINS(text, fragment) ::omni::test::checkContains((text), (fragment), __FILE__, __LINE__)
