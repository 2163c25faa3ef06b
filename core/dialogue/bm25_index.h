// SPDX-License-Identifier: GPL-3.0-or-later
// Okapi BM25 over documents given as term lists (core-private; the knowledge-base retriever
// decides what a term is). score(q, d) = sum over distinct query terms t of
//   idf(t) * tf(t, d) * (k1 + 1) / (tf(t, d) + k1 * (1 - b + b * |d| / avgdl)),
// idf(t) = ln(1 + (N - df + 0.5) / (df + 0.5)) (the Lucene form, never negative).
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace omni::dialogue {

class Bm25Index {
public:
    explicit Bm25Index(double k1 = 1.2, double b = 0.75);

    // Adds a document; its index is the number of documents added before it.
    size_t add(const std::vector<std::string>& terms);

    size_t size() const { return lengths_.size(); }
    double idf(const std::string& term) const;
    // BM25 of every document for the query (0 where no query term occurs).
    std::vector<double> scores(const std::vector<std::string>& query) const;

    // BM25 of one outside term list (a line of a document) against the query, with this index's
    // idf and the given average length: how bestLine ranks the lines of an article.
    double scoreTerms(const std::vector<std::string>& terms, const std::vector<std::string>& query,
                      double averageLength) const;

private:
    double k1_, b_;
    std::vector<size_t> lengths_;
    size_t totalLength_ = 0;
    // term -> (document, term frequency) in document order
    std::unordered_map<std::string, std::vector<std::pair<size_t, int>>> postings_;
};

} // namespace omni::dialogue
