// SPDX-License-Identifier: GPL-3.0-or-later
// NumberGuard: a number the copy writes is one of the record's, digit by digit — extending,
// closing and the decimal point are judged against the record's numbers; tokens that would make
// another number are banned, and the copy may not end inside a number.
#include "check.h"

#include "text/bpe_tokenizer.h"
#include "text/number_guard.h"

#include <algorithm>

using namespace omni::text;

namespace {

BpeTokenizer tinyTokenizer()
{
    return BpeTokenizer::train({"Volume: 5.5 L. Power: 1350 W. Price 169. Size 50 ml.", "0123456789 . , L W ml"}, 300,
                               {"<|endoftext|>"});
}

const std::vector<std::string> kRecord = {"Kettle 5.5 L, 1350 W", "Volume: 50 ml", "169.00"};

bool banned(const std::vector<TokenId>& ids, TokenId id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

} // namespace

OMNI_TEST(record_numbers_are_collected_with_their_decimals)
{
    const BpeTokenizer tokenizer = tinyTokenizer();
    const NumberGuard guard(tokenizer, kRecord);
    const std::vector<std::string> expected = {"1350", "169.00", "5.5", "50"};
    OMNI_CHECK(guard.allowedNumbers() == expected);
}

OMNI_TEST(numbers_are_judged_as_they_are_written)
{
    const BpeTokenizer tokenizer = tinyTokenizer();
    const NumberGuard guard(tokenizer, kRecord);
    OMNI_CHECK(guard.allows("Volume: ", "5"));       // may become 5.5 or 50
    OMNI_CHECK(guard.allows("Volume: 5", "."));      // towards 5.5
    OMNI_CHECK(guard.allows("Volume: 5.", "5"));
    OMNI_CHECK(guard.allows("Volume: 5.5", " L"));   // 5.5 is the record's
    OMNI_CHECK(!guard.allows("Volume: 5", " L"));    // 5 L is not
    OMNI_CHECK(!guard.allows("Volume: 5.", " L"));   // nor "5." read as 5 and a full stop
    OMNI_CHECK(!guard.allows("Volume: 5", "5"));     // 55 starts no record number
    OMNI_CHECK(guard.allows("Power: 13", "5"));
    OMNI_CHECK(!guard.allows("Power: 135", " W"));   // the small model's slip: 135 W for 1350 W
    OMNI_CHECK(guard.allows("Power: 1350", " W"));
    OMNI_CHECK(!guard.allows("Price ", "7"));
    OMNI_CHECK(guard.allows("Price 169", ".00"));
    OMNI_CHECK(guard.allows("Kettle", " with a lid"));  // no number involved
    OMNI_CHECK(!guard.allows("", "12 cups"));           // a number inside one token is judged too
}

OMNI_TEST(copy_may_not_end_inside_a_number)
{
    const BpeTokenizer tokenizer = tinyTokenizer();
    const NumberGuard guard(tokenizer, kRecord);
    OMNI_CHECK(guard.numberIncomplete("Power: 13"));
    OMNI_CHECK(!guard.numberIncomplete("Power: 1350"));
    OMNI_CHECK(!guard.numberIncomplete("Size 50."));
    OMNI_CHECK(!guard.numberIncomplete("No numbers here"));
}

OMNI_TEST(banned_tokens_follow_the_open_number)
{
    const BpeTokenizer tokenizer = tinyTokenizer();
    const NumberGuard guard(tokenizer, kRecord);
    const TokenId zero = tokenizer.encode("0").front();
    const TokenId five = tokenizer.encode("5").front();
    const TokenId seven = tokenizer.encode("7").front();
    const TokenId point = tokenizer.encode(".").front();
    const TokenId space = tokenizer.encode(" ").front();

    std::vector<TokenId> ids;
    guard.addBanned("Volume: 5", ids);
    OMNI_CHECK(!banned(ids, zero));  // 50
    OMNI_CHECK(!banned(ids, point)); // 5.5
    OMNI_CHECK(banned(ids, five));   // 55
    OMNI_CHECK(banned(ids, seven));
    OMNI_CHECK(banned(ids, space));  // 5 alone is no record number

    ids.clear();
    guard.addBanned("Volume: 50", ids);
    OMNI_CHECK(!banned(ids, space)); // 50 is complete
    OMNI_CHECK(banned(ids, zero));

    ids.clear();
    guard.addBanned("A kettle", ids);
    OMNI_CHECK(!banned(ids, space));
    OMNI_CHECK(!banned(ids, five) && !banned(ids, tokenizer.encode("1").front()));
    OMNI_CHECK(banned(ids, seven)); // no record number starts with 7
    OMNI_CHECK(banned(ids, zero));  // nor with 0
}
