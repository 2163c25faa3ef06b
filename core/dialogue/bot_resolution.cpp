// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/bot_resolution.h"

#include "dialogue/default_suites.h"
#include "dialogue/intent_model_store.h"
#include "dialogue/suite_run.h"
#include "store/channel_repository.h"
#include "store/store.h"

namespace omni::dialogue {

std::map<std::string, double> botResolutionByChannel(const Bot& bot, const store::Database& db,
                                                     const std::vector<TestSuite>& suites, int64_t nowTs,
                                                     const runtime::JobContext& context)
{
    std::map<std::string, double> resolution;
    const store::ChannelRepository channels(db); // all() refers into it: keep it alive over the loop
    for (const store::Channel& channel : channels.all()) {
        const SuiteRunReport report = runSuites(bot, db, suites, nowTs, context, channel.code);
        int64_t turns = 0, resolved = 0;
        for (const TurnResult& turn : report.turns) {
            // A case that could not start (a customer the store lacks) has turns the bot never read.
            if (turn.turn.intent.ranked.empty())
                continue;
            ++turns;
            resolved += turn.passed && !turn.turn.handoff ? 1 : 0;
        }
        if (turns > 0)
            resolution[channel.code] = static_cast<double>(resolved) / static_cast<double>(turns);
    }
    return resolution;
}

std::map<std::string, double> defaultBotResolutionByChannel(const std::string& storePath,
                                                            const runtime::JobContext& context)
{
    std::shared_ptr<const IntentModel> model;
    try {
        model = loadActiveIntentModel(storePath);
    } catch (const IntentModelError&) {
        return {}; // the Support page says what is wrong with the file
    }
    if (!model)
        return {};
    const store::Store store = store::Store::openReadOnly(storePath);
    const Bot bot(BotKnowledge::load(store.db()), model);
    return botResolutionByChannel(bot, store.db(), defaultSuites(), defaultSimulationNow(store.db()), context);
}

} // namespace omni::dialogue
