// SPDX-License-Identifier: GPL-3.0-or-later
// Model files: a round trip keeps every score and the header; truncated, corrupted, foreign,
// other-kind, other-version and unknown-kind files are refused with a sentence naming the file;
// writing is atomic.
#include "check.h"
#include "test_recsys_support.h"

#include "recsys/itemknn.h"
#include "recsys/model_file.h"
#include "recsys/popularity.h"

#include <filesystem>

using namespace omni;
using namespace omni::recsys;
using namespace omni::test;

namespace {

namespace fs = std::filesystem;

InteractionData sampleData()
{
    return makeInteractions({{0, 1, 2, 3}, {1, 2, 4}, {3, 4, 0, 1}, {2, 2, 5}}, 6);
}

ModelFileInfo sampleInfo(const InteractionData& data)
{
    ModelFileInfo info;
    info.createdAt = 1790000000;
    info.storeId = "store-a";
    info.sourceId = data.sourceId;
    info.fingerprint = "0123456789abcdef";
    info.interactionOptions = "view=1,orders=4,collapse=1";
    info.hyperparametersJson = "{\"seed\": 42}";
    info.metricsJson = "{\"ndcg@10\": 0.25}";
    info.userCount = data.userCount();
    info.interactionCount = data.interactionCount();
    info.itemKeys = data.itemKeys;
    info.itemCounts = {2, 3, 3, 2, 2, 1};
    info.userKeys = data.userKeys;
    return info;
}

struct Trained {
    InteractionData data = sampleData();
    TrainingSet train;
    ItemKnnRecommender knn;
    PopularityRecommender popularity;
    Trained()
    {
        train.data = &data;
        train.sequences = data.sequences;
        knn.fit(train, {}, runtime::JobContext());
        popularity.fit(train, {}, runtime::JobContext());
    }
};

std::string written(const TempDir& dir, const Trained& trained, const std::string& name = "knn.omnimodel")
{
    const std::string path = dir.file(name);
    writeModelFile(path, sampleInfo(trained.data), trained.knn, &trained.popularity);
    return path;
}

// A popularity model whose payload layout claims another version.
class FuturePopularity : public PopularityRecommender {
public:
    int payloadVersion() const override { return 2; }
};

// A kind no factory knows.
class MysteryModel : public PopularityRecommender {
public:
    std::string kind() const override { return "mystery"; }
};

} // namespace

OMNI_TEST(round_trip_keeps_header_scores_and_fallback)
{
    TempDir dir;
    Trained trained;
    const std::string path = written(dir, trained);
    const LoadedModel loaded = readModelFile(path, {"itemknn", "store-a"});
    const ModelFileInfo& info = loaded.info;
    OMNI_CHECK_EQ(info.kind, std::string("itemknn"));
    OMNI_CHECK_EQ(info.formatVersion, kModelFileFormat);
    OMNI_CHECK_EQ(info.payloadVersion, 1u);
    OMNI_CHECK_EQ(info.createdAt, 1790000000);
    OMNI_CHECK_EQ(info.storeId, std::string("store-a"));
    OMNI_CHECK_EQ(info.fingerprint, std::string("0123456789abcdef"));
    OMNI_CHECK_EQ(info.metricsJson, std::string("{\"ndcg@10\": 0.25}"));
    OMNI_CHECK(info.itemKeys == trained.data.itemKeys);
    OMNI_CHECK(info.itemCounts == std::vector<int64_t>({2, 3, 3, 2, 2, 1}));
    OMNI_CHECK(info.userKeys == trained.data.userKeys);
    OMNI_CHECK_EQ(loaded.model->kind(), std::string("itemknn"));
    OMNI_CHECK(loaded.fallback != nullptr);
    Query query;
    query.history = {0, 3};
    std::vector<float> before(6), after(6);
    trained.knn.scoreItems(query, before.data());
    loaded.model->scoreItems(query, after.data());
    OMNI_CHECK(before == after);
    trained.popularity.scoreItems(query, before.data());
    loaded.fallback->scoreItems(query, after.data());
    OMNI_CHECK(before == after);
    // The header alone reads the same.
    OMNI_CHECK(readModelFileInfo(path).itemKeys == info.itemKeys);
}

OMNI_TEST(truncated_files_are_refused)
{
    TempDir dir;
    Trained trained;
    const std::string path = written(dir, trained);
    const std::string bytes = readFile(path);
    for (const size_t length : {size_t{10}, size_t{30}, bytes.size() / 2, bytes.size() - 1}) {
        writeFile(dir.file("cut.omnimodel"), bytes.substr(0, length));
        OMNI_CHECK_THROWS_WITH(readModelFile(dir.file("cut.omnimodel")), ModelFileError,
                               "cut.omnimodel: the model file is truncated");
    }
    writeFile(dir.file("long.omnimodel"), bytes + "xyz");
    OMNI_CHECK_THROWS_WITH(readModelFile(dir.file("long.omnimodel")), ModelFileError, "corrupted");
}

