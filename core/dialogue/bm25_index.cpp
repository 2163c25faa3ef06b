// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/bm25_index.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace omni::dialogue {

namespace {

std::vector<std::string> distinct(const std::vector<std::string>& terms)
{
    std::set<std::string> seen;
    std::vector<std::string> out;
    for (const std::string& term : terms)
        if (seen.insert(term).second)
            out.push_back(term);
    return out;
}

} // namespace

Bm25Index::Bm25Index(double k1, double b)
    : k1_(k1)
    , b_(b)
{
}

size_t Bm25Index::add(const std::vector<std::string>& terms)
{
    const size_t document = lengths_.size();
    lengths_.push_back(terms.size());
    totalLength_ += terms.size();
    std::unordered_map<std::string, int> counts;
    for (const std::string& term : terms)
        ++counts[term];
    for (const auto& [term, count] : counts)
        postings_[term].emplace_back(document, count);
    return document;
}

double Bm25Index::idf(const std::string& term) const
{
    const auto it = postings_.find(term);
    const double df = it == postings_.end() ? 0.0 : static_cast<double>(it->second.size());
    const double n = static_cast<double>(lengths_.size());
    return std::log(1.0 + (n - df + 0.5) / (df + 0.5));
}

std::vector<double> Bm25Index::scores(const std::vector<std::string>& query) const
{
    std::vector<double> result(lengths_.size(), 0.0);
    if (lengths_.empty())
        return result;
    const double averageLength = std::max(1.0, static_cast<double>(totalLength_) / static_cast<double>(lengths_.size()));
    for (const std::string& term : distinct(query)) {
        const auto it = postings_.find(term);
        if (it == postings_.end())
            continue;
        const double weight = idf(term);
        for (const auto& [document, count] : it->second) {
            const double tf = count;
            const double norm = k1_ * (1.0 - b_ + b_ * static_cast<double>(lengths_[document]) / averageLength);
            result[document] += weight * tf * (k1_ + 1.0) / (tf + norm);
        }
    }
    return result;
}

double Bm25Index::scoreTerms(const std::vector<std::string>& terms, const std::vector<std::string>& query,
                             double averageLength) const
{
    std::unordered_map<std::string, int> counts;
    for (const std::string& term : terms)
        ++counts[term];
    const double norm = k1_ * (1.0 - b_ + b_ * static_cast<double>(terms.size()) / std::max(1.0, averageLength));
    double score = 0;
    for (const std::string& term : distinct(query)) {
        const auto it = counts.find(term);
        if (it == counts.end())
            continue;
        const double tf = it->second;
        score += idf(term) * tf * (k1_ + 1.0) / (tf + norm);
    }
    return score;
}

} // namespace omni::dialogue
