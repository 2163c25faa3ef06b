// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/intent_example_repository.h"

#include <ctime>

namespace omni::store {

namespace {

int64_t nowOr(int64_t createdAt) { return createdAt != 0 ? createdAt : static_cast<int64_t>(std::time(nullptr)); }

std::string describe(const IntentExampleRecord& example)
{
    return "\"" + example.text + "\" (" + example.intent + ", " + example.lang + ")";
}

bool exists(const Database& db, const IntentExampleRecord& example, int64_t exceptId)
{
    Statement statement =
        db.prepare("SELECT 1 FROM intent_examples WHERE intent = ?1 AND lang = ?2 AND text = ?3 AND id <> ?4");
    statement.bind(1, example.intent).bind(2, example.lang).bind(3, example.text).bind(4, exceptId);
    return statement.step();
}

} // namespace

int64_t IntentExampleRepository::add(const IntentExampleRecord& example)
{
    // Checked first for a sentence the user can act on; the UNIQUE constraint still guards races.
    if (exists(db_, example, 0))
        throw StoreError("The example " + describe(example) + " is already there.");
    Statement statement = db_.prepare("INSERT INTO intent_examples (intent, lang, text, source, created_at)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id");
    statement.bind(1, example.intent)
        .bind(2, example.lang)
        .bind(3, example.text)
        .bind(4, example.source)
        .bind(5, nowOr(example.createdAt));
    statement.step();
    const int64_t id = statement.columnInt(0);
    statement.step();
    return id;
}

void IntentExampleRepository::update(const IntentExampleRecord& example)
{
    if (exists(db_, example, example.id))
        throw StoreError("The example " + describe(example) + " is already there.");
    Statement statement =
        db_.prepare("UPDATE intent_examples SET intent = ?1, lang = ?2, text = ?3, source = ?4 WHERE id = ?5");
    statement.bind(1, example.intent).bind(2, example.lang).bind(3, example.text).bind(4, example.source).bind(5, example.id);
    statement.run();
    if (db_.changes() == 0)
        throw StoreError("Intent example " + std::to_string(example.id) + " no longer exists.");
}

void IntentExampleRepository::remove(int64_t id)
{
    Statement statement = db_.prepare("DELETE FROM intent_examples WHERE id = ?1");
    statement.bind(1, id).run();
}

std::vector<IntentExampleRecord> IntentExampleRepository::list() const
{
    Statement statement = db_.prepare("SELECT id, intent, lang, text, source, created_at FROM intent_examples"
                                      " ORDER BY intent, lang, id");
    std::vector<IntentExampleRecord> rows;
    while (statement.step())
        rows.push_back({statement.columnInt(0), statement.columnText(1), statement.columnText(2),
                        statement.columnText(3), statement.columnText(4), statement.columnInt(5)});
    return rows;
}

int64_t IntentExampleRepository::count() const { return db_.queryInt("SELECT count(*) FROM intent_examples"); }

} // namespace omni::store
