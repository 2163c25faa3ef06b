// SPDX-License-Identifier: GPL-3.0-or-later
// The fact checker's word claims: a candidate naming another product type of the catalog
// ("sunscreen" for a serum, 防晒霜 for 精华液), SPF/PA ratings and percentages the record does not
// state, model names glued to numbers, descriptive values that contradict the product (lavender
// for a rose hand cream, 云南 for Hainan mango, 干性 for oily skin), and a labelled number equal to
// the price ("Pieces: 169") are unsupported, in English and Chinese, with why and expected; the
// product's own type, broader terms of it (serum, 精华, towel) and its own values pass; an imported
// catalog's shared title tails become type nouns too.
#include "check.h"

#include "text/facts/catalog_terms.h"
#include "text/facts/fact_checker.h"
#include "text/facts/fact_sheet.h"

#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

using namespace omni::text;
using omni::store::Product;

namespace omni::text {
std::ostream& operator<<(std::ostream& stream, FactKind kind)
{
    return stream << factKindCode(kind);
}
} // namespace omni::text

namespace {

Product product(int64_t id, const std::string& brand, const std::string& category, const std::string& titleEn,
    const std::string& titleZh, double price, std::map<std::string, std::string> attributes)
{
    Product p;
    p.id = id;
    p.sku = "T-" + std::to_string(id);
    p.brand = brand;
    p.category = category;
    p.titleEn = titleEn;
    p.titleZh = titleZh;
    p.price = price;
    p.attributes = std::move(attributes);
    return p;
}

Product serum()
{
    return product(1, "Chuxue", "beauty", "Chuxue Vitamin C Serum 50 ml", "初雪 维C精华液 50 ml", 169,
        { { "volume", "50 ml" }, { "skin_type", "oily skin" } });
}

Product handCream()
{
    return product(2, "Yunshang", "beauty", "Yunshang Hand Cream 50 ml", "云裳 护手霜 50 ml", 49,
        { { "volume", "50 ml" }, { "scent", "rose" } });
}

Product mango()
{
    return product(3, "Tianyuan", "food", "Tianyuan Hainan Dried Mango 200 g", "田园 海南芒果干 200 g", 29,
        { { "origin", "Hainan" }, { "net_weight", "200 g" }, { "shelf_life", "12 months" } });
}

Product towel()
{
    return product(4, "Softnest", "home", "Softnest Cotton Bath Towel, Grey", "柔巢 纯棉浴巾 灰色", 69,
        { { "material", "cotton" }, { "colour", "grey" }, { "dimensions", "70 x 140 cm" } });
}

Product sheetMask()
{
    return product(5, "Lotus Lab", "beauty", "Lotus Lab Sheet Mask, 10 pcs", "莲研 面膜10片装", 169,
        { { "pieces", "10" }, { "skin_type", "dry skin" } });
}

Product sunscreen()
{
    return product(6, "Chuxue", "beauty", "Chuxue Sunscreen SPF50+ 50 ml", "初雪 防晒霜SPF50+ 50 ml", 99,
        { { "volume", "50 ml" }, { "skin_type", "all skin types" } });
}

Product phoneCase()
{
    return product(7, "Pulselink", "electronics", "Pulselink Phone Case for iPhone 15, Black",
        "脉联 手机壳 iPhone 15 黑色", 59,
        { { "material", "silicone" }, { "colour", "black" }, { "compatible_model", "iPhone 15" } });
}

std::vector<BrandName> brands()
{
    return catalogBrands({ serum(), handCream(), mango(), towel(), sheetMask(), sunscreen(), phoneCase() });
}

std::vector<Claim> unsupportedOf(const std::string& text, CopyLanguage language, const ProductFactSheet& sheet)
{
    std::vector<Claim> unsupported;
    for (const Claim& claim : checkCopy(text, language, sheet).claims)
        if (!claim.supported)
            unsupported.push_back(claim);
    return unsupported;
}

Claim onlyUnsupported(const std::string& text, CopyLanguage language, const ProductFactSheet& sheet)
{
    const std::vector<Claim> unsupported = unsupportedOf(text, language, sheet);
    if (unsupported.size() != 1) {
        std::string found;
        for (const Claim& claim : unsupported)
            found += " \"" + claim.text + "\" (" + claim.why + ")";
        omni::test::fail(__FILE__, __LINE__,
            "expected one unsupported claim in \"" + text + "\", found " + std::to_string(unsupported.size()) + ":" + found);
        return {};
    }
    return unsupported.front();
}

void expectClean(const std::string& text, CopyLanguage language, const ProductFactSheet& sheet)
{
    const std::vector<Claim> unsupported = unsupportedOf(text, language, sheet);
    std::string found;
    for (const Claim& claim : unsupported)
        found += " \"" + claim.text + "\" (" + claim.why + ")";
    if (!unsupported.empty())
        omni::test::fail(__FILE__, __LINE__, "false alarm in \"" + text + "\":" + found);
}

} // namespace

