// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/movielens_movies.h"

#include "io/csv_reader.h"
#include "io/field_parsers.h"
#include "io/importer.h"

#include <fstream>
#include <optional>
#include <vector>

namespace omni::io {

std::unordered_map<int64_t, MovieInfo> loadMovieLensMovies(const std::string& moviesPath)
{
    std::ifstream in(moviesPath, std::ios::binary);
    if (!in)
        throw ImportError(moviesPath, 0, "", "cannot read the file");
    CsvReader reader(in);
    std::vector<std::string> header;
    std::unordered_map<int64_t, MovieInfo> movies;
    try {
        if (!reader.next())
            throw ImportError(moviesPath, 1, "", "the file is empty: expected the header movieId,title,genres");
        std::optional<size_t> idColumn, titleColumn, genresColumn;
        for (size_t i = 0; i < reader.size(); ++i) {
            header.emplace_back(trimmed(reader.field(i)));
            if (header.back() == "movieId")
                idColumn = i;
            else if (header.back() == "title")
                titleColumn = i;
            else if (header.back() == "genres")
                genresColumn = i;
        }
        if (!idColumn || !titleColumn)
            throw ImportError(moviesPath, 1, idColumn ? "title" : "movieId",
                              "missing required column; expected: movieId, title (required); genres");
        while (reader.next()) {
            if (reader.size() != header.size())
                throw ImportError(moviesPath, reader.line(), "",
                                  "the row has " + std::to_string(reader.size()) + " fields, the header " +
                                      std::to_string(header.size()));
            int64_t id = 0;
            try {
                id = parseIntField(reader.field(*idColumn), "movieId");
            } catch (const FieldError& error) {
                throw ImportError(moviesPath, reader.line(), error.column(), error.what());
            }
            MovieInfo info;
            info.title = std::string(reader.field(*titleColumn));
            if (genresColumn) {
                const std::string_view genres = reader.field(*genresColumn);
                const std::string_view first = genres.substr(0, genres.find('|'));
                if (first != "(no genres listed)")
                    info.category = std::string(first);
            }
            movies[id] = std::move(info);
        }
    } catch (const CsvSyntaxError& error) {
        throw ImportError(moviesPath, error.line(),
                          error.field() < header.size() ? header[error.field()] : std::string(), error.what());
    }
    return movies;
}

} // namespace omni::io
