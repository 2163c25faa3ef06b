// SPDX-License-Identifier: GPL-3.0-or-later
// omniconsole-cli: OmniConsole without a window. Exit status 0 on success, 1 on failure
// ("omniconsole-cli: error: ..." on stderr), 2 on wrong usage.
#include "arguments.h"
#include "commands.h"

#include <cstdio>
#include <exception>

#ifndef OMNI_VERSION
#define OMNI_VERSION "unknown"
#endif

int main(int argc, char** argv)
{
    using namespace omni::cli;
    const Args words(argv + 1, argv + argc);
    try {
        if (words.empty())
            throw UsageError("no command given");
        const std::string& first = words[0];
        if (first == "--help" || first == "-h") {
            printUsage(stdout);
            return 0;
        }
        if (first == "--version") {
            std::printf("omniconsole-cli %s\n", OMNI_VERSION);
            return 0;
        }
        const Command* command = findCommand(first);
        if (!command)
            throw UsageError("unknown command '" + first + "'");
        return command->run(Args(words.begin() + 1, words.end()));
    } catch (const UsageError& error) {
        std::fprintf(stderr, "omniconsole-cli: %s\nTry 'omniconsole-cli --help'.\n", error.what());
        return 2;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "omniconsole-cli: error: %s\n", error.what());
        return 1;
    }
}
