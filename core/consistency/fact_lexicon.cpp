// SPDX-License-Identifier: GPL-3.0-or-later
#include "consistency/fact_lexicon.h"

#include "consistency/text_util.h"

namespace omni::consistency {

namespace {

std::vector<LexiconTerm> buildLexicon()
{
    // Common retail colours and materials. The sample shop's vocabulary is a subset (a test checks
    // that), but the list is meant for real catalogs too.
    const std::vector<std::pair<const char*, const char*>> colours = { { "black", "黑色" }, { "white", "白色" },
        { "grey", "灰色" }, { "dark grey", "深灰色" }, { "light grey", "浅灰色" },
        { "navy", "藏青色" }, { "beige", "米色" }, { "khaki", "卡其色" }, { "red", "红色" }, { "pink", "粉色" },
        { "blue", "蓝色" }, { "light blue", "浅蓝色" }, { "dark blue", "深蓝色" }, { "sky blue", "天蓝色" },
        { "green", "绿色" }, { "dark green", "墨绿色" }, { "yellow", "黄色" }, { "purple", "紫色" },
        { "brown", "棕色" }, { "olive", "橄榄绿" }, { "burgundy", "酒红色" }, { "silver", "银色" },
        { "gold", "金色" }, { "rose gold", "玫瑰金" }, { "orange", "橙色" }, { "cream", "奶白色" },
        { "ivory", "象牙白" }, { "camel", "驼色" }, { "coffee", "咖啡色" }, { "transparent", "透明" },
        { "ruby red", "正红色" }, { "brick red", "砖红色" }, { "coral", "珊瑚色" }, { "nude pink", "裸粉色" } };
    const std::vector<std::pair<const char*, const char*>> materials = { { "cotton", "纯棉" },
        { "long-staple cotton", "长绒棉" }, { "cotton-linen", "棉麻" }, { "linen", "亚麻" }, { "modal", "莫代尔" },
        { "chiffon", "雪纺" }, { "silk", "真丝" }, { "wool", "羊毛" }, { "cashmere", "羊绒" },
        { "polyester", "聚酯纤维" }, { "nylon", "尼龙" }, { "nylon-spandex", "锦纶氨纶" }, { "tencel", "天丝" },
        { "fleece", "摇粒绒" }, { "stretch denim", "弹力牛仔布" }, { "cotton denim", "纯棉牛仔布" },
        { "canvas", "帆布" }, { "mesh", "网布" }, { "knit fabric", "飞织" }, { "suede", "麂皮" },
        { "cowhide leather", "头层牛皮" }, { "pu leather", "PU皮" }, { "duck down", "白鸭绒" },
        { "goose down", "白鹅绒" }, { "memory foam", "记忆棉" }, { "stainless steel", "304不锈钢" },
        { "german steel", "德国钢" }, { "damascus steel", "大马士革钢" }, { "cast iron", "铸铁" },
        { "aluminium", "铝合金" }, { "aluminium-magnesium alloy", "铝镁合金" }, { "carbon fibre", "碳纤维" },
        { "borosilicate glass", "高硼硅玻璃" }, { "silicone", "液态硅胶" }, { "food-grade silicone", "食品级硅胶" },
        { "polycarbonate", "PC" }, { "polypropylene", "聚丙烯" }, { "tritan", "Tritan" }, { "tpu", "TPU" },
        { "tpe", "TPE" }, { "eva", "EVA" }, { "nbr", "NBR" }, { "ceramic", "陶瓷" } };
    std::vector<LexiconTerm> lexicon;
    for (const auto& [en, zh] : colours)
        lexicon.push_back({ FactKind::Colour, en, en, zh });
    // American spelling, same fact: a listing saying "Gray" for a grey product is consistent.
    lexicon.push_back({ FactKind::Colour, "grey", "gray", "灰色" });
    for (const auto& [en, zh] : materials)
        lexicon.push_back({ FactKind::Material, en, en, zh });
    return lexicon;
}

} // namespace

const std::vector<LexiconTerm>& factLexicon()
{
    static const std::vector<LexiconTerm> lexicon = buildLexicon();
    return lexicon;
}

const LexiconTerm* findTerm(const std::string& key)
{
    const std::string lower = asciiLower(key);
    for (const LexiconTerm& term : factLexicon())
        if (term.key == lower)
            return &term;
    return nullptr;
}

} // namespace omni::consistency
