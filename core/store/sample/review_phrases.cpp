// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sample/review_phrases.h"

#include "store/sample/catalog_vocabulary.h"

#include <map>
#include <vector>

namespace omni::store::sample {

namespace {

enum Tone { kPositive, kMixed, kNegative };

struct Aspects {
    std::vector<Term> positive;
    std::vector<Term> mixed;
    std::vector<Term> negative;
};

const std::map<std::string, Aspects>& aspectsByCategory()
{
    static const std::map<std::string, Aspects> aspects = {
        { "apparel",
            { { { "The fabric feels soft and the fit is true to size.", "面料柔软，尺码标准。" },
                  { "Washed it twice and it still looks new.", "洗了两次依然很新。" },
                  { "The colour is exactly as in the photos.", "颜色和图片一模一样。" } },
                { { "Fits okay, but the stitching is a bit loose.", "版型还行，但做工有点粗糙。" },
                    { "Nice colour, slightly thinner than expected.", "颜色好看，就是比想象的薄一点。" } },
                { { "The size runs small.", "尺码偏小。" },
                    { "The fabric is much thinner than it looks.", "面料比看起来薄很多。" },
                    { "The colour looks different from the photos.", "颜色和图片有明显色差。" } } } },
        { "shoes",
            { { { "Very comfortable, no breaking in needed.", "很舒服，一点都不磨脚。" },
                  { "Light with a good grip.", "很轻，抓地力好。" } },
                { { "Comfortable, but runs half a size large.", "穿着舒服，但偏大半码。" },
                    { "Looks good, the insole is a bit hard.", "好看，就是鞋垫有点硬。" } },
                { { "My feet hurt after an hour of walking.", "走一个小时脚就疼。" },
                    { "The sole started peeling within a month.", "不到一个月就开胶了。" } } } },
        { "bags",
            { { { "Roomy and well made.", "容量大，做工好。" }, { "The zips run smoothly.", "拉链很顺滑。" } },
                { { "Nice design, but smaller than I expected.", "设计好看，但比想象的小。" } },
                { { "A strap broke after two weeks.", "背带两周就断了。" },
                    { "The zip keeps getting stuck.", "拉链老是卡住。" } } } },
        { "beauty",
            { { { "Gentle on my skin and absorbs quickly.", "很温和，吸收快。" },
                  { "My skin feels hydrated all day.", "用完一整天都很水润。" } },
                { { "It's fine, I didn't notice much difference.", "还可以，效果不太明显。" } },
                { { "It gave me a rash.", "用了过敏起疹子。" }, { "Far too greasy for me.", "太油腻了。" } } } },
        { "home",
            { { { "Soft and exactly as pictured.", "很柔软，和图片一样。" },
                  { "Good quality for the price.", "这个价格质量很好。" } },
                { { "Decent for the price.", "这个价格还算可以。" } },
                { { "A strong smell out of the package.", "拆开有很大的味道。" },
                    { "The colour faded after the first wash.", "洗一次就掉色了。" } } } },
        { "kitchen",
            { { { "Heats evenly and cleans easily.", "受热均匀，好清洗。" },
                  { "Solid build, works perfectly.", "做工扎实，很好用。" } },
                { { "Works, but it is a bit noisy.", "能用，就是有点吵。" } },
                { { "The coating scratched within weeks.", "没几周涂层就刮花了。" },
                    { "It stopped working after a few uses.", "用了几次就坏了。" } } } },
        { "electronics",
            { { { "The battery lasts long and pairing was instant.", "续航持久，连接很快。" },
                  { "Charges my phone fast.", "充电很快。" } },
                { { "Sound is okay for the price.", "音质对得起这个价格。" } },
                { { "It stopped charging after a week.", "用了一周就充不进电了。" },
                    { "The connection keeps dropping.", "老是断连。" } } } },
        { "sports",
            { { { "Sturdy and comfortable to use.", "结实好用。" },
                  { "Great for my daily workouts.", "日常锻炼很合适。" } },
                { { "Does the job, nothing special.", "能用，中规中矩。" } },
                { { "It started to tear after a few sessions.", "用了几次就开裂了。" },
                    { "Smells strongly of rubber.", "橡胶味很重。" } } } },
        { "baby",
            { { { "Soft and gentle for my baby.", "宝宝用着很柔软。" },
                  { "No leaks, even overnight.", "整晚都不漏。" } },
                { { "Okay, but a bit pricey.", "还行，就是有点贵。" } },
                { { "It caused a rash on my baby's skin.", "宝宝用了起红疹。" },
                    { "Worse quality than the last batch.", "质量不如上一批。" } } } },
        { "food",
            { { { "Fresh and tasty, I will buy again.", "新鲜好吃，会回购。" }, { "A rich aroma.", "香气浓郁。" } },
                { { "Tastes fine, the packaging could be better.", "味道还行，包装一般。" } },
                { { "Arrived close to its best-before date.", "收到时快过期了。" },
                    { "Far too sweet for me.", "太甜了。" } } } },
    };
    return aspects;
}

const std::vector<Term> kOpeners[5] = {
    { { "Very disappointed.", "非常失望。" }, { "Would not buy again.", "不会再买了。" } },
    { { "Not worth the money.", "不值这个价。" }, { "Disappointed.", "有点失望。" } },
    { { "It's okay.", "一般般。" }, { "Average.", "中规中矩。" }, { "Mixed feelings.", "还行吧。" } },
    { { "Pretty good.", "挺好的。" }, { "Happy with it.", "整体满意。" }, { "Good value.", "性价比不错。" } },
    { { "Love it!", "非常满意！" }, { "Excellent!", "超级喜欢！" }, { "Absolutely worth it.", "物超所值！" } },
};
const std::vector<Term> kHappyClosers
    = { { "Will buy again.", "会回购的。" }, { "Recommended.", "推荐购买。" }, { "Great service.", "客服态度很好。" } };
const std::vector<Term> kDeliveryPraise
    = { { "Fast delivery too.", "物流也很快。" }, { "Well packed.", "包装很用心。" } };
const Term kSlowDelivery { "Delivery took a bit long.", "物流稍慢。" };
const Term kReturned { "Sent it back.", "已经退货了。" };

void append(std::string& text, const Term& phrase, bool chinese)
{
    if (!chinese && !text.empty())
        text += ' ';
    text += chinese ? phrase.zh : phrase.en;
}

} // namespace

std::string reviewText(const ReviewContext& context, Rng& rng)
{
    const CategorySpec& category = catalogVocabulary()[static_cast<size_t>(context.category)];
    const Aspects& aspects = aspectsByCategory().at(category.code);
    const Tone tone = context.rating >= 4 ? kPositive : context.rating == 3 ? kMixed : kNegative;
    std::string text;
    append(text, rng.pick(kOpeners[context.rating - 1]), context.chinese);
    // One review in six is just the opener, as many real ones are.
    if (rng.chance(1.0 / 6.0) && !context.returned)
        return text;
    const std::vector<Term>& details = tone == kPositive ? aspects.positive
        : tone == kMixed                                 ? aspects.mixed
                                                         : aspects.negative;
    append(text, rng.pick(details), context.chinese);
    if (context.returned) {
        append(text, kReturned, context.chinese);
    } else if (context.rating == 5 && rng.chance(0.5)) {
        append(text, context.delivered && rng.chance(0.5) ? rng.pick(kDeliveryPraise) : rng.pick(kHappyClosers),
            context.chinese);
    } else if (context.rating == 4 && context.delivered && rng.chance(0.3)) {
        append(text, kSlowDelivery, context.chinese);
    }
    return text;
}

} // namespace omni::store::sample
