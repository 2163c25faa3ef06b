// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/kb_article_table_model.h"

#include "format.h"
#include "models/roles.h"

namespace omni::ui {

void KbArticleTableModel::setArticles(std::vector<store::KbArticle> articles)
{
    beginResetModel();
    articles_ = std::move(articles);
    endResetModel();
}

int KbArticleTableModel::rowCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? static_cast<int>(articles_.size()) : 0;
}

int KbArticleTableModel::columnCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? ColumnCount : 0;
}

QString KbArticleTableModel::topicLabel(const std::string& topic)
{
    if (topic == "returns")
        return tr("Returns");
    if (topic == "shipping")
        return tr("Shipping");
    if (topic == "sizes")
        return tr("Sizes");
    if (topic == "coupons")
        return tr("Coupons");
    if (topic == "order_status")
        return tr("Order status");
    if (topic == "payment" || topic == "payments")
        return tr("Payment");
    if (topic == "warranty")
        return tr("Warranty");
    if (topic == "membership")
        return tr("Membership");
    if (topic == "store_pickup")
        return tr("Store pickup");
    if (topic == "invoices")
        return tr("Invoices");
    return toQString(topic).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString KbArticleTableModel::languageLabel(const std::string& lang)
{
    if (lang == "en")
        return tr("English");
    if (lang == "zh")
        return tr("Chinese");
    return toQString(lang);
}

QVariant KbArticleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::KbArticle& row = articles_[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Topic:
            return topicLabel(row.topic);
        case Language:
            return languageLabel(row.lang);
        case Title:
            return toQString(row.title);
        }
        return {};
    case RecordIdRole:
        return QVariant::fromValue<qint64>(row.id);
    case SearchTextRole:
        return QStringList{toQString(row.topic), topicLabel(row.topic), toQString(row.title), toQString(row.body)}
            .join(QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant KbArticleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Topic:
        return tr("Topic");
    case Language:
        return tr("Language");
    case Title:
        return tr("Title");
    default:
        return {};
    }
}

} // namespace omni::ui
