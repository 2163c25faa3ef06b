// SPDX-License-Identifier: GPL-3.0-or-later
// Names, cities and contact details of the sample shop's customers: a Chinese shop with a share
// of international customers.
#pragma once

#include "store/sample/random.h"

#include <string>

namespace omni::store::sample {

enum class Origin {
    Chinese, // name in characters ("王芳"), writes Chinese
    ChineseEnglish, // Chinese customer using an English first name ("Kevin Zhang")
    Overseas, // overseas Chinese, name in pinyin ("Wang Fang")
    International, // English name, writes English
};

struct Person {
    Origin origin = Origin::Chinese;
    std::string name;
    std::string handleStem; // lower-case latin letters for e-mail and social handles ("fang", "emily")
    std::string familyStem; // "wang", "carter"
};

Origin drawOrigin(Rng& rng);
Person drawPerson(Rng& rng, Origin origin);
std::string drawCity(Rng& rng, Origin origin);
std::string drawEmail(Rng& rng, const Person& person);
std::string drawPhone(Rng& rng, Origin origin);

} // namespace omni::store::sample
