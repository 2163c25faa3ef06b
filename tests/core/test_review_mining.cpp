// SPDX-License-Identifier: GPL-3.0-or-later
// Selling points from positive reviews: a planted recurring phrase is found with its support in
// English and Chinese; generic praise, delivery talk, factual claims (colours, volumes, sizes) and
// what unhappy reviewers write are dropped.
#include "check.h"

#include "text/facts/review_mining.h"

#include <string>
#include <vector>

using namespace omni::text;
using omni::store::Review;

namespace {

Review review(double rating, const std::string& text, const std::string& lang)
{
    Review made;
    made.rating = rating;
    made.text = text;
    made.lang = lang;
    return made;
}

bool anyContains(const std::vector<SellingPoint>& points, const std::string& fragment)
{
    for (const SellingPoint& point : points)
        if (point.text.find(fragment) != std::string::npos)
            return true;
    return false;
}

const SellingPoint* find(const std::vector<SellingPoint>& points, const std::string& text)
{
    for (const SellingPoint& point : points)
        if (point.text == text)
            return &point;
    return nullptr;
}

} // namespace

OMNI_TEST(english_recurring_phrase_is_found_and_noise_dropped)
{
    std::vector<Review> reviews = {
        review(5, "Love it! Keeps my tea hot for hours.", "en"),
        review(5, "Excellent! It keeps my tea hot for hours. Fast delivery too.", "en"),
        review(4, "Good value. Keeps my tea hot for hours, great lid.", "en"),
        review(5, "Keeps my tea hot for hours!", "en"),
        review(5, "Love it! Comes in navy and holds 500 ml.", "en"),
        review(5, "Absolutely worth it. Comes in navy and holds 500 ml.", "en"),
        review(4, "Happy with it. Comes in navy and holds 500 ml.", "en"),
        review(5, "Love it! Great service.", "en"),
        review(4, "Good value. Well packed.", "en"),
        review(5, "Excellent! Fits in size XL.", "en"),
        review(5, "Recommended. Fits in size XL.", "en"),
        review(2, "Not worth the money. The lid broke after a week.", "en"),
        review(1, "Very disappointed. The lid broke after a week.", "en"),
        review(2, "The lid broke after a week.", "en"),
        review(5, "保温效果很持久。", "zh"),
    };
    const std::vector<SellingPoint> points = mineSellingPoints(reviews, CopyLanguage::English);
    OMNI_CHECK(!points.empty());
    OMNI_CHECK_EQ(points.front().text, std::string("Keeps my tea hot for hours"));
    OMNI_CHECK_EQ(points.front().support, 4);
    OMNI_CHECK(points.front().language == CopyLanguage::English);
    for (const SellingPoint& point : points) {
        OMNI_CHECK(!isGenericPraise(point.text, CopyLanguage::English));
        OMNI_CHECK(point.support >= 2);
    }
    OMNI_CHECK(!anyContains(points, "navy"));
    OMNI_CHECK(!anyContains(points, "500"));
    OMNI_CHECK(!anyContains(points, "XL"));
    OMNI_CHECK(!anyContains(points, "broke"));
    OMNI_CHECK(!anyContains(points, "delivery"));
    OMNI_CHECK(!anyContains(points, "保温"));
    // Sub-phrases of the chosen one are not repeated as points of their own.
    OMNI_CHECK(find(points, "tea hot") == nullptr);
    OMNI_CHECK(find(points, "hot for hours") == nullptr);
}

OMNI_TEST(chinese_recurring_phrase_is_found_and_noise_dropped)
{
    std::vector<Review> reviews = {
        review(5, "非常满意！保温效果很持久。", "zh"),
        review(5, "保温效果很持久，物流也很快。", "zh"),
        review(4, "性价比不错。保温效果很持久。", "zh"),
        review(5, "物超所值！", "zh"),
        review(5, "很好。", "zh"),
        review(4, "很好，会回购的。", "zh"),
        review(5, "蓝色很正，容量500毫升。", "zh"),
        review(5, "超级喜欢！蓝色很正，容量500毫升。", "zh"),
        review(5, "蓝色很正，容量500毫升。", "zh"),
        review(5, "客服态度很好。", "zh"),
        review(5, "客服态度很好。", "zh"),
        review(1, "用了一周就漏水。", "zh"),
        review(2, "用了一周就漏水。", "zh"),
        review(5, "Keeps my tea hot for hours.", "en"),
    };
    const std::vector<SellingPoint> points = mineSellingPoints(reviews, CopyLanguage::Chinese);
    OMNI_CHECK(!points.empty());
    OMNI_CHECK_EQ(points.front().text, std::string("保温效果很持久"));
    OMNI_CHECK_EQ(points.front().support, 3);
    OMNI_CHECK(!anyContains(points, "蓝色"));
    OMNI_CHECK(!anyContains(points, "500"));
    OMNI_CHECK(!anyContains(points, "漏水"));
    OMNI_CHECK(!anyContains(points, "客服"));
    OMNI_CHECK(!anyContains(points, "性价"));
    OMNI_CHECK(!anyContains(points, "回购"));
    OMNI_CHECK(!anyContains(points, "Keeps"));
}

OMNI_TEST(generic_praise_is_recognised)
{
    OMNI_CHECK(isGenericPraise("Love it!", CopyLanguage::English));
    OMNI_CHECK(isGenericPraise("Absolutely worth it.", CopyLanguage::English));
    OMNI_CHECK(isGenericPraise("Good value", CopyLanguage::English));
    OMNI_CHECK(!isGenericPraise("fabric feels soft", CopyLanguage::English));
    OMNI_CHECK(isGenericPraise("很好", CopyLanguage::Chinese));
    OMNI_CHECK(isGenericPraise("物超所值！", CopyLanguage::Chinese));
    OMNI_CHECK(isGenericPraise("性价比不错", CopyLanguage::Chinese));
    OMNI_CHECK(!isGenericPraise("面料柔软", CopyLanguage::Chinese));
    OMNI_CHECK(!isGenericPraise("吸收快", CopyLanguage::Chinese));
}

OMNI_TEST(min_support_and_max_points_are_honoured)
{
    std::vector<Review> reviews;
    const char* phrases[] = { "Heats evenly", "Cleans easily", "Solid handle", "Stays cool", "Light to lift" };
    for (int p = 0; p < 5; ++p)
        for (int copies = 0; copies <= p; ++copies)
            reviews.push_back(review(5, std::string(phrases[p]) + ".", "en"));
    MiningOptions options;
    options.maxPoints = 3;
    options.minSupport = 2;
    const std::vector<SellingPoint> points = mineSellingPoints(reviews, CopyLanguage::English, options);
    OMNI_CHECK_EQ(points.size(), size_t(3));
    OMNI_CHECK_EQ(points[0].text, std::string("Light to lift"));
    OMNI_CHECK_EQ(points[0].support, 5);
    OMNI_CHECK_EQ(points[2].support, 3);
    options.minSupport = 5;
    OMNI_CHECK_EQ(mineSellingPoints(reviews, CopyLanguage::English, options).size(), size_t(1));
}
