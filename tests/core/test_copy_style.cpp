// SPDX-License-Identifier: GPL-3.0-or-later
// Copy styles: budgets and channels per style, trimming at word / character boundaries, social
// posts with hashtags in the copy's language, shelf and mini-program cards in their line form,
// tone openers — and everything composed passes the fact checker (openers state no facts; the
// hashtags and lines come from the fact sheet), on hand-made products and a tiny sample shop.
#include "check.h"

#include "store/product_repository.h"
#include "store/sample_shop.h"
#include "text/facts/copy_planner.h"
#include "text/facts/copy_style.h"
#include "text/facts/fact_checker.h"

#include <string>
#include <vector>

using namespace omni::text;
using omni::store::Product;

namespace {

Product serum()
{
    Product product;
    product.id = 1;
    product.sku = "BT-000001";
    product.brand = "Chuxue";
    product.category = "beauty";
    product.titleEn = "Chuxue Vitamin C Serum 50 ml";
    product.titleZh = "初雪 维C精华液 50 ml";
    product.price = 169;
    product.descriptionZh = "初雪 维C精华液 50 ml。净含量：50 ml；适用肤质：敏感肌。";
    product.attributes = { { "volume", "50 ml" }, { "skin_type", "sensitive skin" } };
    return product;
}

int lineCount(const std::string& text)
{
    int lines = 1;
    for (const char c : text)
        lines += c == '\n' ? 1 : 0;
    return lines;
}

bool validUtf8(const std::string& text)
{
    size_t i = 0;
    while (i < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const size_t length = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (length == 0 || i + length > text.size())
            return false;
        for (size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80)
                return false;
        i += length;
    }
    return true;
}

std::string unsupported(const FactCheck& check)
{
    std::string text;
    for (const Claim& claim : check.claims)
        if (!claim.supported)
            text += "[" + claim.text + ": " + claim.why + "] ";
    return text;
}

} // namespace

OMNI_TEST(style_specs_name_channels_and_budgets)
{
    OMNI_CHECK_EQ(styleSpec(CopyStyle::PushTitle, CopyLanguage::English).channelCode, std::string("app"));
    OMNI_CHECK_EQ(styleSpec(CopyStyle::WebDescription, CopyLanguage::English).channelCode, std::string("web"));
    OMNI_CHECK_EQ(styleSpec(CopyStyle::MiniProgramCard, CopyLanguage::Chinese).channelCode, std::string("mini_program"));
    OMNI_CHECK_EQ(styleSpec(CopyStyle::SocialPost, CopyLanguage::Chinese).channelCode, std::string("social"));
    OMNI_CHECK_EQ(styleSpec(CopyStyle::ShelfCard, CopyLanguage::English).channelCode, std::string("store"));
    for (const CopyLanguage language : { CopyLanguage::English, CopyLanguage::Chinese }) {
        OMNI_CHECK(styleSpec(CopyStyle::PushTitle, language).maxCharacters
            < styleSpec(CopyStyle::SocialPost, language).maxCharacters);
        OMNI_CHECK(styleSpec(CopyStyle::SocialPost, language).maxTokens
            < styleSpec(CopyStyle::WebDescription, language).maxTokens);
    }
    OMNI_CHECK(styleSpec(CopyStyle::PushTitle, CopyLanguage::Chinese).maxCharacters
        < styleSpec(CopyStyle::PushTitle, CopyLanguage::English).maxCharacters);
}

OMNI_TEST(trimming_keeps_words_and_characters_whole)
{
    const std::string english = "Chuxue Vitamin C Serum brightens tired skin in a single week of use";
    const std::string cut = trimToBudget(english, 30, CopyLanguage::English);
    OMNI_CHECK(utf8Length(cut) <= 30);
    OMNI_CHECK_EQ(cut, std::string("Chuxue Vitamin C Serum"));
    OMNI_CHECK_EQ(trimToBudget("Short title", 30, CopyLanguage::English), std::string("Short title"));

    const std::string chinese = "初雪维C精华液，温和不刺激，敏感肌也能放心使用，坚持使用肌肤更透亮";
    const std::string zh = trimToBudget(chinese, 15, CopyLanguage::Chinese);
    OMNI_CHECK(utf8Length(zh) <= 15);
    OMNI_CHECK(validUtf8(zh));
    OMNI_CHECK_EQ(zh, std::string("初雪维C精华液，温和不刺激"));
    const std::string noMarks = trimToBudget("初雪维生素精华液温和亲肤", 5, CopyLanguage::Chinese);
    OMNI_CHECK_EQ(noMarks, std::string("初雪维生素"));

    const ProductFactSheet sheet = factSheetFor(serum());
    const CopyPlan plan = planCopy(sheet, {}, CopyLanguage::English, CopyStyle::PushTitle, CopyTone::Neutral);
    const std::string push = composeStyledCopy(CopyStyle::PushTitle, CopyLanguage::English, CopyTone::Neutral,
        english + "\nsecond line", plan, sheet);
    OMNI_CHECK(utf8Length(push) <= 60);
    OMNI_CHECK(push.find('\n') == std::string::npos);
    OMNI_CHECK(push.back() != ' ');
}

