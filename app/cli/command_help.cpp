// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commands.h"

#include "io/exporter.h"
#include "io/importer.h"
#include "copy_options.h"
#include "recsys_options.h"

#include <algorithm>
#include <cstring>

namespace omni::cli {

void printUsage(std::FILE* out)
{
    std::fputs("usage: omniconsole-cli COMMAND [OPTIONS] ARGUMENTS\n"
               "       omniconsole-cli --help | --version\n\n"
               "OmniConsole without a window: sample data, import, export and checks, for scripts and servers.\n\n"
               "commands:\n",
               out);
    int width = 0; // the longest name ("undo-decision") sets the column
    for (const Command& command : commands())
        width = std::max(width, static_cast<int>(std::strlen(command.name)));
    for (const Command& command : commands())
        std::fprintf(out, "  %-*s %s\n", width, command.name, command.summary);
    std::fputs("\nRun 'omniconsole-cli help COMMAND' for a command's options.\n"
               "Exit status: 0 success, 1 failure, 2 wrong usage.\n",
               out);
}

void printCommandHelp(const Command& command, std::FILE* out)
{
    std::fprintf(out, "usage: omniconsole-cli %s\n\n%s.\n", command.usage, command.summary);
    const std::string name = command.name;
    if (name == "import") {
        std::fputs("\nThe format follows the file name (.jsonl/.ndjson: JSON Lines, else CSV) unless --format says "
                   "otherwise.\nThe store is created when it does not exist. The first bad row stops a file with "
                   "FILE:LINE: column 'C': reason, and nothing of that file is kept.\n\nkinds:\n",
                   out);
        for (const io::ImportKind kind : io::allImportKinds())
            std::fprintf(out, "  %s\n      %s\n", io::importKindName(kind), io::describeImportKind(kind).c_str());
    } else if (name == "export") {
        std::fputs("\ntables:\n", out);
        for (const std::string& table : io::exportableTables())
            std::fprintf(out, "  %s\n", table.c_str());
        std::fputs("\ncustomers, products, listings, events and orders are written in the layout 'import' reads.\n",
                   out);
    } else if (name == "generate") {
        std::fputs("\nsizes: tiny (~300 customers, ~20k events), demo (~20k customers, ~1M events, the default),\n"
                   "       large (~200k customers, ~20M events). The same seed gives the same shop.\n",
                   out);
    } else if (name == "evaluate" || name == "train") {
        if (name == "evaluate")
            std::fputs("\n--ratings reads MovieLens ratings.csv (userId,movieId,rating,timestamp; movies.csv beside it\n"
                       "gives titles), --sequences whitespace-separated \"user item\" lines in time order, --store a\n"
                       "store's events and orders (read only; customers' RFM segments for segment popularity unless\n"
                       "--segments none). --min-rating X keeps only MovieLens ratings >= X.\n"
                       "--json OUT writes every figure, the per-epoch curve included.\n",
                       out);
        else
            std::fputs("\nThe model file goes to STORE.models/ and is registered (and made active) in the store. After\n"
                       "the evaluation the model is trained once more on every interaction unless --no-refit.\n"
                       "--resume ID continues training a registered model of the same kind. Segment popularity\n"
                       "(for customers without history) uses the RFM segments unless --segments none. Ctrl-C\n"
                       "cancels and leaves no model behind.\n",
                       out);
        printExperimentOptionHelp(out);
    } else if (name == "recommend") {
        std::fputs("\n--customer takes a customer key or CHANNEL:ACCOUNT; --all scores every customer into the store's\n"
                   "recommendations table (replacing that model's rows). Without --model the active model (of --kind)\n"
                   "is used. -k N (default 20); --include-bought lets bought products back in; --exclude-seen leaves\n"
                   "out everything in the history; --new-slots N places kept for new products (default 2);\n"
                   "--segment NAME overrides the customer's RFM segment (used without history); --what-if SKU[:TYPE],...\n"
                   "adds hypothetical interactions at the end of the history (TYPE view, the default, click,\n"
                   "add_to_cart, purchase or review; a purchase also counts as bought).\n",
                   out);
    } else if (name == "resolve") {
        std::fputs("\nLinks accounts by, in order: analysts' decisions, same loyalty card, hashed phone, hashed e-mail,\n"
                   "device id (web, app and mini-program only) and the shop's own customer records (left out with\n"
                   "--no-customer-records). A value shared by more than --max-accounts-per-value accounts (default 8)\n"
                   "links nobody. One transaction: Ctrl-C leaves the store as it was. Running it again on an\n"
                   "unchanged store changes nothing. There is no dry run: resolution writes as it goes.\n",
                   out);
    } else if (name == "merge" || name == "split" || name == "undo-decision" || name == "decisions") {
        std::fputs("\nCUSTOMER and OTHER are customer keys, CHANNEL:ACCOUNT (web:ml-1) or customer ids; ACCOUNT is\n"
                   "CHANNEL:ACCOUNT or an account id. A split moves some of one customer's accounts, never all.\n"
                   "Each decision is stored (see 'decisions', which lists undone ones too unless --active) and\n"
                   "re-resolves only the accounts it can affect; --note TEXT is kept with it. undo-decision marks\n"
                   "it undone and re-resolves, which restores the customers as they were.\n",
                   out);
    } else if (name == "audit") {
        std::fputs("\nCompares each listing with its product: price beyond --tolerance PERCENT (default 1, at least\n"
                   "0.01; 10 % or more is an error), and colours, materials and numbers with units in the title\n"
                   "that the product's titles and attributes do not state. Products missing from a channel that\n"
                   "sells their category, and listings sold out while others have stock, are info. Findings at or\n"
                   "above --min-severity (default warning) are listed by severity and channel with the value that\n"
                   "fixes them; all are counted. Read-only.\n",
                   out);
    } else if (name == "train-copy") {
        std::fputs("\nThe corpus is the store's own text: product titles and descriptions (English and Chinese), each\n"
                   "channel listing's title and description, and reviews. Defaults: --epochs 4 --layers 4 --width 256\n"
                   "--heads 4 --vocab 4096 --context 256 --batch 16 --lr 0.003 --held-out 0.05 (share of products\n"
                   "held out for perplexity) --seed 7; --max-texts N caps the corpus. The model file goes to\n"
                   "STORE.models/ and is registered as copy_lm (and made active unless --no-activate). Ctrl-C\n"
                   "cancels and leaves no model behind.\n",
                   out);
    } else if (name == "copy" || name == "copy-eval") {
        if (name == "copy")
            std::fputs("\nstyles: push_title, web_description (default), mini_program_card, social_post, shelf_card\n"
                       "tones: neutral (default), warm, premium, playful. --max-tokens N overrides the style's budget.\n"
                       "Candidates are printed best first; a candidate stating a claim the product's attributes do not\n"
                       "support is marked REJECTED and its unsupported claims listed. Read-only.\n",
                       out);
        else
            std::fputs("\nGenerates --style copy (default web_description) for --products N products (default 20; the\n"
                       "model's held-out products first) in --lang (default both) and reports the held-out perplexity,\n"
                       "the share of candidates with zero unsupported claims, the planned facts the best candidate\n"
                       "states, whether any accepted candidate has unsupported claims, and the speed. Read-only.\n",
                       out);
        printCopyOptionHelp(out);
    } else if (name == "train-intent") {
        std::fputs("\nTrains on every labelled example in the store (the defaults the sample shop writes plus the\n"
                   "shop's own), fits the confidence calibration, saves the model in STORE.models/ and makes it\n"
                   "the active intent model the bot and chat-test use. --folds K (2-20) first prints K-fold\n"
                   "cross-validation: accuracy, macro F1, precision/recall/F1 per intent, misclassified examples.\n"
                   "--hidden 0 trains a linear model; --epochs defaults to 40.\n",
                   out);
    } else if (name == "device") {
        std::fputs("\n--threads N sets LibTorch's CPU threads (0 keeps its default).\n", out);
    } else if (name == "chat-test") {
        std::fputs("\nSuites: JSON suite files (docs/dialogue-suites.md), Botium convo text files (--botium, many\n"
                   "times) and --default, the shipped English and Chinese suites that pass on the demo shop.\n"
                   "The store's active intent model answers; without one, one is trained on the store's examples\n"
                   "first. --now DATE (2026-09-30 or 2026-09-30T12:00:00, UTC) is the simulated now (default: the\n"
                   "newest order's time). --channel CODE plays every case on that channel; --channel all also\n"
                   "runs every case on every channel and lists the facts that differ between channels.\n"
                   "--junit OUT.xml and --json OUT.json write reports with personal data masked.\n"
                   "Exit status: 0 every case passed, 1 a case failed (or facts differ between channels),\n"
                   "2 wrong usage or a suite file that cannot be read.\n",
                   out);
    }
}

int runHelp(const Args& args)
{
    const Arguments parsed = Arguments::parse("help", args, {});
    parsed.expectPositionals(0, 1, "omniconsole-cli help [COMMAND]");
    if (parsed.positionals().empty()) {
        printUsage(stdout);
        return 0;
    }
    const Command* command = findCommand(parsed.positionals()[0]);
    if (!command)
        throw UsageError("unknown command '" + parsed.positionals()[0] + "'");
    printCommandHelp(*command, stdout);
    return 0;
}

} // namespace omni::cli
