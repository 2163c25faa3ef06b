// SPDX-License-Identifier: GPL-3.0-or-later
// The filters above the Products table: search text (SKU, titles, brand), category, brand, and a
// channel with the listing status there. Typing waits a moment before it asks for a new query, so
// a word typed quickly is one query, not one per letter.
#pragma once

#include "store/product_query.h"
#include "store/records.h"

#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace omni::ui {

class ProductFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit ProductFilterBar(QWidget* parent = nullptr);

    void setChoices(const std::vector<std::string>& categories, const std::vector<std::string>& brands,
                    const std::vector<store::Channel>& channels);
    // The filter the controls show (sort, paging left at their defaults).
    store::ProductQuery filter() const;
    void setCounts(qint64 loaded, qint64 total); // total < 0: not known yet
    void reset();

    QLineEdit* searchEdit() const { return search_; }
    QComboBox* categoryBox() const { return category_; }
    QComboBox* brandBox() const { return brand_; }
    QComboBox* channelBox() const { return channel_; }
    QComboBox* statusBox() const { return status_; }
    QString countText() const;

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillStatuses();

    QLineEdit* search_;
    QComboBox* category_;
    QComboBox* brand_;
    QComboBox* channel_;
    QComboBox* status_;
    QLabel* count_;
    QTimer* typingPause_;
    std::vector<std::string> categories_;
    std::vector<std::string> brands_;
    std::vector<store::Channel> channels_;
    qint64 loaded_ = 0;
    qint64 total_ = -1;
};

} // namespace omni::ui