OMNI_TEST(corrupted_bytes_fail_the_checksum)
{
    TempDir dir;
    Trained trained;
    const std::string path = written(dir, trained);
    std::string bytes = readFile(path);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x20);
    writeFile(dir.file("bad.omnimodel"), bytes);
    OMNI_CHECK_THROWS_WITH(readModelFile(dir.file("bad.omnimodel")), ModelFileError,
                           "bad.omnimodel: the model file is corrupted (checksum mismatch)");
    OMNI_CHECK_THROWS_WITH(readModelFileInfo(dir.file("bad.omnimodel")), ModelFileError, "checksum mismatch");
}

OMNI_TEST(foreign_files_and_other_versions_are_refused)
{
    TempDir dir;
    Trained trained;
    const std::string path = written(dir, trained);

    writeFile(dir.file("notes.omnimodel"), "these are not the weights you are looking for");
    OMNI_CHECK_THROWS_WITH(readModelFile(dir.file("notes.omnimodel")), ModelFileError, "not an OmniConsole model file");
    OMNI_CHECK_THROWS_WITH(readModelFile(dir.file("nowhere.omnimodel")), ModelFileError, "no such model file");

    // A newer container format.
    std::string bytes = readFile(path);
    bytes[8] = 2;
    writeFile(dir.file("v2.omnimodel"), bytes);
    OMNI_CHECK_THROWS_WITH(readModelFile(dir.file("v2.omnimodel")), ModelFileError,
                           "format version 2, this OmniConsole reads version 1 (written by a newer OmniConsole)");

    // Another store, another kind.
    OMNI_CHECK_THROWS_WITH(readModelFile(path, {"", "store-b"}), ModelFileError,
                           "trained on another store (store id store-a, this store is store-b)");
    OMNI_CHECK_THROWS_WITH(readModelFile(path, {"sasrec", ""}), ModelFileError,
                           "knn.omnimodel: this is a model of kind 'itemknn', not 'sasrec'");

    // Another payload layout of a known kind.
    FuturePopularity future;
    future.fit(trained.train, {}, runtime::JobContext());
    writeModelFile(dir.file("future.omnimodel"), sampleInfo(trained.data), future, nullptr);
    OMNI_CHECK_THROWS_WITH(readModelFile(dir.file("future.omnimodel")), ModelFileError,
                           "layout version 2, this OmniConsole reads version 1");

    // A kind this build cannot make.
    MysteryModel mystery;
    mystery.fit(trained.train, {}, runtime::JobContext());
    writeModelFile(dir.file("mystery.omnimodel"), sampleInfo(trained.data), mystery, nullptr);
    OMNI_CHECK_THROWS_WITH(readModelFile(dir.file("mystery.omnimodel")), ModelFileError,
                           "the model kind 'mystery' is not available");
    // The header of a file the build cannot load is still readable (the Models page lists it).
    OMNI_CHECK_EQ(readModelFileInfo(dir.file("mystery.omnimodel")).kind, std::string("mystery"));
}

OMNI_TEST(writing_is_atomic)
{
    TempDir dir;
    Trained trained;
    // A folder that does not exist: an error naming the file, and nothing left behind.
    const std::string missing = dir.file("no/such/folder/knn.omnimodel");
    OMNI_CHECK_THROWS_WITH(writeModelFile(missing, sampleInfo(trained.data), trained.knn, nullptr), ModelFileError,
                           "cannot write the model file");
    OMNI_CHECK(!fs::exists(missing + ".tmp"));
    // Overwriting replaces the file whole; no temporary file stays.
    const std::string path = written(dir, trained);
    writeModelFile(path, sampleInfo(trained.data), trained.popularity, nullptr);
    const LoadedModel replaced = readModelFile(path);
    OMNI_CHECK_EQ(replaced.model->kind(), std::string("popularity"));
    OMNI_CHECK(replaced.fallback == nullptr); // written without one
    OMNI_CHECK(!fs::exists(path + ".tmp"));
    size_t files = 0;
    for (const auto& entry : fs::directory_iterator(dir.path()))
        files += entry.is_regular_file() ? 1 : 0;
    OMNI_CHECK_EQ(files, 1u);
    // A vocabulary that does not match the model is a programming error caught before writing.
    ModelFileInfo wrong = sampleInfo(trained.data);
    wrong.itemKeys.pop_back();
    OMNI_CHECK_THROWS(writeModelFile(dir.file("wrong.omnimodel"), wrong, trained.knn, nullptr), ModelFileError);
    OMNI_CHECK(!fs::exists(dir.file("wrong.omnimodel")));
}
