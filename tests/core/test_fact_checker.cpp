// SPDX-License-Identifier: GPL-3.0-or-later
// The fact checker: planted wrong sizes, prices, volumes, capacities, colours, materials and
// brands are caught in English and Chinese, with offsets, the expected value and a reason; the
// correct versions pass; and every product of a generated sample shop passes its own titles and
// descriptions in both languages (no false alarms on the shop's own copy), while another type's name and another
// product's descriptive value planted for each product are caught.
#include "check.h"

#include "store/product_repository.h"
#include "store/sample_shop.h"
#include "consistency/text_util.h"
#include "text/facts/fact_checker.h"
#include "text/facts/fact_sheet.h"

#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

using namespace omni::text;

namespace omni::text {
// For OMNI_CHECK_EQ messages.
std::ostream& operator<<(std::ostream& stream, FactKind kind)
{
    return stream << factKindCode(kind);
}
} // namespace omni::text
using omni::runtime::JobContext;
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
    product.descriptionEn = "Chuxue Vitamin C Serum 50 ml. A few drops after toner, before moisturiser. Volume: 50 ml; "
                            "Skin type: sensitive skin.";
    product.descriptionZh = "初雪 维C精华液 50 ml。爽肤水后、面霜前取适量使用。净含量：50 ml；适用肤质：敏感肌。";
    product.attributes = { { "volume", "50 ml" }, { "skin_type", "sensitive skin" } };
    return product;
}

Product towel()
{
    Product product;
    product.id = 3;
    product.sku = "HM-000003";
    product.brand = "Softnest";
    product.category = "home";
    product.titleEn = "Softnest Long-Staple Cotton Bath Towel, Grey";
    product.titleZh = "柔巢 长绒棉浴巾 灰色";
    product.price = 99.9;
    product.descriptionEn = "Softnest Long-Staple Cotton Bath Towel, Grey. Thick, absorbent and soft after every wash. "
                            "Material: long-staple cotton; Colour: grey; Dimensions: 80 x 160 cm.";
    product.descriptionZh = "柔巢 长绒棉浴巾 灰色。厚实吸水，越洗越软。材质：长绒棉；颜色：灰色；尺寸：80 x 160 cm。";
    product.attributes = { { "colour", "grey" }, { "material", "long-staple cotton" }, { "dimensions", "80 x 160 cm" } };
    return product;
}

Product runningShoes()
{
    Product product;
    product.id = 7;
    product.sku = "SH-000007";
    product.brand = "Feather Run";
    product.category = "shoes";
    product.titleEn = "Feather Run Men's Running Shoes, Navy";
    product.titleZh = "羽跑 男士跑步鞋 藏青色";
    product.price = 459;
    product.attributes = { { "colour", "navy" }, { "material", "mesh" }, { "size", "EU 39-45" } };
    return product;
}

Product tshirt()
{
    Product product;
    product.id = 9;
    product.sku = "AP-000009";
    product.brand = "Hemu";
    product.category = "apparel";
    product.titleEn = "Hemu Men's Cotton Crew-neck T-shirt, White";
    product.titleZh = "禾木 男士纯棉圆领T恤 白色";
    product.price = 99;
    product.attributes = { { "colour", "white" }, { "material", "cotton" }, { "size", "S/M/L/XL" } };
    return product;
}

Product kettle()
{
    Product product;
    product.id = 11;
    product.sku = "KT-000011";
    product.brand = "Steelby";
    product.category = "kitchen";
    product.titleEn = "Steelby Electric Kettle 1.5 L";
    product.titleZh = "钢贝 电热水壶 1.5 L";
    product.price = 129;
    product.attributes = { { "material", "stainless steel" }, { "capacity", "1.5 L" }, { "power", "1500 W" } };
    return product;
}

std::vector<BrandName> shopBrands()
{
    return catalogBrands({ serum(), towel(), runningShoes(), tshirt(), kettle() });
}

