// SPDX-License-Identifier: GPL-3.0-or-later
// Ranking generated candidates: coverage of the planned facts, fluency and diversity; candidates
// with unsupported claims are rejected and sorted last.
//
// coverage  = weighted share of the plan's facts the text states, matched the way the fact checker
//             reads text (same brand, term and number scanners; selling points by word or
//             character-bigram overlap, since copy rephrases them)
// fluency   = exp(meanLogProb): the geometric-mean token probability the generator reported, 0..1
// diversity = 1 - the largest share of this candidate's word bigrams (English) or character
//             bigrams (Chinese) found in one better-ranked candidate
// score     = 0.55 coverage + 0.30 fluency + 0.15 diversity
//
// Why these weights: stating the planned facts is what the merchant asked for, so coverage leads;
// fluency separates garbled from readable text among candidates that state the same facts (a
// 0.2 nats-per-token difference moves the score by about 0.05, less than one missed fact of five
// at 0.11); diversity only decides between near-equal candidates, so that the merchant sees
// different options, and can never lift a candidate over one that covers more.
#pragma once

#include "text/copy_generator.h"
#include "text/copy_types.h"
#include "text/facts/fact_sheet.h"

#include <string_view>
#include <vector>

namespace omni::text {

inline constexpr double kCoverageWeight = 0.55;
inline constexpr double kFluencyWeight = 0.30;
inline constexpr double kDiversityWeight = 0.15;

double planCoverage(std::string_view text, const CopyPlan& plan);
bool statesPlannedFact(std::string_view text, const PlannedFact& fact, CopyLanguage language);

// Uses each candidate's `check` as the generator filled it (checkCopy). Sets coverage, diversity,
// score, rejected and rejectReason, and sorts best first, rejected ones last.
void rankCandidates(std::vector<CopyCandidate>& candidates, const CopyPlan& plan);
// The same after fact-checking every candidate against the sheet.
void rankCandidates(std::vector<CopyCandidate>& candidates, const CopyPlan& plan, const ProductFactSheet& sheet);

// Share of a's bigrams (word bigrams for English, character bigrams for Chinese) also in b, 0..1.
double bigramOverlap(std::string_view a, std::string_view b, CopyLanguage language);

} // namespace omni::text
