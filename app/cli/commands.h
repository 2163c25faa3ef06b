// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's commands: one run function per command, each in its own file, and the table that
// names them for dispatch and help.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace omni::cli {

using Args = std::vector<std::string>;

struct Command {
    const char* name;
    const char* usage;   // "import --kind KIND [--format csv|jsonl] STORE FILE..."
    const char* summary; // one line for --help
    int (*run)(const Args& args);
};

const std::vector<Command>& commands();
const Command* findCommand(const std::string& name);

int runGenerate(const Args& args);
int runImport(const Args& args);
int runExport(const Args& args);
int runInfo(const Args& args);
int runDevice(const Args& args);
int runEvaluate(const Args& args);
int runTrain(const Args& args);
int runRecommend(const Args& args);
int runResolve(const Args& args);
int runMerge(const Args& args);
int runSplit(const Args& args);
int runUndoDecision(const Args& args);
int runDecisions(const Args& args);
int runAudit(const Args& args);
int runTrainCopy(const Args& args);
int runCopy(const Args& args);
int runCopyEval(const Args& args);
int runChatTest(const Args& args);
int runTrainIntent(const Args& args);
int runHelp(const Args& args);

void printUsage(std::FILE* out);
// The full help of one command (usage, options, and for import/export the kinds/tables).
void printCommandHelp(const Command& command, std::FILE* out);

} // namespace omni::cli
