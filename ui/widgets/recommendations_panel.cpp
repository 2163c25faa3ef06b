// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/recommendations_panel.h"

#include "format.h"
#include "models/model_results_table_model.h"
#include "widgets/record_table_view.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace omni::ui {

namespace {
constexpr int kMainSlot = 0;
constexpr int kComparisonSlot = 1;
constexpr int kListLength = 10;
} // namespace

RecommendationsPanel::RecommendationsPanel(QWidget* parent)
    : QWidget(parent)
    , main_(new RecommendationTableModel(this))
    , comparison_(new RecommendationTableModel(this))
    , modelPicker_(new QComboBox)
    , comparePicker_(new QComboBox)
    , productPicker_(new QComboBox)
    , addViewButton_(new QPushButton)
    , addPurchaseButton_(new QPushButton)
    , clearWhatIfButton_(new QPushButton)
    , whatIfList_(new QListWidget)
    , status_(new QLabel)
    , modelLabel_(new QLabel)
    , compareLabel_(new QLabel)
    , whatIfLabel_(new QLabel)
    , mainTable_(new RecordTableView)
    , comparisonTable_(new RecordTableView)
{
    setObjectName(QStringLiteral("recommendationsPanel"));
    modelPicker_->setObjectName(QStringLiteral("modelPicker"));
    comparePicker_->setObjectName(QStringLiteral("comparePicker"));
    productPicker_->setObjectName(QStringLiteral("whatIfProduct"));
    productPicker_->setEditable(true);
    productPicker_->setInsertPolicy(QComboBox::NoInsert);
    productPicker_->completer()->setFilterMode(Qt::MatchContains);
    productPicker_->completer()->setCompletionMode(QCompleter::PopupCompletion);
    productPicker_->setMinimumContentsLength(24);
    whatIfList_->setObjectName(QStringLiteral("whatIfList"));
    whatIfList_->setMaximumHeight(64);
    status_->setObjectName(QStringLiteral("recommendationStatus"));
    status_->setWordWrap(true);
    mainTable_->setObjectName(QStringLiteral("recommendationsTable"));
    mainTable_->setModel(main_);
    mainTable_->setStretchColumn(RecommendationTableModel::Reason);
    mainTable_->setSortingEnabled(false);
    comparisonTable_->setObjectName(QStringLiteral("comparisonTable"));
    comparisonTable_->setModel(comparison_);
    comparisonTable_->setStretchColumn(RecommendationTableModel::Reason);
    comparisonTable_->setSortingEnabled(false);
    comparisonTable_->setVisible(false);
    // Reasons name products, and side by side a column is narrow: they wrap onto a second line
    // rather than being cut off (the tooltip names every product behind the reason).
    for (RecordTableView* table : {mainTable_, comparisonTable_}) {
        table->setWordWrap(true);
        table->setTextElideMode(Qt::ElideMiddle);
        table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }

    auto* pickers = new QGridLayout;
    pickers->addWidget(modelLabel_, 0, 0);
    pickers->addWidget(modelPicker_, 0, 1);
    pickers->addWidget(compareLabel_, 0, 2);
    pickers->addWidget(comparePicker_, 0, 3);
    pickers->setColumnStretch(1, 1);
    pickers->setColumnStretch(3, 1);
    auto* whatIf = new QHBoxLayout;
    whatIf->addWidget(whatIfLabel_);
    whatIf->addWidget(productPicker_, 1);
    whatIf->addWidget(addViewButton_);
    whatIf->addWidget(addPurchaseButton_);
    whatIf->addWidget(clearWhatIfButton_);
    auto* lists = new QSplitter(Qt::Horizontal);
    lists->addWidget(mainTable_);
    lists->addWidget(comparisonTable_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(pickers);
    layout->addWidget(lists, 1);
    layout->addLayout(whatIf);
    layout->addWidget(whatIfList_);
    layout->addWidget(status_);

    connect(modelPicker_, &QComboBox::activated, this, [this] { refresh(); });
    connect(comparePicker_, &QComboBox::activated, this, [this] { refresh(); });
    connect(addViewButton_, &QPushButton::clicked, this,
            [this] { addWhatIf(productPicker_->currentData().toLongLong(), store::EventType::View); });
    connect(addPurchaseButton_, &QPushButton::clicked, this,
            [this] { addWhatIf(productPicker_->currentData().toLongLong(), store::EventType::Purchase); });
    connect(clearWhatIfButton_, &QPushButton::clicked, this, &RecommendationsPanel::clearWhatIf);
    retranslate();
}

void RecommendationsPanel::setStorePath(const QString& path)
{
    storePath_ = path;
    service_.reset();
    clear();
}

void RecommendationsPanel::setSources(RecommendationSources sources)
{
    sources_ = std::move(sources);
    service_.reset(); // models may have been retrained or activated
    productPicker_->clear();
    for (const store::Product& product : sources_.products) {
        const QString title = chineseActive() && !product.titleZh.empty() ? toQString(product.titleZh)
                                                                           : toQString(product.titleEn);
        productPicker_->addItem(title, QVariant::fromValue<qint64>(product.id));
    }
    fillPickers();
    refresh();
}

void RecommendationsPanel::fillPickers()
{
    const qint64 chosen = modelPicker_->currentData().isValid() ? modelPicker_->currentData().toLongLong() : -1;
    const qint64 compared = comparePicker_->currentData().isValid() ? comparePicker_->currentData().toLongLong() : -1;
    modelPicker_->clear();
    comparePicker_->clear();
    comparePicker_->addItem(tr("No comparison"), QVariant::fromValue<qint64>(-1));
    // Active models first: the default is what the shop uses.
    std::vector<const store::ModelRecord*> ordered;
    for (const store::ModelRecord& model : sources_.models)
        if (model.active)
            ordered.push_back(&model);
    for (const store::ModelRecord& model : sources_.models)
        if (!model.active)
            ordered.push_back(&model);
    for (const store::ModelRecord* model : ordered) {
        modelPicker_->addItem(modelLabel(*model), QVariant::fromValue<qint64>(model->id));
        comparePicker_->addItem(modelLabel(*model), QVariant::fromValue<qint64>(model->id));
    }
    const int index = modelPicker_->findData(QVariant::fromValue<qint64>(chosen));
    modelPicker_->setCurrentIndex(index >= 0 ? index : 0);
    const int compareIndex = comparePicker_->findData(QVariant::fromValue<qint64>(compared));
    comparePicker_->setCurrentIndex(compareIndex >= 0 ? compareIndex : 0);
}

QString RecommendationsPanel::modelLabel(const store::ModelRecord& model) const
{
    const QString label = tr("%1, trained %2").arg(ModelResultsTableModel::kindLabel(model.kind),
                                                   formatDateTime(model.createdAt));
    return model.active ? tr("%1 (in use)").arg(label) : label;
}

const store::ModelRecord* RecommendationsPanel::findModel(qint64 id) const
{
    for (const store::ModelRecord& model : sources_.models)
        if (model.id == id)
            return &model;
    return nullptr;
}

void RecommendationsPanel::setCustomer(qint64 customerId, const std::string& segment)
{
    customerId_ = customerId;
    segment_ = segment;
    whatIf_.clear();
    whatIfList_->clear();
    refresh();
}

void RecommendationsPanel::clear()
{
    customerId_ = -1;
    whatIf_.clear();
    whatIfList_->clear();
    service_.cancel(kMainSlot);
    service_.cancel(kComparisonSlot);
    pending_ = 0;
    main_->clear();
    comparison_->clear();
    status_->clear();
}

void RecommendationsPanel::chooseModel(qint64 modelId)
{
    const int index = modelPicker_->findData(QVariant::fromValue<qint64>(modelId));
    if (index >= 0)
        modelPicker_->setCurrentIndex(index);
    refresh();
}

void RecommendationsPanel::chooseComparison(qint64 modelId)
{
    const int index = comparePicker_->findData(QVariant::fromValue<qint64>(modelId));
    comparePicker_->setCurrentIndex(index >= 0 ? index : 0);
    refresh();
}

void RecommendationsPanel::addWhatIf(qint64 productId, store::EventType type)
{
    // The panel offers views and purchases; the core takes any event type.
    if (productId <= 0 || customerId_ < 0 || (type != store::EventType::View && type != store::EventType::Purchase))
        return;
    whatIf_.push_back({productId, type});
    const bool purchase = type == store::EventType::Purchase;
    QString title;
    for (const store::Product& product : sources_.products)
        if (product.id == productId)
            title = chineseActive() && !product.titleZh.empty() ? toQString(product.titleZh) : toQString(product.titleEn);
    whatIfList_->addItem(purchase ? tr("Bought %1").arg(title) : tr("Viewed %1").arg(title));
    refresh();
}

void RecommendationsPanel::clearWhatIf()
{
    whatIf_.clear();
    whatIfList_->clear();
    refresh();
}

void RecommendationsPanel::refresh()
{
    const bool hasModels = !sources_.models.empty();
    for (QWidget* widget : {static_cast<QWidget*>(modelPicker_), static_cast<QWidget*>(comparePicker_),
                            static_cast<QWidget*>(productPicker_), static_cast<QWidget*>(addViewButton_),
                            static_cast<QWidget*>(addPurchaseButton_), static_cast<QWidget*>(clearWhatIfButton_)})
        widget->setEnabled(hasModels);
    if (!hasModels) {
        main_->clear();
        comparison_->clear();
        status_->setText(tr("No recommender is trained for this store yet. Train one on the Models page."));
        return;
    }
    if (customerId_ < 0 || storePath_.isEmpty())
        return;
    pending_ = 0;
    const qint64 compared = comparePicker_->currentData().toLongLong();
    comparisonTable_->setVisible(compared >= 0);
    requestList(kMainSlot, modelPicker_->currentData().toLongLong(), main_, mainTable_);
    if (compared >= 0)
        requestList(kComparisonSlot, compared, comparison_, comparisonTable_);
    else {
        service_.cancel(kComparisonSlot);
        comparison_->clear();
    }
    status_->setText(tr("Scoring…"));
}

void RecommendationsPanel::requestList(int slot, qint64 modelId, RecommendationTableModel* target,
                                       RecordTableView* view)
{
    const store::ModelRecord* model = findModel(modelId);
    if (!model)
        return;
    RecommendationRequest request;
    request.storePath = storePath_;
    request.modelFile = toQString(model->file);
    request.customerId = customerId_;
    request.whatIf = whatIf_;
    request.segment = segment_;
    request.k = kListLength;
    ++pending_;
    service_.request(slot, request, [this, target, view](const RecommendationAnswer& answer) {
        --pending_;
        if (answer.ok()) {
            target->setRecommendations(answer.items, answer.labels);
            fitListColumns(view);
        } else {
            target->clear();
        }
        if (pending_ <= 0) {
            pending_ = 0;
            status_->setText(answer.ok() ? (whatIf_.empty() ? QString()
                                                            : tr("Including %n hypothetical interaction(s).", nullptr,
                                                                 static_cast<int>(whatIf_.size())))
                                         : answer.error);
            emit recommendationsShown();
        }
    });
}

void RecommendationsPanel::fitListColumns(RecordTableView* view)
{
    view->fitColumns();
    // Side by side a list has half the width: long product titles must leave the reason room
    // (both wrap rather than being cut or pushed out of sight).
    const int fixed = view->columnWidth(RecommendationTableModel::Rank) + view->columnWidth(RecommendationTableModel::Score);
    const int productMax = std::max(120, (view->viewport()->width() - fixed) * 45 / 100);
    if (view->columnWidth(RecommendationTableModel::Product) > productMax)
        view->setColumnWidth(RecommendationTableModel::Product, productMax);
    // fitColumns() sized the reason to its contents too (a short Chinese reason left a gap at the
    // right); setting Stretch again lays it out over the rest.
    view->setStretchColumn(RecommendationTableModel::Reason);
}

void RecommendationsPanel::retranslate()
{
    modelLabel_->setText(tr("Model:"));
    compareLabel_->setText(tr("Compare with:"));
    whatIfLabel_->setText(tr("What if they…"));
    addViewButton_->setText(tr("viewed it"));
    addPurchaseButton_->setText(tr("bought it"));
    clearWhatIfButton_->setText(tr("Reset"));
    productPicker_->setToolTip(tr("A product to add to this customer's history, hypothetically (no retraining)"));
    if (comparePicker_->count() > 0)
        comparePicker_->setItemText(0, tr("No comparison"));
    for (int i = 0; i < modelPicker_->count(); ++i)
        if (const store::ModelRecord* model = findModel(modelPicker_->itemData(i).toLongLong()))
            modelPicker_->setItemText(i, modelLabel(*model));
    for (int i = 1; i < comparePicker_->count(); ++i)
        if (const store::ModelRecord* model = findModel(comparePicker_->itemData(i).toLongLong()))
            comparePicker_->setItemText(i, modelLabel(*model));
    main_->refreshTexts();
    comparison_->refreshTexts();
}

void RecommendationsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace omni::ui
