// SPDX-License-Identifier: GPL-3.0-or-later
// Accepting generated copy (text/copy_acceptance.h) on the tiny sample shop: the chosen field and a
// generated_copy row are written together, undo restores the field exactly and removes the row,
// redo refuses a field edited meanwhile, a candidate with unsupported claims is refused unless
// explicitly allowed, and a failed write leaves neither the text nor the row.
#include "check.h"
#include "tiny_shop.h"

#include "store/generated_copy_repository.h"
#include "store/product_repository.h"
#include "store/sample_shop.h"
#include "text/copy_acceptance.h"

#include <string>

using namespace omni::text;
using omni::runtime::JobContext;
using omni::store::GeneratedCopyRepository;
using omni::store::Listing;
using omni::store::ProductRepository;
using omni::store::Store;
using omni::test::tinyShopInMemory;
using omni::store::StoreError;

namespace {

// The first product that has a listing, and that listing.
Listing firstListing(const Store& store)
{
    const std::vector<Listing> all = ProductRepository(store.db()).allListings();
    OMNI_CHECK(!all.empty());
    return all.front();
}

// The field of a channel listing a candidate is accepted into.
CopyTarget listingField(const Listing& listing, CopyField field)
{
    CopyTarget target;
    target.channelCode = listing.channelCode;
    target.field = field;
    return target;
}

FactCheck cleanCheck()
{
    FactCheck check;
    Claim claim;
    claim.begin = 0;
    claim.end = 5;
    claim.kind = FactKind::Colour;
    claim.text = "Navy";
    claim.supported = true;
    check.claims.push_back(claim);
    return check;
}

FactCheck checkWithWrongSize()
{
    FactCheck check = cleanCheck();
    Claim wrong;
    wrong.begin = 10;
    wrong.end = 12;
    wrong.kind = FactKind::Size;
    wrong.text = "42";
    wrong.supported = false;
    wrong.expected = "38, 39";
    wrong.why = "size 42 is not among the product's sizes (38, 39)";
    check.claims.push_back(wrong);
    return check;
}

CopyAcceptance acceptance(int64_t productId, CopyTarget target, const std::string& text)
{
    CopyAcceptance accept;
    accept.productId = productId;
    accept.target = std::move(target);
    accept.text = text;
    accept.language = CopyLanguage::English;
    accept.style = CopyStyle::PushTitle;
    accept.modelLabel = "copy_lm v1";
    CopySettings settings;
    settings.sampler.seed = 11;
    accept.settingsJson = copySettingsJson(settings, 1, accept.modelLabel);
    accept.check = cleanCheck();
    return accept;
}

} // namespace

OMNI_TEST(accepting_into_a_listing_writes_the_field_and_the_record_together_and_undo_reverses_both)
{
    Store store = tinyShopInMemory();
    ProductRepository products(store.db());
    GeneratedCopyRepository copies(store.db());
    const Listing original = firstListing(store);
    const CopyTarget target = listingField(original, CopyField::Title);
    const int64_t rowsBefore = copies.count();

    const AcceptedCopy accepted = acceptCopy(store, acceptance(original.productId, target, "Navy linen shirt"));
    OMNI_CHECK_EQ(accepted.previousText, original.title);
    const Listing written = *products.findListing(original.productId, original.channelCode);
    OMNI_CHECK_EQ(written.title, std::string("Navy linen shirt"));
    OMNI_CHECK_EQ(written.description, original.description); // only the chosen field moves
    OMNI_CHECK_EQ(written.price, original.price);
    OMNI_CHECK_EQ(written.id, original.id);
    OMNI_CHECK_EQ(copies.count(), rowsBefore + 1);
    const auto record = copies.get(accepted.generatedCopyId);
    OMNI_CHECK(record.has_value());
    OMNI_CHECK(record->channelCode == original.channelCode);
    OMNI_CHECK_EQ(record->field, std::string("title"));
    OMNI_CHECK_EQ(record->style, std::string("push_title"));
    OMNI_CHECK_EQ(record->text, std::string("Navy linen shirt"));
    OMNI_CHECK_EQ(record->previousText, original.title);
    OMNI_CHECK_EQ(record->modelLabel, std::string("copy_lm v1"));
    OMNI_CHECK(record->settingsJson.find("\"seed\":11") != std::string::npos);
    OMNI_CHECK(record->settingsJson.find("\"rank\":1") != std::string::npos);
    OMNI_CHECK(record->factCheckJson.find("\"unsupported\":0") != std::string::npos);
    OMNI_CHECK(record->factCheckJson.find("\"kind\":\"colour\"") != std::string::npos);
    OMNI_CHECK(record->createdAt > 0);

    undoAcceptedCopy(store, accepted);
    OMNI_CHECK_EQ(products.findListing(original.productId, original.channelCode)->title, original.title);
    OMNI_CHECK_EQ(copies.count(), rowsBefore);
    OMNI_CHECK(!copies.get(accepted.generatedCopyId).has_value());

    // Redo: the field still holds what undo left, so it is written again with a new record.
    const AcceptedCopy again =
        acceptCopy(store, acceptance(original.productId, target, "Navy linen shirt"), accepted.previousText);
    OMNI_CHECK_EQ(products.findListing(original.productId, original.channelCode)->title,
                  std::string("Navy linen shirt"));
    OMNI_CHECK_EQ(copies.count(), rowsBefore + 1);
    OMNI_CHECK(again.generatedCopyId != 0);
}