// The single unsupported claim of a text, which must exist.
Claim onlyUnsupported(const std::string& text, CopyLanguage language, const ProductFactSheet& sheet)
{
    const FactCheck check = checkCopy(text, language, sheet);
    std::vector<Claim> unsupported;
    for (const Claim& claim : check.claims)
        if (!claim.supported)
            unsupported.push_back(claim);
    if (unsupported.size() != 1) {
        std::string all;
        for (const Claim& claim : check.claims)
            all += "[" + claim.text + (claim.supported ? " ok" : " WRONG") + "] ";
        omni::test::fail(__FILE__, __LINE__,
            "expected one unsupported claim in \"" + text + "\", got " + std::to_string(unsupported.size()) + ": " + all);
    }
    return unsupported.front();
}

void expectClean(const std::string& text, CopyLanguage language, const ProductFactSheet& sheet, int minClaims = 1)
{
    const FactCheck check = checkCopy(text, language, sheet);
    std::string wrong;
    for (const Claim& claim : check.claims)
        if (!claim.supported)
            wrong += "[" + claim.text + ": " + claim.why + "] ";
    if (!wrong.empty() || static_cast<int>(check.claims.size()) < minClaims)
        omni::test::fail(__FILE__, __LINE__,
            "\"" + text + "\" (" + std::to_string(check.claims.size()) + " claims) should be clean: " + wrong);
}

} // namespace

OMNI_TEST(fact_sheet_normalises_attributes_in_both_languages)
{
    const ProductFactSheet sheet = factSheetFor(towel(), shopBrands());
    OMNI_CHECK_EQ(sheet.brand.en, std::string("Softnest"));
    OMNI_CHECK_EQ(sheet.brand.zh, std::string("柔巢"));
    OMNI_CHECK_EQ(sheet.otherBrands.size(), size_t(4));
    // Title order: material (Long-Staple Cotton) before colour (Grey), then the rest.
    OMNI_CHECK_EQ(sheet.keyAttribute()->name, std::string("material"));
    OMNI_CHECK_EQ(sheet.attributes[1].name, std::string("colour"));
    const AttributeFact* colour = sheet.attribute("colour");
    OMNI_CHECK_EQ(colour->kind, FactKind::Colour);
    OMNI_CHECK_EQ(colour->zh, std::string("灰色"));
    OMNI_CHECK_EQ(colour->labelZh, std::string("颜色"));
    OMNI_CHECK_EQ(sheet.attribute("material")->zh, std::string("长绒棉"));
    const AttributeFact* dimensions = sheet.attribute("dimensions");
    OMNI_CHECK_EQ(dimensions->kind, FactKind::Number);
    OMNI_CHECK_EQ(dimensions->quantities.size(), size_t(2));
    OMNI_CHECK_EQ(dimensions->quantities[1].amount, 160.0);
    OMNI_CHECK_EQ(dimensions->quantities[1].unit, std::string("cm"));

    const ProductFactSheet shoes = factSheetFor(runningShoes());
    const AttributeFact* size = shoes.attribute("size");
    OMNI_CHECK_EQ(size->kind, FactKind::Size);
    OMNI_CHECK_EQ(size->ranges.size(), size_t(1));
    OMNI_CHECK_EQ(size->ranges[0].second, 45.0);
    OMNI_CHECK_EQ(factSheetFor(tshirt()).attribute("size")->letterSizes.size(), size_t(4));
    OMNI_CHECK_EQ(factSheetFor(serum()).attribute("skin_type")->zh, std::string("敏感肌"));
}

