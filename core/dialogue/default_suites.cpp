// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/default_suites.h"

namespace omni::dialogue {

std::vector<TestSuite> defaultSuites()
{
    // Parsed on each call (a few hundred microseconds): callers own and may edit their copies.
    return {parseSuiteJson(defaultSuiteJsonEn(), "resources/dialogue/default_suite_en.json"),
            parseSuiteJson(defaultSuiteJsonZh(), "resources/dialogue/default_suite_zh.json")};
}

} // namespace omni::dialogue
