// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/facts/copy_planner.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace omni::text {

namespace {

constexpr double kSellingPointWeight = 0.5;
constexpr double kDescriptiveWeight = 0.75;

PlannedFact plannedPoint(const SellingPoint& point)
{
    PlannedFact fact;
    fact.kind = FactKind::SellingPoint;
    fact.attribute = "review";
    fact.value = point.text;
    fact.surface = point.text;
    fact.weight = kSellingPointWeight;
    return fact;
}

struct StyleShape {
    int attributes;    // how many attributes, key first; -1 for all
    int sellingPoints; // how many review points
    bool price;
};

StyleShape shapeOf(CopyStyle style, CopyTone tone)
{
    StyleShape shape { 1, 0, false };
    switch (style) {
    case CopyStyle::PushTitle: shape = { 1, 0, false }; break;
    case CopyStyle::WebDescription: shape = { -1, 2, false }; break;
    case CopyStyle::MiniProgramCard: shape = { 1, 1, false }; break;
    case CopyStyle::SocialPost: shape = { 2, 1, false }; break;
    case CopyStyle::ShelfCard: shape = { 3, 0, true }; break;
    }
    if (tone == CopyTone::Playful && (style == CopyStyle::SocialPost || style == CopyStyle::WebDescription))
        shape.sellingPoints += 1;
    return shape;
}

} // namespace

std::string priceSurface(double price)
{
    char buffer[32];
    if (std::fabs(price - std::round(price)) < 0.005)
        std::snprintf(buffer, sizeof buffer, "¥%.0f", price);
    else
        std::snprintf(buffer, sizeof buffer, "¥%.2f", price);
    return buffer;
}

PlannedFact plannedAttribute(const AttributeFact& attribute, CopyLanguage language)
{
    PlannedFact fact;
    fact.kind = attribute.kind;
    fact.attribute = attribute.name;
    fact.value = attribute.value;
    fact.surface = attribute.surface(language);
    fact.weight = attribute.kind == FactKind::SellingPoint ? kDescriptiveWeight : 1.0;
    return fact;
}

PlannedFact plannedBrand(const ProductFactSheet& sheet, CopyLanguage language)
{
    PlannedFact fact;
    fact.kind = FactKind::Brand;
    fact.attribute = "brand";
    fact.value = sheet.brand.en;
    fact.surface = sheet.brandSurface(language);
    return fact;
}

PlannedFact plannedPrice(const ProductFactSheet& sheet)
{
    PlannedFact fact;
    fact.kind = FactKind::Price;
    fact.attribute = "price";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", sheet.price);
    fact.value = buffer;
    fact.surface = priceSurface(sheet.price);
    return fact;
}

CopyPlan planCopy(const ProductFactSheet& sheet, const std::vector<SellingPoint>& sellingPoints, CopyLanguage language,
    CopyStyle style, CopyTone tone)
{
    CopyPlan plan;
    plan.productId = sheet.productId;
    plan.language = language;
    plan.style = style;
    plan.tone = tone;
    plan.category = sheet.category;
    const StyleShape shape = shapeOf(style, tone);

    std::vector<const AttributeFact*> attributes;
    for (const AttributeFact& fact : sheet.attributes)
        attributes.push_back(&fact);
    if (tone == CopyTone::Premium) // what it is made of comes first
        std::stable_partition(attributes.begin(), attributes.end(),
            [](const AttributeFact* fact) { return fact->kind == FactKind::Material; });
    if (shape.attributes >= 0 && static_cast<int>(attributes.size()) > shape.attributes)
        attributes.resize(static_cast<size_t>(shape.attributes));

    std::vector<PlannedFact> points;
    for (const SellingPoint& point : sellingPoints) {
        if (static_cast<int>(points.size()) >= shape.sellingPoints)
            break;
        if (point.language == language && !point.text.empty())
            points.push_back(plannedPoint(point));
    }

    if (!sheet.brand.en.empty())
        plan.facts.push_back(plannedBrand(sheet, language));
    if (tone == CopyTone::Warm) // how it feels before what it is
        plan.facts.insert(plan.facts.end(), points.begin(), points.end());
    for (const AttributeFact* attribute : attributes)
        plan.facts.push_back(plannedAttribute(*attribute, language));
    if (tone != CopyTone::Warm)
        plan.facts.insert(plan.facts.end(), points.begin(), points.end());
    if (shape.price)
        plan.facts.push_back(plannedPrice(sheet));
    return plan;
}

} // namespace omni::text
