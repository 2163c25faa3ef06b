// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog_terms.h"

#include "format.h"
#include "store/sample/catalog_vocabulary.h"

#include <QHash>

namespace omni::ui {

namespace {
QString lookUp(const QHash<QString, const char*>& labels, const QString& code)
{
    const auto found = labels.constFind(code);
    if (found == labels.constEnd())
        return QString(code).replace(QLatin1Char('_'), QLatin1Char(' '));
    return CatalogTerms::tr(*found);
}
} // namespace

QString CatalogTerms::categoryLabel(const QString& category)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("apparel"), QT_TR_NOOP("Apparel")},
        {QStringLiteral("shoes"), QT_TR_NOOP("Shoes")},
        {QStringLiteral("bags"), QT_TR_NOOP("Bags")},
        {QStringLiteral("beauty"), QT_TR_NOOP("Beauty")},
        {QStringLiteral("home"), QT_TR_NOOP("Home")},
        {QStringLiteral("kitchen"), QT_TR_NOOP("Kitchen")},
        {QStringLiteral("electronics"), QT_TR_NOOP("Electronics")},
        {QStringLiteral("sports"), QT_TR_NOOP("Sports and outdoors")},
        {QStringLiteral("baby"), QT_TR_NOOP("Baby")},
        {QStringLiteral("food"), QT_TR_NOOP("Food")},
    };
    return lookUp(labels, category);
}

QString CatalogTerms::attributeLabel(const QString& attribute)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("age_range"), QT_TR_NOOP("Age range")},
        {QStringLiteral("battery"), QT_TR_NOOP("Battery")},
        {QStringLiteral("battery_life"), QT_TR_NOOP("Battery life")},
        {QStringLiteral("bed_size"), QT_TR_NOOP("Bed size")},
        {QStringLiteral("blade_length"), QT_TR_NOOP("Blade length")},
        {QStringLiteral("capacity"), QT_TR_NOOP("Capacity")},
        {QStringLiteral("card_slots"), QT_TR_NOOP("Card slots")},
        {QStringLiteral("colour"), QT_TR_NOOP("Colour")},
        {QStringLiteral("color"), QT_TR_NOOP("Colour")},
        {QStringLiteral("compatible_model"), QT_TR_NOOP("Compatible model")},
        {QStringLiteral("connectivity"), QT_TR_NOOP("Connectivity")},
        {QStringLiteral("diameter"), QT_TR_NOOP("Diameter")},
        {QStringLiteral("dimensions"), QT_TR_NOOP("Dimensions")},
        {QStringLiteral("flavour"), QT_TR_NOOP("Flavour")},
        {QStringLiteral("length"), QT_TR_NOOP("Length")},
        {QStringLiteral("material"), QT_TR_NOOP("Material")},
        {QStringLiteral("net_weight"), QT_TR_NOOP("Net weight")},
        {QStringLiteral("origin"), QT_TR_NOOP("Origin")},
        {QStringLiteral("pieces"), QT_TR_NOOP("Pieces")},
        {QStringLiteral("power"), QT_TR_NOOP("Power")},
        {QStringLiteral("roast"), QT_TR_NOOP("Roast")},
        {QStringLiteral("scent"), QT_TR_NOOP("Scent")},
        {QStringLiteral("shelf_life"), QT_TR_NOOP("Shelf life")},
        {QStringLiteral("size"), QT_TR_NOOP("Size")},
        {QStringLiteral("skin_type"), QT_TR_NOOP("Skin type")},
        {QStringLiteral("thickness"), QT_TR_NOOP("Thickness")},
        {QStringLiteral("volume"), QT_TR_NOOP("Volume")},
        {QStringLiteral("weight"), QT_TR_NOOP("Weight")},
        {QStringLiteral("warranty"), QT_TR_NOOP("Warranty")},
    };
    return lookUp(labels, attribute);
}

QString CatalogTerms::brandLabel(const QString& brand)
{
    if (!chineseActive())
        return brand;
    // English name -> Chinese name, built once from the vocabulary the sample catalogue is made of.
    static const QHash<QString, QString> chinese = [] {
        QHash<QString, QString> names;
        for (const store::sample::CategorySpec& category : store::sample::catalogVocabulary())
            for (const store::sample::Term& term : category.brands)
                names.insert(QString::fromUtf8(term.en), QString::fromUtf8(term.zh));
        return names;
    }();
    return chinese.value(brand, brand);
}

} // namespace omni::ui
