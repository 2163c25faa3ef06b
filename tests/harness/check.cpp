// SPDX-License-Identifier: GPL-3.0-or-later
#include "check.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>

namespace omni::test {

std::vector<Case>& registry()
{
    static std::vector<Case> cases;
    return cases;
}

void fail(const char* file, int line, const std::string& message)
{
    throw Failure(std::string(file) + ":" + std::to_string(line) + ": " + message);
}

TempDir::TempDir()
{
    std::random_device random;
    const auto base = std::filesystem::temp_directory_path();
    for (;;) {
        const auto candidate = base / ("omni-test-" + std::to_string(random()));
        if (std::filesystem::create_directory(candidate)) {
            path_ = candidate.string();
            return;
        }
    }
}

TempDir::~TempDir()
{
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

void writeFile(const std::string& path, const std::string& content)
{
    std::ofstream out(path, std::ios::binary);
    out << content;
    if (!out)
        throw std::runtime_error("cannot write " + path);
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string dataDir() { return OMNI_TEST_DATA_DIR; }

} // namespace omni::test

int main(int argc, char** argv)
{
    int passed = 0;
    int failed = 0;
    for (const auto& testCase : omni::test::registry()) {
        bool selected = argc < 2;
        for (int i = 1; i < argc; ++i)
            selected = selected || testCase.name == argv[i];
        if (!selected)
            continue;
        try {
            testCase.body();
            ++passed;
            std::cout << "PASS   " << testCase.name << std::endl;
        } catch (const std::exception& error) {
            ++failed;
            std::cout << "FAIL!  " << testCase.name << "\n  " << error.what() << std::endl;
        }
    }
    std::cout << passed << " passed, " << failed << " failed" << std::endl;
    return failed == 0 && passed > 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
