// SPDX-License-Identifier: GPL-3.0-or-later
// The intent examples in the store (schema v6): the repository, the default file and its parser,
// seeding by the sample shop and by the v5 -> v6 migration.
#include "check.h"
#include "tiny_shop.h"

#include "dialogue/intent.h"
#include "dialogue/intent_model_store.h"
#include "store/intent_example_repository.h"
#include "store/kb_repository.h"
#include "store/sample/intent_examples.h"
#include "store/schema.h"
#include "store/store.h"

#include <map>
#include <set>

using namespace omni;
using namespace omni::store;

namespace {

size_t defaultCount()
{
    return sample::parseIntentExamplesTsv(sample::defaultIntentExamplesTsv(), "defaults").size();
}

} // namespace

OMNI_TEST(default_file_has_every_intent_in_both_languages)
{
    const std::vector<IntentExampleRecord> examples =
        sample::parseIntentExamplesTsv(sample::defaultIntentExamplesTsv(), "defaults");
    std::map<std::pair<std::string, std::string>, int> counts;
    for (const IntentExampleRecord& example : examples) {
        OMNI_CHECK_EQ(example.source, std::string("default"));
        ++counts[{example.intent, example.lang}];
    }
    for (dialogue::Intent intent : dialogue::allIntents())
        for (const char* lang : {"en", "zh"})
            OMNI_CHECK((counts[{dialogue::intentName(intent), lang}] >= 25));
    // The Chinese examples are Chinese: detectLanguage agrees with the label.
    for (const IntentExampleRecord& example : examples)
        OMNI_CHECK_EQ(dialogue::detectLanguage(example.text), example.lang);
    // The embedded copy is the file in resources/.
    OMNI_CHECK_EQ(std::string(sample::defaultIntentExamplesTsv()),
                  test::readFile(test::dataDir() + "/../../resources/dialogue/intent_examples.tsv"));
}

OMNI_TEST(parser_names_the_line_and_column_of_a_problem)
{
    const std::string header = "intent\tlang\ttext\n";
    OMNI_CHECK_EQ(sample::parseIntentExamplesTsv(header + "# comment\n\ngreeting\ten\thello\r\n", "x.tsv").size(),
                  size_t(1));
    OMNI_CHECK_THROWS_WITH(sample::parseIntentExamplesTsv("", "x.tsv"), StoreError, "x.tsv:0: the file is empty");
    OMNI_CHECK_THROWS_WITH(sample::parseIntentExamplesTsv("intent\ttext\n", "x.tsv"), StoreError, "x.tsv:1: expected the header");
    OMNI_CHECK_THROWS_WITH(sample::parseIntentExamplesTsv(header + "greeting\ten\n", "x.tsv"), StoreError,
                           "x.tsv:2: column 'text': expected 3 tab-separated columns, found 2");
    OMNI_CHECK_THROWS_WITH(sample::parseIntentExamplesTsv(header + "# c\nsmalltalk\ten\thi\n", "x.tsv"), StoreError,
                           "x.tsv:3: column 'intent': \"smalltalk\" is not an intent");
    OMNI_CHECK_THROWS_WITH(sample::parseIntentExamplesTsv(header + "greeting\tfr\tsalut\n", "x.tsv"), StoreError,
                           "x.tsv:2: column 'lang': \"fr\" is not a language");
    OMNI_CHECK_THROWS_WITH(sample::parseIntentExamplesTsv(header + "greeting\ten\t  \n", "x.tsv"), StoreError,
                           "x.tsv:2: column 'text': the text is empty");
    OMNI_CHECK_THROWS_WITH(sample::parseIntentExamplesTsv(header + "greeting\ten\thi\ngreeting\ten\thi\n", "x.tsv"),
                           StoreError, "x.tsv:3: column 'text': \"hi\" appears twice");
}

