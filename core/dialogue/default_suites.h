// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation test suites that ship with the default knowledge base, one in English and one
// in Chinese (resources/dialogue/default_suite_*.json, embedded in the core). They talk as the
// sample shop's real customers about their real orders, so they pass on a store made by
// `omniconsole-cli generate`; on another shop the customer cases fail with "no customer".
#pragma once

#include "dialogue/test_suite.h"

#include <string_view>
#include <vector>

namespace omni::dialogue {

// The embedded JSON texts (generated from the resource files by core/CMakeLists.txt).
std::string_view defaultSuiteJsonEn();
std::string_view defaultSuiteJsonZh();

// Both default suites, English first, parsed.
std::vector<TestSuite> defaultSuites();

} // namespace omni::dialogue