OMNI_TEST(brands_outside_the_sample_vocabulary_take_their_chinese_name_from_titles)
{
    Product mug;
    mug.id = 21;
    mug.brand = "Acme";
    mug.titleEn = "Acme Travel Mug 350 ml";
    mug.titleZh = "艾克米 旅行杯 350 ml";
    mug.attributes = { { "capacity", "350 ml" } };
    Product flask = mug;
    flask.id = 22;
    flask.titleEn = "Acme Flask 500 ml";
    flask.titleZh = "艾克米 保温杯 500 ml";
    flask.attributes = { { "capacity", "500 ml" } };
    Product box = mug;
    box.id = 23;
    box.titleEn = "Acme Lunch Box 1 L";
    box.titleZh = "饭盒 1 L"; // no brand in front: one title must not rename the brand
    box.attributes = { { "capacity", "1 L" } };
    OMNI_CHECK_EQ(brandNamesOf(mug).zh, std::string("艾克米"));
    OMNI_CHECK_EQ(brandNamesOf(box).zh, std::string("饭盒")); // alone, the title lead is all there is
    const std::vector<BrandName> brands = catalogBrands({ mug, flask, box, serum() });
    OMNI_CHECK_EQ(brands.size(), size_t(2));
    OMNI_CHECK_EQ(brands[0].en, std::string("Acme"));
    OMNI_CHECK_EQ(brands[0].zh, std::string("艾克米"));
    OMNI_CHECK_EQ(brands[1].zh, std::string("初雪"));
    const ProductFactSheet sheet = factSheetFor(box, brands);
    OMNI_CHECK_EQ(sheet.brand.zh, std::string("艾克米"));
    expectClean("艾克米饭盒，1 L。", CopyLanguage::Chinese, sheet, 2);
    const Claim claim = onlyUnsupported("初雪饭盒，1 L。", CopyLanguage::Chinese, sheet);
    OMNI_CHECK_EQ(claim.kind, FactKind::Brand);
    OMNI_CHECK_EQ(claim.expected, std::string("艾克米"));
}

OMNI_TEST(wrong_volume_price_and_brand_are_caught_in_english)
{
    const ProductFactSheet sheet = factSheetFor(serum(), shopBrands());
    expectClean("Chuxue Vitamin C Serum, 50 ml of glow for ¥169.", CopyLanguage::English, sheet, 3);

    const std::string wrongVolume = "Chuxue Vitamin C Serum, 30 ml of glow.";
    Claim claim = onlyUnsupported(wrongVolume, CopyLanguage::English, sheet);
    OMNI_CHECK_EQ(claim.text, std::string("30 ml"));
    OMNI_CHECK_EQ(wrongVolume.substr(claim.begin, claim.end - claim.begin), std::string("30 ml"));
    OMNI_CHECK_EQ(claim.kind, FactKind::Number);
    OMNI_CHECK_EQ(claim.expected, std::string("50 ml"));
    OMNI_CHECK(claim.why.find("Volume 50 ml") != std::string::npos);

    claim = onlyUnsupported("Chuxue Vitamin C Serum 50 ml, now ¥159.", CopyLanguage::English, sheet);
    OMNI_CHECK_EQ(claim.kind, FactKind::Price);
    OMNI_CHECK_EQ(claim.expected, std::string("169.00"));

    claim = onlyUnsupported("Softnest Vitamin C Serum 50 ml.", CopyLanguage::English, sheet);
    OMNI_CHECK_EQ(claim.kind, FactKind::Brand);
    OMNI_CHECK_EQ(claim.text, std::string("Softnest"));
    OMNI_CHECK_EQ(claim.expected, std::string("Chuxue"));

    // Units convert: 0.05 L is 50 ml; a power the serum does not have is unsupported.
    expectClean("Chuxue serum, 0.05 L.", CopyLanguage::English, sheet, 2);
    claim = onlyUnsupported("Chuxue serum with 1500 W of care.", CopyLanguage::English, sheet);
    OMNI_CHECK(claim.why.find("nothing in W") != std::string::npos);
}

