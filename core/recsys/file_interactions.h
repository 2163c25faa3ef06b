// SPDX-License-Identifier: GPL-3.0-or-later
// Interactions straight from a file, without a store, in the two public formats the importer
// takes: MovieLens ratings.csv (userId,movieId,rating,timestamp; every rating is an interaction,
// ordered by timestamp per user) and whitespace-separated "user item" lines in time order. A
// movies.csv beside ratings.csv gives titles and genres (the genre is the item's category).
// Bad input throws io::ImportError naming file, line and column.
#pragma once

#include "recsys/interaction_data.h"
#include "runtime/job.h"

#include <string>

namespace omni::recsys {

struct FileInteractionOptions {
    double minRating = 0; // MovieLens: ratings below this are left out (0 keeps all, as RecBole's ML presets do)
};

InteractionData loadMovieLensRatings(const std::string& path, const FileInteractionOptions& options,
                                     const runtime::JobContext& job);
InteractionData loadUserItemSequences(const std::string& path, const runtime::JobContext& job);

} // namespace omni::recsys
