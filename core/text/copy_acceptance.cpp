// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/copy_acceptance.h"

#include "recsys/json_writer.h"
#include "store/generated_copy_repository.h"
#include "store/product_repository.h"

#include <chrono>

namespace omni::text {

namespace {

std::string describe(const CopyTarget& target)
{
    const std::string field = copyFieldCode(target.field);
    if (target.channelCode)
        return "the " + *target.channelCode + " listing's " + field;
    return std::string("the product's ") + (target.language == CopyLanguage::Chinese ? "Chinese " : "English ") + field;
}

std::string& canonicalField(store::Product& product, const CopyTarget& target)
{
    const bool chinese = target.language == CopyLanguage::Chinese;
    if (target.field == CopyField::Title)
        return chinese ? product.titleZh : product.titleEn;
    return chinese ? product.descriptionZh : product.descriptionEn;
}

std::string& listingField(store::Listing& listing, const CopyTarget& target)
{
    return target.field == CopyField::Title ? listing.title : listing.description;
}

// Reads the target's record, lets edit change the field, and writes the record back. Returns the
// field's text before the edit. The caller holds the transaction.
template <typename Edit>
std::string rewriteField(const store::Store& store, int64_t productId, const CopyTarget& target, Edit edit)
{
    store::ProductRepository products(store.db());
    std::optional<store::Product> product = products.get(productId);
    if (!product)
        throw CopyAcceptanceError("there is no product with id " + std::to_string(productId));
    if (target.channelCode) {
        std::optional<store::Listing> listing = products.findListing(productId, *target.channelCode);
        if (!listing)
            throw CopyAcceptanceError(product->sku + " has no listing on channel " + *target.channelCode);
        std::string& field = listingField(*listing, target);
        std::string previous = field;
        if (edit(field, product->sku))
            products.upsertListing(*listing);
        return previous;
    }
    std::string& field = canonicalField(*product, target);
    std::string previous = field;
    if (edit(field, product->sku))
        products.update(*product);
    return previous;
}

int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

const char* copyFieldCode(CopyField field)
{
    return field == CopyField::Title ? "title" : "description";
}

std::string targetText(const store::Store& store, int64_t productId, const CopyTarget& target)
{
    return rewriteField(store, productId, target, [](std::string&, const std::string&) { return false; });
}

AcceptedCopy acceptCopy(const store::Store& store, const CopyAcceptance& acceptance,
                        const std::optional<std::string>& expectedCurrent)
{
    if (acceptance.text.empty())
        throw CopyAcceptanceError("the candidate is empty; there is nothing to accept");
    if (!acceptance.check.clean() && !acceptance.allowUnsupportedClaims) {
        const int count = acceptance.check.unsupportedCount();
        std::string first;
        for (const Claim& claim : acceptance.check.claims)
            if (!claim.supported) {
                first = claim.why.empty() ? "\"" + claim.text + "\"" : claim.why;
                break;
            }
        throw CopyAcceptanceError("the candidate makes " + std::to_string(count) + " unsupported claim"
                                  + (count == 1 ? "" : "s") + " (" + first + "); it cannot be accepted");
    }

    store::Transaction transaction(store.db());
    AcceptedCopy accepted;
    accepted.productId = acceptance.productId;
    accepted.target = acceptance.target;
    accepted.text = acceptance.text;
    accepted.previousText = rewriteField(store, acceptance.productId, acceptance.target,
                                         [&](std::string& field, const std::string& sku) {
                                             if (expectedCurrent && field != *expectedCurrent)
                                                 throw CopyAcceptanceError(
                                                     describe(acceptance.target) + " of " + sku
                                                     + " was edited since; the copy was not written again");
                                             field = acceptance.text;
                                             return true;
                                         });

    store::GeneratedCopy record;
    record.productId = acceptance.productId;
    record.channelCode = acceptance.target.channelCode;
    record.field = copyFieldCode(acceptance.target.field);
    record.lang = languageCode(acceptance.language);
    record.style = styleCode(acceptance.style);
    record.text = acceptance.text;
    record.previousText = accepted.previousText;
    record.modelId = acceptance.modelId;
    record.modelLabel = acceptance.modelLabel;
    record.settingsJson = acceptance.settingsJson.empty() ? "{}" : acceptance.settingsJson;
    record.factCheckJson = factCheckJson(acceptance.check);
    record.createdAt = nowSeconds();
    accepted.generatedCopyId = store::GeneratedCopyRepository(store.db()).insert(record);
    transaction.commit();
    return accepted;
}

void undoAcceptedCopy(const store::Store& store, const AcceptedCopy& accepted)
{
    store::Transaction transaction(store.db());
    rewriteField(store, accepted.productId, accepted.target, [&](std::string& field, const std::string& sku) {
        if (field != accepted.text)
            throw CopyAcceptanceError(describe(accepted.target) + " of " + sku
                                      + " was edited after the copy was accepted; undoing would overwrite that edit");
        field = accepted.previousText;
        return true;
    });
    store::GeneratedCopyRepository(store.db()).remove(accepted.generatedCopyId);
    transaction.commit();
}

std::string copySettingsJson(const CopySettings& settings, int candidateRank, const std::string& modelLabel)
{
    recsys::JsonWriter json(false);
    json.beginObject();
    json.key("style").value(styleCode(settings.style));
    json.key("language").value(languageCode(settings.language));
    json.key("tone").value(toneCode(settings.tone));
    json.key("candidates").value(settings.candidates);
    json.key("max_tokens").value(settings.maxTokens);
    json.key("temperature").value(static_cast<double>(settings.sampler.temperature));
    json.key("top_k").value(settings.sampler.topK);
    json.key("top_p").value(static_cast<double>(settings.sampler.topP));
    json.key("repetition_penalty").value(static_cast<double>(settings.sampler.repetitionPenalty));
    json.key("seed").value(static_cast<int64_t>(settings.sampler.seed));
    json.key("number_guard").value(settings.guardNumbers);
    json.key("rank").value(candidateRank);
    json.key("model").value(modelLabel);
    json.endObject();
    return json.text();
}

std::string factCheckJson(const FactCheck& check)
{
    recsys::JsonWriter json(false);
    json.beginObject();
    json.key("unsupported").value(check.unsupportedCount());
    json.key("claims").beginArray();
    for (const Claim& claim : check.claims) {
        json.beginObject();
        json.key("kind").value(factKindCode(claim.kind));
        json.key("text").value(claim.text);
        json.key("begin").value(static_cast<int64_t>(claim.begin));
        json.key("end").value(static_cast<int64_t>(claim.end));
        json.key("supported").value(claim.supported);
        if (!claim.expected.empty())
            json.key("expected").value(claim.expected);
        if (!claim.why.empty())
            json.key("why").value(claim.why);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.text();
}

} // namespace omni::text
