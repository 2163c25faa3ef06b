// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/facts/candidate_ranking.h"

#include "text/facts/fact_checker.h"
#include "text/facts/mentions.h"
#include "text/facts/quantities.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>

namespace omni::text {

namespace {

std::string lower(std::string_view text)
{
    std::string result(text);
    for (char& c : result)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return result;
}

bool isAsciiWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::vector<std::string> asciiWords(std::string_view text)
{
    std::vector<std::string> words;
    std::string word;
    for (const char c : text) {
        if (isAsciiWordChar(c)) {
            word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        } else if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    }
    if (!word.empty())
        words.push_back(word);
    return words;
}

// UTF-8 characters that are not spaces or ASCII punctuation.
std::vector<std::string> characters(std::string_view text)
{
    std::vector<std::string> result;
    size_t i = 0;
    while (i < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        const std::string character(text.substr(i, length));
        i += length;
        if (length == 1 && !isAsciiWordChar(character[0]))
            continue;
        result.push_back(length == 1 ? lower(character) : character);
    }
    return result;
}

std::set<std::string> bigrams(std::string_view text, CopyLanguage language)
{
    const std::vector<std::string> units = language == CopyLanguage::Chinese ? characters(text) : asciiWords(text);
    std::set<std::string> result;
    for (size_t i = 0; i + 1 < units.size(); ++i)
        result.insert(units[i] + "\x1f" + units[i + 1]);
    if (units.size() == 1)
        result.insert(units[0]);
    return result;
}

bool amountsMatch(const TextQuantity& mention, const std::vector<Quantity>& planned,
    const std::vector<std::pair<double, double>>& ranges)
{
    for (const double amount : mention.amounts) {
        bool matched = false;
        for (const Quantity& quantity : planned) {
            if (quantity.unit.empty() || mention.unit.empty())
                matched = matched || std::fabs(quantity.amount - amount) < 1e-9;
            else
                matched = matched || sameQuantity(quantity, { amount, mention.unit });
        }
        for (const auto& [low, high] : ranges)
            matched = matched || (mention.unit.empty() && amount >= low - 1e-9 && amount <= high + 1e-9);
        if (!matched)
            return false;
    }
    return !mention.amounts.empty();
}

bool statesQuantity(const TextMentions& mentions, const PlannedFact& fact)
{
    std::vector<Quantity> planned;
    std::vector<std::pair<double, double>> ranges;
    for (const TextQuantity& found : scanQuantities(fact.value)) {
        for (const double amount : found.amounts)
            planned.push_back({ amount, found.unit });
        if (found.shape == QuantityShape::Range)
            ranges.emplace_back(found.amounts[0], found.amounts[1]);
    }
    for (const TextQuantity& mention : mentions.quantities)
        if (!mention.price && amountsMatch(mention, planned, ranges))
            return true;
    // Letter sizes: any of the planned ones named.
    std::set<std::string> letters;
    std::string token;
    for (const char c : fact.value + "/") {
        if (c == '/' || c == ' ') {
            if (!token.empty())
                letters.insert(token);
            token.clear();
        } else {
            token += c;
        }
    }
    for (const LetterSizeMention& mention : mentions.letterSizes)
        for (const std::string& size : mention.sizes)
            if (letters.count(size))
                return true;
    return false;
}

// Copy rephrases selling points: most of the point's words (English) or character bigrams
// (Chinese) appearing in the text counts as stating it.
bool statesPoint(std::string_view text, const PlannedFact& fact, CopyLanguage language)
{
    if (lower(text).find(lower(fact.surface)) != std::string::npos)
        return true;
    const std::set<std::string> wanted = bigrams(fact.surface, language);
    if (wanted.empty())
        return false;
    const std::set<std::string> present = bigrams(text, language);
    size_t found = 0;
    for (const std::string& bigram : wanted)
        found += present.count(bigram);
    return found * 10 >= wanted.size() * 6;
}

} // namespace

bool statesPlannedFact(std::string_view text, const PlannedFact& fact, CopyLanguage language)
{
    switch (fact.kind) {
    case FactKind::Brand: {
        const BrandName brand { fact.value, fact.surface };
        const TextMentions mentions = findMentions(text, { &brand });
        return !mentions.brands.empty();
    }
    case FactKind::Colour:
    case FactKind::Material: {
        const TextMentions mentions = findMentions(text, {});
        for (const TermMention& term : mentions.terms)
            if (term.kind == fact.kind && termCovers(term.key, lower(fact.value)))
                return true;
        return false;
    }
    case FactKind::Number:
    case FactKind::Size:
        return statesQuantity(findMentions(text, {}), fact);
    case FactKind::Price: {
        const double price = std::strtod(fact.value.c_str(), nullptr);
        for (const TextQuantity& mention : findMentions(text, {}).quantities)
            if (mention.price && std::fabs(mention.amounts.front() - price) < 0.005)
                return true;
        return false;
    }
    case FactKind::SellingPoint:
    case FactKind::ProductType: // the planner plans neither; read them as words if it ever does
    case FactKind::Attribute:
        return statesPoint(text, fact, language);
    }
    return false;
}

double planCoverage(std::string_view text, const CopyPlan& plan)
{
    double total = 0, covered = 0;
    for (const PlannedFact& fact : plan.facts) {
        total += fact.weight;
        if (statesPlannedFact(text, fact, plan.language))
            covered += fact.weight;
    }
    return total > 0 ? covered / total : 1.0;
}

double bigramOverlap(std::string_view a, std::string_view b, CopyLanguage language)
{
    const std::set<std::string> mine = bigrams(a, language);
    if (mine.empty())
        return 0;
    const std::set<std::string> theirs = bigrams(b, language);
    size_t shared = 0;
    for (const std::string& bigram : mine)
        shared += theirs.count(bigram);
    return static_cast<double>(shared) / static_cast<double>(mine.size());
}

void rankCandidates(std::vector<CopyCandidate>& candidates, const CopyPlan& plan)
{
    for (CopyCandidate& candidate : candidates) {
        candidate.coverage = planCoverage(candidate.text, plan);
        candidate.rejected = false;
        candidate.rejectReason.clear();
        if (candidate.text.find_first_not_of(" \n\t") == std::string::npos) {
            candidate.rejected = true;
            candidate.rejectReason = "empty text";
        } else if (!candidate.check.clean()) {
            candidate.rejected = true;
            candidate.rejectReason = std::to_string(candidate.check.unsupportedCount()) + " unsupported claim"
                + (candidate.check.unsupportedCount() == 1 ? "" : "s") + ":";
            for (const Claim& claim : candidate.check.claims)
                if (!claim.supported)
                    candidate.rejectReason += " \"" + claim.text + "\" (" + claim.why + ");";
            candidate.rejectReason.pop_back();
        }
    }
    // Greedy, best first: each step takes the candidate with the best score given the ones
    // already taken (diversity is measured against those), accepted candidates before rejected.
    std::vector<CopyCandidate> ranked;
    std::vector<bool> taken(candidates.size(), false);
    for (size_t step = 0; step < candidates.size(); ++step) {
        size_t best = candidates.size();
        for (size_t i = 0; i < candidates.size(); ++i) {
            if (taken[i])
                continue;
            CopyCandidate& candidate = candidates[i];
            double maxOverlap = 0;
            for (const CopyCandidate& better : ranked)
                maxOverlap = std::max(maxOverlap, bigramOverlap(candidate.text, better.text, plan.language));
            candidate.diversity = 1.0 - maxOverlap;
            const double fluency = std::exp(std::min(0.0, candidate.meanLogProb));
            candidate.score = kCoverageWeight * candidate.coverage + kFluencyWeight * fluency
                + kDiversityWeight * candidate.diversity;
            if (best == candidates.size() || (candidate.rejected != candidates[best].rejected
                    ? !candidate.rejected : candidate.score > candidates[best].score))
                best = i;
        }
        taken[best] = true;
        ranked.push_back(candidates[best]);
    }
    candidates = std::move(ranked);
}

void rankCandidates(std::vector<CopyCandidate>& candidates, const CopyPlan& plan, const ProductFactSheet& sheet)
{
    for (CopyCandidate& candidate : candidates)
        candidate.check = checkCopy(candidate.text, plan.language, sheet);
    rankCandidates(candidates, plan);
}

} // namespace omni::text
