// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/category_icon.h"

#include "models/catalog_terms.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace omni::ui {

namespace {

// Distinct, readable under white text; the known categories get fixed ones so that a colour keeps
// its meaning from list to list.
QColor colourOf(const QString& category)
{
    static const QHash<QString, QColor> known = {
        {QStringLiteral("apparel"), QColor(0x8e, 0x44, 0xad)},  {QStringLiteral("shoes"), QColor(0x6d, 0x4c, 0x41)},
        {QStringLiteral("bags"), QColor(0xa0, 0x52, 0x2d)},     {QStringLiteral("beauty"), QColor(0xc2, 0x18, 0x5b)},
        {QStringLiteral("home"), QColor(0x00, 0x79, 0x6b)},     {QStringLiteral("kitchen"), QColor(0xe6, 0x51, 0x00)},
        {QStringLiteral("electronics"), QColor(0x15, 0x65, 0xc0)}, {QStringLiteral("sports"), QColor(0x2e, 0x7d, 0x32)},
        {QStringLiteral("baby"), QColor(0x00, 0x83, 0x8f)},     {QStringLiteral("food"), QColor(0xad, 0x14, 0x57)},
    };
    if (const auto found = known.constFind(category); found != known.constEnd())
        return *found;
    return QColor::fromHsv(static_cast<int>(qHash(category) % 360), 160, 150);
}

QPixmap badge(const QString& category, const QString& label, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colourOf(category));
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1.0, size - 1.0), size * 0.22, size * 0.22);
    QFont font = painter.font();
    font.setPixelSize(static_cast<int>(size * 0.62));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, label.left(1).toUpper());
    return pixmap;
}

} // namespace

QIcon categoryIcon(const QString& category)
{
    const QString label = CatalogTerms::categoryLabel(category);
    // Keyed by the label too: a language change draws new badges.
    static QHash<QString, QIcon> cache;
    const QString key = category + QLatin1Char('\n') + label;
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return *found;
    QIcon icon;
    for (const int size : {16, 24, 32, 48})
        icon.addPixmap(badge(category, label.isEmpty() ? QStringLiteral("?") : label, size));
    cache.insert(key, icon);
    return icon;
}

} // namespace omni::ui
