// SPDX-License-Identifier: GPL-3.0-or-later
// A minimal test harness for the Qt-free core tests. The core (and so its tests) must also build
// on a CUDA machine that has LibTorch but no Qt; the Qt-facing tests in tests/ui use Qt Test.
//
//   OMNI_TEST(name) { OMNI_CHECK(cond); OMNI_CHECK_EQ(a, b); OMNI_CHECK_THROWS(expr, Type); }
//
// Each test file links omni_test_main, which runs every registered test (or those named on the
// command line) and ends with the line "N passed, N failed"; the exit code is the failure count.
#pragma once

#include <functional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace omni::test {

struct Case {
    std::string name;
    std::function<void()> body;
};

std::vector<Case>& registry();

struct Registrar {
    Registrar(const char* name, std::function<void()> body) { registry().push_back({name, std::move(body)}); }
};

// Thrown by a failed check: ends the current test case, which is reported as failed.
struct Failure : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(const char* file, int line, const std::string& message);

template <typename A, typename B>
void checkEqual(const A& actual, const B& expected, const char* actualText, const char* expectedText,
                const char* file, int line)
{
    if (!(actual == expected)) {
        std::ostringstream message;
        message << actualText << " == " << expectedText << "\n    actual:   " << actual
                << "\n    expected: " << expected;
        fail(file, line, message.str());
    }
}

// A fresh temporary directory, removed with everything in it when the object goes.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

void writeFile(const std::string& path, const std::string& content);
std::string readFile(const std::string& path);
// Where tests/data is in the source tree (set by CMake).
std::string dataDir();

} // namespace omni::test

#define OMNI_TEST_CONCAT2(a, b) a##b
#define OMNI_TEST_CONCAT(a, b) OMNI_TEST_CONCAT2(a, b)
#define OMNI_TEST(name)                                                                          \
    static void OMNI_TEST_CONCAT(omniTest_, name)();                                            \
    static ::omni::test::Registrar OMNI_TEST_CONCAT(omniRegistrar_, name)(#name,                 \
                                                                          &OMNI_TEST_CONCAT(omniTest_, name)); \
    static void OMNI_TEST_CONCAT(omniTest_, name)()

#define OMNI_CHECK(condition)                                                                    \
    do {                                                                                         \
        if (!(condition))                                                                        \
            ::omni::test::fail(__FILE__, __LINE__, "check failed: " #condition);                 \
    } while (false)

#define OMNI_CHECK_EQ(actual, expected)                                                          \
    ::omni::test::checkEqual((actual), (expected), #actual, #expected, __FILE__, __LINE__)

#define OMNI_CHECK_THROWS(expression, ExceptionType)                                             \
    do {                                                                                         \
        bool omniThrew = false;                                                                  \
        try {                                                                                    \
            (void)(expression);                                                                  \
        } catch (const ExceptionType&) {                                                         \
            omniThrew = true;                                                                    \
        }                                                                                        \
        if (!omniThrew)                                                                          \
            ::omni::test::fail(__FILE__, __LINE__, #expression " did not throw " #ExceptionType); \
    } while (false)

// Checks that expression throws ExceptionType whose what() contains fragment.
#define OMNI_CHECK_THROWS_WITH(expression, ExceptionType, fragment)                              \
    do {                                                                                         \
        std::string omniMessage;                                                                 \
        bool omniThrew = false;                                                                  \
        try {                                                                                    \
            (void)(expression);                                                                  \
        } catch (const ExceptionType& omniError) {                                               \
            omniThrew = true;                                                                    \
            omniMessage = omniError.what();                                                      \
        }                                                                                        \
        if (!omniThrew)                                                                          \
            ::omni::test::fail(__FILE__, __LINE__, #expression " did not throw " #ExceptionType); \
        if (omniMessage.find(fragment) == std::string::npos)                                     \
            ::omni::test::fail(__FILE__, __LINE__, "message \"" + omniMessage + "\" lacks \"" +  \
                                                       std::string(fragment) + "\"");            \
    } while (false)
