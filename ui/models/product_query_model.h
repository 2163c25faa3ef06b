// SPDX-License-Identifier: GPL-3.0-or-later
// The Products table over a catalogue of any size: rows come from store::ProductSearch one page at
// a time, off the GUI thread. The first page arrives with the total; the view asks for more
// (canFetchMore / fetchMore) as the user scrolls near the end. Sorting a column and changing the
// filter run a new query in SQLite instead of sorting or filtering rows here.
#pragma once

#include "models/product_table_model.h"
#include "store/product_query.h"

#include <QElapsedTimer>
#include <QString>

namespace omni::ui {

class ProductQueryModel : public ProductTableModel {
    Q_OBJECT
public:
    explicit ProductQueryModel(QObject* parent = nullptr);

    // Empty: no store; the rows are cleared. Otherwise the current query is loaded from it.
    void setStorePath(const QString& storePath);
    // Filter values of query (sort, offset and limit are the model's own); loads from the start.
    void setFilter(const store::ProductQuery& filter);
    const store::ProductQuery& query() const { return query_; }
    // Loads the same query again, as many rows as are loaded now (after a write).
    void reload();
    void clear();

    void setPageSize(int rows) { pageSize_ = rows; }
    int pageSize() const { return pageSize_; }
    // Every product matching the filter; -1 until the first page is in.
    qint64 totalCount() const { return total_; }
    bool isLoading() const { return fetching_; }
    // How long the last page took from request to rows on screen, in milliseconds.
    qint64 lastLoadMs() const { return lastLoadMs_; }
    // The row showing productId among the loaded rows, or -1.
    int rowOfProduct(qint64 productId) const;

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    // A new query's first rows (and total) are in; rows appended later do not emit it.
    void loaded();
    void loadFailed(const QString& error);
    void moreLoaded();

private:
    void load(qint64 offset, qint64 limit, bool replace);

    QString storePath_;
    store::ProductQuery query_;
    int pageSize_ = 200;
    qint64 total_ = -1;
    bool fetching_ = false;
    quint64 generation_ = 0; // answers to older queries are dropped
    QElapsedTimer clock_;
    qint64 lastLoadMs_ = 0;
};

} // namespace omni::ui
