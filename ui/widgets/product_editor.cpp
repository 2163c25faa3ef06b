// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/product_editor.h"

#include "format.h"
#include "models/attribute_edit_model.h"
#include "models/catalog_terms.h"
#include "models/channel_names.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace omni::ui {

namespace {

// A problem's look: a red frame on the field and the message in red under it.
const QString kInvalidStyle = QStringLiteral("border: 1px solid #c62828; border-radius: 2px;");
const QString kMessageStyle = QStringLiteral("color: #c62828;");
constexpr double kMaxPrice = 1e9;
constexpr int kMaxStock = 1000000000;
constexpr int kDescriptionHeight = 72;

QPlainTextEdit* descriptionEdit()
{
    auto* edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(kDescriptionHeight);
    return edit;
}

QDoubleSpinBox* priceSpin()
{
    auto* box = new QDoubleSpinBox;
    box->setRange(0, kMaxPrice);
    box->setDecimals(2);
    box->setAlignment(Qt::AlignRight);
    return box;
}

void setPlainText(QPlainTextEdit* edit, const std::string& text)
{
    const QString value = toQString(text);
    if (edit->toPlainText() != value)
        edit->setPlainText(value);
}

} // namespace

ProductEditor::ProductEditor(QWidget* parent)
    : QWidget(parent)
    , tabs_(new QTabWidget(this))
    , titleEn_(new QLineEdit)
    , titleZh_(new QLineEdit)
    , category_(new QComboBox)
    , brand_(new QLineEdit)
    , price_(priceSpin())
    , attributes_(new AttributeEditModel(this))
    , attributeTable_(new QTableView)
    , addAttribute_(new QPushButton)
    , removeAttribute_(new QPushButton)
    , descriptionEn_(descriptionEdit())
    , descriptionZh_(descriptionEdit())
    , status_(new QLabel)
    , revert_(new QPushButton)
    , save_(new QPushButton)
{
    setObjectName(QStringLiteral("productEditor"));
    tabs_->setObjectName(QStringLiteral("editorTabs"));
    tabs_->addTab(buildProductTab(), QString());
    status_->setObjectName(QStringLiteral("editorStatus"));
    status_->setWordWrap(true);
    save_->setObjectName(QStringLiteral("saveProduct"));
    revert_->setObjectName(QStringLiteral("revertProduct"));
    save_->setDefault(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(status_, 1);
    buttons->addWidget(revert_);
    buttons->addWidget(save_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_, 1);
    layout->addLayout(buttons);

    for (QLineEdit* edit : {titleEn_, titleZh_, brand_})
        connect(edit, &QLineEdit::textChanged, this, &ProductEditor::onEdited);
    for (QPlainTextEdit* edit : {descriptionEn_, descriptionZh_})
        connect(edit, &QPlainTextEdit::textChanged, this, &ProductEditor::onEdited);
    connect(price_, &QDoubleSpinBox::valueChanged, this, &ProductEditor::onEdited);
    connect(category_, &QComboBox::currentIndexChanged, this, &ProductEditor::onEdited);
    connect(attributes_, &AttributeEditModel::edited, this, &ProductEditor::onEdited);
    connect(addAttribute_, &QPushButton::clicked, this, [this] {
        const QModelIndex index = attributes_->addRow();
        attributeTable_->setCurrentIndex(index);
        attributeTable_->edit(index);
    });
    connect(removeAttribute_, &QPushButton::clicked, this,
            [this] { attributes_->removeRowAt(attributeTable_->currentIndex().row()); });
    connect(save_, &QPushButton::clicked, this, &ProductEditor::save);
    connect(revert_, &QPushButton::clicked, this, &ProductEditor::revert);
    retranslate();
    showProduct(std::nullopt);
}

QWidget* ProductEditor::buildProductTab()
{
    attributeTable_->setObjectName(QStringLiteral("attributeEditTable"));
    attributeTable_->setModel(attributes_);
    attributeTable_->verticalHeader()->hide();
    attributeTable_->horizontalHeader()->setStretchLastSection(true);
    attributeTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    attributeTable_->setSelectionMode(QAbstractItemView::SingleSelection);
    attributeTable_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     | QAbstractItemView::AnyKeyPressed);
    attributeTable_->setMinimumHeight(110);
    addAttribute_->setObjectName(QStringLiteral("addAttribute"));
    removeAttribute_->setObjectName(QStringLiteral("removeAttribute"));
    titleEn_->setObjectName(QStringLiteral("titleEnEdit"));
    titleZh_->setObjectName(QStringLiteral("titleZhEdit"));
    category_->setObjectName(QStringLiteral("categoryEdit"));
    brand_->setObjectName(QStringLiteral("brandEdit"));
    price_->setObjectName(QStringLiteral("priceEdit"));

    const catalog::TextLimits limits = catalog::canonicalTextLimits();
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels beside their fields, level with the field's first line (some styles wrap long rows).
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    const QString none;
    QWidget* blocks[] = {
        fieldBlock(addField(none, QStringLiteral("title_en"), titleEn_, limits.title)),
        fieldBlock(addField(none, QStringLiteral("title_zh"), titleZh_, limits.title)),
        fieldBlock(addField(none, QStringLiteral("category"), category_, 0)),
        fieldBlock(addField(none, QStringLiteral("brand"), brand_, 0)),
        fieldBlock(addField(none, QStringLiteral("price"), price_, 0)),
        nullptr, // attributes: below
        fieldBlock(addField(none, QStringLiteral("description_en"), descriptionEn_, limits.description)),
        fieldBlock(addField(none, QStringLiteral("description_zh"), descriptionZh_, limits.description)),
    };
    auto* attributeButtons = new QHBoxLayout;
    attributeButtons->addWidget(addAttribute_);
    attributeButtons->addWidget(removeAttribute_);
    attributeButtons->addStretch(1);
    auto* attributeBox = new QWidget;
    auto* attributeLayout = new QVBoxLayout(attributeBox);
    attributeLayout->setContentsMargins(0, 0, 0, 0);
    attributeLayout->addWidget(fieldBlock(addField(none, QStringLiteral("attributes"), attributeTable_, 0)));
    attributeLayout->addLayout(attributeButtons);
    blocks[5] = attributeBox;

    for (int label = 0; label < 8; ++label) {
        productLabels_[label] = new QLabel;
        form->addRow(productLabels_[label], blocks[label]);
    }
    // Height left over goes below the form, not between its rows.
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(form);
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

ProductEditor::Field& ProductEditor::addField(const QString& channel, const QString& field, QWidget* input, int limit)
{
    Field entry;
    entry.input = input;
    entry.limit = limit;
    entry.message = new QLabel;
    entry.message->setObjectName(QStringLiteral("fieldMessage"));
    entry.message->setStyleSheet(kMessageStyle);
    entry.message->setWordWrap(true);
    entry.message->hide();
    if (limit > 0) {
        entry.counter = new QLabel;
        entry.counter->setObjectName(QStringLiteral("fieldCounter"));
        entry.counter->setForegroundRole(QPalette::PlaceholderText);
        // Wide enough for the longest count, so fields of one form line up whatever their length.
        entry.counter->setMinimumWidth(entry.counter->fontMetrics().horizontalAdvance(
            QStringLiteral("%1/%1").arg(limit * 10)));
        entry.counter->setAlignment(Qt::AlignRight | Qt::AlignTop);
    }
    return fields_[key(channel, field)] = entry;
}

QWidget* ProductEditor::fieldBlock(const Field& field) const
{
    auto* block = new QWidget;
    auto* layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* row = new QHBoxLayout;
    row->addWidget(field.input, 1);
    if (field.counter)
        row->addWidget(field.counter, 0, Qt::AlignTop);
    layout->addLayout(row);
    layout->addWidget(field.message);
    return block;
}

void ProductEditor::setChannels(const std::vector<store::Channel>& channels)
{
    while (tabs_->count() > 1) {
        QWidget* page = tabs_->widget(1);
        tabs_->removeTab(1);
        page->deleteLater();
    }
    for (auto it = fields_.begin(); it != fields_.end();) {
        if (!it.key().startsWith(QLatin1Char('/')))
            it = fields_.erase(it);
        else
            ++it;
    }
    channels_ = channels;
    listingTabs_.clear();
    listingTabs_.resize(channels.size());
    for (size_t i = 0; i < channels.size(); ++i) {
        listingTabs_[i].channelCode = channels[i].code;
        buildListingTab(listingTabs_[i]);
        tabs_->addTab(listingTabs_[i].page, QString());
    }
    retranslate();
    fillFields();
}

void ProductEditor::buildListingTab(ListingTab& tab)
{
    const QString channel = toQString(tab.channelCode);
    const catalog::TextLimits limits = catalog::channelTextLimits(tab.channelCode);
    tab.page = new QWidget;
    tab.page->setObjectName(QStringLiteral("listingTab_") + channel);
    tab.stack = new QStackedWidget;
    tab.notListed = new QLabel;
    tab.notListed->setWordWrap(true);
    tab.create = new QPushButton;
    tab.create->setObjectName(QStringLiteral("createListing_") + channel);
    tab.title = new QLineEdit;
    tab.price = priceSpin();
    tab.description = descriptionEdit();
    tab.stock = new QSpinBox;
    tab.stock->setRange(0, kMaxStock);
    tab.stock->setAlignment(Qt::AlignRight);
    tab.status = new QComboBox;
    fillStatuses(tab.status);

    auto* missing = new QWidget;
    auto* missingLayout = new QVBoxLayout(missing);
    missingLayout->addWidget(tab.notListed);
    missingLayout->addWidget(tab.create, 0, Qt::AlignLeft);
    missingLayout->addStretch(1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    QWidget* inputs[] = {
        fieldBlock(addField(channel, QStringLiteral("title"), tab.title, limits.title)),
        fieldBlock(addField(channel, QStringLiteral("price"), tab.price, 0)),
        fieldBlock(addField(channel, QStringLiteral("description"), tab.description, limits.description)),
        fieldBlock(addField(channel, QStringLiteral("stock"), tab.stock, 0)),
        fieldBlock(addField(channel, QStringLiteral("status"), tab.status, 0)),
    };
    for (int i = 0; i < 5; ++i) {
        tab.labels[i] = new QLabel;
        form->addRow(tab.labels[i], inputs[i]);
    }
    auto* listed = new QWidget;
    auto* listedLayout = new QVBoxLayout(listed);
    listedLayout->addLayout(form);
    listedLayout->addStretch(1);

    tab.stack->addWidget(missing);
    tab.stack->addWidget(listed);
    auto* layout = new QVBoxLayout(tab.page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tab.stack);

    connect(tab.title, &QLineEdit::textChanged, this, &ProductEditor::onEdited);
    connect(tab.description, &QPlainTextEdit::textChanged, this, &ProductEditor::onEdited);
    connect(tab.price, &QDoubleSpinBox::valueChanged, this, &ProductEditor::onEdited);
    connect(tab.stock, &QSpinBox::valueChanged, this, &ProductEditor::onEdited);
    connect(tab.status, &QComboBox::currentIndexChanged, this, &ProductEditor::onEdited);
    connect(tab.create, &QPushButton::clicked, this, [this, channel] { createListing(channel); });
}

void ProductEditor::fillStatuses(QComboBox* box)
{
    const QString selected = box->currentData().toString();
    const bool wasFilling = std::exchange(filling_, true);
    box->clear();
    box->addItem(tr("Active (on sale)"), QStringLiteral("active"));
    box->addItem(tr("Paused (hidden)"), QStringLiteral("paused"));
    box->addItem(tr("Draft (not published)"), QStringLiteral("draft"));
    const int index = box->findData(selected);
    box->setCurrentIndex(index < 0 ? 0 : index);
    filling_ = wasFilling;
}

void ProductEditor::setCategories(const std::vector<std::string>& categories)
{
    categories_ = categories;
    fillCategories(category_->currentData().toString().toStdString());
}

void ProductEditor::fillCategories(const std::string& current)
{
    const bool wasFilling = std::exchange(filling_, true);
    category_->clear();
    std::vector<std::string> codes = categories_;
    if (!current.empty() && std::find(codes.begin(), codes.end(), current) == codes.end())
        codes.push_back(current);
    if (current.empty())
        category_->addItem(tr("(none)"), QString());
    for (const std::string& code : codes)
        category_->addItem(CatalogTerms::categoryLabel(toQString(code)), toQString(code));
    category_->setCurrentIndex(std::max(0, category_->findData(toQString(current))));
    filling_ = wasFilling;
}

void ProductEditor::showProduct(const std::optional<store::ProductEdit>& stored)
{
    stored_ = stored;
    saving_ = false;
    statusMessage_.clear();
    fillFields();
}

void ProductEditor::revert()
{
    statusMessage_.clear();
    fillFields();
}

void ProductEditor::fillFields()
{
    filling_ = true;
    const store::Product empty;
    const store::Product& product = stored_ ? stored_->product : empty;
    titleEn_->setText(toQString(product.titleEn));
    titleZh_->setText(toQString(product.titleZh));
    fillCategories(product.category);
    brand_->setText(toQString(product.brand));
    price_->setValue(product.price);
    attributes_->setAttributes(product.attributes);
    setPlainText(descriptionEn_, product.descriptionEn);
    setPlainText(descriptionZh_, product.descriptionZh);
    for (ListingTab& tab : listingTabs_)
        fillListing(tab, stored_ ? store::findListing(*stored_, tab.channelCode) : nullptr);
    tabs_->setEnabled(stored_.has_value());
    filling_ = false;
    onEdited();
}

void ProductEditor::fillListing(ListingTab& tab, const store::Listing* listing)
{
    tab.present = listing != nullptr;
    const store::Listing empty;
    const store::Listing& shown = listing ? *listing : empty;
    tab.title->setText(toQString(shown.title));
    tab.price->setValue(shown.price);
    setPlainText(tab.description, shown.description);
    tab.stock->setValue(static_cast<int>(std::min<int64_t>(shown.stock, kMaxStock)));
    tab.status->setCurrentIndex(std::max(0, tab.status->findData(toQString(shown.status))));
    tab.stack->setCurrentIndex(tab.present ? 1 : 0);
}

bool ProductEditor::createListing(const QString& channel)
{
    ListingTab* tab = listingTab(channel);
    if (!tab || tab->present || !stored_)
        return false;
    const store::ProductEdit current = currentEdit();
    const store::Product& product = current.product;
    const bool english = catalog::channelLanguage(tab->channelCode) == "en";
    filling_ = true;
    tab->present = true;
    tab->title->setText(toQString(english || product.titleZh.empty() ? product.titleEn : product.titleZh));
    tab->price->setValue(product.price);
    tab->description->setPlainText(
        toQString(english || product.descriptionZh.empty() ? product.descriptionEn : product.descriptionZh));
    tab->stock->setValue(0);
    // New listings start as drafts: nothing goes on sale before the merchant says so.
    tab->status->setCurrentIndex(std::max(0, tab->status->findData(QStringLiteral("draft"))));
    tab->stack->setCurrentIndex(1);
    filling_ = false;
    onEdited();
    return true;
}

store::ProductEdit ProductEditor::currentEdit() const
{
    store::ProductEdit edit = stored_ ? *stored_ : store::ProductEdit();
    store::Product& product = edit.product;
    product.titleEn = titleEn_->text().toStdString();
    product.titleZh = titleZh_->text().toStdString();
    product.category = category_->currentData().toString().toStdString();
    product.brand = brand_->text().trimmed().toStdString();
    product.price = price_->value();
    product.attributes = attributes_->attributes();
    product.descriptionEn = descriptionEn_->toPlainText().toStdString();
    product.descriptionZh = descriptionZh_->toPlainText().toStdString();
    std::vector<store::Listing> listings;
    for (const ListingTab& tab : listingTabs_) {
        if (!tab.present)
            continue;
        const store::Listing* stored = store::findListing(edit, tab.channelCode);
        store::Listing listing = stored ? *stored : store::Listing();
        listing.productId = product.id;
        listing.channelCode = tab.channelCode;
        listing.title = tab.title->text().toStdString();
        listing.price = tab.price->value();
        listing.description = tab.description->toPlainText().toStdString();
        listing.stock = tab.stock->value();
        listing.status = tab.status->currentData().toString().toStdString();
        listings.push_back(std::move(listing));
    }
    // Listings of channels the editor has no tab for (none in practice) stay as stored.
    for (const store::Listing& listing : edit.listings) {
        const bool shown = std::any_of(listingTabs_.begin(), listingTabs_.end(),
                                       [&](const ListingTab& tab) { return tab.channelCode == listing.channelCode; });
        if (!shown)
            listings.push_back(listing);
    }
    edit.listings = std::move(listings);
    return edit;
}

void ProductEditor::onEdited()
{
    if (filling_)
        return;
    const bool wasModified = modified_;
    if (stored_) {
        const store::ProductEdit edit = currentEdit();
        issues_ = catalog::validateProductEdit(edit);
        modified_ = !store::sameContent(edit, *stored_);
    } else {
        issues_.clear();
        modified_ = false;
    }
    showIssues();
    updateCounters();
    save_->setEnabled(modified_ && issues_.empty() && !saving_);
    revert_->setEnabled(modified_ && !saving_);
    updateStatusLine();
    if (modified_ != wasModified)
        emit modifiedChanged(modified_);
}

void ProductEditor::showIssues()
{
    QHash<QString, QStringList> messages;
    for (const catalog::ValidationIssue& issue : issues_)
        messages[key(toQString(issue.channelCode), toQString(issue.field))] << issueText(issue);
    for (auto it = fields_.begin(); it != fields_.end(); ++it) {
        const QString text = messages.value(it.key()).join(QLatin1Char('\n'));
        Field& field = it.value();
        field.message->setText(text);
        field.message->setVisible(!text.isEmpty());
        field.input->setToolTip(text);
        field.input->setStyleSheet(text.isEmpty() ? QString() : kInvalidStyle);
        field.input->setProperty("invalid", !text.isEmpty());
    }
}

void ProductEditor::updateCounters()
{
    for (auto it = fields_.begin(); it != fields_.end(); ++it) {
        Field& field = it.value();
        if (!field.counter)
            continue;
        const int length = catalog::textLength(textOf(field.input).toStdString());
        field.counter->setText(QStringLiteral("%1/%2").arg(length).arg(field.limit));
        field.counter->setStyleSheet(length > field.limit ? kMessageStyle : QString());
    }
}

QString ProductEditor::issueText(const catalog::ValidationIssue& issue) const
{
    using catalog::IssueKind;
    switch (issue.kind) {
    case IssueKind::PriceNotPositive:
        return tr("The price must be greater than 0.");
    case IssueKind::StockNegative:
        return tr("The stock cannot be negative.");
    case IssueKind::MissingAttribute: {
        QStringList names;
        for (const std::string& name : issue.choices)
            names << CatalogTerms::attributeLabel(toQString(name));
        const QString category = CatalogTerms::categoryLabel(toQString(stored_ ? currentEdit().product.category : ""));
        return names.size() == 1
            ? tr("%1 products need the attribute “%2”.").arg(category, names.front())
            : tr("%1 products need one of the attributes %2.").arg(category, names.join(tr(", ")));
    }
    case IssueKind::EmptyAttributeName:
        return tr("An attribute has a value but no name.");
    case IssueKind::TextEmpty:
        return tr("The title must not be empty.");
    case IssueKind::TextTooLong:
        return issue.channelCode.empty()
            ? tr("%1 characters; at most %2 allowed.").arg(issue.length).arg(issue.limit)
            : tr("%1 characters; %2 allows at most %3.")
                  .arg(issue.length)
                  .arg(ChannelNames(channels_).name(issue.channelCode))
                  .arg(issue.limit);
    case IssueKind::UnknownStatus:
        return tr("Unknown listing status “%1”.").arg(toQString(issue.message));
    }
    return toQString(issue.message);
}

bool ProductEditor::save()
{
    onEdited();
    if (!stored_ || !modified_ || !issues_.empty() || saving_)
        return false;
    saving_ = true;
    save_->setEnabled(false);
    revert_->setEnabled(false);
    statusMessage_ = tr("Saving…");
    statusIsError_ = false;
    updateStatusLine();
    emit saveRequested(*stored_, currentEdit());
    return true;
}

void ProductEditor::showStatus(const QString& message, bool error)
{
    saving_ = false;
    statusMessage_ = message;
    statusIsError_ = error;
    onEdited();
}

QString ProductEditor::statusText() const
{
    return status_->text();
}

void ProductEditor::retranslate()
{
    const QString productLabels[] = {tr("Title (English)"), tr("Title (Chinese)"),       tr("Category"),
                                     tr("Brand"),           tr("Price"),                 tr("Attributes"),
                                     tr("Description (English)"), tr("Description (Chinese)")};
    for (int i = 0; i < 8; ++i)
        productLabels_[i]->setText(productLabels[i]);
    descriptionEn_->setPlaceholderText(tr("English description"));
    descriptionZh_->setPlaceholderText(tr("Chinese description"));
    addAttribute_->setText(tr("Add attribute"));
    removeAttribute_->setText(tr("Remove attribute"));
    save_->setText(tr("Save"));
    save_->setToolTip(tr("Write the product and its listings to the store in one step (undo with Ctrl+Z)."));
    revert_->setText(tr("Revert"));
    const ChannelNames names(channels_);
    for (ListingTab& tab : listingTabs_) {
        const QString name = names.name(tab.channelCode);
        tab.notListed->setText(tr("This product is not listed on %1.").arg(name));
        tab.create->setText(tr("Create listing from the product"));
        tab.create->setToolTip(tr("Fills the listing with the product's title and description in the channel's"
                                  " language and its price, as a draft. Save writes it."));
        const QString labels[] = {tr("Title"), tr("Price"), tr("Description"), tr("Stock"), tr("Status")};
        for (int j = 0; j < 5; ++j)
            tab.labels[j]->setText(labels[j]);
        fillStatuses(tab.status);
    }
    updateStatusLine();
}

void ProductEditor::updateStatusLine()
{
    // A tab with a problem says so in its title, so a problem on a hidden tab is not missed.
    const bool productIssue = std::any_of(issues_.begin(), issues_.end(),
                                          [](const catalog::ValidationIssue& i) { return i.channelCode.empty(); });
    tabs_->setTabText(0, productIssue ? tr("Product ⚠") : tr("Product"));
    const ChannelNames names(channels_);
    for (size_t i = 0; i < listingTabs_.size(); ++i) {
        const ListingTab& tab = listingTabs_[i];
        const QString name = names.name(tab.channelCode);
        const bool issue = std::any_of(issues_.begin(), issues_.end(), [&](const catalog::ValidationIssue& found) {
            return found.channelCode == tab.channelCode;
        });
        tabs_->setTabText(static_cast<int>(i) + 1, issue ? name + QStringLiteral(" ⚠") : name);
    }
    QString status = statusMessage_;
    bool error = statusIsError_;
    if (status.isEmpty() && modified_) {
        status = issues_.empty() ? tr("Unsaved changes")
                                 : tr("Unsaved changes; %Ln problem(s) to fix before saving", nullptr,
                                      static_cast<int>(issues_.size()));
        error = !issues_.empty();
    }
    status_->setText(status);
    status_->setStyleSheet(error ? kMessageStyle : QString());
}

QWidget* ProductEditor::fieldWidget(const QString& channel, const QString& field) const
{
    const auto found = fields_.constFind(key(channel, field));
    return found == fields_.constEnd() ? nullptr : found->input;
}

QString ProductEditor::fieldMessage(const QString& channel, const QString& field) const
{
    const auto found = fields_.constFind(key(channel, field));
    return found == fields_.constEnd() || found->message->isHidden() ? QString() : found->message->text();
}

QString ProductEditor::fieldCounter(const QString& channel, const QString& field) const
{
    const auto found = fields_.constFind(key(channel, field));
    return found == fields_.constEnd() || !found->counter ? QString() : found->counter->text();
}

ProductEditor::ListingTab* ProductEditor::listingTab(const QString& channel)
{
    for (ListingTab& tab : listingTabs_) {
        if (toQString(tab.channelCode) == channel)
            return &tab;
    }
    return nullptr;
}

const ProductEditor::ListingTab* ProductEditor::listingTab(const QString& channel) const
{
    return const_cast<ProductEditor*>(this)->listingTab(channel);
}

QPushButton* ProductEditor::createListingButton(const QString& channel) const
{
    const ListingTab* tab = listingTab(channel);
    return tab ? tab->create : nullptr;
}

QLineEdit* ProductEditor::listingTitleEdit(const QString& channel) const
{
    const ListingTab* tab = listingTab(channel);
    return tab ? tab->title : nullptr;
}

QDoubleSpinBox* ProductEditor::listingPriceBox(const QString& channel) const
{
    const ListingTab* tab = listingTab(channel);
    return tab ? tab->price : nullptr;
}

QSpinBox* ProductEditor::listingStockBox(const QString& channel) const
{
    const ListingTab* tab = listingTab(channel);
    return tab ? tab->stock : nullptr;
}

QComboBox* ProductEditor::listingStatusBox(const QString& channel) const
{
    const ListingTab* tab = listingTab(channel);
    return tab ? tab->status : nullptr;
}

QString ProductEditor::key(const QString& channel, const QString& field)
{
    return channel + QLatin1Char('/') + field;
}

QString ProductEditor::textOf(const QWidget* input)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(input))
        return line->text();
    if (const auto* text = qobject_cast<const QPlainTextEdit*>(input))
        return text->toPlainText();
    return {};
}

void ProductEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillCategories(category_->currentData().toString().toStdString());
        showIssues();
    }
    QWidget::changeEvent(event);
}

} // namespace omni::ui
