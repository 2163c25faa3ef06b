// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sample/catalog_vocabulary.h"

#include <map>
#include <utility>

namespace omni::store::sample {

namespace {

// Values that read the same in both languages: sizes, measures with units.
std::vector<Term> same(std::initializer_list<const char*> values)
{
    std::vector<Term> terms;
    for (const char* value : values)
        terms.push_back({ value, value });
    return terms;
}

const Term kNone { "", "" };
const Term kMen { "Men's ", "男士" };
const Term kWomen { "Women's ", "女士" };
const Term kKids { "Kids' ", "儿童" };
const Term kUnisex { "Unisex ", "男女同款" };

const std::vector<Term> kBasicColours = { { "black", "黑色" }, { "white", "白色" }, { "grey", "灰色" },
    { "navy", "藏青色" }, { "beige", "米色" }, { "khaki", "卡其色" } };
const std::vector<Term> kBrightColours = { { "red", "红色" }, { "pink", "粉色" }, { "blue", "蓝色" },
    { "green", "绿色" }, { "yellow", "黄色" }, { "purple", "紫色" } };
const std::vector<Term> kEarthColours = { { "brown", "棕色" }, { "olive", "橄榄绿" }, { "burgundy", "酒红色" } };
const std::vector<Term> kTechColours = { { "black", "黑色" }, { "white", "白色" }, { "silver", "银色" },
    { "blue", "蓝色" }, { "pink", "粉色" }, { "green", "绿色" } };

std::vector<Term> join(std::initializer_list<std::vector<Term>> lists)
{
    std::vector<Term> all;
    for (const auto& list : lists)
        all.insert(all.end(), list.begin(), list.end());
    return all;
}

AttributeSpec colours(std::vector<Term> values)
{
    return { "colour", std::move(values) };
}
AttributeSpec materials(std::vector<Term> values)
{
    return { "material", std::move(values) };
}

std::vector<CategorySpec> buildVocabulary()
{
    const auto wardrobe = join({ kBasicColours, kEarthColours });
    const auto everyColour = join({ kBasicColours, kBrightColours, kEarthColours });
    const AttributeSpec adultSizes { "size", same({ "S/M/L/XL", "S/M/L/XL/XXL", "XS/S/M/L/XL" }) };
    const AttributeSpec shelfLife { "shelf_life",
        { { "6 months", "6个月" }, { "12 months", "12个月" }, { "18 months", "18个月" } } };

    std::vector<CategorySpec> categories;

    categories.push_back({ "apparel", "AP", 0.20, 0.11,
        { { "Hemu", "禾木" }, { "Lanxi", "蓝溪" }, { "Urbanleaf", "城叶" }, { "Qingshan", "青衫" },
            { "Northfold", "北折" } },
        {
            { { "Crew-neck T-shirt", "圆领T恤" }, kMen, 59, 169, "material", "colour",
                { materials({ { "cotton", "纯棉" }, { "modal", "莫代尔" }, { "cotton-linen", "棉麻" } }),
                    colours(everyColour), adultSizes },
                { "A soft everyday basic that goes with everything.", "百搭基础款，日常穿着舒适。" },
                { { "t-shirt", "T恤" }, { "men's t-shirt", "男士T恤" }, { "cotton tee", "纯棉T恤" } }, false },
            { { "Shirt Dress", "衬衫连衣裙" }, kWomen, 199, 499, "material", "colour",
                { materials({ { "cotton", "纯棉" }, { "linen", "亚麻" }, { "chiffon", "雪纺" } }), colours(everyColour),
                    AttributeSpec { "size", same({ "XS/S/M/L/XL", "S/M/L/XL" }) } },
                { "Easy to wear from the office to the weekend.", "通勤休闲皆宜，一衣多穿。" },
                { { "dress", "连衣裙" }, { "shirt dress", "衬衫裙" }, { "summer dress", "夏季连衣裙" } }, false },
            { { "Slim-fit Jeans", "修身牛仔裤" }, kMen, 199, 429, nullptr, "colour",
                { materials({ { "stretch denim", "弹力牛仔布" }, { "cotton denim", "纯棉牛仔布" } }),
                    colours(
                        { { "blue", "蓝色" }, { "light blue", "浅蓝色" }, { "black", "黑色" }, { "grey", "灰色" } }),
                    AttributeSpec { "size", same({ "28-36", "29-38" }) } },
                { "A clean, modern cut for every day.", "简约利落的版型，日常百搭。" },
                { { "jeans", "牛仔裤" }, { "slim jeans", "修身牛仔裤" } }, false },
            { { "Knit Cardigan", "针织开衫" }, kWomen, 199, 899, "material", "colour",
                { materials({ { "wool", "羊毛" }, { "cashmere", "羊绒" }, { "cotton", "纯棉" } }), colours(wardrobe),
                    adultSizes },
                { "A light layer for cool mornings and air-conditioned rooms.", "早晚微凉或空调房里的轻薄外搭。" },
                { { "cardigan", "开衫" }, { "knitwear", "针织衫" } }, false },
            { { "Hoodie", "连帽卫衣" }, kUnisex, 149, 359, "material", "colour",
                { materials({ { "cotton", "纯棉" }, { "fleece", "摇粒绒" }, { "polyester", "聚酯纤维" } }),
                    colours(everyColour), AttributeSpec { "size", same({ "S/M/L/XL/XXL", "M/L/XL/XXL/XXXL" }) } },
                { "Relaxed fit with a roomy hood and front pocket.", "宽松版型，连帽设计，前置口袋。" },
                { { "hoodie", "卫衣" }, { "sweatshirt", "连帽卫衣" } }, false },
            { { "Down Jacket", "羽绒服" }, kMen, 499, 1599, nullptr, "colour",
                { materials({ { "duck down", "白鸭绒" }, { "goose down", "白鹅绒" } }), colours(wardrobe),
                    AttributeSpec { "size", same({ "M/L/XL/XXL/XXXL", "S/M/L/XL/XXL" }) } },
                { "Warm without the bulk for the coldest days.", "轻盈保暖，寒冬出行无压力。" },
                { { "down jacket", "羽绒服" }, { "winter coat", "冬季外套" } }, false },
            { { "Pleated Skirt", "百褶半身裙" }, kWomen, 129, 299, "material", "colour",
                { materials({ { "polyester", "聚酯纤维" }, { "chiffon", "雪纺" } }), colours(everyColour),
                    AttributeSpec { "size", same({ "XS/S/M/L", "S/M/L/XL" }) } },
                { "Flows as you move.", "行走间自然飘逸。" }, { { "skirt", "半身裙" }, { "pleated skirt", "百褶裙" } },
                false },
            { { "Pyjama Set", "睡衣套装" }, kKids, 79, 169, "material", "colour",
                { materials({ { "cotton", "纯棉" }, { "modal", "莫代尔" } }),
                    colours(join({ kBrightColours, { { "white", "白色" } } })),
                    AttributeSpec { "size", same({ "100/110/120/130 cm", "110/120/130/140 cm" }) } },
                { "Soft and breathable for a good night's sleep.", "柔软透气，一夜好眠。" },
                { { "kids pyjamas", "儿童睡衣" }, { "pyjamas", "睡衣" } }, false },
        } });

    categories.push_back({ "shoes", "SH", 0.10, 0.09,
        { { "Bujian", "步简" }, { "Feather Run", "羽跑" }, { "Terrafoot", "地行" }, { "Mianmian", "棉眠" } },
        {
            { { "Running Shoes", "跑步鞋" }, kMen, 299, 899, nullptr, "colour",
                { materials({ { "mesh", "网布" }, { "knit fabric", "飞织" } }), colours(kTechColours),
                    AttributeSpec { "size", same({ "EU 39-45", "EU 40-46" }) } },
                { "Cushioned and light for daily runs.", "轻量缓震，适合日常跑步。" },
                { { "running shoes", "跑步鞋" }, { "sneakers", "运动鞋" } }, false },
            { { "Running Shoes", "跑步鞋" }, kWomen, 299, 899, nullptr, "colour",
                { materials({ { "mesh", "网布" }, { "knit fabric", "飞织" } }), colours(kTechColours),
                    AttributeSpec { "size", same({ "EU 35-40", "EU 36-41" }) } },
                { "Cushioned and light for daily runs.", "轻量缓震，适合日常跑步。" },
                { { "women's running shoes", "女士跑鞋" }, { "sneakers", "运动鞋" } }, false },
            { { "Canvas Sneakers", "帆布鞋" }, kWomen, 99, 259, nullptr, "colour",
                { materials({ { "canvas", "帆布" } }), colours(join({ kBasicColours, kBrightColours })),
                    AttributeSpec { "size", same({ "EU 35-40", "EU 35-39" }) } },
                { "A classic low-top that goes with jeans and dresses alike.", "经典低帮款，牛仔裤和裙装都好搭。" },
                { { "canvas shoes", "帆布鞋" }, { "white sneakers", "小白鞋" } }, false },
            { { "Leather Loafers", "真皮乐福鞋" }, kMen, 399, 999, nullptr, "colour",
                { materials({ { "cowhide leather", "头层牛皮" } }),
                    colours({ { "black", "黑色" }, { "brown", "棕色" }, { "burgundy", "酒红色" } }),
                    AttributeSpec { "size", same({ "EU 38-44", "EU 39-45" }) } },
                { "Slip-on comfort with a smart finish.", "一脚蹬设计，舒适又得体。" },
                { { "loafers", "乐福鞋" }, { "leather shoes", "皮鞋" } }, false },
            { { "Ankle Boots", "短靴" }, kWomen, 359, 899, "material", "colour",
                { materials({ { "suede", "麂皮" }, { "cowhide leather", "头层牛皮" } }),
                    colours(join({ kEarthColours, { { "black", "黑色" }, { "beige", "米色" } } })),
                    AttributeSpec { "size", same({ "EU 35-40", "EU 35-39" }) } },
                { "A low block heel you can walk in all day.", "粗跟低跟，久走不累。" },
                { { "ankle boots", "短靴" }, { "boots", "靴子" } }, false },
            { { "Slippers", "拖鞋" }, kUnisex, 29, 89, nullptr, "colour",
                { materials({ { "EVA", "EVA" } }), colours(join({ kBasicColours, kBrightColours })),
                    AttributeSpec { "size", same({ "EU 36-45", "EU 36-44" }) } },
                { "Soft, quiet and quick to dry.", "柔软静音，速干防滑。" },
                { { "slippers", "拖鞋" }, { "home slippers", "居家拖鞋" } }, false },
            { { "Light-up Sneakers", "发光运动鞋" }, kKids, 129, 259, nullptr, "colour",
                { materials({ { "mesh", "网布" } }), colours(kBrightColours),
                    AttributeSpec { "size", same({ "EU 26-35", "EU 24-33" }) } },
                { "Soles that light up with every step.", "每一步都会发光的鞋底。" },
                { { "kids shoes", "童鞋" }, { "light-up shoes", "发光鞋" } }, false },
        } });

    categories.push_back(
        { "bags", "BG", 0.06, 0.04, { { "Roamly", "漫游" }, { "Yanbei", "雁北" }, { "Paperkite", "纸鸢" } },
            {
                { { "Laptop Backpack", "电脑双肩包" }, kNone, 159, 459, nullptr, "colour",
                    { materials({ { "nylon", "尼龙" }, { "polyester", "聚酯纤维" } }), colours(kBasicColours),
                        AttributeSpec { "capacity", same({ "20 L", "25 L", "30 L" }) } },
                    { "A padded sleeve keeps your laptop safe on the commute.", "内置电脑隔层，通勤更安心。" },
                    { { "backpack", "双肩包" }, { "laptop bag", "电脑包" } }, false },
                { { "Leather Tote", "真皮托特包" }, kWomen, 399, 1299, nullptr, "colour",
                    { materials({ { "cowhide leather", "头层牛皮" } }), colours(join({ kBasicColours, kEarthColours })),
                        AttributeSpec { "capacity", same({ "12 L", "15 L" }) } },
                    { "Room for a laptop, a lunch box and an umbrella.", "电脑、饭盒、雨伞都装得下。" },
                    { { "tote bag", "托特包" }, { "handbag", "手提包" } }, false },
                { { "Canvas Shoulder Bag", "帆布单肩包" }, kNone, 59, 169, nullptr, "colour",
                    { materials({ { "canvas", "帆布" } }), colours(join({ kBasicColours, kBrightColours })),
                        AttributeSpec { "capacity", same({ "8 L", "10 L", "12 L" }) } },
                    { "Light, roomy and easy to carry.", "轻便大容量，随手一拎。" },
                    { { "canvas bag", "帆布包" }, { "shoulder bag", "单肩包" } }, false },
                { { "20-inch Carry-on Suitcase", "20寸登机箱" }, kNone, 399, 999, nullptr, "colour",
                    { materials({ { "polycarbonate", "PC" }, { "aluminium-magnesium alloy", "铝镁合金" } }),
                        colours(join({ kBasicColours, { { "silver", "银色" } } })),
                        AttributeSpec { "capacity", same({ "35 L", "38 L" }) } },
                    { "Fits most airlines' cabin limits.", "符合多数航空公司登机尺寸。" },
                    { { "suitcase", "行李箱" }, { "carry-on", "登机箱" } }, false },
                { { "Crossbody Phone Bag", "斜挎手机包" }, kWomen, 69, 199, nullptr, "colour",
                    { materials({ { "nylon", "尼龙" }, { "PU leather", "PU皮" } }), colours(everyColour),
                        AttributeSpec { "capacity", same({ "1 L", "1.5 L" }) } },
                    { "Hands free for phone, keys and cards.", "手机钥匙卡包一起装，解放双手。" },
                    { { "crossbody bag", "斜挎包" }, { "phone bag", "手机包" } }, false },
                { { "Leather Wallet", "真皮钱包" }, kMen, 99, 399, nullptr, "colour",
                    { materials({ { "cowhide leather", "头层牛皮" } }),
                        colours({ { "black", "黑色" }, { "brown", "棕色" }, { "navy", "藏青色" } }),
                        AttributeSpec { "card_slots", same({ "6", "8", "12" }) } },
                    { "Slim enough for a front pocket.", "轻薄小巧，可放前袋。" },
                    { { "wallet", "钱包" }, { "leather wallet", "真皮钱包" } }, false },
            } });

    const AttributeSpec skinTypes { "skin_type",
        { { "all skin types", "所有肤质" }, { "dry skin", "干性肌肤" }, { "oily skin", "油性肌肤" },
            { "sensitive skin", "敏感肌" } } };
    categories.push_back({ "beauty", "BT", 0.13, 0.02,
        { { "Yunshang", "云裳" }, { "Mistwell", "雾泉" }, { "Lotus Lab", "莲研" }, { "Chuxue", "初雪" } },
        {
            { { "Hydrating Toner", "补水爽肤水" }, kNone, 79, 259, nullptr, "volume",
                { AttributeSpec { "volume", same({ "150 ml", "200 ml" }) }, skinTypes },
                { "Apply after cleansing, morning and night.", "洁面后早晚使用。" },
                { { "toner", "爽肤水" }, { "hydrating toner", "补水爽肤水" } }, true },
            { { "Vitamin C Serum", "维C精华液" }, kNone, 129, 399, nullptr, "volume",
                { AttributeSpec { "volume", same({ "30 ml", "50 ml" }) }, skinTypes },
                { "A few drops after toner, before moisturiser.", "爽肤水后、面霜前取适量使用。" },
                { { "serum", "精华" }, { "vitamin c serum", "维C精华" } }, true },
            { { "Sunscreen SPF50+", "防晒霜SPF50+" }, kNone, 69, 199, nullptr, "volume",
                { AttributeSpec { "volume", same({ "40 ml", "50 ml", "60 ml" }) }, skinTypes },
                { "Reapply every two hours outdoors.", "户外每两小时补涂一次。" },
                { { "sunscreen", "防晒霜" }, { "spf50", "防晒" } }, true },
            { { "Matte Lipstick", "哑光口红" }, kNone, 99, 299, nullptr, "colour",
                { colours({ { "ruby red", "正红色" }, { "coral", "珊瑚色" }, { "nude pink", "裸粉色" },
                      { "brick red", "砖红色" } }),
                    AttributeSpec { "weight", same({ "3.5 g", "3.8 g" }) } },
                { "Rich colour in one swipe.", "一抹显色。" },
                { { "lipstick", "口红" }, { "matte lipstick", "哑光口红" } }, true },
            { { "Amino Acid Cleanser", "氨基酸洁面乳" }, kNone, 49, 139, nullptr, "volume",
                { AttributeSpec { "volume", same({ "100 ml", "120 ml" }) }, skinTypes },
                { "A gentle lather that rinses off clean.", "泡沫绵密，温和易冲洗。" },
                { { "cleanser", "洗面奶" }, { "face wash", "洁面" } }, true },
            { { "Sheet Mask, 10 pcs", "面膜10片装" }, kNone, 59, 159, nullptr, nullptr,
                { AttributeSpec { "pieces", same({ "10" }) }, skinTypes },
                { "Leave on for fifteen minutes, two or three times a week.", "每周两三次，每次敷十五分钟。" },
                { { "face mask", "面膜" }, { "sheet mask", "贴片面膜" } }, true },
            { { "Hand Cream", "护手霜" }, kNone, 29, 89, nullptr, "volume",
                { AttributeSpec { "volume", same({ "30 ml", "50 ml", "75 ml" }) },
                    AttributeSpec {
                        "scent", { { "rose", "玫瑰" }, { "cherry blossom", "樱花" }, { "unscented", "无香" } } } },
                { "Absorbs quickly without a greasy feel.", "吸收快，不油腻。" }, { { "hand cream", "护手霜" } },
                true },
        } });

    categories.push_back({ "home", "HM", 0.08, 0.04,
        { { "Muju", "木居" }, { "Softnest", "柔巢" }, { "Linyu", "林语" } },
        {
            { { "Duvet Cover Set", "四件套" }, kNone, 199, 699, "material", "colour",
                { materials({ { "cotton", "纯棉" }, { "long-staple cotton", "长绒棉" }, { "tencel", "天丝" } }),
                    colours(join({ kBasicColours, { { "pink", "粉色" }, { "green", "绿色" } } })),
                    AttributeSpec { "bed_size", { { "1.5 m bed", "1.5米床" }, { "1.8 m bed", "1.8米床" } } } },
                { "Includes a duvet cover, a flat sheet and two pillowcases.", "含被套、床单和两个枕套。" },
                { { "bedding set", "四件套" }, { "duvet cover", "被套" } }, false },
            { { "Memory Foam Pillow", "记忆棉枕头" }, kNone, 99, 299, nullptr, nullptr,
                { AttributeSpec { "dimensions", same({ "60 x 40 cm", "60 x 35 cm" }) },
                    materials({ { "memory foam", "记忆棉" } }) },
                { "Contoured to support the neck.", "贴合颈部曲线。" },
                { { "pillow", "枕头" }, { "memory foam pillow", "记忆枕" } }, false },
            { { "Blackout Curtains", "遮光窗帘" }, kNone, 129, 399, nullptr, "colour",
                { materials({ { "polyester", "聚酯纤维" } }), colours(join({ kBasicColours, { { "green", "绿色" } } })),
                    AttributeSpec { "dimensions", same({ "200 x 250 cm", "150 x 270 cm", "300 x 270 cm" }) } },
                { "Keeps the morning light out.", "清晨也能安睡。" },
                { { "curtains", "窗帘" }, { "blackout curtains", "遮光窗帘" } }, false },
            { { "Scented Candle", "香薰蜡烛" }, kNone, 59, 189, "scent", nullptr,
                { AttributeSpec {
                      "scent", { { "lavender", "薰衣草" }, { "sandalwood", "檀香" }, { "grapefruit", "西柚" } } },
                    AttributeSpec { "weight", same({ "200 g", "300 g" }) } },
                { "Burns evenly for a calm evening.", "燃烧均匀，营造安静夜晚。" },
                { { "candle", "蜡烛" }, { "scented candle", "香薰蜡烛" } }, true },
            { { "Bath Towel", "浴巾" }, kNone, 49, 139, "material", "colour",
                { materials({ { "cotton", "纯棉" }, { "long-staple cotton", "长绒棉" } }),
                    colours(join({ kBasicColours, kBrightColours })),
                    AttributeSpec { "dimensions", same({ "70 x 140 cm", "80 x 160 cm" }) } },
                { "Thick, absorbent and soft after every wash.", "厚实吸水，越洗越软。" },
                { { "towel", "毛巾" }, { "bath towel", "浴巾" } }, false },
            { { "Storage Box", "收纳箱" }, kNone, 39, 129, nullptr, "capacity",
                { materials({ { "polypropylene", "聚丙烯" } }),
                    AttributeSpec { "capacity", same({ "30 L", "45 L", "60 L" }) },
                    colours({ { "white", "白色" }, { "grey", "灰色" }, { "beige", "米色" } }) },
                { "Stacks neatly under the bed or in a wardrobe.", "可叠放，床底衣柜都适用。" },
                { { "storage box", "收纳箱" }, { "organiser", "收纳" } }, false },
        } });

    categories.push_back({ "kitchen", "KT", 0.08, 0.03,
        { { "Ember & Oak", "橡火" }, { "Qiaochu", "巧厨" }, { "Steelby", "钢贝" } },
        {
            { { "Non-stick Frying Pan", "不粘煎锅" }, kNone, 129, 399, nullptr, "diameter",
                { materials({ { "aluminium", "铝合金" }, { "cast iron", "铸铁" } }),
                    AttributeSpec { "diameter", same({ "24 cm", "28 cm", "30 cm" }) } },
                { "Works on gas and induction hobs.", "燃气灶、电磁炉通用。" },
                { { "frying pan", "煎锅" }, { "non-stick pan", "不粘锅" } }, false },
            { { "Electric Kettle", "电热水壶" }, kNone, 99, 259, nullptr, "capacity",
                { materials({ { "stainless steel", "304不锈钢" } }),
                    AttributeSpec { "capacity", same({ "1.5 L", "1.7 L" }) },
                    AttributeSpec { "power", same({ "1500 W", "1800 W" }) } },
                { "Boils fast and switches itself off.", "快速烧水，自动断电。" },
                { { "kettle", "电水壶" }, { "electric kettle", "电热水壶" } }, false },
            { { "Rice Cooker", "电饭煲" }, kNone, 299, 899, nullptr, "capacity",
                { AttributeSpec { "capacity", same({ "3 L", "4 L", "5 L" }) },
                    AttributeSpec { "power", same({ "700 W", "860 W" }) } },
                { "Keeps rice warm until dinner is ready.", "自动保温，开饭正好。" }, { { "rice cooker", "电饭煲" } },
                false },
            { { "Chef's Knife", "主厨刀" }, kNone, 99, 499, "material", "blade_length",
                { materials({ { "German steel", "德国钢" }, { "Damascus steel", "大马士革钢" } }),
                    AttributeSpec { "blade_length", same({ "20 cm", "21 cm" }) } },
                { "Balanced for slicing, dicing and chopping.", "切片、切丁、剁都顺手。" },
                { { "kitchen knife", "菜刀" }, { "chef knife", "主厨刀" } }, false },
            { { "Vacuum Flask", "保温杯" }, kNone, 69, 199, nullptr, "colour",
                { materials({ { "stainless steel", "304不锈钢" } }),
                    AttributeSpec { "capacity", same({ "350 ml", "500 ml" }) }, colours(kTechColours) },
                { "Keeps drinks hot for hours.", "长效保温。" },
                { { "thermos", "保温杯" }, { "vacuum flask", "保温杯" } }, false },
            { { "Glass Food Containers, 3 pcs", "玻璃保鲜盒3件套" }, kNone, 59, 159, nullptr, nullptr,
                { materials({ { "borosilicate glass", "高硼硅玻璃" } }), AttributeSpec { "pieces", same({ "3" }) } },
                { "Microwave and dishwasher safe.", "可微波加热，可洗碗机清洗。" },
                { { "food containers", "保鲜盒" }, { "lunch box", "饭盒" } }, false },
            { { "Air Fryer", "空气炸锅" }, kNone, 299, 699, nullptr, "capacity",
                { AttributeSpec { "capacity", same({ "4 L", "5.5 L" }) },
                    AttributeSpec { "power", same({ "1350 W", "1500 W" }) },
                    colours({ { "black", "黑色" }, { "white", "白色" } }) },
                { "Crispy results with little or no oil.", "少油甚至无油，也能酥脆。" },
                { { "air fryer", "空气炸锅" } }, false },
        } });

    categories.push_back({ "electronics", "EL", 0.10, 0.05,
        { { "Voltix", "伏特" }, { "Shengbo", "声波" }, { "Pulselink", "脉联" }, { "Nimbus", "云朵" } },
        {
            { { "Noise-cancelling Wireless Earbuds", "无线降噪耳机" }, kNone, 199, 899, nullptr, "colour",
                { colours({ { "black", "黑色" }, { "white", "白色" }, { "blue", "蓝色" } }),
                    AttributeSpec { "battery_life", same({ "24 h", "30 h", "36 h" }) },
                    AttributeSpec { "connectivity", same({ "Bluetooth 5.3", "Bluetooth 5.4" }) } },
                { "Quiet commutes and clear calls.", "通勤更安静，通话更清晰。" },
                { { "earbuds", "蓝牙耳机" }, { "noise cancelling earphones", "降噪耳机" } }, false },
            { { "Power Bank", "充电宝" }, kNone, 79, 259, nullptr, "battery",
                { AttributeSpec { "battery", same({ "10000 mAh", "20000 mAh" }) },
                    AttributeSpec { "power", same({ "22.5 W", "30 W" }) }, colours(kTechColours) },
                { "Charges a phone several times over.", "可为手机多次充电。" },
                { { "power bank", "充电宝" }, { "portable charger", "移动电源" } }, false },
            { { "USB-C Fast Charger", "USB-C快充充电器" }, kNone, 49, 199, nullptr, "power",
                { AttributeSpec { "power", same({ "20 W", "33 W", "65 W" }) },
                    colours({ { "white", "白色" }, { "black", "黑色" } }) },
                { "Small enough for a coat pocket.", "小巧便携，放进口袋也不占地方。" },
                { { "charger", "充电器" }, { "fast charger", "快充头" } }, false },
            { { "Braided USB-C Cable", "编织数据线" }, kNone, 19, 69, nullptr, "length",
                { AttributeSpec { "length", same({ "1 m", "1.5 m", "2 m" }) }, colours(kTechColours) },
                { "A braided jacket that resists kinks.", "编织线身，耐弯折。" },
                { { "usb c cable", "数据线" }, { "charging cable", "充电线" } }, false },
            { { "Phone Case", "手机壳" }, kNone, 29, 99, nullptr, "colour",
                { materials({ { "silicone", "液态硅胶" }, { "TPU", "TPU" } }),
                    colours(join({ kTechColours, kBrightColours })),
                    AttributeSpec {
                        "compatible_model", same({ "iPhone 15", "iPhone 16", "Huawei Mate 60", "Xiaomi 14" }) } },
                { "Raised edges protect the screen and camera.", "加高边框，保护屏幕和镜头。" },
                { { "phone case", "手机壳" }, { "iphone case", "苹果手机壳" } }, false },
            { { "Bluetooth Speaker", "蓝牙音箱" }, kNone, 149, 599, nullptr, "colour",
                { colours({ { "black", "黑色" }, { "blue", "蓝色" }, { "red", "红色" }, { "green", "绿色" } }),
                    AttributeSpec { "battery_life", same({ "12 h", "20 h" }) },
                    AttributeSpec { "connectivity", same({ "Bluetooth 5.3" }) } },
                { "Big sound for picnics and parties.", "野餐聚会，声音饱满。" },
                { { "bluetooth speaker", "蓝牙音箱" }, { "speaker", "音箱" } }, false },
        } });

    categories.push_back(
        { "sports", "SP", 0.08, 0.04, { { "Peakway", "峰途" }, { "Tiaoyue", "跳跃" }, { "Coreform", "核力" } },
            {
                { { "Yoga Mat", "瑜伽垫" }, kNone, 69, 259, "material", "colour",
                    { materials({ { "TPE", "TPE" }, { "NBR", "NBR" } }),
                        colours(join({ kBrightColours, { { "grey", "灰色" }, { "black", "黑色" } } })),
                        AttributeSpec { "thickness", same({ "6 mm", "8 mm", "10 mm" }) } },
                    { "Grippy on both sides for a steady practice.", "双面防滑，练习更稳。" },
                    { { "yoga mat", "瑜伽垫" }, { "exercise mat", "健身垫" } }, false },
                { { "Adjustable Dumbbells", "可调节哑铃" }, kNone, 199, 699, nullptr, "weight",
                    { AttributeSpec { "weight", same({ "10 kg", "20 kg", "30 kg" }) },
                        materials({ { "cast iron", "铸铁" } }) },
                    { "Change the load in seconds.", "几秒即可调节重量。" },
                    { { "dumbbells", "哑铃" }, { "home gym", "家用健身" } }, false },
                { { "Skipping Rope", "跳绳" }, kNone, 29, 89, nullptr, "colour",
                    { colours(kBrightColours), AttributeSpec { "length", same({ "2.8 m", "3 m" }) } },
                    { "Ball bearings for a smooth, fast spin.", "轴承设计，转动顺滑。" },
                    { { "jump rope", "跳绳" }, { "skipping rope", "跳绳" } }, false },
                { { "Quick-dry Running Shorts", "速干跑步短裤" }, kMen, 79, 199, nullptr, "colour",
                    { materials({ { "polyester", "聚酯纤维" } }),
                        colours(join({ kBasicColours, { { "blue", "蓝色" } } })), adultSizes },
                    { "Light and breathable for warm-weather runs.", "轻薄透气，夏日跑步更清爽。" },
                    { { "running shorts", "跑步短裤" }, { "sports shorts", "运动短裤" } }, false },
                { { "Sports Bra", "运动内衣" }, kWomen, 99, 259, nullptr, "colour",
                    { materials({ { "nylon-spandex", "锦纶氨纶" } }),
                        colours(join({ kBasicColours, { { "pink", "粉色" }, { "purple", "紫色" } } })),
                        AttributeSpec { "size", same({ "S/M/L", "S/M/L/XL" }) } },
                    { "Medium support for gym and running.", "中等支撑，健身跑步都适合。" },
                    { { "sports bra", "运动内衣" } }, false },
                { { "Badminton Racket", "羽毛球拍" }, kNone, 159, 699, "material", "colour",
                    { materials({ { "carbon fibre", "碳纤维" } }),
                        colours({ { "black", "黑色" }, { "blue", "蓝色" }, { "red", "红色" }, { "white", "白色" } }),
                        AttributeSpec { "weight", same({ "80 g", "84 g", "88 g" }) } },
                    { "Head-light balance for quick defence.", "头轻设计，防守灵活。" },
                    { { "badminton racket", "羽毛球拍" } }, false },
                { { "Sports Water Bottle", "运动水壶" }, kNone, 39, 119, nullptr, "capacity",
                    { materials({ { "Tritan", "Tritan" } }),
                        AttributeSpec { "capacity", same({ "600 ml", "750 ml", "1 L" }) }, colours(kTechColours) },
                    { "Leak-proof lid, one-hand opening.", "防漏杯盖，单手开合。" },
                    { { "water bottle", "水杯" }, { "sports bottle", "运动水壶" } }, false },
            } });

    categories.push_back({ "baby", "BB", 0.06, 0.02,
        { { "Xiaodou", "小豆" }, { "Little Cloud", "小云朵" }, { "Bebeleaf", "贝叶" } },
        {
            { { "Diapers", "纸尿裤" }, kNone, 89, 199, nullptr, "size",
                { AttributeSpec { "size", same({ "NB", "S", "M", "L", "XL" }) },
                    AttributeSpec { "pieces", same({ "52", "62", "84" }) } },
                { "Soft, breathable and leak-guarded.", "柔软透气，防侧漏。" },
                { { "diapers", "纸尿裤" }, { "nappies", "尿不湿" } }, true },
            { { "Cotton Bodysuit", "纯棉连体衣" }, kNone, 59, 149, nullptr, "colour",
                { materials({ { "cotton", "纯棉" } }),
                    colours({ { "white", "白色" }, { "pink", "粉色" }, { "blue", "蓝色" }, { "yellow", "黄色" } }),
                    AttributeSpec { "age_range",
                        { { "0-6 months", "0-6个月" }, { "6-12 months", "6-12个月" },
                            { "12-18 months", "12-18个月" } } } },
                { "Snap buttons for quick changes.", "按扣设计，换尿布更方便。" },
                { { "baby bodysuit", "婴儿连体衣" }, { "baby clothes", "宝宝衣服" } }, false },
            { { "Glass Feeding Bottle", "玻璃奶瓶" }, kNone, 59, 159, nullptr, "capacity",
                { materials({ { "borosilicate glass", "高硼硅玻璃" } }),
                    AttributeSpec { "capacity", same({ "160 ml", "240 ml" }) } },
                { "Wide neck for easy cleaning.", "宽口径，清洗方便。" },
                { { "baby bottle", "奶瓶" }, { "feeding bottle", "奶瓶" } }, false },
            { { "Baby Wipes, 6 packs", "婴儿湿巾6包装" }, kNone, 39, 89, nullptr, nullptr,
                { AttributeSpec { "pieces", same({ "480", "600" }) } },
                { "Fragrance-free and gentle on skin.", "无香配方，温和不刺激。" },
                { { "baby wipes", "婴儿湿巾" }, { "wet wipes", "湿巾" } }, true },
            { { "Lightweight Stroller", "轻便婴儿推车" }, kNone, 699, 2499, nullptr, "colour",
                { AttributeSpec { "weight", same({ "5.8 kg", "6.5 kg", "7.2 kg" }) },
                    colours({ { "grey", "灰色" }, { "black", "黑色" }, { "khaki", "卡其色" } }),
                    AttributeSpec { "age_range", { { "0-36 months", "0-36个月" }, { "6-36 months", "6-36个月" } } } },
                { "Folds with one hand.", "单手即可收车。" }, { { "stroller", "婴儿推车" }, { "pram", "推车" } },
                false },
            { { "Silicone Teether", "硅胶牙胶" }, kNone, 29, 69, nullptr, "colour",
                { materials({ { "food-grade silicone", "食品级硅胶" } }),
                    colours({ { "green", "绿色" }, { "pink", "粉色" }, { "blue", "蓝色" } }),
                    AttributeSpec { "age_range", { { "3 months+", "3个月以上" } } } },
                { "Easy for small hands to hold.", "宝宝小手容易抓握。" }, { { "teether", "牙胶" } }, false },
        } });

    categories.push_back({ "food", "FD", 0.11, 0.01,
        { { "Shanye", "山野" }, { "Tianyuan", "田园" }, { "Jiangnan Pantry", "江南食坊" } },
        {
            { { "Arabica Coffee Beans", "阿拉比卡咖啡豆" }, kNone, 69, 189, "origin", "net_weight",
                { AttributeSpec {
                      "origin", { { "Yunnan", "云南" }, { "Ethiopia", "埃塞俄比亚" }, { "Colombia", "哥伦比亚" } } },
                    AttributeSpec { "net_weight", same({ "250 g", "500 g" }) },
                    AttributeSpec { "roast", { { "medium", "中度烘焙" }, { "dark", "深度烘焙" } } }, shelfLife },
                { "Roasted in small batches.", "小批量烘焙。" }, { { "coffee beans", "咖啡豆" }, { "coffee", "咖啡" } },
                true },
            { { "Oolong Tea", "乌龙茶" }, kNone, 89, 399, "origin", "net_weight",
                { AttributeSpec { "origin", { { "Anxi", "安溪" }, { "Wuyi Mountains", "武夷山" } } },
                    AttributeSpec { "net_weight", same({ "250 g", "500 g" }) }, shelfLife },
                { "Brew at 95 degrees for a fragrant cup.", "95度水冲泡，香气四溢。" },
                { { "oolong tea", "乌龙茶" }, { "tea", "茶叶" } }, true },
            { { "Daily Mixed Nuts", "每日坚果" }, kNone, 79, 169, nullptr, "net_weight",
                { AttributeSpec { "net_weight", same({ "750 g", "525 g" }) },
                    AttributeSpec { "pieces", same({ "30", "21" }) }, shelfLife },
                { "One small pack a day.", "每天一小包。" }, { { "mixed nuts", "坚果" }, { "daily nuts", "每日坚果" } },
                true },
            { { "Dried Mango", "芒果干" }, kNone, 19, 49, "origin", "net_weight",
                { AttributeSpec {
                      "origin", { { "Philippines", "菲律宾" }, { "Yunnan", "云南" }, { "Hainan", "海南" } } },
                    AttributeSpec { "net_weight", same({ "100 g", "200 g" }) }, shelfLife },
                { "Chewy, sweet and tangy.", "软糯酸甜。" }, { { "dried mango", "芒果干" }, { "dried fruit", "果干" } },
                true },
            { { "Wildflower Honey", "野生土蜂蜜" }, kNone, 59, 159, "origin", "net_weight",
                { AttributeSpec { "origin", { { "Qinling Mountains", "秦岭" }, { "Changbai Mountains", "长白山" } } },
                    AttributeSpec { "net_weight", same({ "500 g", "1 kg" }) }, shelfLife },
                { "Stir into warm water or tea.", "可用温水或茶冲调。" }, { { "honey", "蜂蜜" } }, true },
            { { "Extra Virgin Olive Oil", "特级初榨橄榄油" }, kNone, 79, 199, "origin", "volume",
                { AttributeSpec { "origin", { { "Spain", "西班牙" }, { "Italy", "意大利" }, { "Greece", "希腊" } } },
                    AttributeSpec { "volume", same({ "500 ml", "750 ml", "1 L" }) }, shelfLife },
                { "Cold-pressed, for salads and gentle cooking.", "冷压榨取，适合凉拌和低温烹饪。" },
                { { "olive oil", "橄榄油" } }, true },
            { { "Spicy Beef Noodles, 5 packs", "红烧牛肉面5连包" }, kNone, 19, 39, nullptr, nullptr,
                { AttributeSpec { "flavour", { { "spicy beef", "红烧牛肉" }, { "pickled cabbage", "老坛酸菜" } } },
                    AttributeSpec { "net_weight", same({ "525 g", "600 g" }) }, shelfLife },
                { "Ready in three minutes.", "三分钟即食。" },
                { { "instant noodles", "方便面" }, { "noodles", "泡面" } }, true },
        } });

    return categories;
}

} // namespace

const std::vector<CategorySpec>& catalogVocabulary()
{
    static const std::vector<CategorySpec> vocabulary = buildVocabulary();
    return vocabulary;
}

const std::vector<Term>& seriesNames()
{
    static const std::vector<Term> series = { { "Classic", "经典系列" }, { "Urban", "都市系列" },
        { "Lite", "轻盈系列" }, { "Pro", "专业系列" }, { "Essential", "基础系列" }, { "Daily", "日常系列" },
        { "Cloud", "云感系列" }, { "Nova", "新星系列" }, { "Heritage", "传承系列" }, { "Studio", "工作室系列" } };
    return series;
}

Term attributeLabel(const std::string& name)
{
    static const std::map<std::string, Term> labels = {
        { "colour", { "Colour", "颜色" } },
        { "material", { "Material", "材质" } },
        { "size", { "Sizes", "尺码" } },
        { "capacity", { "Capacity", "容量" } },
        { "volume", { "Volume", "净含量" } },
        { "weight", { "Weight", "重量" } },
        { "net_weight", { "Net weight", "净含量" } },
        { "dimensions", { "Dimensions", "尺寸" } },
        { "bed_size", { "Bed size", "适用床型" } },
        { "skin_type", { "Skin type", "适用肤质" } },
        { "scent", { "Scent", "香型" } },
        { "power", { "Power", "功率" } },
        { "diameter", { "Diameter", "直径" } },
        { "blade_length", { "Blade length", "刀刃长度" } },
        { "battery", { "Battery", "电池容量" } },
        { "battery_life", { "Battery life", "续航时间" } },
        { "connectivity", { "Connectivity", "连接方式" } },
        { "length", { "Length", "长度" } },
        { "compatible_model", { "Fits", "适用机型" } },
        { "thickness", { "Thickness", "厚度" } },
        { "pieces", { "Pieces", "数量" } },
        { "age_range", { "Age", "适用年龄" } },
        { "origin", { "Origin", "产地" } },
        { "roast", { "Roast", "烘焙程度" } },
        { "shelf_life", { "Shelf life", "保质期" } },
        { "flavour", { "Flavour", "口味" } },
        { "card_slots", { "Card slots", "卡位" } },
    };
    const auto found = labels.find(name);
    return found != labels.end() ? found->second : Term { "", "" };
}

std::string chineseValue(const std::string& attribute, const std::string& englishValue)
{
    static const std::map<std::pair<std::string, std::string>, std::string> translations = [] {
        std::map<std::pair<std::string, std::string>, std::string> map;
        for (const CategorySpec& category : catalogVocabulary())
            for (const ProductTypeSpec& type : category.types)
                for (const AttributeSpec& spec : type.attributes)
                    for (const Term& value : spec.values)
                        map.emplace(std::make_pair(std::string(spec.name), std::string(value.en)), value.zh);
        return map;
    }();
    const auto found = translations.find({ attribute, englishValue });
    return found != translations.end() ? found->second : englishValue;
}

const std::vector<Term>& allColours()
{
    static const std::vector<Term> colours = join({ kBasicColours, kBrightColours, kEarthColours });
    return colours;
}

} // namespace omni::store::sample
