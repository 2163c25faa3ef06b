// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/product_query_model.h"

#include "format.h"
#include "models/roles.h"
#include "workers/store_query.h"

#include <QFutureWatcher>

#include <algorithm>

namespace omni::ui {

namespace {
store::ProductQuery::SortColumn sortColumnFor(int column)
{
    using Sort = store::ProductQuery::SortColumn;
    switch (column) {
    case ProductTableModel::Sku:
        return Sort::Sku;
    case ProductTableModel::Title:
        return Sort::Title;
    case ProductTableModel::Category:
        return Sort::Category;
    case ProductTableModel::Brand:
        return Sort::Brand;
    case ProductTableModel::Price:
        return Sort::Price;
    case ProductTableModel::Listings:
        return Sort::Listings;
    case ProductTableModel::PriceRange:
        return Sort::PriceRange;
    default:
        return Sort::Id;
    }
}
} // namespace

ProductQueryModel::ProductQueryModel(QObject* parent) : ProductTableModel(parent) {}

void ProductQueryModel::setStorePath(const QString& storePath)
{
    storePath_ = storePath;
    if (storePath_.isEmpty())
        clear();
    else
        load(0, pageSize_, true);
}

void ProductQueryModel::setFilter(const store::ProductQuery& filter)
{
    query_.text = filter.text;
    query_.category = filter.category;
    query_.brand = filter.brand;
    query_.channelCode = filter.channelCode;
    query_.listingStatus = filter.listingStatus;
    if (!storePath_.isEmpty())
        load(0, pageSize_, true);
}

void ProductQueryModel::reload()
{
    if (!storePath_.isEmpty())
        load(0, std::max<qint64>(pageSize_, rowCount()), true);
}

void ProductQueryModel::clear()
{
    ++generation_;
    fetching_ = false;
    total_ = -1;
    setProducts({});
}

int ProductQueryModel::rowOfProduct(qint64 productId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (product(row).product.id == productId)
            return row;
    }
    return -1;
}

bool ProductQueryModel::canFetchMore(const QModelIndex& parent) const
{
    return isRoot(parent) && !fetching_ && total_ > rowCount();
}

void ProductQueryModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        load(rowCount(), pageSize_, false);
}

void ProductQueryModel::sort(int column, Qt::SortOrder order)
{
    const auto sortColumn = sortColumnFor(column);
    const bool ascending = order == Qt::AscendingOrder;
    const bool chinese = chineseActive();
    if (sortColumn == query_.sortColumn && ascending == query_.ascending && chinese == query_.chineseTitles)
        return;
    query_.sortColumn = sortColumn;
    query_.ascending = ascending;
    query_.chineseTitles = chinese;
    // A new order starts at the top: one page, the rest as the user scrolls.
    if (!storePath_.isEmpty())
        load(0, pageSize_, true);
}

void ProductQueryModel::load(qint64 offset, qint64 limit, bool replace)
{
    const quint64 generation = replace ? ++generation_ : generation_;
    fetching_ = true;
    clock_.start();
    store::ProductQuery query = query_;
    query.offset = offset;
    query.limit = limit;
    query.withTotal = replace;
    auto* watcher = new QFutureWatcher<QueryResult<store::ProductQueryPage>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, replace]() {
        watcher->deleteLater();
        if (generation != generation_)
            return; // a newer query (filter, sort, store) replaced this one
        QueryResult<store::ProductQueryPage> result = watcher->result();
        if (!result.ok()) {
            fetching_ = false;
            emit loadFailed(result.error);
            return;
        }
        // Still "fetching" while the rows go in: a view or tester asking for more from inside
        // rowsAboutToBeInserted would otherwise request the same offset again.
        if (replace) {
            total_ = result.value.total;
            setProducts(std::move(result.value.rows));
        } else {
            appendProducts(std::move(result.value.rows));
        }
        fetching_ = false;
        lastLoadMs_ = clock_.elapsed();
        if (replace)
            emit loaded();
        else
            emit moreLoaded();
    });
    watcher->setFuture(runStoreQuery<store::ProductQueryPage>(
        storePath_, [query](const store::Store& store) { return store::ProductSearch(store.db()).page(query); }));
}

} // namespace omni::ui
