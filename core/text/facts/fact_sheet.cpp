// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/facts/fact_sheet.h"

#include "consistency/fact_lexicon.h"
#include "consistency/text_util.h"
#include "consistency/title_facts.h"
#include "store/sample/catalog_vocabulary.h"

#include <algorithm>
#include <map>
#include <set>

namespace omni::text {

namespace {

using consistency::asciiLower;

const std::vector<std::string>& letterSizeWords()
{
    static const std::vector<std::string> sizes
        = { "XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL", "2XL", "3XL", "4XL", "NB", "F" };
    return sizes;
}

bool isLetterSize(const std::string& token)
{
    const auto& sizes = letterSizeWords();
    return std::find(sizes.begin(), sizes.end(), token) != sizes.end();
}

std::vector<std::string> splitOn(const std::string& text, char separator)
{
    std::vector<std::string> parts;
    std::string part;
    for (const char c : text) {
        if (c == separator) {
            parts.push_back(part);
            part.clear();
        } else {
            part += c;
        }
    }
    parts.push_back(part);
    return parts;
}

std::string trimmed(const std::string& text)
{
    const size_t begin = text.find_first_not_of(' ');
    const size_t end = text.find_last_not_of(' ');
    return begin == std::string::npos ? std::string() : text.substr(begin, end - begin + 1);
}

// The value after "label：" in the Chinese description, up to "；" or "。" — how the merchant
// writes this attribute in Chinese.
std::string chineseFromDescription(const std::string& description, const std::string& labelZh)
{
    if (labelZh.empty())
        return "";
    const std::string marker = labelZh + "：";
    const size_t at = description.find(marker);
    if (at == std::string::npos)
        return "";
    const size_t begin = at + marker.size();
    size_t end = description.size();
    for (const char* stop : { "；", "。", "，" }) {
        const size_t found = description.find(stop, begin);
        if (found != std::string::npos)
            end = std::min(end, found);
    }
    return trimmed(description.substr(begin, end - begin));
}

std::string replaceAll(std::string text, const std::string& from, const std::string& to)
{
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

// Unit words Chinese copy spells differently ("12 months" → "12个月"); units such as ml, g, cm
// read the same in the shop's Chinese copy.
std::string chineseUnits(const std::string& value)
{
    std::string text = replaceAll(value, " months+", "个月以上");
    text = replaceAll(text, " months", "个月");
    text = replaceAll(text, " m bed", "米床");
    return text;
}

std::string englishLabel(const std::string& name)
{
    std::string label = name;
    std::replace(label.begin(), label.end(), '_', ' ');
    if (!label.empty() && label[0] >= 'a' && label[0] <= 'z')
        label[0] = static_cast<char>(label[0] - 'a' + 'A');
    return label;
}

// How telling an attribute is for a shopper when the title does not already say it.
int importance(const std::string& name)
{
    static const std::vector<std::string> order = { "material", "colour", "color", "size", "capacity", "volume",
        "net_weight", "weight", "dimensions", "bed_size", "battery", "battery_life", "power", "diameter",
        "blade_length", "length", "thickness", "pieces", "skin_type", "scent", "flavour", "origin", "roast",
        "connectivity", "compatible_model", "card_slots", "age_range", "shelf_life" };
    const auto found = std::find(order.begin(), order.end(), name);
    return found == order.end() ? static_cast<int>(order.size()) : static_cast<int>(found - order.begin());
}

// The unit a bare number stands for, by the attribute's name ("pieces: 30" is 30 pcs).
std::string unitForBareNumber(const std::string& name)
{
    if (name == "pieces")
        return "pcs";
    return "";
}

void readQuantities(AttributeFact& fact)
{
    for (const TextQuantity& found : scanQuantities(fact.value)) {
        if (found.price)
            continue;
        const std::string unit = found.unit.empty() ? unitForBareNumber(fact.name) : found.unit;
        for (const double amount : found.amounts)
            fact.quantities.push_back({ amount, unit });
        if (found.shape == QuantityShape::Range)
            fact.ranges.emplace_back(found.amounts[0], found.amounts[1]);
    }
}

AttributeFact attributeFact(const store::Product& product, const std::string& name, const std::string& value)
{
    AttributeFact fact;
    fact.name = name;
    fact.value = value;
    const store::sample::Term label = store::sample::attributeLabel(name);
    fact.labelEn = label.en[0] ? label.en : englishLabel(name);
    fact.labelZh = label.zh[0] ? label.zh : fact.labelEn;
    fact.en = value;
    std::string zh = chineseFromDescription(product.descriptionZh, label.zh);
    if (name == "colour" || name == "color" || name == "material") {
        fact.kind = name == "material" ? FactKind::Material : FactKind::Colour;
        if (const consistency::LexiconTerm* term = consistency::findTerm(value)) {
            fact.termKey = term->key;
            if (zh.empty())
                zh = term->zh;
        } else {
            fact.termKey = asciiLower(value);
        }
        if (fact.kind == FactKind::Colour)
            fact.en = asciiLower(value);
    } else if (name == "size" || name == "bed_size") {
        fact.kind = FactKind::Size;
        for (const std::string& part : splitOn(value, '/'))
            if (isLetterSize(trimmed(part)))
                fact.letterSizes.push_back(trimmed(part));
        readQuantities(fact);
    } else {
        readQuantities(fact);
        fact.kind = fact.quantities.empty() ? FactKind::SellingPoint : FactKind::Number;
    }
    if (zh.empty()) {
        const std::string vocabulary = store::sample::chineseValue(name, value);
        zh = vocabulary != value ? vocabulary : chineseUnits(value);
    }
    fact.zh = zh;
    return fact;
}

size_t positionIn(const std::string& haystack, const std::string& needle)
{
    if (needle.empty())
        return std::string::npos;
    return asciiLower(haystack).find(asciiLower(needle));
}

bool coveredByAttributes(const std::vector<AttributeFact>& attributes, const std::string& unit)
{
    for (const AttributeFact& fact : attributes)
        for (const Quantity& quantity : fact.quantities)
            if (unitFamily(quantity.unit) == unitFamily(unit))
                return true;
    return false;
}

} // namespace

const AttributeFact* ProductFactSheet::attribute(const std::string& name) const
{
    for (const AttributeFact& fact : attributes)
        if (fact.name == name)
            return &fact;
    return nullptr;
}

namespace {

const char* vocabularyChinese(const std::string& brand)
{
    for (const store::sample::CategorySpec& category : store::sample::catalogVocabulary())
        for (const store::sample::Term& term : category.brands)
            if (brand == term.en)
                return term.zh;
    return nullptr;
}

// The Chinese title's first word when it looks like the brand: the English title starts with
// the brand and the Chinese one with Chinese characters followed by a space ("初雪 维C精华液").
std::string chineseTitleLead(const store::Product& product)
{
    const size_t space = product.titleZh.find(' ');
    if (product.brand.empty() || product.titleEn.rfind(product.brand, 0) != 0 || space == std::string::npos
        || space == 0)
        return "";
    const std::string lead = product.titleZh.substr(0, space);
    return consistency::containsCjk(lead) ? lead : "";
}

} // namespace

BrandName brandNamesOf(const store::Product& product)
{
    BrandName names { product.brand, "" };
    if (product.brand.empty())
        return names;
    if (const char* zh = vocabularyChinese(product.brand))
        names.zh = zh;
    else
        names.zh = chineseTitleLead(product);
    return names;
}

std::vector<BrandName> catalogBrands(const std::vector<store::Product>& products)
{
    // Brands the sample vocabulary does not know take the Chinese title lead most of their
    // products agree on, so one title without the brand in front ("饭盒 1 L") cannot name it.
    std::map<std::string, std::map<std::string, int>> leads;
    std::map<std::string, int> productCounts;
    for (const store::Product& product : products) {
        if (product.brand.empty())
            continue;
        ++productCounts[product.brand];
        const std::string lead = chineseTitleLead(product);
        if (!lead.empty())
            ++leads[product.brand][lead];
    }
    std::vector<BrandName> brands;
    for (const auto& [english, count] : productCounts) {
        BrandName names { english, "" };
        if (const char* zh = vocabularyChinese(english)) {
            names.zh = zh;
        } else {
            int best = 0;
            for (const auto& [lead, votes] : leads[english])
                if (votes > best) {
                    best = votes;
                    names.zh = lead;
                }
            if (best * 2 <= count && count > 1)
                names.zh.clear(); // no majority: better no Chinese name than a wrong one
        }
        brands.push_back(std::move(names));
    }
    return brands;
}

BrandName categoryNames(const std::string& categoryCode)
{
    static const std::map<std::string, BrandName> names = { { "apparel", { "Fashion", "穿搭" } },
        { "shoes", { "Shoes", "鞋履" } }, { "bags", { "Bags", "箱包" } }, { "beauty", { "Beauty", "美妆护肤" } },
        { "home", { "Home", "家居" } }, { "kitchen", { "Kitchen", "厨房好物" } },
        { "electronics", { "Tech", "数码" } }, { "sports", { "Fitness", "运动健身" } },
        { "baby", { "Baby", "母婴" } }, { "food", { "Foodie", "美食" } } };
    const auto found = names.find(categoryCode);
    return found != names.end() ? found->second : BrandName { categoryCode, categoryCode };
}

ProductFactSheet factSheetFor(const store::Product& product)
{
    return factSheetFor(product, {});
}

namespace {

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The lower-case word or phrase stands as whole words in the lower-case text.
bool containsWords(const std::string& text, const std::string& phrase)
{
    for (size_t at = text.find(phrase); at != std::string::npos; at = text.find(phrase, at + 1)) {
        const size_t end = at + phrase.size();
        if ((at == 0 || !isWordChar(text[at - 1])) && (end >= text.size() || !isWordChar(text[end])))
            return true;
    }
    return false;
}

} // namespace

ProductFactSheet factSheetFor(const store::Product& product, const std::vector<BrandName>& catalog)
{
    // The sample vocabulary lives as long as the program: share it without owning it.
    static const std::shared_ptr<const CatalogTerms> sample(&sampleCatalogTerms(), [](const CatalogTerms*) {});
    return factSheetFor(product, catalog, sample);
}

ProductFactSheet factSheetFor(const store::Product& product, const std::vector<BrandName>& catalog,
    std::shared_ptr<const CatalogTerms> terms)
{
    ProductFactSheet sheet;
    sheet.catalogTerms = terms ? std::move(terms) : std::make_shared<const CatalogTerms>();
    sheet.ownTextEn = asciiLower(product.titleEn + " \n " + product.descriptionEn);
    sheet.ownTextZh = product.titleZh + "\n" + product.descriptionZh;
    for (const auto& [name, value] : product.attributes) {
        sheet.ownTextEn += " \n " + asciiLower(value);
        sheet.ownTextZh += "\n" + value;
    }
    const std::string titleEn = asciiLower(product.titleEn);
    for (size_t index = 0; index < sheet.catalogTerms->types.size(); ++index) {
        const ProductTypeTerms& type = sheet.catalogTerms->types[index];
        bool own = false;
        for (const std::string& noun : type.en)
            own = own || containsWords(titleEn, noun);
        for (const std::string& noun : type.zh)
            own = own || product.titleZh.find(noun) != std::string::npos;
        if (own)
            sheet.ownTypes.push_back(index);
    }
    sheet.productId = product.id;
    sheet.sku = product.sku;
    sheet.titleEn = product.titleEn;
    sheet.titleZh = product.titleZh;
    sheet.category = product.category;
    const BrandName category = categoryNames(product.category);
    sheet.categoryEn = category.en;
    sheet.categoryZh = category.zh;
    sheet.brand = brandNamesOf(product);
    for (const BrandName& brand : catalog)
        if (brand.en == sheet.brand.en && !brand.zh.empty())
            sheet.brand.zh = brand.zh; // the catalog's agreed spelling wins over one title's guess
    sheet.price = product.price;
    for (const BrandName& brand : catalog)
        if (!brand.en.empty() && brand.en != sheet.brand.en)
            sheet.otherBrands.push_back(brand);

    std::vector<std::pair<size_t, AttributeFact>> ordered;
    for (const auto& [name, value] : product.attributes) {
        AttributeFact fact = attributeFact(product, name, value);
        size_t at = positionIn(product.titleEn, fact.en);
        if (at == std::string::npos && !fact.zh.empty() && product.titleZh.find(fact.zh) != std::string::npos)
            at = product.titleEn.size(); // only the Chinese title says it: after the English ones
        fact.inTitle = at != std::string::npos;
        ordered.emplace_back(at, std::move(fact));
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        if (a.second.inTitle != b.second.inTitle)
            return a.second.inTitle;
        if (a.second.inTitle)
            return a.first < b.first;
        return importance(a.second.name) < importance(b.second.name);
    });
    for (auto& [at, fact] : ordered)
        sheet.attributes.push_back(std::move(fact));

    std::set<std::string> stated;
    for (const std::string* text : { &product.titleEn, &product.titleZh, &product.descriptionEn, &product.descriptionZh })
        for (const TextQuantity& found : scanQuantities(*text)) {
            if (found.price || (!found.unit.empty() && coveredByAttributes(sheet.attributes, found.unit)))
                continue;
            for (const double amount : found.amounts) {
                const Quantity quantity { amount, found.unit };
                if (stated.insert(formatQuantity(quantity)).second)
                    sheet.statedQuantities.push_back(quantity);
            }
        }
    std::set<std::string> termKeys;
    for (const std::string* title : { &product.titleEn, &product.titleZh })
        for (const consistency::TextFact& fact : consistency::extractFacts(*title))
            if (fact.kind != consistency::FactKind::Quantity && termKeys.insert(fact.key).second)
                sheet.titleTermKeys.push_back(fact.key);
    return sheet;
}

} // namespace omni::text
