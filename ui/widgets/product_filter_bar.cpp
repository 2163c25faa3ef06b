// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/product_filter_bar.h"

#include "format.h"
#include "models/catalog_terms.h"
#include "models/channel_names.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

namespace omni::ui {

namespace {
constexpr int kTypingPauseMs = 200;

QString currentCode(const QComboBox* box)
{
    return box->currentData().toString();
}

void selectCode(QComboBox* box, const QString& code)
{
    const int index = box->findData(code);
    box->setCurrentIndex(index < 0 ? 0 : index);
}
} // namespace

ProductFilterBar::ProductFilterBar(QWidget* parent)
    : QWidget(parent)
    , search_(new QLineEdit(this))
    , category_(new QComboBox(this))
    , brand_(new QComboBox(this))
    , channel_(new QComboBox(this))
    , status_(new QComboBox(this))
    , count_(new QLabel(this))
    , typingPause_(new QTimer(this))
{
    search_->setObjectName(QStringLiteral("searchEdit"));
    search_->setClearButtonEnabled(true);
    search_->setMinimumWidth(120);
    category_->setObjectName(QStringLiteral("categoryFilter"));
    brand_->setObjectName(QStringLiteral("brandFilter"));
    channel_->setObjectName(QStringLiteral("channelFilter"));
    status_->setObjectName(QStringLiteral("listingStatusFilter"));
    count_->setObjectName(QStringLiteral("searchCount"));
    count_->setForegroundRole(QPalette::PlaceholderText);
    for (QComboBox* box : {category_, channel_, status_})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Brands are many and some names long: a fixed width, the list opens wide.
    brand_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    brand_->setMinimumContentsLength(10);
    typingPause_->setSingleShot(true);
    typingPause_->setInterval(kTypingPauseMs);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(search_, 1);
    layout->addWidget(category_);
    layout->addWidget(brand_);
    layout->addWidget(channel_);
    layout->addWidget(status_);
    layout->addWidget(count_);

    connect(search_, &QLineEdit::textChanged, typingPause_, qOverload<>(&QTimer::start));
    connect(typingPause_, &QTimer::timeout, this, &ProductFilterBar::filterChanged);
    for (QComboBox* box : {category_, brand_, status_})
        connect(box, &QComboBox::activated, this, &ProductFilterBar::filterChanged);
    connect(channel_, &QComboBox::activated, this, [this] {
        status_->setEnabled(!currentCode(channel_).isEmpty());
        emit filterChanged();
    });
    retranslate();
}

void ProductFilterBar::setChoices(const std::vector<std::string>& categories, const std::vector<std::string>& brands,
                                  const std::vector<store::Channel>& channels)
{
    categories_ = categories;
    brands_ = brands;
    channels_ = channels;
    retranslate();
}

store::ProductQuery ProductFilterBar::filter() const
{
    store::ProductQuery query;
    query.text = search_->text().trimmed().toStdString();
    query.category = currentCode(category_).toStdString();
    query.brand = currentCode(brand_).toStdString();
    query.channelCode = currentCode(channel_).toStdString();
    query.listingStatus = currentCode(status_).toStdString();
    return query;
}

void ProductFilterBar::setCounts(qint64 loaded, qint64 total)
{
    loaded_ = loaded;
    total_ = total;
    if (total_ < 0)
        count_->clear();
    else if (loaded_ >= total_)
        count_->setText(tr("%Ln product(s)", nullptr, static_cast<int>(total_)));
    else
        count_->setText(tr("Showing %1 of %2").arg(formatCount(loaded_), formatCount(total_)));
}

QString ProductFilterBar::countText() const
{
    return count_->text();
}

void ProductFilterBar::reset()
{
    const QSignalBlocker blocker(search_);
    search_->clear();
    typingPause_->stop();
    for (QComboBox* box : {category_, brand_, channel_, status_})
        box->setCurrentIndex(0);
    status_->setEnabled(false);
}

void ProductFilterBar::fillStatuses()
{
    const QString selected = currentCode(status_);
    status_->clear();
    status_->addItem(tr("Listed (any status)"), QString());
    status_->addItem(tr("Active"), QStringLiteral("active"));
    status_->addItem(tr("Paused"), QStringLiteral("paused"));
    status_->addItem(tr("Draft"), QStringLiteral("draft"));
    status_->addItem(tr("Not listed"), QStringLiteral("missing"));
    selectCode(status_, selected);
}

void ProductFilterBar::retranslate()
{
    search_->setPlaceholderText(tr("Search SKU, title, brand…"));
    search_->setToolTip(tr("Every word must occur in the SKU, the English or Chinese title or the brand."));
    {
        const QString selected = currentCode(category_);
        category_->clear();
        category_->addItem(tr("All categories"), QString());
        for (const std::string& category : categories_)
            category_->addItem(CatalogTerms::categoryLabel(toQString(category)), toQString(category));
        selectCode(category_, selected);
    }
    {
        const QString selected = currentCode(brand_);
        brand_->clear();
        brand_->addItem(tr("All brands"), QString());
        for (const std::string& brand : brands_)
            brand_->addItem(CatalogTerms::brandLabel(toQString(brand)), toQString(brand));
        selectCode(brand_, selected);
    }
    {
        const QString selected = currentCode(channel_);
        const ChannelNames names(channels_);
        channel_->clear();
        channel_->addItem(tr("All channels"), QString());
        for (const store::Channel& channel : channels_)
            channel_->addItem(names.name(channel.code), toQString(channel.code));
        selectCode(channel_, selected);
    }
    fillStatuses();
    status_->setEnabled(!currentCode(channel_).isEmpty());
    setCounts(loaded_, total_);
}

void ProductFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace omni::ui
