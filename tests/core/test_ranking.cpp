// SPDX-License-Identifier: GPL-3.0-or-later
// Plan coverage and candidate ranking: coverage counts the planned facts a text states (same
// scanners as the fact checker, units converted, selling points rephrased), rejected candidates
// sort last with a reason, higher coverage wins over fluency, and a near-copy of a better
// candidate loses diversity.
#include "check.h"
#include "planner_towel.h"

#include "text/facts/candidate_ranking.h"
#include "text/facts/copy_planner.h"
#include "text/facts/fact_checker.h"

#include <cmath>
#include <string>
#include <vector>

using namespace omni::text;
using omni::store::Product;
using omni::test::plannerTowel;

namespace {

CopyCandidate candidate(const std::string& text, double meanLogProb)
{
    CopyCandidate made;
    made.text = text;
    made.meanLogProb = meanLogProb;
    return made;
}

bool near(double a, double b)
{
    return std::fabs(a - b) < 1e-9;
}

} // namespace

OMNI_TEST(coverage_counts_planned_facts_the_way_the_checker_reads_them)
{
    const ProductFactSheet sheet = factSheetFor(plannerTowel());
    const std::vector<SellingPoint> points = { { "soft after every wash", CopyLanguage::English, 7 } };
    const CopyPlan plan = planCopy(sheet, points, CopyLanguage::English, CopyStyle::WebDescription, CopyTone::Neutral);
    // brand 1, colour 1, material 1, dimensions 1, selling point 0.5 = 4.5
    OMNI_CHECK_EQ(plan.facts.size(), size_t(5));
    OMNI_CHECK(near(planCoverage("Softnest grey towel in long-staple cotton, 80 x 160 cm, soft after every wash.", plan), 1.0));
    OMNI_CHECK(near(planCoverage("Softnest towel.", plan), 1.0 / 4.5));
    OMNI_CHECK(near(planCoverage("A towel.", plan), 0.0));
    // Units convert (800 x 1600 mm is 80 x 160 cm); "Gray" is grey; "cotton" names long-staple cotton.
    OMNI_CHECK(near(planCoverage("Gray cotton, 800 x 1600 mm.", plan), 3.0 / 4.5));
    // A rephrased selling point still counts; an unrelated one does not.
    OMNI_CHECK(statesPlannedFact("It stays soft after every single wash.", plan.facts[4], CopyLanguage::English));
    OMNI_CHECK(!statesPlannedFact("It dries quickly.", plan.facts[4], CopyLanguage::English));

    const CopyPlan chinese = planCopy(sheet, { { "越洗越软", CopyLanguage::Chinese, 5 } }, CopyLanguage::Chinese,
        CopyStyle::WebDescription, CopyTone::Neutral);
    OMNI_CHECK(near(planCoverage("柔巢灰色长绒棉浴巾，80×160厘米，越洗越软。", chinese), 1.0));
    OMNI_CHECK(near(planCoverage("柔巢浴巾，越洗越软。", chinese), 1.5 / 4.5));

    const CopyPlan shelf = planCopy(sheet, {}, CopyLanguage::English, CopyStyle::ShelfCard, CopyTone::Neutral);
    OMNI_CHECK(statesPlannedFact("Only ¥99.90", shelf.facts.back(), CopyLanguage::English));
    OMNI_CHECK(!statesPlannedFact("Only ¥89.90", shelf.facts.back(), CopyLanguage::English));
}