OMNI_TEST(social_posts_carry_hashtags_in_the_copy_language)
{
    const ProductFactSheet sheet = factSheetFor(serum());
    const CopyPlan english = planCopy(sheet, { { "absorbs quickly", CopyLanguage::English, 4 } },
        CopyLanguage::English, CopyStyle::SocialPost, CopyTone::Playful);
    const std::string post = composeStyledCopy(CopyStyle::SocialPost, CopyLanguage::English, CopyTone::Playful,
        "Chuxue Vitamin C Serum, 50 ml that absorbs quickly.", english, sheet);
    OMNI_CHECK(post.find("#Chuxue #Beauty #50ml") != std::string::npos);
    OMNI_CHECK(post.rfind(toneOpener(CopyTone::Playful, CopyLanguage::English, 1), 0) == 0);
    OMNI_CHECK(utf8Length(post) <= 280);
    const FactCheck check = checkCopy(post, CopyLanguage::English, sheet);
    OMNI_CHECK(check.clean());
    OMNI_CHECK(check.claims.size() >= 4); // brand and 50 ml in the text, #Chuxue and #50ml

    const CopyPlan chinese = planCopy(sheet, {}, CopyLanguage::Chinese, CopyStyle::SocialPost, CopyTone::Warm);
    const std::string zh = composeStyledCopy(CopyStyle::SocialPost, CopyLanguage::Chinese, CopyTone::Warm,
        "初雪维C精华液，50 ml小巧好带。", chinese, sheet);
    OMNI_CHECK(zh.find("#初雪 #美妆护肤 #50ml") != std::string::npos);
    OMNI_CHECK(checkCopy(zh, CopyLanguage::Chinese, sheet).clean());
    OMNI_CHECK(utf8Length(zh) <= 140);
}

OMNI_TEST(cards_have_their_line_form)
{
    const ProductFactSheet sheet = factSheetFor(serum());
    const CopyPlan shelfPlan = planCopy(sheet, {}, CopyLanguage::English, CopyStyle::ShelfCard, CopyTone::Neutral);
    const std::string shelf = composeStyledCopy(CopyStyle::ShelfCard, CopyLanguage::English, CopyTone::Neutral,
        "Brightens tired skin. Use daily.", shelfPlan, sheet);
    OMNI_CHECK_EQ(shelf, std::string("Chuxue Vitamin C Serum 50 ml\nBrightens tired skin.\nVolume: 50 ml\n"
                                     "Skin type: sensitive skin\nPrice: ¥169"));
    OMNI_CHECK(checkCopy(shelf, CopyLanguage::English, sheet).clean());

    const CopyPlan zhShelfPlan = planCopy(sheet, {}, CopyLanguage::Chinese, CopyStyle::ShelfCard, CopyTone::Neutral);
    // A model line that only repeats the name is left out.
    const std::string zhShelf = composeStyledCopy(CopyStyle::ShelfCard, CopyLanguage::Chinese, CopyTone::Neutral,
        "初雪 维C精华液 50 ml。爽肤水后使用。", zhShelfPlan, sheet);
    OMNI_CHECK_EQ(zhShelf, std::string("初雪 维C精华液 50 ml\n净含量：50 ml\n适用肤质：敏感肌\n售价：¥169"));

    const CopyPlan cardPlan = planCopy(sheet, { { "吸收快", CopyLanguage::Chinese, 6 } }, CopyLanguage::Chinese,
        CopyStyle::MiniProgramCard, CopyTone::Neutral);
    const std::string card = composeStyledCopy(CopyStyle::MiniProgramCard, CopyLanguage::Chinese, CopyTone::Neutral,
        "吸收快，不黏腻。适合早晚使用。", cardPlan, sheet);
    OMNI_CHECK_EQ(card, std::string("初雪 维C精华液 50 ml\n吸收快，不黏腻。"));
    OMNI_CHECK_EQ(lineCount(composeStyledCopy(CopyStyle::MiniProgramCard, CopyLanguage::English, CopyTone::Neutral,
                      "Light and quick to absorb. Great under make-up.", cardPlan, sheet)),
        2);
}

