// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/schema.h"

#include "store/engagement_aggregate_repository.h"
#include "store/identity_attributes.h"
#include "store/sample/intent_examples.h"

#include <functional>
#include <vector>

namespace omni::store {

namespace {

// Version 1: the omnichannel shop itself.
void migrateTo1(const Database& db)
{
    db.exec(R"SQL(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE channels (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL,
    name_zh TEXT NOT NULL
);
INSERT INTO channels (id, code, name_en, name_zh) VALUES
    (1, 'web',          'Web shop',      '网店'),
    (2, 'app',          'Mobile app',    '手机应用'),
    (3, 'mini_program', 'Mini-program',  '小程序'),
    (4, 'store',        'Physical store','实体门店'),
    (5, 'social',       'Social',        '社交电商');

CREATE TABLE customers (
    id           INTEGER PRIMARY KEY,
    customer_key TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL DEFAULT '',
    email        TEXT,
    phone        TEXT,
    city         TEXT,
    created_at   INTEGER NOT NULL
);
CREATE INDEX idx_customers_email ON customers(email);
CREATE INDEX idx_customers_phone ON customers(phone);

-- One row per account a customer has on one channel; identity resolution links them.
CREATE TABLE identities (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    channel_id  INTEGER NOT NULL REFERENCES channels(id),
    external_id TEXT NOT NULL,
    first_seen  INTEGER,
    UNIQUE (channel_id, external_id)
);
CREATE INDEX idx_identities_customer ON identities(customer_id);

CREATE TABLE products (
    id             INTEGER PRIMARY KEY,
    sku            TEXT NOT NULL UNIQUE,
    title_en       TEXT NOT NULL,
    title_zh       TEXT NOT NULL DEFAULT '',
    category       TEXT NOT NULL DEFAULT '',
    brand          TEXT NOT NULL DEFAULT '',
    price          REAL NOT NULL CHECK (price >= 0),
    description_en TEXT NOT NULL DEFAULT '',
    description_zh TEXT NOT NULL DEFAULT '',
    created_at     INTEGER
);
CREATE INDEX idx_products_category ON products(category);

CREATE TABLE product_attributes (
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    value      TEXT NOT NULL,
    PRIMARY KEY (product_id, name)
) WITHOUT ROWID;

CREATE TABLE listings (
    id          INTEGER PRIMARY KEY,
    product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    channel_id  INTEGER NOT NULL REFERENCES channels(id),
    title       TEXT NOT NULL,
    price       REAL NOT NULL CHECK (price >= 0),
    description TEXT NOT NULL DEFAULT '',
    stock       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (product_id, channel_id)
);
CREATE INDEX idx_listings_channel ON listings(channel_id);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    channel_id  INTEGER NOT NULL REFERENCES channels(id),
    session_id  TEXT NOT NULL DEFAULT '',
    product_id  INTEGER REFERENCES products(id) ON DELETE SET NULL,
    type        TEXT NOT NULL
                CHECK (type IN ('view','click','search','add_to_cart','purchase','review')),
    ts          INTEGER NOT NULL,
    dwell_ms    INTEGER NOT NULL DEFAULT 0 CHECK (dwell_ms >= 0),
    query       TEXT
);
CREATE INDEX idx_events_customer_ts ON events(customer_id, ts);
CREATE INDEX idx_events_product ON events(product_id);
CREATE INDEX idx_events_ts ON events(ts);

CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    order_key   TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    channel_id  INTEGER NOT NULL REFERENCES channels(id),
    ts          INTEGER NOT NULL,
    status      TEXT NOT NULL DEFAULT 'paid'
                CHECK (status IN ('placed','paid','shipped','delivered','returned','cancelled')),
    total       REAL NOT NULL DEFAULT 0 CHECK (total >= 0)
);
CREATE INDEX idx_orders_customer ON orders(customer_id, ts);

CREATE TABLE order_items (
    order_id   INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products(id),
    quantity   INTEGER NOT NULL CHECK (quantity > 0),
    unit_price REAL NOT NULL CHECK (unit_price >= 0),
    PRIMARY KEY (order_id, product_id)
) WITHOUT ROWID;
CREATE INDEX idx_order_items_product ON order_items(product_id);

CREATE TABLE reviews (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    channel_id  INTEGER NOT NULL REFERENCES channels(id),
    rating      REAL NOT NULL CHECK (rating >= 0 AND rating <= 5),
    text        TEXT NOT NULL DEFAULT '',
    lang        TEXT NOT NULL DEFAULT 'en',
    ts          INTEGER NOT NULL
);
CREATE INDEX idx_reviews_product ON reviews(product_id);

CREATE TABLE kb_articles (
    id    INTEGER PRIMARY KEY,
    topic TEXT NOT NULL,
    lang  TEXT NOT NULL CHECK (lang IN ('en','zh')),
    title TEXT NOT NULL,
    body  TEXT NOT NULL,
    UNIQUE (topic, lang)
);
)SQL");
}