OMNI_TEST(wrong_volume_price_and_brand_are_caught_in_chinese)
{
    const ProductFactSheet sheet = factSheetFor(serum(), shopBrands());
    expectClean("初雪维C精华液，50毫升，到手价169元。", CopyLanguage::Chinese, sheet, 3);
    Claim claim = onlyUnsupported("初雪维C精华液，500毫升大容量。", CopyLanguage::Chinese, sheet);
    OMNI_CHECK_EQ(claim.text, std::string("500毫升"));
    OMNI_CHECK_EQ(claim.expected, std::string("50 ml"));
    claim = onlyUnsupported("初雪维C精华液 50 ml，仅需¥129。", CopyLanguage::Chinese, sheet);
    OMNI_CHECK_EQ(claim.kind, FactKind::Price);
    claim = onlyUnsupported("柔巢 维C精华液 50 ml。", CopyLanguage::Chinese, sheet);
    OMNI_CHECK_EQ(claim.kind, FactKind::Brand);
    OMNI_CHECK_EQ(claim.expected, std::string("初雪"));
    // 2升级: 升 is part of 升级 ("upgrade"), not a litre.
    const FactCheck upgrade = checkCopy("初雪精华第2升级版", CopyLanguage::Chinese, sheet);
    for (const Claim& found : upgrade.claims)
        OMNI_CHECK(found.text != "2升");
}

OMNI_TEST(wrong_colour_material_and_dimensions_are_caught_in_both_languages)
{
    const ProductFactSheet sheet = factSheetFor(towel(), shopBrands());
    expectClean("Softnest grey bath towel in long-staple cotton, 80 x 160 cm.", CopyLanguage::English, sheet, 4);
    expectClean("柔巢灰色长绒棉浴巾，尺寸80×160厘米。", CopyLanguage::Chinese, sheet, 4);
    // "cotton" is a broader name for long-staple cotton: true.
    expectClean("A soft cotton towel.", CopyLanguage::English, sheet, 1);

    Claim claim = onlyUnsupported("A navy bath towel in long-staple cotton.", CopyLanguage::English, sheet);
    OMNI_CHECK_EQ(claim.kind, FactKind::Colour);
    OMNI_CHECK_EQ(claim.expected, std::string("grey"));
    claim = onlyUnsupported("柔巢 长绒棉浴巾 蓝色", CopyLanguage::Chinese, sheet);
    OMNI_CHECK_EQ(claim.text, std::string("蓝色"));
    OMNI_CHECK_EQ(claim.expected, std::string("灰色"));
    claim = onlyUnsupported("A grey bath towel in pure linen.", CopyLanguage::English, sheet);
    OMNI_CHECK_EQ(claim.kind, FactKind::Material);
    OMNI_CHECK_EQ(claim.expected, std::string("long-staple cotton"));
    claim = onlyUnsupported("灰色真丝浴巾", CopyLanguage::Chinese, sheet);
    OMNI_CHECK_EQ(claim.kind, FactKind::Material);
    OMNI_CHECK_EQ(claim.expected, std::string("长绒棉"));
    claim = onlyUnsupported("Grey, 70 x 140 cm.", CopyLanguage::English, sheet);
    OMNI_CHECK_EQ(claim.text, std::string("70 x 140 cm"));

    // 米色 (beige) inside 大米色泽 (rice, lustre) is no colour claim.
    const FactCheck rice = checkCopy("像大米色泽一样温润的灰色浴巾", CopyLanguage::Chinese, sheet);
    OMNI_CHECK_EQ(rice.claims.size(), size_t(1));
    OMNI_CHECK(rice.clean());
}

