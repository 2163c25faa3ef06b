// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/file_interactions.h"

#include "io/field_parsers.h"
#include "io/import_columns.h"
#include "io/importer.h"
#include "io/movielens_movies.h"
#include "io/row_source.h"
#include "recsys/item_features.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unordered_map>

namespace omni::recsys {

namespace {

namespace fs = std::filesystem;
constexpr int64_t kRowsPerStep = 65536;

std::ifstream openInput(const std::string& path)
{
    std::error_code error;
    if (!fs::is_regular_file(path, error))
        throw io::ImportError(path, 0, "", fs::exists(path, error) ? "this is not a regular file" : "no such file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw io::ImportError(path, 0, "", "cannot read the file");
    return in;
}

int64_t fileSize(const std::string& path)
{
    std::error_code error;
    const auto size = fs::file_size(path, error);
    return error ? 0 : static_cast<int64_t>(size);
}

// Dense indices for the ids of a file, in order of first appearance.
class Vocabulary {
public:
    int32_t indexOf(std::string_view key, std::vector<std::string>& keys)
    {
        const auto [entry, added] = index_.emplace(std::string(key), static_cast<int32_t>(keys.size()));
        if (added)
            keys.emplace_back(key);
        return entry->second;
    }

private:
    std::unordered_map<std::string, int32_t> index_;
};

struct TimedItem {
    int64_t ts;
    int64_t line; // ties keep the file's order
    ItemIndex item;
};

void buildSequences(InteractionData& data, std::vector<std::vector<TimedItem>>& byUser)
{
    data.sequences.resize(byUser.size());
    for (size_t user = 0; user < byUser.size(); ++user) {
        std::vector<TimedItem>& rows = byUser[user];
        std::sort(rows.begin(), rows.end(), [](const TimedItem& a, const TimedItem& b) {
            return a.ts < b.ts || (a.ts == b.ts && a.line < b.line);
        });
        for (const TimedItem& row : rows)
            data.sequences[user].push(row.item, row.ts, 1.0f);
    }
    data.userStoreIds.assign(data.userKeys.size(), 0);
    data.itemStoreIds.assign(data.itemKeys.size(), 0);
}

void addMovieTitles(const std::string& ratingsPath, InteractionData& data)
{
    const fs::path movies = fs::path(ratingsPath).parent_path() / "movies.csv";
    std::error_code error;
    data.itemTitles.assign(data.itemKeys.size(), std::string());
    if (!fs::is_regular_file(movies, error)) {
        for (size_t i = 0; i < data.itemKeys.size(); ++i)
            data.itemTitles[i] = "Movie " + data.itemKeys[i];
        return;
    }
    const auto info = io::loadMovieLensMovies(movies.string());
    data.itemFeatures.resize(data.itemKeys.size());
    for (size_t i = 0; i < data.itemKeys.size(); ++i) {
        const auto found = info.find(std::stoll(data.itemKeys[i]));
        if (found == info.end()) {
            data.itemTitles[i] = "Movie " + data.itemKeys[i];
            continue;
        }
        data.itemTitles[i] = found->second.title;
        data.itemFeatures[i].category = found->second.category;
        data.itemFeatures[i].titleTokens = titleTokens(found->second.title);
    }
}

} // namespace

InteractionData loadMovieLensRatings(const std::string& path, const FileInteractionOptions& options,
                                     const runtime::JobContext& job)
{
    using namespace io::column;
    std::ifstream in = openInput(path);
    const int64_t total = fileSize(path);
    const std::string stage = "reading " + fs::path(path).filename().string();
    job.step(0, total, stage);
    const io::ColumnSpec& spec = io::columnSpec(io::ImportKind::MovieLensRatings);
    const auto source = io::makeCsvRowSource(in, spec, path);

    InteractionData data;
    data.sourceId = "file:" + fs::absolute(path).lexically_normal().string();
    Vocabulary users, items;
    std::vector<std::vector<TimedItem>> byUser;
    io::ImportRow row;
    int64_t rows = 0;
    while (source->next(row)) {
        try {
            for (size_t slot = 0; slot < spec.requiredCount; ++slot)
                io::requireValue(row[slot], spec.columns[slot]);
            const int64_t userId = io::parseIntField(row[MlUserId], spec.columns[MlUserId]);
            const int64_t itemId = io::parseIntField(row[MlMovieId], spec.columns[MlMovieId]);
            const double rating = io::parseNumberField(row[MlRating], spec.columns[MlRating]);
            const int64_t ts = io::parseTimestampField(row[MlTimestamp], spec.columns[MlTimestamp]);
            if (rating < options.minRating)
                continue;
            const int32_t user = users.indexOf(std::to_string(userId), data.userKeys);
            const ItemIndex item = items.indexOf(std::to_string(itemId), data.itemKeys);
            if (static_cast<size_t>(user) == byUser.size())
                byUser.emplace_back();
            byUser[static_cast<size_t>(user)].push_back({ts, row.line, item});
        } catch (const io::FieldError& error) {
            throw io::ImportError(path, row.line, error.column(), error.what());
        }
        if (++rows % kRowsPerStep == 0)
            job.step(source->bytesRead(), total, stage);
    }
    buildSequences(data, byUser);
    addMovieTitles(path, data);
    job.step(total, total, stage);
    return data;
}

InteractionData loadUserItemSequences(const std::string& path, const runtime::JobContext& job)
{
    using namespace io::column;
    std::ifstream in = openInput(path);
    const int64_t total = fileSize(path);
    const std::string stage = "reading " + fs::path(path).filename().string();
    job.step(0, total, stage);
    const auto source = io::makeUserItemRowSource(in, path);

    InteractionData data;
    data.sourceId = "file:" + fs::absolute(path).lexically_normal().string();
    Vocabulary users, items;
    std::vector<std::vector<TimedItem>> byUser;
    io::ImportRow row;
    int64_t rows = 0;
    while (source->next(row)) {
        const int32_t user = users.indexOf(row[SeqUser], data.userKeys);
        const ItemIndex item = items.indexOf(row[SeqItem], data.itemKeys);
        if (static_cast<size_t>(user) == byUser.size())
            byUser.emplace_back();
        // The file's order is the time order: the line number is the clock.
        byUser[static_cast<size_t>(user)].push_back({row.line, row.line, item});
        if (++rows % kRowsPerStep == 0)
            job.step(source->bytesRead(), total, stage);
    }
    buildSequences(data, byUser);
    data.itemTitles.reserve(data.itemKeys.size());
    for (const std::string& key : data.itemKeys)
        data.itemTitles.push_back("Item " + key);
    job.step(total, total, stage);
    return data;
}

} // namespace omni::recsys
