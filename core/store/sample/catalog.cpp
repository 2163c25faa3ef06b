// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sample/catalog.h"

#include "store/sample/catalog_vocabulary.h"
#include "store/sample/random.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace omni::store::sample {

namespace {

constexpr uint64_t kCatalogStream = 2;
constexpr double kInconsistentShare = 0.03;
// Wrong facts in one channel's description come from a stream of their own, so that planting them
// leaves every other draw of the catalog (and so the whole rest of the shop) as it was.
constexpr uint64_t kDescriptionPlantStream = 6;
constexpr double kWrongDescriptionShare = 0.01;

// Attributes whose value a description can state wrongly in a way a fact checker can tell:
// numbers with units, colours and materials (not flavours, origins or skin types).
bool checkableAttribute(const std::string& name)
{
    static const char* const names[] = { "colour", "material", "volume", "net_weight", "weight", "capacity",
        "power", "battery", "length", "diameter", "thickness", "blade_length" };
    for (const char* known : names)
        if (name == known)
            return true;
    return false;
}

std::string asciiLower(std::string text)
{
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

// The words one product is made of, kept together so that titles can be re-spelled (with a
// wrong colour, for a planted inconsistency) from the same parts.
struct ProductParts {
    const CategorySpec* category = nullptr;
    const ProductTypeSpec* type = nullptr;
    Term brand { "", "" };
    const Term* series = nullptr;
    std::vector<std::pair<const char*, Term>> values; // attribute name -> chosen value, spec order
};

const Term* valueOf(const ProductParts& parts, const char* attribute)
{
    if (!attribute)
        return nullptr;
    for (const auto& [name, value] : parts.values)
        if (std::string(name) == attribute)
            return &value;
    return nullptr;
}

std::string titleCase(const std::string& text)
{
    std::string result = text;
    bool wordStart = true;
    for (char& c : result) {
        if (wordStart && c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        wordStart = c == ' ' || c == '-';
    }
    return result;
}

std::string title(const ProductParts& parts, bool english, const Term* colourOverride = nullptr)
{
    const ProductTypeSpec& type = *parts.type;
    const Term* before = valueOf(parts, type.titleBefore);
    const Term* after = valueOf(parts, type.titleAfter);
    const bool afterIsColour = type.titleAfter && std::string(type.titleAfter) == "colour";
    if (afterIsColour && colourOverride)
        after = colourOverride;
    std::string text;
    if (english) {
        text = std::string(parts.brand.en) + " ";
        if (parts.series)
            text += std::string(parts.series->en) + " ";
        text += type.audience.en;
        if (before)
            text += titleCase(before->en) + " ";
        text += type.name.en;
        if (after)
            text += afterIsColour ? ", " + titleCase(after->en) : " " + std::string(after->en);
    } else {
        text = std::string(parts.brand.zh) + " ";
        if (parts.series)
            text += std::string(parts.series->zh) + " ";
        text += type.audience.zh;
        if (before)
            text += before->zh;
        text += type.name.zh;
        if (after)
            text += " " + std::string(after->zh);
    }
    return text;
}

std::string description(const ProductParts& parts, const std::string& productTitle, bool english)
{
    // Built only from the title, a neutral blurb and the attributes themselves, so that the copy
    // can never claim something the attributes contradict.
    std::string text = productTitle + (english ? ". " : "。");
    text += english ? parts.type->blurb.en : parts.type->blurb.zh;
    const char* separator = english ? " " : "";
    for (const auto& [name, value] : parts.values) {
        const Term label = attributeLabel(name);
        text += separator;
        text += english ? label.en : label.zh;
        text += english ? ": " : "：";
        text += english ? value.en : value.zh;
        separator = english ? "; " : "；";
    }
    text += english ? "." : "。";
    return text;
}

// Prices end the way shops price things: 39 or 39.9 below 100, 199 / 259 below 1000, 1299 above.
int charmPriceCents(double price, Rng& rng)
{
    if (price < 100) {
        const int tens = std::max(1, static_cast<int>(price / 10));
        return tens * 1000 + (rng.chance(0.5) ? 900 : 990);
    }
    if (price < 1000)
        return (static_cast<int>(std::lround(price / 10.0)) * 10 - 1) * 100;
    return (static_cast<int>(std::lround(price / 100.0)) * 100 - 1) * 100;
}

uint8_t pickChannels(Rng& rng)
{
    // The physical store carries a narrower range than the online channels.
    static const std::vector<double> reach = { 0.85, 0.90, 0.70, 0.35, 0.40 };
    static const WeightedTable howMany(std::vector<double> { 0, 0, 0.25, 0.35, 0.25, 0.15 });
    const auto wanted = static_cast<int>(howMany.draw(rng));
    std::vector<double> weights = reach;
    uint8_t mask = 0;
    for (int taken = 0; taken < wanted; ++taken) {
        const auto channel = static_cast<int>(WeightedTable(weights).draw(rng));
        mask = static_cast<uint8_t>(mask | (1u << channel));
        weights[static_cast<size_t>(channel)] = 0;
    }
    return mask;
}

std::string formatSku(const char* prefix, int serial)
{
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%s-%06d", prefix, serial);
    return buffer;
}

double centsToPrice(int cents)
{
    return cents / 100.0;
}

} // namespace

bool listingIsEnglish(int channel)
{
    return channel == kWeb;
}

CatalogResult writeCatalog(ProductRepository& repository, int productCount, const Period& period, uint64_t seed,
    const std::function<void(int done)>& progress)
{
    const auto& vocabulary = catalogVocabulary();
    Rng rng(seed, kCatalogStream);
    std::vector<double> shares;
    for (const CategorySpec& category : vocabulary)
        shares.push_back(category.share);
    const WeightedTable categories(shares);

    // A random popularity rank per product, Zipf-Mandelbrot weight 1 / (rank + 3): exponent 1
    // with the very head flattened a little, as in real sales data.
    std::vector<int> rank(static_cast<size_t>(productCount));
    for (int i = 0; i < productCount; ++i)
        rank[static_cast<size_t>(i)] = i;
    for (int i = productCount - 1; i > 0; --i)
        std::swap(rank[static_cast<size_t>(i)], rank[rng.below(static_cast<uint64_t>(i) + 1)]);

    // Which products carry a planted inconsistency: about 3%, at least two so audits have work.
    const int inconsistentCount = std::max(2, static_cast<int>(std::lround(productCount * kInconsistentShare)));
    std::vector<char> inconsistent(static_cast<size_t>(productCount), 0);
    for (int planted = 0; planted < inconsistentCount && planted < productCount;) {
        const size_t index = rng.below(static_cast<uint64_t>(productCount));
        if (!inconsistent[index]) {
            inconsistent[index] = 1;
            ++planted;
        }
    }

    // Which products state a wrong fact in one channel's description: about 1%, at least two, never
    // one that already carries another planted inconsistency.
    Rng plantRng(seed, kDescriptionPlantStream);
    const int wrongDescriptionCount
        = std::max(2, static_cast<int>(std::lround(productCount * kWrongDescriptionShare)));
    std::vector<char> wrongDescription(static_cast<size_t>(productCount), 0);
    for (int planted = 0; planted < wrongDescriptionCount && planted + inconsistentCount < productCount;) {
        const size_t index = plantRng.below(static_cast<uint64_t>(productCount));
        if (!inconsistent[index] && !wrongDescription[index]) {
            wrongDescription[index] = 1;
            ++planted;
        }
    }

    CatalogResult result;
    result.products.reserve(static_cast<size_t>(productCount));
    Product record;
    Listing listing;
    for (int i = 0; i < productCount; ++i) {
        PlannedProduct plan;
        ProductParts parts;
        plan.category = static_cast<int>(categories.draw(rng));
        parts.category = &vocabulary[static_cast<size_t>(plan.category)];
        plan.type = static_cast<int>(rng.below(parts.category->types.size()));
        parts.type = &parts.category->types[static_cast<size_t>(plan.type)];
        parts.brand = rng.pick(parts.category->brands);
        parts.series = rng.chance(0.65) ? &rng.pick(seriesNames()) : nullptr;
        for (const AttributeSpec& spec : parts.type->attributes)
            parts.values.emplace_back(spec.name, rng.pick(spec.values));

        // Log-uniform inside the type's market range.
        const double price
            = parts.type->minPrice * std::exp(rng.uniform() * std::log(parts.type->maxPrice / parts.type->minPrice));
        plan.priceCents = charmPriceCents(price, rng);
        plan.channelMask = pickChannels(rng);
        const double qualityDraw = rng.uniform();
        plan.quality = qualityDraw < 0.72 ? Quality::Good : qualityDraw < 0.92 ? Quality::Average : Quality::Poor;
        // Most of the range predates the period; about one product in seven is launched during it.
        plan.createdAt = rng.chance(0.86)
            ? period.start - rng.between(kDay, 540 * kDay)
            : period.start + rng.between(0, std::max<int64_t>(0, period.end - period.start - 14 * kDay));
        plan.popularity = 1.0 / (rank[static_cast<size_t>(i)] + 3.0);

        if (inconsistent[static_cast<size_t>(i)]) {
            std::vector<int> listed;
            for (int channel = 0; channel < kChannelCount; ++channel)
                if (plan.listedOn(channel))
                    listed.push_back(channel);
            plan.deviantChannel = static_cast<int8_t>(rng.pick(listed));
            const bool hasColourInTitle = parts.type->titleAfter && std::string(parts.type->titleAfter) == "colour";
            if (hasColourInTitle && rng.chance(0.5)) {
                plan.wrongColourTitle = true;
            } else {
                // A forgotten promotion or a typo: 15-30% off, or 20-40% over, on one channel.
                const double factor = rng.chance(0.5) ? rng.uniform(0.70, 0.85) : rng.uniform(1.2, 1.4);
                plan.deviantPriceCents = charmPriceCents(plan.priceCents / 100.0 * factor, rng);
                if (plan.deviantPriceCents == plan.priceCents)
                    plan.deviantPriceCents = plan.priceCents + 1000;
            }
        }

        record.sku = formatSku(parts.category->skuPrefix, i + 1);
        record.titleEn = title(parts, true);
        record.titleZh = title(parts, false);
        record.category = parts.category->code;
        record.brand = parts.brand.en;
        record.price = centsToPrice(plan.priceCents);
        record.descriptionEn = description(parts, record.titleEn, true);
        record.descriptionZh = description(parts, record.titleZh, false);
        record.createdAt = plan.createdAt;
        record.attributes.clear();
        for (const auto& [name, value] : parts.values)
            record.attributes[name] = value.en;
        plan.id = repository.insert(record);

        // A wrong description: one checkable attribute stated with another value of its kind on one
        // channel. The value must not appear anywhere in the product's own texts ("blue" when the
        // colour is "navy blue"), or the record itself would support it.
        ProductParts wrongParts;
        if (wrongDescription[static_cast<size_t>(i)]) {
            std::vector<size_t> candidates;
            for (size_t a = 0; a < parts.values.size(); ++a)
                if (checkableAttribute(parts.values[a].first))
                    candidates.push_back(a);
            std::vector<int> listed;
            for (int channel = 0; channel < kChannelCount; ++channel)
                if (plan.listedOn(channel))
                    listed.push_back(channel);
            const std::string englishText = asciiLower(record.titleEn + " " + record.descriptionEn);
            const std::string chineseText = record.titleZh + " " + record.descriptionZh;
            std::vector<std::pair<size_t, Term>> choices;
            for (const size_t a : candidates)
                for (const Term& value : parts.type->attributes[a].values)
                    if (englishText.find(asciiLower(value.en)) == std::string::npos
                        && chineseText.find(value.zh) == std::string::npos)
                        choices.emplace_back(a, value);
            if (choices.empty() || listed.empty()) {
                // Nothing checkable to get wrong here: the next product takes the plant instead.
                if (i + 1 < productCount && !inconsistent[static_cast<size_t>(i) + 1])
                    wrongDescription[static_cast<size_t>(i) + 1] = 1;
            } else {
                const auto& [attribute, value] = choices[plantRng.below(choices.size())];
                wrongParts = parts;
                wrongParts.values[attribute].second = value;
                plan.deviantChannel = static_cast<int8_t>(listed[plantRng.below(listed.size())]);
                plan.wrongDescription = true;
            }
        }

        const Term* colour = valueOf(parts, "colour");
        Term wrongColour { "", "" };
        if (plan.wrongColourTitle) {
            do
                wrongColour = rng.pick(allColours());
            while (std::string(wrongColour.en) == colour->en);
        }
        for (int channel = 0; channel < kChannelCount; ++channel) {
            if (!plan.listedOn(channel))
                continue;
            const bool english = listingIsEnglish(channel);
            const bool wrongTitleHere = plan.wrongColourTitle && channel == plan.deviantChannel;
            listing.productId = plan.id;
            listing.channelCode = channelCode(channel);
            listing.title
                = wrongTitleHere ? title(parts, english, &wrongColour) : (english ? record.titleEn : record.titleZh);
            listing.price = centsToPrice(plan.priceCentsOn(channel));
            const bool wrongDescriptionHere = plan.wrongDescription && channel == plan.deviantChannel;
            listing.description = wrongDescriptionHere
                ? description(wrongParts, english ? record.titleEn : record.titleZh, english)
                : (english ? record.descriptionEn : record.descriptionZh);
            // A few listings are sold out; the store keeps a shelf, not a warehouse.
            listing.stock = rng.chance(0.04)
                ? 0
                : rng.between(channel == kPhysicalStore ? 2 : 10, channel == kPhysicalStore ? 40 : 600);
            repository.upsertListing(listing);
            ++result.listings;
        }
        if (plan.deviantChannel >= 0)
            result.inconsistentSkus.push_back(record.sku);
        result.products.push_back(plan);
        if ((i + 1) % 250 == 0 || i + 1 == productCount)
            progress(i + 1);
    }
    return result;
}

} // namespace omni::store::sample