OMNI_TEST(another_product_type_is_an_unsupported_claim)
{
    const ProductFactSheet sheet = factSheetFor(serum(), brands());
    Claim claim = onlyUnsupported("Chuxue Sunscreen 50 ml for oily skin.", CopyLanguage::English, sheet);
    OMNI_CHECK_EQ(claim.kind, FactKind::ProductType);
    OMNI_CHECK_EQ(claim.text, std::string("Sunscreen"));
    OMNI_CHECK_EQ(claim.expected, std::string("vitamin c serum"));
    OMNI_CHECK(claim.why.find("vitamin c serum") != std::string::npos);
    const std::string zh = "初雪 防晒霜 50 ml";
    claim = onlyUnsupported(zh, CopyLanguage::Chinese, sheet);
    OMNI_CHECK_EQ(claim.kind, FactKind::ProductType);
    OMNI_CHECK_EQ(claim.text, std::string("防晒霜"));
    OMNI_CHECK_EQ(claim.expected, std::string("维C精华液"));
    OMNI_CHECK_EQ(zh.substr(claim.begin, claim.end - claim.begin), std::string("防晒霜"));
    // The example: the sunscreen's title for the serum is wrong twice, type and rating.
    for (const auto& [text, language] : { std::pair<std::string, CopyLanguage> { "Chuxue Sunscreen SPF50+ 50 ml",
                                              CopyLanguage::English },
             { "初雪 防晒霜SPF50+ 50 ml", CopyLanguage::Chinese } }) {
        const std::vector<Claim> wrong = unsupportedOf(text, language, sheet);
        OMNI_CHECK_EQ(wrong.size(), size_t(2));
        if (wrong.size() == 2) {
            OMNI_CHECK_EQ(wrong[0].kind, FactKind::ProductType);
            OMNI_CHECK_EQ(wrong[1].kind, FactKind::Number);
            OMNI_CHECK_EQ(wrong[1].text, std::string("SPF50+"));
        }
    }
    // The product's own type and broader terms of it are fine.
    expectClean("Chuxue Vitamin C Serum 50 ml: a serum for oily skin.", CopyLanguage::English, sheet);
    expectClean("初雪 维C精华液 50 ml，清爽精华。", CopyLanguage::Chinese, sheet);
    const ProductFactSheet bath = factSheetFor(towel(), brands());
    expectClean("A soft cotton towel in grey.", CopyLanguage::English, bath);
    claim = onlyUnsupported("Softnest cotton pillowcase and blackout curtains.", CopyLanguage::English, bath);
    OMNI_CHECK_EQ(claim.text, std::string("blackout curtains"));
    // A type noun holding a colour word is reported as the type, not as a colour.
    claim = onlyUnsupported("Softnest hand cream, grey.", CopyLanguage::English, bath);
    OMNI_CHECK_EQ(claim.kind, FactKind::ProductType);
    OMNI_CHECK_EQ(claim.text, std::string("hand cream"));
    OMNI_CHECK_EQ(checkCopy("Yunshang Hand Cream 50 ml", CopyLanguage::English, factSheetFor(handCream(), brands()))
                      .unsupportedCount(),
        0);
    claim = onlyUnsupported("柔巢 纯棉四件套", CopyLanguage::Chinese, bath);
    OMNI_CHECK_EQ(claim.text, std::string("四件套"));
    OMNI_CHECK_EQ(claim.expected, std::string("浴巾"));
}

