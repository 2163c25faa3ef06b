// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sample/people_vocabulary.h"

#include <vector>

namespace omni::store::sample {

namespace {

struct Name {
    const char* hanzi;
    const char* pinyin;
};

struct Weighted {
    const char* text;
    double weight;
};

// The most common surnames first, weighted roughly by how common they are.
const std::vector<Name> kSurnames = { { "王", "wang" }, { "李", "li" }, { "张", "zhang" }, { "刘", "liu" },
    { "陈", "chen" }, { "杨", "yang" }, { "黄", "huang" }, { "赵", "zhao" }, { "吴", "wu" }, { "周", "zhou" },
    { "徐", "xu" }, { "孙", "sun" }, { "马", "ma" }, { "朱", "zhu" }, { "胡", "hu" }, { "郭", "guo" }, { "何", "he" },
    { "林", "lin" }, { "罗", "luo" }, { "高", "gao" }, { "郑", "zheng" }, { "梁", "liang" }, { "谢", "xie" },
    { "宋", "song" }, { "唐", "tang" }, { "韩", "han" }, { "冯", "feng" }, { "邓", "deng" }, { "曹", "cao" },
    { "彭", "peng" }, { "曾", "zeng" }, { "田", "tian" }, { "董", "dong" }, { "潘", "pan" }, { "袁", "yuan" },
    { "蔡", "cai" }, { "蒋", "jiang" }, { "余", "yu" }, { "叶", "ye" }, { "苏", "su" } };
const std::vector<Name> kGivenNames = { { "伟", "wei" }, { "芳", "fang" }, { "娜", "na" }, { "敏", "min" },
    { "静", "jing" }, { "丽", "li" }, { "强", "qiang" }, { "磊", "lei" }, { "洋", "yang" }, { "艳", "yan" },
    { "勇", "yong" }, { "军", "jun" }, { "杰", "jie" }, { "涛", "tao" }, { "明", "ming" }, { "超", "chao" },
    { "霞", "xia" }, { "晨", "chen" }, { "欣怡", "xinyi" }, { "梓涵", "zihan" }, { "子轩", "zixuan" },
    { "浩然", "haoran" }, { "雨桐", "yutong" }, { "思琪", "siqi" }, { "宇航", "yuhang" }, { "佳怡", "jiayi" },
    { "诗涵", "shihan" }, { "一诺", "yinuo" }, { "俊杰", "junjie" }, { "文博", "wenbo" }, { "晓燕", "xiaoyan" },
    { "婷婷", "tingting" }, { "丹", "dan" }, { "鹏", "peng" }, { "辉", "hui" }, { "琳", "lin" }, { "雪", "xue" },
    { "萌", "meng" }, { "露", "lu" }, { "建华", "jianhua" }, { "志强", "zhiqiang" }, { "秀英", "xiuying" },
    { "嘉欣", "jiaxin" }, { "昊天", "haotian" }, { "若曦", "ruoxi" } };
const std::vector<const char*> kEnglishFirstNames = { "Emily", "James", "Olivia", "Daniel", "Sophie", "Michael",
    "Chloe", "David", "Hannah", "Lucas", "Grace", "Thomas", "Mia", "Benjamin", "Charlotte", "Ethan", "Amelia", "Ryan",
    "Isabella", "Jack", "Lily", "Noah", "Ella", "Oliver", "Zoe", "Liam", "Anna", "Max", "Sarah", "Leo", "Kevin",
    "Vivian", "Jason", "Cindy", "Eric", "Tina", "Tony", "Coco", "Jenny", "Alex" };
const std::vector<const char*> kEnglishSurnames = { "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans",
    "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Harris", "Martin", "Clarke", "Lewis", "Lee",
    "Nguyen", "Tan", "Lim", "Wong", "Kim", "Mueller", "Schmidt", "Rossi", "Dubois", "Garcia", "Silva", "Carter" };

const std::vector<Weighted> kChineseCities = { { "上海", 12 }, { "北京", 11 }, { "深圳", 9 }, { "广州", 8 },
    { "杭州", 7 }, { "成都", 6 }, { "南京", 5 }, { "武汉", 5 }, { "苏州", 4 }, { "重庆", 4 }, { "西安", 4 },
    { "天津", 3 }, { "长沙", 3 }, { "厦门", 3 }, { "青岛", 3 }, { "郑州", 2 }, { "宁波", 2 }, { "合肥", 2 },
    { "昆明", 2 }, { "沈阳", 2 }, { "东莞", 2 }, { "大连", 1.5 }, { "福州", 1.5 }, { "济南", 1.5 }, { "佛山", 1.5 } };
const std::vector<Weighted> kForeignCities = { { "Singapore", 6 }, { "Hong Kong", 5 }, { "Kuala Lumpur", 3 },
    { "London", 3 }, { "New York", 3 }, { "Sydney", 3 }, { "Vancouver", 2 }, { "Toronto", 2 }, { "Tokyo", 2 },
    { "Los Angeles", 2 }, { "Melbourne", 2 }, { "Berlin", 1 }, { "Paris", 1 } };

const char* weightedPick(Rng& rng, const std::vector<Weighted>& items)
{
    double total = 0;
    for (const Weighted& item : items)
        total += item.weight;
    double target = rng.uniform() * total;
    for (const Weighted& item : items) {
        target -= item.weight;
        if (target < 0)
            return item.text;
    }
    return items.back().text;
}

// Surnames are drawn with a Zipf-like weight so Wang, Li and Zhang dominate as they do in China.
const Name& drawSurname(Rng& rng)
{
    static const WeightedTable table = [] {
        WeightedTable weights;
        for (size_t i = 0; i < kSurnames.size(); ++i)
            weights.add(1.0 / (static_cast<double>(i) + 1.5));
        return weights;
    }();
    return kSurnames[table.draw(rng)];
}

std::string lower(std::string text)
{
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

std::string capitalised(const char* text)
{
    std::string result = text;
    if (!result.empty() && result[0] >= 'a' && result[0] <= 'z')
        result[0] = static_cast<char>(result[0] - 'a' + 'A');
    return result;
}

std::string digits(Rng& rng, int count)
{
    std::string text;
    for (int i = 0; i < count; ++i)
        text += static_cast<char>('0' + rng.below(10));
    return text;
}

} // namespace

Origin drawOrigin(Rng& rng)
{
    const double draw = rng.uniform();
    if (draw < 0.74)
        return Origin::Chinese;
    if (draw < 0.84)
        return Origin::ChineseEnglish;
    if (draw < 0.89)
        return Origin::Overseas;
    return Origin::International;
}

Person drawPerson(Rng& rng, Origin origin)
{
    Person person;
    person.origin = origin;
    switch (origin) {
    case Origin::Chinese: {
        const Name& surname = drawSurname(rng);
        const Name& given = rng.pick(kGivenNames);
        person.name = std::string(surname.hanzi) + given.hanzi;
        person.handleStem = given.pinyin;
        person.familyStem = surname.pinyin;
        break;
    }
    case Origin::ChineseEnglish: {
        const Name& surname = drawSurname(rng);
        const char* first = rng.pick(kEnglishFirstNames);
        person.name = std::string(first) + " " + capitalised(surname.pinyin);
        person.handleStem = lower(first);
        person.familyStem = surname.pinyin;
        break;
    }
    case Origin::Overseas: {
        const Name& surname = drawSurname(rng);
        const Name& given = rng.pick(kGivenNames);
        person.name = capitalised(surname.pinyin) + " " + capitalised(given.pinyin);
        person.handleStem = given.pinyin;
        person.familyStem = surname.pinyin;
        break;
    }
    case Origin::International: {
        const char* first = rng.pick(kEnglishFirstNames);
        const char* last = rng.pick(kEnglishSurnames);
        person.name = std::string(first) + " " + last;
        person.handleStem = lower(first);
        person.familyStem = lower(last);
        break;
    }
    }
    return person;
}

std::string drawCity(Rng& rng, Origin origin)
{
    // Many international customers live in China; the rest order from abroad.
    const bool abroad
        = (origin == Origin::International && rng.chance(0.65)) || (origin == Origin::Overseas && rng.chance(0.8));
    return weightedPick(rng, abroad ? kForeignCities : kChineseCities);
}

std::string drawEmail(Rng& rng, const Person& person)
{
    const bool chinese = person.origin == Origin::Chinese || person.origin == Origin::ChineseEnglish;
    if (chinese && rng.chance(0.35)) // QQ mail addresses are the QQ number
        return std::to_string(rng.between(10000000, 3999999999LL)) + "@qq.com";
    static const std::vector<Weighted> chineseDomains = { { "163.com", 5 }, { "126.com", 2 }, { "foxmail.com", 2 },
        { "sina.com", 1 }, { "outlook.com", 1 }, { "gmail.com", 1 } };
    static const std::vector<Weighted> otherDomains
        = { { "gmail.com", 6 }, { "outlook.com", 3 }, { "yahoo.com", 1 }, { "icloud.com", 2 }, { "hotmail.com", 1 } };
    std::string local;
    switch (rng.below(3)) {
    case 0:
        local = person.handleStem + "." + person.familyStem;
        break;
    case 1:
        local = person.handleStem + person.familyStem + digits(rng, 2);
        break;
    default:
        local = person.familyStem + person.handleStem + std::to_string(rng.between(1975, 2006));
        break;
    }
    return local + "@" + weightedPick(rng, chinese ? chineseDomains : otherDomains);
}

std::string drawPhone(Rng& rng, Origin origin)
{
    if (origin == Origin::International && rng.chance(0.55)) {
        // Numbers as their owners write them at home: Singapore, UK, US, Australia, Hong Kong.
        switch (rng.below(5)) {
        case 0:
            return "+65 9" + digits(rng, 3) + " " + digits(rng, 4);
        case 1:
            return "+44 7700 9" + digits(rng, 5);
        case 2:
            return "+1 646 555 " + digits(rng, 4);
        case 3:
            return "+61 4" + digits(rng, 2) + " " + digits(rng, 3) + " " + digits(rng, 3);
        default:
            return "+852 9" + digits(rng, 3) + " " + digits(rng, 4);
        }
    }
    static const std::vector<const char*> prefixes = { "138", "139", "137", "136", "135", "158", "159", "150", "151",
        "186", "187", "188", "189", "180", "181", "177", "176", "199", "198", "166", "152", "183" };
    return std::string(rng.pick(prefixes)) + digits(rng, 8);
}

} // namespace omni::store::sample