OMNI_TEST(wrong_sizes_and_capacities_are_caught)
{
    const ProductFactSheet shoes = factSheetFor(runningShoes(), shopBrands());
    expectClean("Feather Run running shoes in navy mesh, sizes EU 39-45; size 42 in stock.", CopyLanguage::English, shoes, 5);
    Claim claim = onlyUnsupported("Navy running shoes, size 46.", CopyLanguage::English, shoes);
    OMNI_CHECK_EQ(claim.kind, FactKind::Size);
    OMNI_CHECK_EQ(claim.expected, std::string("EU 39-45"));
    claim = onlyUnsupported("藏青色跑鞋，47码。", CopyLanguage::Chinese, shoes);
    OMNI_CHECK_EQ(claim.kind, FactKind::Size);
    expectClean("藏青色网布跑鞋，42码。", CopyLanguage::Chinese, shoes, 3);

    const ProductFactSheet shirt = factSheetFor(tshirt(), shopBrands());
    expectClean("Hemu white cotton tee, sizes S/M/L/XL, size M fits most.", CopyLanguage::English, shirt, 5);
    claim = onlyUnsupported("White cotton tee in S/M/L/XL/XXL.", CopyLanguage::English, shirt);
    OMNI_CHECK_EQ(claim.kind, FactKind::Size);
    OMNI_CHECK(claim.why.find("XXL") != std::string::npos);
    claim = onlyUnsupported("白色纯棉T恤，尺码：XXXL", CopyLanguage::Chinese, shirt);
    OMNI_CHECK_EQ(claim.text, std::string("XXXL"));

    const ProductFactSheet pot = factSheetFor(kettle(), shopBrands());
    expectClean("Steelby 1.5 L kettle, 1500 W, stainless steel, 1500 ml of boiling water.", CopyLanguage::English, pot, 5);
    claim = onlyUnsupported("Steelby 1.7 L kettle in stainless steel.", CopyLanguage::English, pot);
    OMNI_CHECK_EQ(claim.expected, std::string("1.5 L"));
    claim = onlyUnsupported("钢贝电热水壶，2升大容量，1500瓦。", CopyLanguage::Chinese, pot);
    OMNI_CHECK_EQ(claim.text, std::string("2升"));
}

OMNI_TEST(spelled_out_quantities_are_claims_too)
{
    Product sunscreen = serum();
    sunscreen.titleEn = "Chuxue Sunscreen SPF50+ 50 ml";
    sunscreen.titleZh = "初雪 防晒霜SPF50+ 50 ml";
    sunscreen.descriptionEn = "Chuxue Sunscreen SPF50+ 50 ml. Reapply every two hours outdoors. Volume: 50 ml.";
    sunscreen.descriptionZh = "初雪 防晒霜SPF50+ 50 ml。户外每两小时补涂一次。净含量：50 ml。";
    const ProductFactSheet sheet = factSheetFor(sunscreen, shopBrands());
    // What the product's own description says is true of it; SPF50 is a name, not a number.
    expectClean("SPF50+ that lasts: reapply every two hours, fifty millilitres in the tube.", CopyLanguage::English, sheet, 2);
    expectClean("户外每两小时补涂，五十毫升。", CopyLanguage::Chinese, sheet, 2);
    Claim claim = onlyUnsupported("Reapply every three hours.", CopyLanguage::English, sheet);
    OMNI_CHECK_EQ(claim.text, std::string("three hours"));
    claim = onlyUnsupported("一百毫升大容量。", CopyLanguage::Chinese, sheet);
    OMNI_CHECK_EQ(claim.text, std::string("一百毫升"));
    OMNI_CHECK_EQ(claim.expected, std::string("50 ml"));
    // Spelled counts are everyday words, not claims.
    OMNI_CHECK_EQ(checkCopy("一个好选择，one of a kind.", CopyLanguage::Chinese, sheet).claims.size(), size_t(0));

    const ProductFactSheet pot = factSheetFor(kettle(), shopBrands());
    claim = onlyUnsupported("钢贝电热水壶，两升大容量。", CopyLanguage::Chinese, pot);
    OMNI_CHECK_EQ(claim.text, std::string("两升"));
    OMNI_CHECK_EQ(claim.expected, std::string("1.5 L"));
}

