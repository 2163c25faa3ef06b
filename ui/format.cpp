// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace omni::ui {

QString toQString(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString formatCount(int64_t value)
{
    return QLocale().toString(static_cast<qlonglong>(value));
}

QString formatPrice(double value)
{
    return QLocale().toString(value, 'f', 2);
}

QString formatPriceRange(double low, double high)
{
    if (formatPrice(low) == formatPrice(high))
        return formatPrice(low);
    return formatPrice(low) + QStringLiteral(" – ") + formatPrice(high);
}

QString formatDateTime(int64_t unixSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(unixSeconds).toLocalTime(), QLocale::ShortFormat);
}

QString formatDay(int64_t daysSinceEpoch)
{
    return QLocale().toString(QDate(1970, 1, 1).addDays(daysSinceEpoch), QLocale::ShortFormat);
}

bool chineseActive()
{
    return QLocale().language() == QLocale::Chinese;
}

QString productTitle(const store::Product& product)
{
    if (chineseActive() && !product.titleZh.empty())
        return toQString(product.titleZh);
    return toQString(product.titleEn);
}

} // namespace omni::ui
