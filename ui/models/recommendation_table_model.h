// SPDX-License-Identifier: GPL-3.0-or-later
// A top-K recommendation list: rank, product (title in the UI language, with an icon for its
// category), score, and the reason in the UI language, built from the core's reason kind and the
// products behind it (the core's English sentence is never shown).
#pragma once

#include "models/record_table_model.h"
#include "recsys/recommendation_engine.h"

#include <QHash>
#include <QString>

#include <vector>

namespace omni::ui {

// What the list needs to know about a product beyond the recommendation: its Chinese title,
// category (code, for the icon and the tooltip) and brand (as stored).
struct ProductLabel {
    QString titleZh;
    QString category;
    QString brand;
};

class RecommendationTableModel : public RecordTableModel {
    Q_OBJECT
public:
    enum Column { Rank, Product, Score, Reason, ColumnCount };

    using RecordTableModel::RecordTableModel;

    void setRecommendations(std::vector<recsys::ProductRecommendation> items, QHash<qint64, ProductLabel> labels);
    void clear() { setRecommendations({}, {}); }
    const std::vector<recsys::ProductRecommendation>& items() const { return items_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The reason in the UI language. The short form (for the cell) names the product that weighed
    // most and counts the others, so that it fits a column; the full form (tooltip) names them all.
    QString reasonText(const recsys::ProductRecommendation& item, bool full = true) const;
    QString titleOf(qint64 productId, const std::string& englishTitle) const;
    static QString segmentLabel(const std::string& segment);
    // "SKU · category · brand", the category and brand in the UI language.
    QString productDetails(const recsys::ProductRecommendation& item) const;

private:
    std::vector<recsys::ProductRecommendation> items_;
    QHash<qint64, ProductLabel> labels_;
};

} // namespace omni::ui