OMNI_TEST(spf_pa_percentages_and_model_names_must_be_stated)
{
    const ProductFactSheet serumSheet = factSheetFor(serum(), brands());
    Claim claim = onlyUnsupported("Chuxue Vitamin C Serum SPF50+ 50 ml", CopyLanguage::English, serumSheet);
    OMNI_CHECK_EQ(claim.text, std::string("SPF50+"));
    OMNI_CHECK_EQ(claim.kind, FactKind::Number);
    claim = onlyUnsupported("维C精华液，PA+++ 防护。", CopyLanguage::Chinese, serumSheet);
    OMNI_CHECK_EQ(claim.text, std::string("PA+++"));
    claim = onlyUnsupported("Made with 99% vitamin C.", CopyLanguage::English, serumSheet);
    OMNI_CHECK_EQ(claim.text, std::string("99%"));
    claim = onlyUnsupported("维C含量 10%，50 ml。", CopyLanguage::Chinese, serumSheet);
    OMNI_CHECK_EQ(claim.text, std::string("10%"));

    const ProductFactSheet bath = factSheetFor(towel(), brands());
    claim = onlyUnsupported("A 99% cotton bath towel, 70 x 140 cm.", CopyLanguage::English, bath);
    OMNI_CHECK_EQ(claim.text, std::string("99%"));
    claim = onlyUnsupported("纯棉含量 80%，70 x 140 cm。", CopyLanguage::Chinese, bath);
    OMNI_CHECK_EQ(claim.text, std::string("80%"));
    Product stated = towel();
    stated.descriptionEn = "Softnest Cotton Bath Towel, Grey. 100% cotton.";
    expectClean("A 100% cotton towel.", CopyLanguage::English, factSheetFor(stated, brands()));

    const ProductFactSheet sun = factSheetFor(sunscreen(), brands());
    expectClean("Chuxue Sunscreen SPF50+ 50 ml, SPF 50+ all day.", CopyLanguage::English, sun);
    claim = onlyUnsupported("防晒霜SPF30，50 ml", CopyLanguage::Chinese, sun);
    OMNI_CHECK_EQ(claim.text, std::string("SPF30"));
    OMNI_CHECK_EQ(claim.expected, std::string("SPF50+"));

    const ProductFactSheet phone = factSheetFor(phoneCase(), brands());
    expectClean("Silicone phone case for iPhone15 in black.", CopyLanguage::English, phone);
    claim = onlyUnsupported("Silicone phone case for iPhone16 in black.", CopyLanguage::English, phone);
    OMNI_CHECK_EQ(claim.text, std::string("iPhone16"));
    OMNI_CHECK_EQ(claim.expected, std::string("iPhone 15"));
    claim = onlyUnsupported("Silicone phone case for iPhone1 in black.", CopyLanguage::English, phone);
    OMNI_CHECK_EQ(claim.text, std::string("iPhone1"));
    claim = onlyUnsupported("Silicone phone case for iPhone 16 in black.", CopyLanguage::English, phone);
    OMNI_CHECK_EQ(claim.text, std::string("16"));
}

OMNI_TEST(descriptive_values_of_other_products_contradict_this_one)
{
    const ProductFactSheet cream = factSheetFor(handCream(), brands());
    expectClean("Yunshang hand cream with a soft rose scent, 50 ml.", CopyLanguage::English, cream);
    Claim claim = onlyUnsupported("Yunshang hand cream with a calming lavender scent.", CopyLanguage::English, cream);
    OMNI_CHECK_EQ(claim.kind, FactKind::Attribute);
    OMNI_CHECK_EQ(claim.text, std::string("lavender"));
    OMNI_CHECK_EQ(claim.expected, std::string("rose"));
    OMNI_CHECK(claim.why.find("scent") != std::string::npos);
    claim = onlyUnsupported("云裳 护手霜，薰衣草香。", CopyLanguage::Chinese, cream);
    OMNI_CHECK_EQ(claim.text, std::string("薰衣草"));
    OMNI_CHECK_EQ(claim.expected, std::string("玫瑰"));

    const ProductFactSheet fruit = factSheetFor(mango(), brands());
    expectClean("Sweet dried mango from Hainan, 200 g.", CopyLanguage::English, fruit);
    claim = onlyUnsupported("Sweet dried mango from Yunnan, 200 g.", CopyLanguage::English, fruit);
    OMNI_CHECK_EQ(claim.text, std::string("Yunnan"));
    OMNI_CHECK_EQ(claim.expected, std::string("Hainan"));
    claim = onlyUnsupported("云南芒果干 200 g", CopyLanguage::Chinese, fruit);
    OMNI_CHECK_EQ(claim.text, std::string("云南"));
    OMNI_CHECK_EQ(claim.expected, std::string("海南"));

    const ProductFactSheet serumSheet = factSheetFor(serum(), brands());
    expectClean("A light serum for oily skin. 适用肤质：油性", CopyLanguage::English, serumSheet);
    claim = onlyUnsupported("维C精华液，适用肤质：干性。", CopyLanguage::Chinese, serumSheet);
    OMNI_CHECK_EQ(claim.text, std::string("干性"));
    OMNI_CHECK_EQ(claim.expected, std::string("油性肌肤"));
    claim = onlyUnsupported("Made for dry skin.", CopyLanguage::English, serumSheet);
    OMNI_CHECK_EQ(claim.text, std::string("dry skin"));
    // A value of an attribute the product's category never has is no claim about it.
    expectClean("A cotton towel, gentle on sensitive skin.", CopyLanguage::English, factSheetFor(towel(), brands()));
    // All skin types covers every skin type.
    expectClean("Sunscreen SPF50+ gentle on dry skin.", CopyLanguage::English, factSheetFor(sunscreen(), brands()));
}

