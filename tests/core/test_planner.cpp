// SPDX-License-Identifier: GPL-3.0-or-later
// The copy planner picks the expected facts per style, in order and in the copy's language, and
// tones reorder them as documented (warm: selling point first; premium: material first; playful:
// one more selling point).
#include "check.h"
#include "planner_towel.h"

#include "text/facts/copy_planner.h"

#include <string>
#include <vector>

using namespace omni::text;
using omni::store::Product;
using omni::test::plannerTowel;

namespace {

std::vector<SellingPoint> points(CopyLanguage language)
{
    if (language == CopyLanguage::Chinese)
        return { { "很柔软", language, 9 }, { "吸水快", language, 5 }, { "不掉毛", language, 3 } };
    return { { "soft after every wash", language, 9 }, { "dries quickly", language, 5 }, { "no lint", language, 3 } };
}

std::vector<std::string> attributesOf(const CopyPlan& plan)
{
    std::vector<std::string> names;
    for (const PlannedFact& fact : plan.facts)
        names.push_back(fact.attribute);
    return names;
}

std::string joined(const std::vector<std::string>& names)
{
    std::string text;
    for (const std::string& name : names)
        text += (text.empty() ? "" : ",") + name;
    return text;
}

std::string plan(CopyStyle style, CopyTone tone = CopyTone::Neutral, CopyLanguage language = CopyLanguage::English)
{
    const ProductFactSheet sheet = factSheetFor(plannerTowel());
    return joined(attributesOf(planCopy(sheet, points(language), language, style, tone)));
}

} // namespace

OMNI_TEST(each_style_plans_its_facts)
{
    // The title names the colour, so colour is the key attribute; then material, dimensions.
    OMNI_CHECK_EQ(plan(CopyStyle::PushTitle), std::string("brand,colour"));
    OMNI_CHECK_EQ(plan(CopyStyle::WebDescription), std::string("brand,colour,material,dimensions,review,review"));
    OMNI_CHECK_EQ(plan(CopyStyle::MiniProgramCard), std::string("brand,colour,review"));
    OMNI_CHECK_EQ(plan(CopyStyle::SocialPost), std::string("brand,colour,material,review"));
    OMNI_CHECK_EQ(plan(CopyStyle::ShelfCard), std::string("brand,colour,material,dimensions,price"));
}

OMNI_TEST(tones_reorder_the_plan)
{
    OMNI_CHECK_EQ(plan(CopyStyle::SocialPost, CopyTone::Warm), std::string("brand,review,colour,material"));
    OMNI_CHECK_EQ(plan(CopyStyle::SocialPost, CopyTone::Premium), std::string("brand,material,colour,review"));
    OMNI_CHECK_EQ(plan(CopyStyle::SocialPost, CopyTone::Playful), std::string("brand,colour,material,review,review"));
    OMNI_CHECK_EQ(plan(CopyStyle::PushTitle, CopyTone::Premium), std::string("brand,material"));
}

OMNI_TEST(plans_speak_the_copy_language)
{
    const ProductFactSheet sheet = factSheetFor(plannerTowel());
    const CopyPlan english = planCopy(sheet, points(CopyLanguage::English), CopyLanguage::English,
        CopyStyle::ShelfCard, CopyTone::Neutral);
    OMNI_CHECK_EQ(english.facts[0].surface, std::string("Softnest"));
    OMNI_CHECK_EQ(english.facts[1].surface, std::string("grey"));
    OMNI_CHECK_EQ(english.facts[1].value, std::string("grey"));
    OMNI_CHECK(english.facts[1].kind == FactKind::Colour);
    OMNI_CHECK_EQ(english.facts[3].surface, std::string("80 x 160 cm"));
    OMNI_CHECK(english.facts[4].kind == FactKind::Price);
    OMNI_CHECK_EQ(english.facts[4].surface, std::string("¥99.90"));
    OMNI_CHECK_EQ(english.productId, int64_t(3));
    OMNI_CHECK_EQ(english.category, std::string("home"));

    const CopyPlan chinese = planCopy(sheet, points(CopyLanguage::Chinese), CopyLanguage::Chinese,
        CopyStyle::WebDescription, CopyTone::Neutral);
    OMNI_CHECK_EQ(chinese.facts[0].surface, std::string("柔巢"));
    OMNI_CHECK_EQ(chinese.facts[1].surface, std::string("灰色"));
    OMNI_CHECK_EQ(chinese.facts[2].surface, std::string("长绒棉"));
    OMNI_CHECK_EQ(chinese.facts[4].surface, std::string("很柔软"));
    OMNI_CHECK(chinese.facts[4].weight < chinese.facts[1].weight);
    // Selling points in another language are not planned.
    const CopyPlan mixed = planCopy(sheet, points(CopyLanguage::English), CopyLanguage::Chinese,
        CopyStyle::WebDescription, CopyTone::Neutral);
    OMNI_CHECK_EQ(joined(attributesOf(mixed)), std::string("brand,colour,material,dimensions"));
}

OMNI_TEST(a_product_without_attributes_or_points_still_plans)
{
    Product bare;
    bare.id = 5;
    bare.brand = "Nimbus";
    bare.titleEn = "Nimbus Gift Card";
    bare.price = 100;
    const ProductFactSheet sheet = factSheetFor(bare);
    OMNI_CHECK_EQ(joined(attributesOf(planCopy(sheet, {}, CopyLanguage::English, CopyStyle::WebDescription,
                      CopyTone::Warm))),
        std::string("brand"));
    OMNI_CHECK_EQ(joined(attributesOf(planCopy(sheet, {}, CopyLanguage::Chinese, CopyStyle::ShelfCard,
                      CopyTone::Neutral))),
        std::string("brand,price"));
}
