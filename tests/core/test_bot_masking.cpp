// SPDX-License-Identifier: GPL-3.0-or-later
// maskPersonalData: phone numbers (Chinese mobiles in every way people write them, other formats),
// e-mail addresses and street addresses (English and Chinese) are masked in logs and exports, while
// order numbers, SKUs, dates and amounts stay readable.
#include "check.h"

#include "dialogue/bot.h"

#include <string>

using omni::dialogue::maskPersonalData;

OMNI_TEST(masking_chinese_mobiles_in_every_format)
{
    OMNI_CHECK_EQ(maskPersonalData("call 13812345678"), std::string("call 138****5678"));
    OMNI_CHECK_EQ(maskPersonalData("电话138 1234 5678谢谢"), std::string("电话138****5678谢谢"));
    OMNI_CHECK_EQ(maskPersonalData("138-1234-5678"), std::string("138****5678"));
    OMNI_CHECK_EQ(maskPersonalData("+86 138 1234 5678"), std::string("+86 138****5678"));
    OMNI_CHECK_EQ(maskPersonalData("+8613812345678"), std::string("+86 138****5678"));
}

OMNI_TEST(masking_other_phone_formats)
{
    OMNI_CHECK_EQ(maskPersonalData("office 021-6234 5678"), std::string("office ***-**** 5678"));
    OMNI_CHECK_EQ(maskPersonalData("+1 (415) 555-0100"), std::string("+* (***) ***-0100"));
    OMNI_CHECK_EQ(maskPersonalData("+44 20 7946 0958."), std::string("+** ** **** 0958."));
}

OMNI_TEST(masking_email_addresses)
{
    OMNI_CHECK_EQ(maskPersonalData("mail me at lina.shopper@example.com."), std::string("mail me at l***@example.com."));
    OMNI_CHECK_EQ(maskPersonalData("邮箱a_b@qq.com"), std::string("邮箱a***@qq.com"));
}

OMNI_TEST(masking_street_addresses_in_english)
{
    OMNI_CHECK_EQ(maskPersonalData("I live at 12 Nanjing Road, Shanghai"), std::string("I live at [address], Shanghai"));
    OMNI_CHECK_EQ(maskPersonalData("send it to Apt 5, 88 West Huaihai Rd. please"),
                  std::string("send it to [address] please"));
    OMNI_CHECK_EQ(maskPersonalData("Room 1203"), std::string("[address]"));
}

OMNI_TEST(masking_street_addresses_in_chinese)
{
    OMNI_CHECK_EQ(maskPersonalData("我住在南京路12号"), std::string("我住在[address]"));
    OMNI_CHECK_EQ(maskPersonalData("寄到上海市浦东新区阳光小区3栋2单元501室，谢谢"), std::string("寄到[address]，谢谢"));
    OMNI_CHECK_EQ(maskPersonalData("地址：人民路88号"), std::string("地址：[address]"));
}

OMNI_TEST(masking_keeps_order_numbers_dates_amounts_and_skus)
{
    const std::string text = "Order SO260403000001 of 2026-09-28, 199.00 CNY, AP-000001 x2, 3 items, qty 12";
    OMNI_CHECK_EQ(maskPersonalData(text), text);
    const std::string zh = "订单SO260403000001，2026年9月28日，共199.00元，2件";
    OMNI_CHECK_EQ(maskPersonalData(zh), zh);
    // The bot's which-order list: an amount, then words up to "way" (a street suffix) across commas.
    const std::string list = "2. SO260403000002 of 2026-09-28, 169.00 CNY, shipped, on its way";
    OMNI_CHECK_EQ(maskPersonalData(list), list);
    OMNI_CHECK_EQ(maskPersonalData("3 items, sent our way"), std::string("3 items, sent our way"));
}
