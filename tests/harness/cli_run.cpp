// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_run.h"

#include <sys/wait.h>

#include <cstdlib>

namespace omni::test {

namespace {
std::string shellQuote(const std::string& word)
{
    std::string quoted = "'";
    for (const char c : word)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}
} // namespace

CliRun runCli(const TempDir& dir, const std::vector<std::string>& args)
{
    const char* cli = std::getenv("OMNI_CLI");
    if (!cli || !*cli)
        fail(__FILE__, __LINE__, "OMNI_CLI is not set: run this test through ctest");
    std::string command = shellQuote(cli);
    for (const std::string& arg : args)
        command += " " + shellQuote(arg);
    command += " >" + shellQuote(dir.file("stdout.txt")) + " 2>" + shellQuote(dir.file("stderr.txt")) + " </dev/null";
    const int status = std::system(command.c_str());
    CliRun run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = readFile(dir.file("stdout.txt"));
    run.err = readFile(dir.file("stderr.txt"));
    return run;
}

void checkContains(const std::string& text, const std::string& fragment, const char* file, int line)
{
    if (text.find(fragment) == std::string::npos)
        fail(file, line, "output lacks \"" + fragment + "\":\n" + text);
}

} // namespace omni::test