OMNI_TEST(accepting_into_the_canonical_product_uses_the_column_of_the_copy_language)
{
    Store store = tinyShopInMemory();
    ProductRepository products(store.db());
    const Listing listing = firstListing(store);
    const omni::store::Product before = *products.get(listing.productId);
    CopyTarget target;
    target.field = CopyField::Description;
    target.language = CopyLanguage::Chinese;
    CopyAcceptance accept = acceptance(listing.productId, target, "藏青色亚麻衬衫，透气舒适。");
    accept.language = CopyLanguage::Chinese;
    OMNI_CHECK_EQ(targetText(store, listing.productId, target), before.descriptionZh);

    const AcceptedCopy accepted = acceptCopy(store, accept);
    const omni::store::Product after = *products.get(listing.productId);
    OMNI_CHECK_EQ(after.descriptionZh, std::string("藏青色亚麻衬衫，透气舒适。"));
    OMNI_CHECK_EQ(after.descriptionEn, before.descriptionEn);
    OMNI_CHECK_EQ(after.titleZh, before.titleZh);
    OMNI_CHECK(after.attributes == before.attributes);
    const auto record = GeneratedCopyRepository(store.db()).get(accepted.generatedCopyId);
    OMNI_CHECK(record.has_value() && !record->channelCode.has_value());
    OMNI_CHECK_EQ(record->lang, std::string("zh"));

    undoAcceptedCopy(store, accepted);
    OMNI_CHECK_EQ(products.get(listing.productId)->descriptionZh, before.descriptionZh);
}

OMNI_TEST(undo_and_redo_refuse_a_field_edited_meanwhile)
{
    Store store = tinyShopInMemory();
    ProductRepository products(store.db());
    GeneratedCopyRepository copies(store.db());
    const Listing original = firstListing(store);
    const CopyTarget target = listingField(original, CopyField::Description);
    const AcceptedCopy accepted = acceptCopy(store, acceptance(original.productId, target, "Soft navy linen."));

    products.updateListingTitle(original.productId, original.channelCode, original.title); // other field: fine
    Listing edited = *products.findListing(original.productId, original.channelCode);
    edited.description = "Edited by hand";
    products.upsertListing(edited);
    OMNI_CHECK_THROWS_WITH(undoAcceptedCopy(store, accepted), CopyAcceptanceError, "edited after");
    OMNI_CHECK_EQ(products.findListing(original.productId, original.channelCode)->description,
                  std::string("Edited by hand"));
    OMNI_CHECK(copies.get(accepted.generatedCopyId).has_value()); // the record stays with its text

    const int64_t rows = copies.count();
    OMNI_CHECK_THROWS_WITH(acceptCopy(store, acceptance(original.productId, target, "Soft navy linen."),
                                      original.description),
                           CopyAcceptanceError, "edited since");
    OMNI_CHECK_EQ(copies.count(), rows);
}

OMNI_TEST(a_candidate_with_unsupported_claims_is_refused_unless_allowed)
{
    Store store = tinyShopInMemory();
    ProductRepository products(store.db());
    GeneratedCopyRepository copies(store.db());
    const Listing original = firstListing(store);
    const CopyTarget target = listingField(original, CopyField::Title);
    CopyAcceptance accept = acceptance(original.productId, target, "Navy shirt size 42");
    accept.check = checkWithWrongSize();
    const int64_t rows = copies.count();
    OMNI_CHECK_THROWS_WITH(acceptCopy(store, accept), CopyAcceptanceError, "size 42 is not among");
    OMNI_CHECK_EQ(products.findListing(original.productId, original.channelCode)->title, original.title);
    OMNI_CHECK_EQ(copies.count(), rows);

    accept.allowUnsupportedClaims = true;
    const AcceptedCopy accepted = acceptCopy(store, accept);
    const auto record = copies.get(accepted.generatedCopyId);
    OMNI_CHECK(record.has_value());
    OMNI_CHECK(record->factCheckJson.find("\"unsupported\":1") != std::string::npos);
    OMNI_CHECK(record->factCheckJson.find("\"expected\":\"38, 39\"") != std::string::npos);
}

OMNI_TEST(a_failed_write_leaves_neither_text_nor_record)
{
    Store store = tinyShopInMemory();
    ProductRepository products(store.db());
    GeneratedCopyRepository copies(store.db());
    const Listing original = firstListing(store);
    const CopyTarget target = listingField(original, CopyField::Title);
    CopyAcceptance accept = acceptance(original.productId, target, "Navy linen shirt");
    accept.modelId = 987654; // no such model: the record's insert fails after the field was written
    const int64_t rows = copies.count();
    OMNI_CHECK_THROWS(acceptCopy(store, accept), StoreError);
    OMNI_CHECK_EQ(products.findListing(original.productId, original.channelCode)->title, original.title);
    OMNI_CHECK_EQ(copies.count(), rows);

    CopyTarget missing;
    missing.channelCode = "no_such_channel";
    OMNI_CHECK_THROWS(acceptCopy(store, acceptance(original.productId, missing, "x")), std::runtime_error);
    OMNI_CHECK_THROWS_WITH(acceptCopy(store, acceptance(original.productId, target, "")), CopyAcceptanceError,
                           "empty");
}