OMNI_TEST(no_model_text_means_no_copy)
{
    // The form must not make an empty generation look like good copy.
    const ProductFactSheet sheet = factSheetFor(serum());
    for (const CopyStyle style : { CopyStyle::PushTitle, CopyStyle::WebDescription, CopyStyle::MiniProgramCard,
             CopyStyle::SocialPost, CopyStyle::ShelfCard }) {
        const CopyPlan plan = planCopy(sheet, {}, CopyLanguage::English, style, CopyTone::Warm);
        OMNI_CHECK_EQ(composeStyledCopy(style, CopyLanguage::English, CopyTone::Warm, " \n ", plan, sheet), std::string());
    }
}

OMNI_TEST(openers_state_no_facts)
{
    const ProductFactSheet sheet = factSheetFor(serum());
    for (const CopyLanguage language : { CopyLanguage::English, CopyLanguage::Chinese }) {
        const std::vector<std::string> openers = allToneOpeners(language);
        OMNI_CHECK_EQ(openers.size(), size_t(9));
        for (const std::string& opener : openers)
            OMNI_CHECK_EQ(extractClaims(opener, language, sheet).size(), size_t(0));
        OMNI_CHECK(toneOpener(CopyTone::Neutral, language, 7).empty());
    }
    OMNI_CHECK_EQ(toneOpener(CopyTone::Warm, CopyLanguage::English, 4), toneOpener(CopyTone::Warm, CopyLanguage::English, 4));
}

OMNI_TEST(every_style_composed_for_a_sample_shop_passes_the_checker)
{
    const omni::store::Store store = omni::store::Store::open(":memory:");
    omni::store::SampleShopOptions options;
    options.size = omni::store::SampleShopSize::Tiny;
    omni::store::generateSampleShop(store, options, omni::runtime::JobContext());
    const omni::store::ProductRepository repository(store.db());
    std::vector<Product> products;
    for (const auto& summary : repository.listSummaries())
        products.push_back(*repository.get(summary.product.id));
    const std::vector<BrandName> brands = catalogBrands(products);
    std::string failures;
    int composed = 0;
    for (const Product& product : products) {
        const ProductFactSheet sheet = factSheetFor(product, brands);
        for (const CopyLanguage language : { CopyLanguage::English, CopyLanguage::Chinese }) {
            // The product's own description stands in for the model's text.
            const std::string model = language == CopyLanguage::Chinese ? product.descriptionZh : product.descriptionEn;
            for (const CopyStyle style : { CopyStyle::PushTitle, CopyStyle::WebDescription, CopyStyle::MiniProgramCard,
                     CopyStyle::SocialPost, CopyStyle::ShelfCard })
                for (const CopyTone tone : { CopyTone::Neutral, CopyTone::Warm, CopyTone::Premium, CopyTone::Playful }) {
                    const CopyPlan plan = planCopy(sheet, {}, language, style, tone);
                    {
                        const std::string copy = composeStyledCopy(style, language, tone, model, plan, sheet);
                        ++composed;
                        if (!validUtf8(copy))
                            failures += product.sku + " invalid UTF-8\n";
                        if (style == CopyStyle::SocialPost && copy.find('#') == std::string::npos)
                            failures += product.sku + " social post without hashtags\n";
                        if (style != CopyStyle::ShelfCard
                            && utf8Length(copy) > static_cast<size_t>(styleSpec(style, language).maxCharacters))
                            failures += product.sku + " over budget: " + copy + "\n";
                        const std::string wrong = unsupported(checkCopy(copy, language, sheet));
                        if (!wrong.empty())
                            failures += product.sku + " " + styleCode(style) + ": " + wrong + "\n";
                    }
                }
        }
    }
    if (!failures.empty())
        omni::test::fail(__FILE__, __LINE__, failures.substr(0, 3000));
    OMNI_CHECK(composed > 500);
}
