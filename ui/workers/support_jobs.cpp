// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/support_jobs.h"

#include "format.h"

namespace omni::ui {

JobRunner::Job SupportJobs::trainIntentModel(const QString& storePath,
                                             std::shared_ptr<dialogue::RegisteredIntentModel> trained)
{
    return [path = storePath.toStdString(), trained](const runtime::JobContext& job) {
        *trained = dialogue::trainAndRegisterIntentModel(path, dialogue::IntentTrainingOptions(), job);
        return trainingSummary(trained->report);
    };
}

QString SupportJobs::trainingSummary(const dialogue::IntentTrainingReport& report)
{
    return tr("Intent model trained on %1 examples in %2 s (training accuracy %3 %).")
        .arg(formatCount(report.examples))
        .arg(report.seconds, 0, 'f', 1)
        .arg(report.trainAccuracy * 100.0, 0, 'f', 1);
}

dialogue::Conversation respondTo(const std::shared_ptr<const dialogue::Bot>& bot, dialogue::Conversation conversation,
                                 const std::string& text)
{
    bot->respond(conversation, text);
    return conversation;
}

dialogue::Conversation replayConversation(const std::shared_ptr<const dialogue::Bot>& bot,
                                          const dialogue::Conversation& conversation)
{
    dialogue::Conversation again = bot->start(conversation.customer, conversation.channelCode, conversation.nowTs);
    for (const dialogue::BotTurn& turn : conversation.turns)
        bot->respond(again, turn.customerText);
    return again;
}

} // namespace omni::ui
