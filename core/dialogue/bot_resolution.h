// SPDX-License-Identifier: GPL-3.0-or-later
// The bot's resolution rate per channel, for the Engagement page's channel consistency score: the
// share of test-suite turns the bot answered as expected without handing off to a person, with
// every case played on each channel in turn.
#pragma once

#include "dialogue/bot.h"
#include "dialogue/test_suite.h"
#include "runtime/job.h"
#include "store/database.h"

#include <map>
#include <string>
#include <vector>

namespace omni::dialogue {

// Channels where no turn could run (every case names a customer the store lacks) are left out.
std::map<std::string, double> botResolutionByChannel(const Bot& bot, const store::Database& db,
                                                     const std::vector<TestSuite>& suites, int64_t nowTs,
                                                     const runtime::JobContext& context);

// The same for a store with the default suites and its active intent model; empty when the store
// has no trained intent model (nothing is trained here) or the model file cannot be read.
std::map<std::string, double> defaultBotResolutionByChannel(const std::string& storePath,
                                                            const runtime::JobContext& context);

} // namespace omni::dialogue
