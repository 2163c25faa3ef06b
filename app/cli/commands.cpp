// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

namespace omni::cli {

const std::vector<Command>& commands()
{
    static const std::vector<Command> all = {
        {"generate", "generate [--size tiny|demo|large] [--seed N] STORE",
         "write a sample shop into a new, empty store", runGenerate},
        {"import", "import --kind KIND [--format auto|csv|jsonl] STORE FILE...",
         "import files into a store, each file in its own transaction", runImport},
        {"export", "export --table TABLE STORE OUT.csv", "write one table of a store to a CSV file", runExport},
        {"info", "info STORE", "show a store's path, schema version and row counts", runInfo},
        {"device", "device [--device auto|cpu|cuda] [--threads N]",
         "show where inference runs and check that device with a small computation", runDevice},
        {"evaluate",
         "evaluate --model KIND (--store STORE | --ratings FILE | --sequences FILE) [HYPER-PARAMETERS] [--json OUT]",
         "train a recommender on a split of the interactions and print its test figures", runEvaluate},
        {"train",
         "train --model KIND [HYPER-PARAMETERS] [--resume ID] [--no-activate] [--no-refit] [--segments rfm|none] STORE",
         "train a recommender on a store, save it beside the store and register it", runTrain},
        {"recommend",
         "recommend (--customer KEY | --all) [--model ID | --kind KIND] [-k N] [--include-bought] [--what-if SKU,...] STORE",
         "show a customer's top recommendations with reasons, or score every customer into the store", runRecommend},
        {"resolve", "resolve [--no-customer-records] [--max-accounts-per-value N] STORE",
         "link every account of a store into customers and print what changed", runResolve},
        {"merge", "merge [--note TEXT] STORE CUSTOMER OTHER",
         "record that two customers are one person, and re-resolve their accounts", runMerge},
        {"split", "split [--note TEXT] STORE ACCOUNT...",
         "record that accounts are not their customer, and make them a customer of their own", runSplit},
        {"undo-decision", "undo-decision STORE ID", "undo a merge or split decision (it stays on record)",
         runUndoDecision},
        {"decisions", "decisions [--active] STORE", "list the merge and split decisions on record", runDecisions},
        {"audit", "audit [--tolerance PERCENT] [--min-severity error|warning|info] STORE",
         "check every product's channel listings against the product record and list what disagrees", runAudit},
        {"train-copy",
         "train-copy [--epochs N] [--layers N --width N --heads N --vocab N] [--device auto|cpu|cuda] STORE",
         "train the shop's copy language model on its own titles, descriptions and reviews", runTrainCopy},
        {"copy",
         "copy --product SKU [--style STYLE] [--lang en|zh] [--tone TONE] [--candidates N] [DECODING] "
         "[--model-id ID | --gpt2 FOLDER] STORE",
         "write product copy: candidates ranked, each with its fact check", runCopy},
        {"copy-eval", "copy-eval [--products N] [--lang en|zh|both] [--style STYLE] [DECODING] STORE",
         "measure copy quality: perplexity, candidates without unsupported claims, facts covered", runCopyEval},
        {"chat-test",
         "chat-test --store STORE [--channel CODE|all] [--now DATE] [--junit OUT.xml] [--json OUT.json] [--default] "
         "[SUITE.json...] [--botium FILE.txt...]",
         "run conversation test suites against the store's customer-service bot: pass/fail per turn, intent metrics",
         runChatTest},
        {"train-intent", "train-intent --store STORE [--epochs N] [--folds K] [--hidden N] [--lr RATE] [--seed N]",
         "train the customer-service intent model on the store's labelled examples (with --folds, cross-validate first)",
         runTrainIntent},
        {"help", "help [COMMAND]", "show help for a command (\"help import\" lists the import kinds)", runHelp},
    };
    return all;
}

const Command* findCommand(const std::string& name)
{
    for (const Command& command : commands())
        if (name == command.name)
            return &command;
    return nullptr;
}

} // namespace omni::cli