// Version 2: trained models, and daily activity pre-aggregated so charts need not scan every event.
void migrateTo2(const Database& db)
{
    db.exec(R"SQL(
CREATE TABLE models (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    file         TEXT NOT NULL,
    metrics_json TEXT NOT NULL DEFAULT '{}',
    created_at   INTEGER NOT NULL,
    active       INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0,1))
);
CREATE INDEX idx_models_kind ON models(kind, active);

CREATE TABLE daily_activity (
    day              INTEGER PRIMARY KEY,  -- days since 1970-01-01 (UTC)
    active_customers INTEGER NOT NULL,
    events           INTEGER NOT NULL,
    purchases        INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE daily_channel_activity (
    day              INTEGER NOT NULL,
    channel_id       INTEGER NOT NULL REFERENCES channels(id),
    active_customers INTEGER NOT NULL,
    events           INTEGER NOT NULL,
    PRIMARY KEY (day, channel_id)
) WITHOUT ROWID;

INSERT INTO daily_activity (day, active_customers, events, purchases)
    SELECT ts / 86400, COUNT(DISTINCT customer_id), COUNT(*), SUM(type = 'purchase')
    FROM events GROUP BY ts / 86400;
INSERT INTO daily_channel_activity (day, channel_id, active_customers, events)
    SELECT ts / 86400, channel_id, COUNT(DISTINCT customer_id), COUNT(*)
    FROM events GROUP BY ts / 86400, channel_id;
)SQL");
}