OMNI_TEST(a_labelled_number_equal_to_the_price_is_not_the_price)
{
    const ProductFactSheet mask = factSheetFor(sheetMask(), brands());
    expectClean("Lotus Lab sheet masks, 10 pcs, only 169.", CopyLanguage::English, mask);
    expectClean("Pieces: 10. Price: 169", CopyLanguage::English, mask);
    Claim claim = onlyUnsupported("Pieces: 169", CopyLanguage::English, mask);
    OMNI_CHECK_EQ(claim.text, std::string("169"));
    OMNI_CHECK_EQ(claim.expected, std::string("10"));
    claim = onlyUnsupported("面膜，数量：169。", CopyLanguage::Chinese, mask);
    OMNI_CHECK_EQ(claim.text, std::string("169"));
}

OMNI_TEST(an_imported_catalog_gets_type_nouns_from_shared_title_tails)
{
    const std::vector<Product> products = {
        product(11, "Acme", "home", "Acme Brass Desk Lamp, Black", "艾克米 黄铜台灯 黑色", 199, { { "colour", "black" } }),
        product(12, "Acme", "home", "Acme Steel Desk Lamp, White", "艾克米 台灯 白色", 159, { { "colour", "white" } }),
        product(13, "Brightco", "home", "Brightco Quiet Tower Fan, White", "明科 塔扇 白色", 299,
            { { "colour", "white" }, { "scent", "vanilla" } }),
        product(14, "Brightco", "home", "Brightco Compact Tower Fan, Grey", "明科 塔扇 灰色", 259,
            { { "colour", "grey" }, { "scent", "none" } }),
        product(15, "Brightco", "home", "Brightco One-off Gadget, Grey", "明科 小玩意 灰色", 59, { { "colour", "grey" } }),
    };
    const auto terms = std::make_shared<const CatalogTerms>(catalogTerms(products));
    const std::vector<BrandName> shop = catalogBrands(products);
    const ProductFactSheet lamp = factSheetFor(products[0], shop, terms);
    expectClean("A brass desk lamp in black.", CopyLanguage::English, lamp);
    expectClean("黄铜台灯，黑色。", CopyLanguage::Chinese, lamp);
    Claim claim = onlyUnsupported("A brass tower fan in black.", CopyLanguage::English, lamp);
    OMNI_CHECK_EQ(claim.kind, FactKind::ProductType);
    OMNI_CHECK_EQ(claim.text, std::string("tower fan"));
    OMNI_CHECK_EQ(claim.expected, std::string("desk lamp"));
    claim = onlyUnsupported("黑色塔扇", CopyLanguage::Chinese, lamp);
    OMNI_CHECK_EQ(claim.text, std::string("塔扇"));
    // A one-off tail is no type; an attribute value the vocabulary lacks still counts.
    expectClean("A black desk lamp, not a gadget.", CopyLanguage::English, lamp);
    const ProductFactSheet fan = factSheetFor(products[3], shop, terms);
    claim = onlyUnsupported("A grey tower fan with a vanilla scent.", CopyLanguage::English, fan);
    OMNI_CHECK_EQ(claim.text, std::string("vanilla"));
    // Without the catalog's terms the sample vocabulary still knows nothing of lamps: no claim.
    expectClean("A brass tower fan in black.", CopyLanguage::English, factSheetFor(products[0], shop));
}
