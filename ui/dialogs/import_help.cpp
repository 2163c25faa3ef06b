// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/import_help.h"

#include "format.h"

namespace omni::ui {

namespace {
QStringList splitList(const QString& list)
{
    QStringList items;
    for (const QString& item : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        items << item.trimmed();
    return items;
}
} // namespace

std::optional<ImportHelp::Columns> ImportHelp::parseColumns(const std::string& description)
{
    const QString text = toQString(description);
    const QString prefix = QStringLiteral("Columns: ");
    const QString requiredMark = QStringLiteral(" (required)");
    if (!text.startsWith(prefix))
        return std::nullopt;
    const qsizetype end = text.indexOf(QStringLiteral(". "), prefix.size());
    const QString list = text.mid(prefix.size(), end < 0 ? -1 : end - prefix.size());
    const qsizetype mark = list.indexOf(requiredMark);
    if (mark < 0)
        return std::nullopt;
    Columns columns;
    columns.required = splitList(list.left(mark));
    QString rest = list.mid(mark + requiredMark.size()).trimmed();
    if (rest.startsWith(QLatin1Char(';')) || rest.startsWith(QLatin1Char(',')))
        rest.remove(0, 1);
    columns.optional = splitList(rest);
    return columns;
}

QString ImportHelp::text(io::ImportKind kind)
{
    const std::string description = io::describeImportKind(kind);
    QStringList lines;
    if (kind == io::ImportKind::UserItemSequence) {
        lines << tr("Line layout: user item");
    } else if (const auto columns = parseColumns(description)) {
        lines << tr("Required columns: %1").arg(columns->required.join(QStringLiteral(", ")));
        if (!columns->optional.isEmpty())
            lines << tr("Optional columns: %1").arg(columns->optional.join(QStringLiteral(", ")));
        lines << tr("Times: Unix seconds or ISO 8601 UTC, e.g. 2026-03-01T12:00:00Z.");
    } else {
        return toQString(description); // a shape this dialog does not know: the importer's own words
    }
    lines << QString() << note(kind);
    return lines.join(QLatin1Char('\n'));
}

QString ImportHelp::note(io::ImportKind kind)
{
    switch (kind) {
    case io::ImportKind::Customers:
        return tr("One row per account on a channel. Rows with the same customer_key are one customer; without "
                  "it, each account becomes a customer of its own.");
    case io::ImportKind::Products:
        return tr("New products only: a SKU already in the store is an error. Attributes come as attr_<name> "
                  "columns in CSV, or as an \"attributes\" object in JSON Lines.");
    case io::ImportKind::Listings:
        return tr("Adds or replaces the listing of an existing product on a channel.");
    case io::ImportKind::Events:
        return tr("type is one of view, click, search, add_to_cart, purchase, review. An account the store does "
                  "not know yet becomes a new customer.");
    case io::ImportKind::Orders:
        return tr("One row per order item; rows with the same order_key form one order. The order total is the "
                  "sum of quantity × unit_price.");
    case io::ImportKind::MovieLensRatings:
        return tr("MovieLens ratings.csv: users become customers and movies become products (titles from a "
                  "movies.csv beside the file, if there is one); each rating becomes a review.");
    case io::ImportKind::UserItemSequence:
        return tr("Not CSV: one \"user item\" pair per line, separated by white space, oldest first. Each line "
                  "becomes a purchase.");
    }
    return {};
}

} // namespace omni::ui
