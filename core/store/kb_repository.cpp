// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/kb_repository.h"

#include <string>

namespace omni::store {

int64_t KbRepository::upsert(const KbArticle& article)
{
    Statement statement = db_.prepare("INSERT INTO kb_articles (topic, lang, title, body) VALUES (?1, ?2, ?3, ?4)"
                                      " ON CONFLICT(topic, lang) DO UPDATE SET title = excluded.title,"
                                      " body = excluded.body RETURNING id");
    statement.bind(1, article.topic).bind(2, article.lang).bind(3, article.title).bind(4, article.body);
    statement.step();
    const int64_t id = statement.columnInt(0);
    statement.step();
    return id;
}

std::vector<KbArticle> KbRepository::list() const
{
    Statement statement = db_.prepare("SELECT id, topic, lang, title, body FROM kb_articles ORDER BY topic, lang");
    std::vector<KbArticle> rows;
    while (statement.step())
        rows.push_back({statement.columnInt(0), statement.columnText(1), statement.columnText(2),
                        statement.columnText(3), statement.columnText(4)});
    return rows;
}

std::optional<KbArticle> KbRepository::get(int64_t id) const
{
    Statement statement = db_.prepare("SELECT id, topic, lang, title, body FROM kb_articles WHERE id = ?1");
    statement.bind(1, id);
    if (!statement.step())
        return std::nullopt;
    return KbArticle{statement.columnInt(0), statement.columnText(1), statement.columnText(2),
                     statement.columnText(3), statement.columnText(4)};
}

void KbRepository::update(const KbArticle& article)
{
    Statement statement = db_.prepare("UPDATE kb_articles SET title = ?2, body = ?3 WHERE id = ?1");
    statement.bind(1, article.id).bind(2, article.title).bind(3, article.body);
    statement.run();
    if (db_.changes() == 0)
        throw StoreError("Knowledge-base article " + std::to_string(article.id) + " no longer exists.");
}

void KbRepository::remove(int64_t id)
{
    Statement statement = db_.prepare("DELETE FROM kb_articles WHERE id = ?1");
    statement.bind(1, id);
    statement.run();
}

int64_t KbRepository::count() const { return db_.queryInt("SELECT count(*) FROM kb_articles"); }

} // namespace omni::store
