// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/bot_loader.h"

#include "dialogue/intent_model_store.h"
#include "format.h"
#include "store/channel_repository.h"

#include <mutex>

namespace omni::ui {

namespace {

class SerialClassifier : public dialogue::IntentClassifier {
public:
    explicit SerialClassifier(std::shared_ptr<const dialogue::IntentClassifier> model) : model_(std::move(model)) {}

    dialogue::IntentPrediction predict(std::string_view text) const override
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        return model_->predict(text);
    }

private:
    std::shared_ptr<const dialogue::IntentClassifier> model_;
    mutable std::mutex mutex_;
};

} // namespace

std::shared_ptr<const dialogue::Bot> makeBot(std::shared_ptr<const dialogue::BotKnowledge> knowledge,
                                             std::shared_ptr<const dialogue::IntentClassifier> model)
{
    return std::make_shared<const dialogue::Bot>(std::move(knowledge),
                                                 std::make_shared<SerialClassifier>(std::move(model)));
}

LoadedBot loadBot(const store::Store& store, const std::string& storePath)
{
    LoadedBot loaded;
    loaded.channels = store::ChannelRepository(store.db()).all();
    loaded.nowTs = dialogue::defaultSimulationNow(store.db());
    std::shared_ptr<const dialogue::IntentModel> model;
    try {
        model = dialogue::loadActiveIntentModel(storePath);
    } catch (const dialogue::IntentModelError& error) {
        loaded.modelError = toQString(error.what());
        return loaded;
    }
    if (!model) {
        loaded.noModel = true;
        return loaded;
    }
    loaded.bot = makeBot(dialogue::BotKnowledge::load(store.db()), std::move(model));
    return loaded;
}

} // namespace omni::ui