OMNI_TEST(repository_adds_updates_lists_and_removes)
{
    const Store store = Store::open(":memory:");
    IntentExampleRepository repository(store.db());
    OMNI_CHECK_EQ(repository.count(), int64_t(0)); // an empty store is not seeded
    IntentExampleRecord hello{0, "greeting", "en", "hello there", "analyst", 100};
    const int64_t first = repository.add(hello);
    const int64_t second = repository.add({0, "account", "zh", "改密码", "analyst", 0});
    OMNI_CHECK(first != second);
    OMNI_CHECK_EQ(repository.count(), int64_t(2));
    std::vector<IntentExampleRecord> rows = repository.list();
    // By intent, then language: account before greeting.
    OMNI_CHECK_EQ(rows[0].text, std::string("改密码"));
    OMNI_CHECK(rows[0].createdAt > 0); // 0 means "now"
    OMNI_CHECK_EQ(rows[1].id, first);
    OMNI_CHECK_EQ(rows[1].createdAt, int64_t(100));
    OMNI_CHECK_EQ(rows[1].source, std::string("analyst"));

    // The same intent, language and text twice is refused; another intent may say the same words.
    OMNI_CHECK_THROWS_WITH(repository.add(hello), StoreError, "already there");
    repository.add({0, "human", "en", "hello there", "analyst", 0});
    OMNI_CHECK_EQ(repository.count(), int64_t(3));

    rows[1].text = "hello!";
    rows[1].intent = "greeting";
    repository.update(rows[1]);
    OMNI_CHECK_EQ(repository.list()[1].text, std::string("hello!"));
    IntentExampleRecord clash = rows[0];
    clash.intent = "human";
    clash.lang = "en";
    clash.text = "hello there";
    OMNI_CHECK_THROWS_WITH(repository.update(clash), StoreError, "already there");

    repository.remove(first);
    OMNI_CHECK_EQ(repository.count(), int64_t(2));
    IntentExampleRecord gone = rows[1];
    gone.text = "something new";
    OMNI_CHECK_THROWS_WITH(repository.update(gone), StoreError, "no longer exists");
    // The schema checks the language.
    OMNI_CHECK_THROWS(repository.add({0, "greeting", "fr", "salut", "analyst", 0}), StoreError);
}

OMNI_TEST(sample_shop_writes_the_default_examples)
{
    const Store store = test::tinyShopInMemory();
    OMNI_CHECK_EQ(static_cast<size_t>(IntentExampleRepository(store.db()).count()), defaultCount());
    const std::vector<dialogue::IntentExample> examples = dialogue::loadIntentExamples(store.db());
    OMNI_CHECK_EQ(examples.size(), defaultCount());
    std::set<dialogue::Intent> intents;
    for (const dialogue::IntentExample& example : examples)
        intents.insert(example.intent);
    OMNI_CHECK_EQ(intents.size(), size_t(dialogue::kIntentCount));
    // Writing the defaults again adds nothing and keeps a shop's own examples.
    IntentExampleRepository(store.db()).add({0, "greeting", "en", "yo yo, what up", "analyst", 0});
    OMNI_CHECK_EQ(sample::writeDefaultIntentExamples(store.db()), 0);
    OMNI_CHECK_EQ(static_cast<size_t>(IntentExampleRepository(store.db()).count()), defaultCount() + 1);
}

OMNI_TEST(loading_skips_rows_with_an_unknown_intent)
{
    const Store store = Store::open(":memory:");
    IntentExampleRepository repository(store.db());
    repository.add({0, "greeting", "en", "hi", "analyst", 0});
    repository.add({0, "retired_intent", "en", "old", "analyst", 0});
    const std::vector<dialogue::IntentExample> examples = dialogue::loadIntentExamples(store.db());
    OMNI_CHECK_EQ(examples.size(), size_t(1));
    OMNI_CHECK(examples[0].intent == dialogue::Intent::Greeting);
    OMNI_CHECK(examples[0].id > 0);
}

OMNI_TEST(version_5_store_with_a_knowledge_base_is_upgraded_and_seeded)
{
    test::TempDir dir;
    const std::string withKb = dir.file("v5kb.omni");
    const std::string withoutKb = dir.file("v5.omni");
    {
        Database db(withKb);
        migrate(db, 5);
        db.exec("INSERT INTO kb_articles (topic, lang, title, body) VALUES ('returns', 'en', 'Returns', '30 days');");
        Database bare(withoutKb);
        migrate(bare, 5);
        OMNI_CHECK_EQ(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'intent_examples'"), 0);
    }
    {
        const Store store = Store::open(withKb);
        OMNI_CHECK_EQ(store.db().userVersion(), kSchemaVersion);
        OMNI_CHECK_EQ(static_cast<size_t>(IntentExampleRepository(store.db()).count()), defaultCount());
        OMNI_CHECK_EQ(store.db().queryInt("SELECT count(*) FROM intent_examples WHERE source <> 'default'"), 0);
        // The knowledge base is untouched.
        OMNI_CHECK_EQ(KbRepository(store.db()).count(), int64_t(1));
    }
    {
        // A store without the support tools' knowledge base gets the table, empty.
        const Store store = Store::open(withoutKb);
        OMNI_CHECK_EQ(store.db().userVersion(), kSchemaVersion);
        OMNI_CHECK_EQ(IntentExampleRepository(store.db()).count(), int64_t(0));
    }
    // Opening again does not seed twice.
    const Store again = Store::open(withKb);
    OMNI_CHECK_EQ(static_cast<size_t>(IntentExampleRepository(again.db()).count()), defaultCount());
}
