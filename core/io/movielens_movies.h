// SPDX-License-Identifier: GPL-3.0-or-later
// MovieLens movies.csv (movieId,title,genres): titles and genres for the products a ratings import
// creates.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>

namespace omni::io {

struct MovieInfo {
    std::string title;
    std::string category; // the first of the "|"-separated genres; empty for "(no genres listed)"
};

// Throws ImportError naming moviesPath, line and column for a malformed file.
std::unordered_map<int64_t, MovieInfo> loadMovieLensMovies(const std::string& moviesPath);

} // namespace omni::io
