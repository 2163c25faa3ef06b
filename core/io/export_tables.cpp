// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/export_tables.h"

namespace omni::io {

namespace {

// The account a customer has on the row's channel: what an events or orders import looks up.
#define OMNI_ACCOUNT_ON_CHANNEL(row)                                                                            \
    "(SELECT i.external_id FROM identities i WHERE i.customer_id = " row ".customer_id AND i.channel_id = " row \
    ".channel_id ORDER BY i.id LIMIT 1)"

std::vector<ExportTable> makeTables()
{
    using C = Cell;
    return {
        {"customers",
         "SELECT count(*) FROM customers c LEFT JOIN identities i ON i.customer_id = c.id",
         "SELECT ch.code, i.external_id, c.customer_key, c.name, c.email, c.phone, c.city, c.created_at, i.first_seen"
         " FROM customers c LEFT JOIN identities i ON i.customer_id = c.id"
         " LEFT JOIN channels ch ON ch.id = i.channel_id ORDER BY c.id, i.id",
         {{"channel", C::Text}, {"external_id", C::Text}, {"customer_key", C::Text}, {"name", C::Text},
          {"email", C::Text}, {"phone", C::Text}, {"city", C::Text}, {"created_at", C::Timestamp},
          {"first_seen", C::Timestamp}}},
        {"identities", "SELECT count(*) FROM identities",
         "SELECT c.customer_key, ch.code, i.external_id, i.first_seen FROM identities i"
         " JOIN customers c ON c.id = i.customer_id JOIN channels ch ON ch.id = i.channel_id ORDER BY i.id",
         {{"customer_key", C::Text}, {"channel", C::Text}, {"external_id", C::Text}, {"first_seen", C::Timestamp}}},
        {"products", "SELECT count(*) FROM products",
         "SELECT sku, title_en, price, title_zh, category, brand, description_en, description_zh, created_at, id"
         " FROM products ORDER BY id",
         {{"sku", C::Text}, {"title_en", C::Text}, {"price", C::Number}, {"title_zh", C::Text},
          {"category", C::Text}, {"brand", C::Text}, {"description_en", C::Text}, {"description_zh", C::Text},
          {"created_at", C::Timestamp}},
         true},
        {"product_attributes", "SELECT count(*) FROM product_attributes",
         "SELECT p.sku, a.name, a.value FROM product_attributes a JOIN products p ON p.id = a.product_id"
         " ORDER BY p.id, a.name",
         {{"sku", C::Text}, {"name", C::Text}, {"value", C::Text}}},
        {"listings", "SELECT count(*) FROM listings",
         "SELECT p.sku, ch.code, l.title, l.price, l.description, l.stock FROM listings l"
         " JOIN products p ON p.id = l.product_id JOIN channels ch ON ch.id = l.channel_id ORDER BY l.id",
         {{"sku", C::Text}, {"channel", C::Text}, {"title", C::Text}, {"price", C::Number},
          {"description", C::Text}, {"stock", C::Integer}}},
        {"events", "SELECT count(*) FROM events",
         "SELECT ch.code, " OMNI_ACCOUNT_ON_CHANNEL("e") ", e.type, e.ts, e.session_id, p.sku, e.dwell_ms, e.query,"
         " c.customer_key FROM events e JOIN channels ch ON ch.id = e.channel_id"
         " JOIN customers c ON c.id = e.customer_id LEFT JOIN products p ON p.id = e.product_id ORDER BY e.id",
         {{"channel", C::Text}, {"external_id", C::Text}, {"type", C::Text}, {"ts", C::Timestamp},
          {"session_id", C::Text}, {"sku", C::Text}, {"dwell_ms", C::Integer}, {"query", C::Text},
          {"customer_key", C::Text}}},
        // One row per order item, the layout an orders import reads.
        {"orders", "SELECT count(*) FROM orders o LEFT JOIN order_items it ON it.order_id = o.id",
         "SELECT o.order_key, ch.code, " OMNI_ACCOUNT_ON_CHANNEL("o") ", o.ts, p.sku, it.quantity, it.unit_price,"
         " o.status, c.customer_key FROM orders o JOIN channels ch ON ch.id = o.channel_id"
         " JOIN customers c ON c.id = o.customer_id LEFT JOIN order_items it ON it.order_id = o.id"
         " LEFT JOIN products p ON p.id = it.product_id ORDER BY o.id, it.product_id",
         {{"order_key", C::Text}, {"channel", C::Text}, {"external_id", C::Text}, {"ts", C::Timestamp},
          {"sku", C::Text}, {"quantity", C::Integer}, {"unit_price", C::Number}, {"status", C::Text},
          {"customer_key", C::Text}}},
        {"order_totals", "SELECT count(*) FROM orders",
         "SELECT o.order_key, ch.code, c.customer_key, o.ts, o.status, o.total,"
         " (SELECT COALESCE(SUM(it.quantity), 0) FROM order_items it WHERE it.order_id = o.id)"
         " FROM orders o JOIN channels ch ON ch.id = o.channel_id JOIN customers c ON c.id = o.customer_id"
         " ORDER BY o.id",
         {{"order_key", C::Text}, {"channel", C::Text}, {"customer_key", C::Text}, {"ts", C::Timestamp},
          {"status", C::Text}, {"total", C::Number}, {"items", C::Integer}}},
        {"reviews", "SELECT count(*) FROM reviews",
         "SELECT p.sku, ch.code, " OMNI_ACCOUNT_ON_CHANNEL("r") ", c.customer_key, r.rating, r.text, r.lang, r.ts"
         " FROM reviews r JOIN products p ON p.id = r.product_id JOIN channels ch ON ch.id = r.channel_id"
         " JOIN customers c ON c.id = r.customer_id ORDER BY r.id",
         {{"sku", C::Text}, {"channel", C::Text}, {"external_id", C::Text}, {"customer_key", C::Text},
          {"rating", C::Number}, {"text", C::Text}, {"lang", C::Text}, {"ts", C::Timestamp}}},
        {"kb_articles", "SELECT count(*) FROM kb_articles",
         "SELECT topic, lang, title, body FROM kb_articles ORDER BY topic, lang",
         {{"topic", C::Text}, {"lang", C::Text}, {"title", C::Text}, {"body", C::Text}}},
        {"models", "SELECT count(*) FROM models",
         "SELECT kind, version, file, metrics_json, created_at, active FROM models ORDER BY id",
         {{"kind", C::Text}, {"version", C::Integer}, {"file", C::Text}, {"metrics_json", C::Text},
          {"created_at", C::Timestamp}, {"active", C::Integer}}},
        {"channels", "SELECT count(*) FROM channels", "SELECT code, name_en, name_zh FROM channels ORDER BY id",
         {{"code", C::Text}, {"name_en", C::Text}, {"name_zh", C::Text}}},
        {"daily_activity", "SELECT count(*) FROM daily_activity",
         "SELECT day, active_customers, events, purchases FROM daily_activity ORDER BY day",
         {{"day", C::Day}, {"active_customers", C::Integer}, {"events", C::Integer}, {"purchases", C::Integer}}},
        {"daily_channel_activity", "SELECT count(*) FROM daily_channel_activity",
         "SELECT d.day, ch.code, d.active_customers, d.events FROM daily_channel_activity d"
         " JOIN channels ch ON ch.id = d.channel_id ORDER BY d.day, d.channel_id",
         {{"day", C::Day}, {"channel", C::Text}, {"active_customers", C::Integer}, {"events", C::Integer}}},
    };
}

#undef OMNI_ACCOUNT_ON_CHANNEL

} // namespace

const std::vector<ExportTable>& exportTableList()
{
    static const std::vector<ExportTable> tables = makeTables();
    return tables;
}

const ExportTable* findExportTable(std::string_view name)
{
    for (const ExportTable& table : exportTableList())
        if (name == table.name)
            return &table;
    return nullptr;
}

} // namespace omni::io