OMNI_TEST(rejected_last_coverage_first_and_near_copies_lose_diversity)
{
    const ProductFactSheet sheet = factSheetFor(plannerTowel());
    const CopyPlan plan = planCopy(sheet, { { "soft after every wash", CopyLanguage::English, 7 } },
        CopyLanguage::English, CopyStyle::WebDescription, CopyTone::Neutral);
    std::vector<CopyCandidate> candidates = {
        candidate("Softnest grey towel, 80 x 160 cm.", -0.4),                                               // partial, fluent
        candidate("Softnest navy towel in long-staple cotton, 80 x 160 cm, soft after every wash.", -0.2), // wrong colour
        candidate("Softnest grey towel in long-staple cotton, 80 x 160 cm, soft after every wash.", -1.0), // complete
        candidate("Softnest grey towel in long-staple cotton, 80 x 160 cm, soft after each wash.", -1.0),  // near copy
        candidate("   ", -0.1),                                                                            // empty
    };
    rankCandidates(candidates, plan, sheet);
    OMNI_CHECK_EQ(candidates[0].text, std::string("Softnest grey towel in long-staple cotton, 80 x 160 cm, soft after every wash."));
    OMNI_CHECK(near(candidates[0].coverage, 1.0));
    OMNI_CHECK(near(candidates[0].diversity, 1.0));
    OMNI_CHECK(!candidates[0].rejected);
    // The near copy still covers more than the fluent partial one, but it lost most of its diversity.
    OMNI_CHECK(candidates[1].text.find("each wash") != std::string::npos);
    OMNI_CHECK(candidates[1].diversity < 0.3);
    OMNI_CHECK(candidates[2].text == "Softnest grey towel, 80 x 160 cm.");
    OMNI_CHECK(candidates[2].diversity > candidates[1].diversity);
    OMNI_CHECK(candidates[1].score > candidates[2].score);
    // Rejected ones last, whatever their fluency, with their reasons.
    OMNI_CHECK(candidates[3].rejected);
    OMNI_CHECK(candidates[4].rejected);
    bool sawNavy = false, sawEmpty = false;
    for (size_t i = 3; i < 5; ++i) {
        sawNavy = sawNavy || candidates[i].rejectReason.find("\"navy\"") != std::string::npos;
        sawEmpty = sawEmpty || candidates[i].rejectReason == "empty text";
    }
    OMNI_CHECK(sawNavy);
    OMNI_CHECK(sawEmpty);
    for (size_t i = 0; i + 1 < 3; ++i)
        OMNI_CHECK(candidates[i].score >= candidates[i + 1].score);
    // Scores follow the documented weights.
    const CopyCandidate& best = candidates[0];
    OMNI_CHECK(near(best.score, kCoverageWeight * 1.0 + kFluencyWeight * std::exp(-1.0) + kDiversityWeight * 1.0));
}

OMNI_TEST(ranking_uses_the_generators_checks_when_given_no_sheet)
{
    const ProductFactSheet sheet = factSheetFor(plannerTowel());
    const CopyPlan plan = planCopy(sheet, {}, CopyLanguage::Chinese, CopyStyle::MiniProgramCard, CopyTone::Neutral);
    std::vector<CopyCandidate> candidates = { candidate("柔巢 浴巾 蓝色", -0.1), candidate("柔巢 浴巾 灰色", -2.0) };
    for (CopyCandidate& made : candidates)
        made.check = checkCopy(made.text, CopyLanguage::Chinese, sheet);
    rankCandidates(candidates, plan);
    OMNI_CHECK_EQ(candidates[0].text, std::string("柔巢 浴巾 灰色"));
    OMNI_CHECK(candidates[1].rejected);
    OMNI_CHECK(candidates[1].rejectReason.find("蓝色") != std::string::npos);
}

OMNI_TEST(bigram_overlap_by_language)
{
    OMNI_CHECK(near(bigramOverlap("soft grey towel", "soft grey towel", CopyLanguage::English), 1.0));
    OMNI_CHECK(near(bigramOverlap("soft grey towel", "grey towel here", CopyLanguage::English), 0.5));
    OMNI_CHECK(near(bigramOverlap("越洗越软", "越洗越软", CopyLanguage::Chinese), 1.0));
    OMNI_CHECK(near(bigramOverlap("越洗越软", "吸水很快", CopyLanguage::Chinese), 0.0));
    OMNI_CHECK(near(bigramOverlap("", "anything", CopyLanguage::English), 0.0));
}