OMNI_TEST(sample_shop_descriptions_and_titles_pass_their_own_sheets)
{
    const omni::store::Store store = omni::store::Store::open(":memory:");
    omni::store::SampleShopOptions options;
    options.size = omni::store::SampleShopSize::Tiny;
    omni::store::generateSampleShop(store, options, JobContext());
    const omni::store::ProductRepository repository(store.db());
    std::vector<Product> products;
    for (const auto& summary : repository.listSummaries())
        products.push_back(*repository.get(summary.product.id));
    OMNI_CHECK(products.size() > 50);
    const std::vector<BrandName> brands = catalogBrands(products);
    OMNI_CHECK(brands.size() > 20);
    // With the catalog's own type nouns and descriptive values as well as the vocabulary's.
    const auto terms = std::make_shared<const CatalogTerms>(catalogTerms(products));
    int claims = 0;
    std::string failures;
    for (const Product& product : products) {
        const ProductFactSheet sheet = factSheetFor(product, brands, terms);
        OMNI_CHECK(!sheet.ownTypes.empty()); // every sample title names its type
        OMNI_CHECK(!sheet.brand.zh.empty());
        for (const auto& [text, language] : { std::pair { product.titleEn, CopyLanguage::English },
                 { product.titleZh, CopyLanguage::Chinese }, { product.descriptionEn, CopyLanguage::English },
                 { product.descriptionZh, CopyLanguage::Chinese } }) {
            for (const Claim& claim : checkCopy(text, language, sheet).claims) {
                ++claims;
                if (!claim.supported)
                    failures += product.sku + " \"" + claim.text + "\" in \"" + text + "\": " + claim.why + "\n";
            }
        }
    }
    if (!failures.empty())
        omni::test::fail(__FILE__, __LINE__, "false alarms:\n" + failures);
    // And the same sheets catch what the products are not: another type's name (in both
    // languages) and another product's value of a descriptive attribute.
    int planted = 0;
    std::string missed;
    for (const Product& product : products) {
        const ProductFactSheet sheet = factSheetFor(product, brands, terms);
        const auto caught = [&sheet](const std::string& text, CopyLanguage language, FactKind kind) {
            for (const Claim& claim : checkCopy(text, language, sheet).claims)
                if (!claim.supported && claim.kind == kind)
                    return true;
            return false;
        };
        const size_t other = (static_cast<size_t>(product.id) * 7 + 3) % terms->types.size();
        if (std::find(sheet.ownTypes.begin(), sheet.ownTypes.end(), other) == sheet.ownTypes.end()
            && sheet.ownTextEn.find(terms->types[other].nameEn) == std::string::npos
            && sheet.ownTextZh.find(terms->types[other].nameZh) == std::string::npos) {
            const std::string en = sheet.brand.en + " " + terms->types[other].nameEn;
            const std::string zh = sheet.brandSurface(CopyLanguage::Chinese) + " " + terms->types[other].nameZh;
            planted += 2;
            if (!caught(en, CopyLanguage::English, FactKind::ProductType))
                missed += product.sku + ": " + en + "\n";
            if (!caught(zh, CopyLanguage::Chinese, FactKind::ProductType))
                missed += product.sku + ": " + zh + "\n";
        }
        for (const AttributeValueTerm& value : terms->values) {
            const AttributeFact* fact = sheet.attribute(value.attribute);
            if (!fact || fact->value == value.value || fact->value == "all skin types"
                || sheet.ownTextEn.find(omni::consistency::asciiLower(value.value)) != std::string::npos)
                continue;
            ++planted;
            if (!caught("Now with " + value.en.front() + ".", CopyLanguage::English, FactKind::Attribute))
                missed += product.sku + ": " + value.value + "\n";
        }
    }
    OMNI_CHECK(planted > static_cast<int>(products.size()));
    if (!missed.empty())
        omni::test::fail(__FILE__, __LINE__, "planted claims missed:\n" + missed);
    // Every description states its attributes, so there is plenty to check.
    OMNI_CHECK(claims > static_cast<int>(products.size()) * 6);
}
