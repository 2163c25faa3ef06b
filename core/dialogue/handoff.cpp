// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/handoff.h"

#include "dialogue/order_choice.h"
#include "dialogue/order_facts.h"

#include <cctype>
#include <cstdio>

namespace omni::dialogue {
namespace {

std::string lowerAscii(std::string_view text)
{
    std::string lower(text);
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower;
}

// At most limit bytes, cut at a UTF-8 character boundary, with "…" when cut.
std::string shorten(const std::string& text, size_t limit)
{
    if (text.size() <= limit)
        return text;
    size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return text.substr(0, cut) + "…";
}

std::string flat(std::string text)
{
    for (char& c : text)
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
    return text;
}

std::string reasonText(HandoffReason reason, bool zh)
{
    switch (reason) {
    case HandoffReason::Requested: return zh ? "客户要求人工服务" : "the customer asked for a person";
    case HandoffReason::LowConfidence: return zh ? "机器人没有把握理解客户的问题" : "the bot was not confident it understood the request";
    case HandoffReason::RepeatedFailure: return zh ? "机器人连续多轮未能解决问题" : "the bot could not help several turns in a row";
    case HandoffReason::None: break;
    }
    return zh ? "无" : "none";
}

} // namespace

bool asksForHuman(std::string_view text)
{
    const std::string lower = lowerAscii(text);
    static const char* const english[] = { "human", "real person", "to a person", "with a person", "an agent", "the agent", "live agent",
        "representative", "operator", "someone real", "real agent", "talk to someone", "speak to someone",
        "speak with someone", "customer service agent", "your manager", "a manager" };
    for (const char* phrase : english)
        if (lower.find(phrase) != std::string::npos)
            return true;
    static const char* const chinese[] = { "人工", "真人", "转接客服", "找客服", "联系客服", "客服人员", "你们经理" };
    for (const char* phrase : chinese)
        if (text.find(phrase) != std::string_view::npos)
            return true;
    return false;
}

bool insists(std::string_view text)
{
    const std::string lower = lowerAscii(text);
    static const char* const english[] = { "insist", "last time", "not good enough", "still not resolved",
        "escalate", "formal complaint" };
    for (const char* phrase : english)
        if (lower.find(phrase) != std::string::npos)
            return true;
    static const char* const chinese[] = { "坚持", "必须给我", "一定要给我", "升级处理", "正式投诉", "还是没解决", "到底" };
    for (const char* phrase : chinese)
        if (text.find(phrase) != std::string_view::npos)
            return true;
    return false;
}

std::string handoffSentence(HandoffReason reason, const Wording& w)
{
    std::string why;
    switch (reason) {
    case HandoffReason::Requested:
        why = w.pick("Of course.", "好的。");
        break;
    case HandoffReason::LowConfidence:
        why = w.pick("I'm not sure I understood you correctly.", "抱歉，我不太确定是否理解了您的问题。");
        break;
    case HandoffReason::RepeatedFailure:
        why = w.pick("I'm sorry I couldn't sort this out for you.", "很抱歉没能帮您解决这个问题。");
        break;
    case HandoffReason::None:
        break;
    }
    return why + w.pick(" I'm passing this conversation to a colleague, who will take over shortly.",
                        "我已为您转接人工客服，同事会尽快接手。");
}

std::string waitingForAgentSentence(const Wording& w)
{
    return w.pick("A colleague will take over this conversation shortly and can see everything you've written.",
                  "人工客服会尽快接手本次对话，您的留言他们都能看到。");
}

std::string caseSummary(const Conversation& conversation, const BotTurn& current, const BotKnowledge& knowledge)
{
    const bool zh = current.lang == "zh";
    const CustomerContext& customer = conversation.customer;
    std::string who;
    if (customer.customerId)
        who = maskedName(customer.displayName) + " (" + customer.customerKey + ")";
    else
        who = zh ? "访客（无历史记录）" : "a guest with no history";

    // The last three messages, the current one included.
    std::vector<std::string> asked;
    for (size_t i = conversation.turns.size() > 2 ? conversation.turns.size() - 2 : 0; i < conversation.turns.size(); ++i)
        asked.push_back("\"" + shorten(flat(conversation.turns[i].customerText), 120) + "\"");
    asked.push_back("\"" + shorten(flat(current.customerText), 120) + "\"");
    std::string askedText;
    for (size_t i = 0; i < asked.size(); ++i)
        askedText += (i ? (zh ? "，然后" : ", then ") : "") + asked[i];

    char confidence[16];
    std::snprintf(confidence, sizeof confidence, "%.2f", current.intent.confidence());
    std::string summary;
    if (zh)
        summary = "客户" + who + "通过" + conversation.channelCode + "渠道咨询：" + askedText + "。识别意图："
            + intentName(current.intent.top()) + "（置信度" + confidence + "）。";
    else
        summary = "Customer " + who + " on the " + conversation.channelCode + " channel wrote " + askedText
            + ". Intent: " + intentName(current.intent.top()) + " (confidence " + confidence + ").";

    const DialogueState& state = conversation.state;
    if (state.orderKey)
        if (const store::Order* order = orderByKey(customer, *state.orderKey))
            summary += zh ? "涉及订单" + order->orderKey + "（" + Wording{ "zh" }.status(order->status) + "，"
                                + formatAmount(order->total) + "元）。"
                          : " Order involved: " + order->orderKey + " (" + order->status + ", "
                                + formatAmount(order->total) + " CNY).";
    if (state.productId)
        if (const store::Product* product = knowledge.product(*state.productId))
            summary += zh ? "涉及商品" + product->sku + "（" + (product->titleZh.empty() ? product->titleEn : product->titleZh) + "）。"
                          : " Product involved: " + product->sku + " (" + product->titleEn + ").";
    if (current.refused)
        summary += zh ? "本轮因安全原因拒绝（" + current.refusalReason + "）。"
                      : " This message was refused for security (" + current.refusalReason + ").";

    // What the bot said last, before this hand-off.
    std::string lastReply;
    for (auto it = conversation.turns.rbegin(); it != conversation.turns.rend(); ++it)
        if (!it->reply.empty()) {
            lastReply = it->reply;
            break;
        }
    if (!lastReply.empty())
        summary += zh ? "机器人上一轮回复：\"" + shorten(flat(lastReply), 160) + "\"。"
                      : " The bot last said: \"" + shorten(flat(lastReply), 160) + "\".";
    summary += zh ? "转人工原因：" + reasonText(current.handoffReason, true) + "。"
                  : " Handed off because " + reasonText(current.handoffReason, false) + ".";
    return maskPersonalData(summary);
}

} // namespace omni::dialogue
