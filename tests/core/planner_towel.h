// SPDX-License-Identifier: GPL-3.0-or-later
// A product the copy planner and the candidate ranking tests share: a towel whose titles name its
// colour, whose attributes give colour, material and dimensions, with a Chinese description only.
#pragma once

#include "store/records.h"

namespace omni::test {

inline store::Product plannerTowel()
{
    store::Product product;
    product.id = 3;
    product.sku = "HM-000003";
    product.brand = "Softnest";
    product.category = "home";
    product.titleEn = "Softnest Bath Towel, Grey";
    product.titleZh = "柔巢 浴巾 灰色";
    product.price = 99.9;
    product.descriptionZh = "柔巢 浴巾 灰色。材质：长绒棉；颜色：灰色；尺寸：80 x 160 cm。";
    product.attributes = { { "colour", "grey" }, { "material", "long-staple cotton" }, { "dimensions", "80 x 160 cm" } };
    return product;
}

} // namespace omni::test
