// SPDX-License-Identifier: GPL-3.0-or-later
// GeneratedCopyRepository: accepted copy is recorded with its channel (or the canonical product),
// listed newest first per product, deleted by id for undo, and bad rows are refused.
#include "check.h"

#include "store/generated_copy_repository.h"
#include "store/model_repository.h"
#include "store/product_repository.h"
#include "store/store.h"

using namespace omni::store;
using omni::test::TempDir;

namespace {
int64_t addProduct(const Store& store, const std::string& sku)
{
    Product product;
    product.sku = sku;
    product.titleEn = "Linen shirt";
    product.category = "apparel";
    product.price = 199;
    return ProductRepository(store.db()).insert(product);
}

GeneratedCopy makeCopy(int64_t productId, int64_t createdAt)
{
    GeneratedCopy copy;
    copy.productId = productId;
    copy.field = "description";
    copy.lang = "zh";
    copy.style = "web_description";
    copy.text = "禾木 亚麻衬衫，白色。";
    copy.previousText = "旧描述";
    copy.modelLabel = "copy_lm v1";
    copy.settingsJson = R"({"seed":3})";
    copy.factCheckJson = R"({"claims":[]})";
    copy.createdAt = createdAt;
    return copy;
}
} // namespace

OMNI_TEST(records_round_trip_with_channel_or_canonical_and_model)
{
    TempDir dir;
    const Store store = Store::open(dir.file("shop.omni"));
    const int64_t product = addProduct(store, "AP-1");
    ModelRecord model;
    model.kind = "copy_lm";
    model.file = "m.bin";
    model.createdAt = 5;
    const int64_t modelId = ModelRepository(store.db()).insert(model);

    GeneratedCopyRepository repository(store.db());
    GeneratedCopy canonical = makeCopy(product, 100);
    canonical.modelId = modelId;
    const int64_t first = repository.insert(canonical);
    GeneratedCopy onApp = makeCopy(product, 200);
    onApp.channelCode = "app";
    onApp.field = "title";
    onApp.style = "push_title";
    const int64_t second = repository.insert(onApp);
    OMNI_CHECK(first != second);
    OMNI_CHECK_EQ(repository.count(), 2);

    const std::vector<GeneratedCopy> listed = repository.forProduct(product);
    OMNI_CHECK_EQ(listed.size(), size_t(2));
    // Newest first.
    OMNI_CHECK_EQ(listed[0].id, second);
    OMNI_CHECK(listed[0].channelCode.has_value());
    OMNI_CHECK_EQ(*listed[0].channelCode, std::string("app"));
    OMNI_CHECK_EQ(listed[0].field, std::string("title"));
    OMNI_CHECK(!listed[0].modelId.has_value());
    OMNI_CHECK_EQ(listed[1].id, first);
    OMNI_CHECK(!listed[1].channelCode.has_value());
    OMNI_CHECK_EQ(listed[1].text, canonical.text);
    OMNI_CHECK_EQ(listed[1].previousText, canonical.previousText);
    OMNI_CHECK_EQ(listed[1].lang, std::string("zh"));
    OMNI_CHECK_EQ(listed[1].style, std::string("web_description"));
    OMNI_CHECK(listed[1].modelId.has_value());
    OMNI_CHECK_EQ(*listed[1].modelId, modelId);
    OMNI_CHECK_EQ(listed[1].modelLabel, std::string("copy_lm v1"));
    OMNI_CHECK_EQ(listed[1].settingsJson, canonical.settingsJson);
    OMNI_CHECK_EQ(listed[1].factCheckJson, canonical.factCheckJson);
    OMNI_CHECK_EQ(listed[1].createdAt, 100);
    OMNI_CHECK(repository.forProduct(product + 1).empty());
    OMNI_CHECK(repository.get(first).has_value());
    OMNI_CHECK(!repository.get(first + second + 10).has_value());
}

OMNI_TEST(remove_deletes_one_record_and_refuses_unknown_ids)
{
    TempDir dir;
    const Store store = Store::open(dir.file("shop.omni"));
    const int64_t product = addProduct(store, "AP-1");
    GeneratedCopyRepository repository(store.db());
    const int64_t a = repository.insert(makeCopy(product, 1));
    const int64_t b = repository.insert(makeCopy(product, 2));
    repository.remove(b);
    const std::vector<GeneratedCopy> left = repository.forProduct(product);
    OMNI_CHECK_EQ(left.size(), size_t(1));
    OMNI_CHECK_EQ(left[0].id, a);
    OMNI_CHECK_THROWS(repository.remove(b), StoreError);
}

OMNI_TEST(bad_field_channel_product_and_model_are_refused)
{
    TempDir dir;
    const Store store = Store::open(dir.file("shop.omni"));
    const int64_t product = addProduct(store, "AP-1");
    GeneratedCopyRepository repository(store.db());
    GeneratedCopy badField = makeCopy(product, 1);
    badField.field = "price";
    OMNI_CHECK_THROWS(repository.insert(badField), StoreError);
    GeneratedCopy badChannel = makeCopy(product, 1);
    badChannel.channelCode = "fax";
    OMNI_CHECK_THROWS(repository.insert(badChannel), StoreError);
    OMNI_CHECK_THROWS(repository.insert(makeCopy(product + 99, 1)), StoreError);
    GeneratedCopy badModel = makeCopy(product, 1);
    badModel.modelId = 12345;
    OMNI_CHECK_THROWS(repository.insert(badModel), StoreError);
    OMNI_CHECK_EQ(repository.count(), 0);
}

OMNI_TEST(deleting_the_model_keeps_the_record_and_its_label)
{
    TempDir dir;
    const Store store = Store::open(dir.file("shop.omni"));
    const int64_t product = addProduct(store, "AP-1");
    ModelRecord model;
    model.kind = "copy_lm";
    model.file = "m.bin";
    const int64_t modelId = ModelRepository(store.db()).insert(model);
    GeneratedCopyRepository repository(store.db());
    GeneratedCopy copy = makeCopy(product, 1);
    copy.modelId = modelId;
    const int64_t id = repository.insert(copy);
    store.db().prepare("DELETE FROM models WHERE id = ?1").bind(1, modelId).run();
    const std::optional<GeneratedCopy> kept = repository.get(id);
    OMNI_CHECK(kept.has_value());
    OMNI_CHECK(!kept->modelId.has_value());
    OMNI_CHECK_EQ(kept->modelLabel, std::string("copy_lm v1"));
}
