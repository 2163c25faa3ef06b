// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/generated_copy_repository.h"

namespace omni::store {

namespace {
constexpr const char* kColumns = "id, product_id, channel_id, field, lang, style, text, previous_text, model_id,"
                                 " model_label, settings_json, fact_check_json, created_at";
} // namespace

GeneratedCopyRepository::GeneratedCopyRepository(const Database& db) : db_(db), channels_(db) {}

int64_t GeneratedCopyRepository::insert(const GeneratedCopy& copy)
{
    if (copy.field != "title" && copy.field != "description")
        throw StoreError("generated copy field must be 'title' or 'description', not '" + copy.field + "'");
    std::optional<int64_t> channelId;
    if (copy.channelCode)
        channelId = channels_.requireId(*copy.channelCode);
    db_.prepare("INSERT INTO generated_copy (product_id, channel_id, field, lang, style, text, previous_text,"
                " model_id, model_label, settings_json, fact_check_json, created_at)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
        .bind(1, copy.productId)
        .bind(2, channelId)
        .bind(3, copy.field)
        .bind(4, copy.lang)
        .bind(5, copy.style)
        .bind(6, copy.text)
        .bind(7, copy.previousText)
        .bind(8, copy.modelId)
        .bind(9, copy.modelLabel)
        .bind(10, copy.settingsJson)
        .bind(11, copy.factCheckJson)
        .bind(12, copy.createdAt)
        .run();
    return db_.lastInsertId();
}

GeneratedCopy GeneratedCopyRepository::read(const Statement& row) const
{
    GeneratedCopy copy;
    copy.id = row.columnInt(0);
    copy.productId = row.columnInt(1);
    if (const std::optional<int64_t> channel = row.columnOptionalInt(2))
        copy.channelCode = channels_.codeForId(*channel);
    copy.field = row.columnText(3);
    copy.lang = row.columnText(4);
    copy.style = row.columnText(5);
    copy.text = row.columnText(6);
    copy.previousText = row.columnText(7);
    copy.modelId = row.columnOptionalInt(8);
    copy.modelLabel = row.columnText(9);
    copy.settingsJson = row.columnText(10);
    copy.factCheckJson = row.columnText(11);
    copy.createdAt = row.columnInt(12);
    return copy;
}

std::vector<GeneratedCopy> GeneratedCopyRepository::forProduct(int64_t productId) const
{
    Statement statement = db_.prepare(std::string("SELECT ") + kColumns +
                                      " FROM generated_copy WHERE product_id = ?1 ORDER BY created_at DESC, id DESC");
    statement.bind(1, productId);
    std::vector<GeneratedCopy> rows;
    while (statement.step())
        rows.push_back(read(statement));
    return rows;
}

std::optional<GeneratedCopy> GeneratedCopyRepository::get(int64_t id) const
{
    Statement statement = db_.prepare(std::string("SELECT ") + kColumns + " FROM generated_copy WHERE id = ?1");
    statement.bind(1, id);
    if (!statement.step())
        return std::nullopt;
    return read(statement);
}

void GeneratedCopyRepository::remove(int64_t id)
{
    db_.prepare("DELETE FROM generated_copy WHERE id = ?1").bind(1, id).run();
    if (db_.changes() == 0)
        throw StoreError("no generated copy with id " + std::to_string(id));
}

int64_t GeneratedCopyRepository::count() const { return db_.queryInt("SELECT count(*) FROM generated_copy"); }

} // namespace omni::store
