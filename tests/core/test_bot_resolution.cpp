// SPDX-License-Identifier: GPL-3.0-or-later
// The bot's resolution rate per channel (the Engagement page's consistency score uses it): turns
// answered as expected without a hand-off, over the turns the bot read, on every channel.
#include "check.h"
#include "tiny_shop.h"

#include "dialogue/bot_resolution.h"
#include "dialogue/intent_model_store.h"
#include "store/channel_repository.h"
#include "store/store.h"

#include <filesystem>

using namespace omni;
using namespace omni::dialogue;

namespace {

// "hello" is a greeting, "human" asks for a person, anything else is out of scope.
class KeywordClassifier : public IntentClassifier {
public:
    IntentPrediction predict(std::string_view text) const override
    {
        Intent top = Intent::OutOfScope;
        if (text.find("hello") != std::string_view::npos)
            top = Intent::Greeting;
        else if (text.find("human") != std::string_view::npos)
            top = Intent::Human;
        IntentPrediction prediction;
        prediction.ranked.push_back({top, 0.9});
        for (Intent intent : allIntents())
            if (intent != top)
                prediction.ranked.push_back({intent, 0.1 / (kIntentCount - 1)});
        return prediction;
    }
};

TestTurn expectIntent(const std::string& say, Intent intent)
{
    TestTurn turn{say, {}};
    turn.expect.intent = intent;
    return turn;
}

} // namespace

OMNI_TEST(resolved_turns_pass_without_a_hand_off_on_every_channel)
{
    const store::Store store = test::tinyShopInMemory();
    const Bot bot(BotKnowledge::load(store.db()), std::make_shared<KeywordClassifier>());
    TestCase guest{"guest", std::nullopt, "Guest", "web", {}};
    guest.turns.push_back(expectIntent("hello there", Intent::Greeting));      // resolved
    guest.turns.push_back(expectIntent("hello again", Intent::OrderStatus));   // fails its expectation
    TestTurn human = expectIntent("a human please", Intent::Human);            // passes, but hands off
    human.expect.handoff = true;
    guest.turns.push_back(human);
    guest.turns.push_back(expectIntent("hello", Intent::Greeting));            // passes, but a person has it now
    // A case naming a customer the store lacks: its turns are never read and do not count.
    TestCase stranger{"stranger", std::string("NO-SUCH-CUSTOMER"), "Guest", "web",
                      {expectIntent("hello", Intent::Greeting)}};
    const TestSuite suite{"s", "", {guest, stranger}};

    const auto resolution = botResolutionByChannel(bot, store.db(), {suite}, defaultSimulationNow(store.db()), {});
    const store::ChannelRepository channels(store.db());
    OMNI_CHECK_EQ(resolution.size(), channels.all().size());
    for (const store::Channel& channel : channels.all()) {
        OMNI_CHECK(resolution.count(channel.code) == 1);
        // Only turn 1 of 4 resolved: turn 3 passed but a person took over, and turn 4 stays with them.
        OMNI_CHECK(std::abs(resolution.at(channel.code) - 0.25) < 1e-12);
    }

    // Only unknown customers: nothing ran, so no channel gets a figure.
    const TestSuite strangers{"t", "", {stranger}};
    OMNI_CHECK(botResolutionByChannel(bot, store.db(), {strangers}, 0, {}).empty());
}

OMNI_TEST(a_store_without_an_intent_model_has_no_resolution_figures)
{
    const std::string path = (std::filesystem::temp_directory_path() / "omni_bot_resolution.omni").string();
    std::filesystem::remove(path);
    {
        const store::Store store = store::Store::open(path);
    }
    OMNI_CHECK(defaultBotResolutionByChannel(path, {}).empty());
    std::filesystem::remove(path);
}