// Version 3: identity resolution (account attributes, why each account belongs to its customer,
// analysts' merge/split decisions), and the recommendations table the recommenders write.
void migrateTo3(const Database& db)
{
    db.exec(R"SQL(
-- A customer emptied by resolution (all its accounts now belong to another) keeps its row, so that
-- undoing the merge can give it back its accounts; merged_into names where its accounts went.
ALTER TABLE customers ADD COLUMN merged_into INTEGER REFERENCES customers(id) ON DELETE SET NULL;

-- What resolution links accounts on (see store/identity_attributes.h), and the customer record the
-- account arrived with (the shop's own "these accounts are one customer", kept when it moves).
ALTER TABLE identities ADD COLUMN phone_hash TEXT;
ALTER TABLE identities ADD COLUMN email_hash TEXT;
ALTER TABLE identities ADD COLUMN device_id TEXT;
ALTER TABLE identities ADD COLUMN loyalty_card TEXT;
ALTER TABLE identities ADD COLUMN home_customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL;
UPDATE identities SET home_customer_id = customer_id;
CREATE INDEX idx_identities_phone_hash ON identities(phone_hash) WHERE phone_hash IS NOT NULL;
CREATE INDEX idx_identities_email_hash ON identities(email_hash) WHERE email_hash IS NOT NULL;
CREATE INDEX idx_identities_device ON identities(device_id) WHERE device_id IS NOT NULL;
CREATE INDEX idx_identities_loyalty_card ON identities(loyalty_card) WHERE loyalty_card IS NOT NULL;
CREATE INDEX idx_identities_home ON identities(home_customer_id);

-- The account a row came through, so that when resolution moves an account to another customer
-- its rows go with it, and come back on undo. NULL until resolution first moves the row's customer
-- (writers need not know it). No REFERENCES and no index on purpose: a foreign key here would
-- make every identity delete scan millions of events, and an index would cost every event insert.
ALTER TABLE events ADD COLUMN identity_id INTEGER;
ALTER TABLE orders ADD COLUMN identity_id INTEGER;
ALTER TABLE reviews ADD COLUMN identity_id INTEGER;
-- Resolution moves a customer's reviews; without this it would scan every review per account.
CREATE INDEX idx_reviews_customer ON reviews(customer_id);

CREATE TABLE identity_decisions (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('merge','split')),
    note       TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    undone_at  INTEGER          -- set by undo; an undone decision is kept for the record, not replayed
);

-- A merge joins side 0 with side 1; a split keeps every account of side 0 apart from every account
-- of side 1.
CREATE TABLE identity_decision_members (
    decision_id INTEGER NOT NULL REFERENCES identity_decisions(id) ON DELETE CASCADE,
    identity_id INTEGER NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
    side        INTEGER NOT NULL CHECK (side IN (0,1)),
    PRIMARY KEY (decision_id, identity_id)
) WITHOUT ROWID;
CREATE INDEX idx_identity_decision_members_identity ON identity_decision_members(identity_id);

-- Why each account belongs to its customer, as the last resolution found it: the rule, the account
-- it was linked through (NULL for the customer's anchor account) and the evidence in words.
CREATE TABLE identity_links (
    identity_id     INTEGER PRIMARY KEY REFERENCES identities(id) ON DELETE CASCADE,
    customer_id     INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    rule            TEXT NOT NULL CHECK (rule IN ('anchor','manual_merge','loyalty_card','phone','email',
                                                  'device','account')),
    via_identity_id INTEGER REFERENCES identities(id) ON DELETE SET NULL,
    evidence        TEXT NOT NULL DEFAULT '',
    decision_id     INTEGER REFERENCES identity_decisions(id) ON DELETE SET NULL,
    resolved_at     INTEGER NOT NULL
);
CREATE INDEX idx_identity_links_customer ON identity_links(customer_id);
CREATE INDEX idx_identity_links_via ON identity_links(via_identity_id);
CREATE INDEX idx_identity_links_decision ON identity_links(decision_id);

-- Written by batch scoring: each customer's top-K of one model.
CREATE TABLE recommendations (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    model_id    INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
    rank        INTEGER NOT NULL,
    product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    score       REAL NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (model_id, customer_id, rank)
) WITHOUT ROWID;
)SQL");

    // A version 2 customer's e-mail and phone belong to the customer, not to one of its accounts.
    // They go, hashed, on the customer's first account, so that accounts imported later with the
    // same contact link to it, without claiming that every account of the customer carried them.
    Statement customers = db.prepare("SELECT c.email, c.phone, (SELECT min(i.id) FROM identities i"
                                     " WHERE i.customer_id = c.id) FROM customers c"
                                     " WHERE c.email IS NOT NULL OR c.phone IS NOT NULL");
    Statement update = db.prepare("UPDATE identities SET email_hash = ?1, phone_hash = ?2 WHERE id = ?3");
    while (customers.step()) {
        if (customers.columnIsNull(2))
            continue;
        const auto email = customers.columnIsNull(0) ? std::nullopt : hashEmail(customers.columnText(0));
        const auto phone = customers.columnIsNull(1) ? std::nullopt : hashPhone(customers.columnText(1));
        update.bind(1, email).bind(2, phone).bind(3, customers.columnInt(2)).run();
    }
}

// Version 4: each model's training curve (loss and validation NDCG@10 per epoch), so the Models
// page can draw it for any stored model, not only while it trains.
void migrateTo4(const Database& db)
{
    db.exec(R"SQL(
CREATE TABLE model_epochs (
    model_id        INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
    epoch           INTEGER NOT NULL CHECK (epoch >= 1),
    loss            REAL NOT NULL,
    validation_ndcg REAL,               -- NULL: not validated after this epoch
    seconds         REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (model_id, epoch)
) WITHOUT ROWID;
)SQL");
}

// Version 5: a listing's status on its channel (the listing editor sets it; "active" listings are
// on sale, "paused" ones hidden, "draft" ones not yet published), and every generated copy a merchant
// accepted, with the model and settings that wrote it, so a listing's text can be traced back.
void migrateTo5(const Database& db)
{
    db.exec(R"SQL(
ALTER TABLE listings ADD COLUMN status TEXT NOT NULL DEFAULT 'active'
    CHECK (status IN ('active','paused','draft'));

CREATE TABLE generated_copy (
    id            INTEGER PRIMARY KEY,
    product_id    INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    channel_id    INTEGER REFERENCES channels(id),   -- NULL: written into the canonical product
    field         TEXT NOT NULL CHECK (field IN ('title','description')),
    lang          TEXT NOT NULL,                      -- en, zh
    style         TEXT NOT NULL,                      -- push_title, web_description, ...
    text          TEXT NOT NULL,
    previous_text TEXT NOT NULL DEFAULT '',           -- what the field held before, for undo
    model_id      INTEGER REFERENCES models(id) ON DELETE SET NULL,
    model_label   TEXT NOT NULL DEFAULT '',           -- kind and version, kept when the model is deleted
    settings_json TEXT NOT NULL DEFAULT '{}',         -- sampler, tone, seed, candidate rank
    fact_check_json TEXT NOT NULL DEFAULT '{}',       -- claims found and whether each was supported
    created_at    INTEGER NOT NULL
);
CREATE INDEX idx_generated_copy_product ON generated_copy(product_id, created_at);
)SQL");
}

// Version 6: the labelled utterances the customer-service intent model learns from (the shipped
// defaults and the ones support leads add). A store that already has the starter knowledge base is
// a shop that uses the support tools: it gets the default examples too, so its bot works at once.
void migrateTo6(const Database& db)
{
    db.exec(R"SQL(
CREATE TABLE intent_examples (
    id         INTEGER PRIMARY KEY,
    intent     TEXT NOT NULL,                      -- dialogue::intentName(): order_status, ...
    lang       TEXT NOT NULL CHECK (lang IN ('en','zh')),
    text       TEXT NOT NULL CHECK (length(text) > 0),
    source     TEXT NOT NULL DEFAULT 'analyst' CHECK (source IN ('default','analyst')),
    created_at INTEGER NOT NULL,
    UNIQUE (intent, lang, text)
);
CREATE INDEX idx_intent_examples_intent ON intent_examples(intent, lang);
)SQL");
    if (db.queryInt("SELECT EXISTS (SELECT 1 FROM kb_articles)") != 0)
        sample::writeDefaultIntentExamples(db);
}

// Version 7: the Engagement page's pre-aggregates (store/engagement_aggregate_repository.h): per
// customer, shop day, channel and category the event counts, and one row per session, built here
// from the events already stored. Shop days are local to meta "shop_utc_offset_seconds" (UTC+8
// when absent). The UTC daily_activity tables stay for the Overview page.
void migrateTo7(const Database& db)
{
    db.exec(R"SQL(
CREATE TABLE engagement_categories (
    id   INTEGER PRIMARY KEY,      -- 0 is never used: category_id 0 means "no product / no category"
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE engagement_days (
    customer_id INTEGER NOT NULL,
    day         INTEGER NOT NULL,  -- shop-local days since 1970-01-01
    channel_id  INTEGER NOT NULL,
    category_id INTEGER NOT NULL,
    events      INTEGER NOT NULL,
    views       INTEGER NOT NULL,
    clicks      INTEGER NOT NULL,
    carts       INTEGER NOT NULL,
    purchases   INTEGER NOT NULL,
    dwell_ms    INTEGER NOT NULL,
    PRIMARY KEY (customer_id, day, channel_id, category_id)
) WITHOUT ROWID;
CREATE TABLE engagement_sessions (
    customer_id INTEGER NOT NULL,
    start_ts    INTEGER NOT NULL,
    session_id  TEXT NOT NULL,
    channel_id  INTEGER NOT NULL,  -- the channel of the session's first event
    end_ts      INTEGER NOT NULL,
    events      INTEGER NOT NULL,
    dwell_ms    INTEGER NOT NULL,
    purchased   INTEGER NOT NULL,
    PRIMARY KEY (customer_id, start_ts, session_id)
) WITHOUT ROWID;
)SQL");
    EngagementAggregateRepository(db).rebuild();
}

const std::vector<std::function<void(const Database&)>>& migrations()
{
    // migrations()[i] brings a store from version i to version i + 1.
    static const std::vector<std::function<void(const Database&)>> all = {migrateTo1, migrateTo2, migrateTo3,
                                                                                 migrateTo4, migrateTo5, migrateTo6,
                                                                                 migrateTo7};
    return all;
}

} // namespace

void migrate(const Database& db, int target)
{
    static_assert(kSchemaVersion == 7, "add the new migration to migrations() and raise this check");
    const int current = db.userVersion();
    if (current > kSchemaVersion)
        throw StoreError("the store " + db.path() + " was written by a newer OmniConsole (schema version " +
                         std::to_string(current) + "; this version reads up to " +
                         std::to_string(kSchemaVersion) + "). Open it with a newer OmniConsole.");
    for (int version = current; version < target && version < kSchemaVersion; ++version) {
        Transaction transaction(db);
        migrations()[static_cast<size_t>(version)](db);
        db.setUserVersion(version + 1);
        transaction.commit();
    }
}

} // namespace omni::store
