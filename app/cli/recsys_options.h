// SPDX-License-Identifier: GPL-3.0-or-later
// What `evaluate` and `train` share: the model's hyper-parameter flags (over the kind's defaults),
// the split and evaluation flags, and the results table.
#pragma once

#include "arguments.h"
#include "progress_printer.h"

#include "recsys/experiment.h"

#include <cstdio>
#include <vector>

namespace omni::cli {

// --model, the hyper-parameter flags, --split, --k, --max-users, --patience, --device, --threads.
std::vector<OptionSpec> experimentOptionSpecs();
// Reads those flags; UsageError for unknown values or numbers out of range.
recsys::ExperimentOptions parseExperimentOptions(const Arguments& parsed);
// Prints one line per epoch (loss, validation NDCG@10, seconds) on stderr between progress lines.
void printEpochs(recsys::TrainOptions& train, ProgressPrinter& progress);

// A decimal option's value in [min, max], or fallback when absent; UsageError otherwise.
double numberOption(const Arguments& parsed, const std::string& name, double fallback, double min, double max);

// The lines of help that explain them.
void printExperimentOptionHelp(std::FILE* out);

// "data: ...", "training: ...", then HR/NDCG/Recall per K for full ranking and sampled negatives,
// MRR, coverage and popularity bias.
void printResults(const recsys::ExperimentResult& result, std::FILE* out);

} // namespace omni::cli
