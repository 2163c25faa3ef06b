// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/engagement_dashboard.h"

#include "app_settings.h"
#include "widgets/chart_card.h"

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace omni::ui {

namespace {
const QString kCardMime = QStringLiteral("application/x-omniconsole-chart-card");
const char* kMoveProperty = "dashboardMove";
} // namespace

EngagementDashboard::EngagementDashboard(QWidget* parent)
    : QWidget(parent)
    , tabs_(new QTabWidget)
    , chartsButton_(new QToolButton)
    , chartsMenu_(new QMenu(this))
    , resetButton_(new QToolButton)
{
    setObjectName(QStringLiteral("engagementDashboard"));
    tabs_->setObjectName(QStringLiteral("dashboardTabs"));
    tabs_->setDocumentMode(true);
    chartsButton_->setObjectName(QStringLiteral("dashboardChartsButton"));
    chartsButton_->setPopupMode(QToolButton::InstantPopup);
    chartsButton_->setMenu(chartsMenu_);
    chartsButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    resetButton_->setObjectName(QStringLiteral("dashboardResetButton"));
    connect(resetButton_, &QToolButton::clicked, this, &EngagementDashboard::resetLayout);
    auto* corner = new QWidget;
    auto* cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 4, 0);
    cornerLayout->addWidget(chartsButton_);
    cornerLayout->addWidget(resetButton_);
    tabs_->setCornerWidget(corner, Qt::TopRightCorner);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);
    for (const char* section : {"activity", "retention", "behaviour", "channels"})
        ensureSection(QString::fromLatin1(section));
    hidden_ = AppSettings().dashboardHidden();
    retranslate();
}

QString EngagementDashboard::sectionTitle(const QString& section)
{
    if (section == QLatin1String("activity"))
        return tr("Activity");
    if (section == QLatin1String("retention"))
        return tr("Retention");
    if (section == QLatin1String("behaviour"))
        return tr("Behaviour");
    if (section == QLatin1String("channels"))
        return tr("Channels");
    if (section == QLatin1String("ab"))
        return tr("A/B comparison");
    return section;
}

EngagementDashboard::Section& EngagementDashboard::ensureSection(const QString& id)
{
    for (Section& section : sections_) {
        if (section.id == id)
            return section;
    }
    Section section;
    section.id = id;
    auto* grid = new QWidget;
    grid->setObjectName(id + QStringLiteral("Grid"));
    grid->setAcceptDrops(true);
    grid->installEventFilter(this);
    section.grid = new QGridLayout(grid);
    section.grid->setContentsMargins(6, 6, 6, 6);
    section.grid->setSpacing(10);
    for (int column = 0; column < kColumns; ++column)
        section.grid->setColumnStretch(column, 1);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(id + QStringLiteral("Section"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(grid);
    section.page = scroll;
    tabs_->addTab(scroll, sectionTitle(id));
    sections_.push_back(section);
    return sections_.back();
}

void EngagementDashboard::addCard(ChartCard* card, const QString& sectionId)
{
    Section& section = ensureSection(sectionId);
    const QString id = card->id();
    cards_.insert(id, card);
    sectionOfCard_.insert(id, sectionId);
    section.defaultOrder.append(id);
    // Parented at once, so that showing or hiding it never makes it a window of its own.
    card->setParent(section.grid->parentWidget());
    // The saved order places the card; ids it does not know (a card added since) go last.
    const QStringList saved = AppSettings().dashboardOrder(sectionId);
    QStringList order;
    for (const QString& savedId : saved) {
        if (section.defaultOrder.contains(savedId))
            order.append(savedId);
    }
    for (const QString& added : section.defaultOrder) {
        if (!order.contains(added))
            order.append(added);
    }
    section.order = order;
    card->installEventFilter(this);
    addCardMenu(card);
    relayout(section);
    rebuildChartsMenu();
}

void EngagementDashboard::addPanel(QWidget* panel, const QString& sectionId)
{
    for (const Section& section : sections_) {
        if (section.id == sectionId)
            return; // one panel per section
    }
    Section section;
    section.id = sectionId;
    section.page = panel;
    tabs_->addTab(panel, sectionTitle(sectionId));
    sections_.push_back(section);
}

void EngagementDashboard::addCardMenu(ChartCard* card)
{
    QMenu* menu = card->menu();
    menu->addSeparator();
    const QString id = card->id();
    const std::pair<const char*, Move> moves[] = {{"moveUpAction", Move::Up},
                                                  {"moveDownAction", Move::Down},
                                                  {"moveLeftAction", Move::Left},
                                                  {"moveRightAction", Move::Right}};
    for (const auto& [name, move] : moves) {
        QAction* action = menu->addAction(QString());
        action->setObjectName(QString::fromLatin1(name));
        action->setProperty(kMoveProperty, static_cast<int>(move));
        connect(action, &QAction::triggered, this, [this, id, move = move]() { moveCard(id, move); });
    }
    QAction* hide = menu->addAction(QString());
    hide->setObjectName(QStringLiteral("hideCardAction"));
    connect(hide, &QAction::triggered, this, [this, id]() { setCardHidden(id, true); });
}

void EngagementDashboard::relayout(Section& section)
{
    if (!section.grid)
        return;
    while (section.grid->count() > 0)
        section.grid->takeAt(0);
    int position = 0;
    for (const QString& id : section.order) {
        ChartCard* card = cards_.value(id);
        if (!card)
            continue;
        const bool hidden = hidden_.contains(id);
        if (hidden) {
            card->hide();
            continue;
        }
        section.grid->addWidget(card, position / kColumns, position % kColumns);
        card->show();
        ++position;
    }
    // Rows share the height evenly (a short section fills the tab); below the cards' minimum
    // heights the tab scrolls.
    const int rows = (position + kColumns - 1) / kColumns;
    for (int row = 0; row < section.grid->rowCount(); ++row)
        section.grid->setRowStretch(row, row < rows ? 1 : 0);
    // Enable only the moves that go somewhere.
    const QStringList visible = visibleOrder(section.id);
    for (int i = 0; i < visible.size(); ++i) {
        for (QAction* action : cards_.value(visible[i])->menu()->actions()) {
            const QVariant move = action->property(kMoveProperty);
            if (!move.isValid())
                continue;
            switch (static_cast<Move>(move.toInt())) {
            case Move::Left:
                action->setEnabled(i > 0);
                break;
            case Move::Right:
                action->setEnabled(i + 1 < visible.size());
                break;
            case Move::Up:
                action->setEnabled(i >= kColumns);
                break;
            case Move::Down:
                action->setEnabled(i + kColumns < visible.size());
                break;
            }
        }
    }
}

EngagementDashboard::Section* EngagementDashboard::sectionOf(const QString& cardId)
{
    const QString sectionId = sectionOfCard_.value(cardId);
    for (Section& section : sections_) {
        if (section.id == sectionId)
            return &section;
    }
    return nullptr;
}

QStringList EngagementDashboard::visibleOrder(const QString& sectionId) const
{
    QStringList visible;
    for (const Section& section : sections_) {
        if (section.id != sectionId)
            continue;
        for (const QString& id : section.order) {
            if (!hidden_.contains(id))
                visible.append(id);
        }
    }
    return visible;
}

QPair<int, int> EngagementDashboard::cellOf(const QString& id) const
{
    const int index = visibleOrder(sectionOfCard_.value(id)).indexOf(id);
    if (index < 0)
        return {-1, -1};
    return {index / kColumns, index % kColumns};
}

bool EngagementDashboard::isCardHidden(const QString& id) const
{
    return hidden_.contains(id);
}

void EngagementDashboard::moveCard(const QString& id, Move move)
{
    Section* section = sectionOf(id);
    if (!section)
        return;
    const QStringList visible = visibleOrder(section->id);
    const int from = visible.indexOf(id);
    const int step = move == Move::Left ? -1 : move == Move::Right ? 1 : move == Move::Up ? -kColumns : kColumns;
    const int to = from + step;
    if (from < 0 || to < 0 || to >= visible.size())
        return;
    // Swap with the card in the target cell: the other cards stay where they are.
    const QString other = visible[to];
    const int a = section->order.indexOf(id);
    const int b = section->order.indexOf(other);
    section->order.swapItemsAt(a, b);
    relayout(*section);
    save(*section);
    emit layoutChanged();
}

void EngagementDashboard::moveCardTo(const QString& id, const QString& targetId)
{
    Section* section = sectionOf(id);
    if (!section || id == targetId || sectionOfCard_.value(targetId) != section->id)
        return;
    const int to = section->order.indexOf(targetId);
    section->order.removeAll(id);
    section->order.insert(to, id);
    relayout(*section);
    save(*section);
    emit layoutChanged();
}

void EngagementDashboard::setCardHidden(const QString& id, bool hidden)
{
    Section* section = sectionOf(id);
    if (!section || hidden_.contains(id) == hidden)
        return;
    if (hidden)
        hidden_.append(id);
    else
        hidden_.removeAll(id);
    relayout(*section);
    saveHidden();
    rebuildChartsMenu();
    emit layoutChanged();
}

void EngagementDashboard::resetLayout()
{
    AppSettings().clearDashboardLayout();
    hidden_.clear();
    for (Section& section : sections_) {
        section.order = section.defaultOrder;
        relayout(section);
    }
    rebuildChartsMenu();
    emit layoutChanged();
}

void EngagementDashboard::save(const Section& section) const
{
    AppSettings settings;
    settings.setDashboardOrder(section.id, section.order);
}

void EngagementDashboard::saveHidden() const
{
    AppSettings().setDashboardHidden(hidden_);
}

void EngagementDashboard::showResults(const metrics::EngagementResults& results)
{
    for (ChartCard* card : cards())
        card->showResults(results);
}

QList<ChartCard*> EngagementDashboard::cards() const
{
    QList<ChartCard*> list;
    for (const Section& section : sections_) {
        for (const QString& id : section.order)
            list.append(cards_.value(id));
    }
    return list;
}

ChartCard* EngagementDashboard::card(const QString& id) const
{
    return cards_.value(id);
}

QStringList EngagementDashboard::sections() const
{
    QStringList ids;
    for (const Section& section : sections_)
        ids.append(section.id);
    return ids;
}

void EngagementDashboard::showSection(const QString& sectionId)
{
    for (const Section& section : sections_) {
        if (section.id == sectionId)
            tabs_->setCurrentWidget(section.page);
    }
}

void EngagementDashboard::rebuildChartsMenu()
{
    chartsMenu_->clear();
    for (const Section& section : sections_) {
        if (!section.grid || section.order.isEmpty())
            continue;
        chartsMenu_->addSection(sectionTitle(section.id));
        for (const QString& id : section.order) {
            ChartCard* card = cards_.value(id);
            QAction* action = chartsMenu_->addAction(card->title());
            action->setObjectName(id + QStringLiteral("ShowAction"));
            action->setCheckable(true);
            action->setChecked(!hidden_.contains(id));
            connect(action, &QAction::toggled, this, [this, id](bool shown) { setCardHidden(id, !shown); });
        }
    }
}

void EngagementDashboard::retranslate()
{
    for (int i = 0; i < tabs_->count() && i < static_cast<int>(sections_.size()); ++i) {
        for (const Section& section : sections_) {
            if (section.page == tabs_->widget(i))
                tabs_->setTabText(i, sectionTitle(section.id));
        }
    }
    chartsButton_->setText(tr("Charts"));
    chartsButton_->setToolTip(tr("Show or hide charts"));
    resetButton_->setText(tr("Reset layout"));
    resetButton_->setToolTip(tr("Put every chart back in its first place and show the hidden ones"));
    for (ChartCard* card : cards()) {
        for (QAction* action : card->menu()->actions()) {
            const QString name = action->objectName();
            if (name == QLatin1String("moveUpAction"))
                action->setText(tr("Move up"));
            else if (name == QLatin1String("moveDownAction"))
                action->setText(tr("Move down"));
            else if (name == QLatin1String("moveLeftAction"))
                action->setText(tr("Move left"));
            else if (name == QLatin1String("moveRightAction"))
                action->setText(tr("Move right"));
            else if (name == QLatin1String("hideCardAction"))
                action->setText(tr("Hide this chart"));
        }
        card->setToolTip(tr("Drag a chart by its title to move it"));
    }
    rebuildChartsMenu();
}

void EngagementDashboard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool EngagementDashboard::eventFilter(QObject* watched, QEvent* event)
{
    // Dragging: a press on a card's title row (the plot keeps its own presses for panning), a move
    // past the drag distance, a drop on another card of the same section.
    auto* card = qobject_cast<ChartCard*>(watched);
    if (card && event->type() == QEvent::MouseButtonPress) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton) {
            dragStart_ = mouse->position().toPoint();
            dragCard_ = card;
        }
    } else if (card && event->type() == QEvent::MouseMove && dragCard_ == card) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if ((mouse->buttons() & Qt::LeftButton)
            && (mouse->position().toPoint() - dragStart_).manhattanLength() >= QApplication::startDragDistance()) {
            dragCard_ = nullptr;
            auto* drag = new QDrag(card);
            auto* mime = new QMimeData;
            mime->setData(kCardMime, card->id().toUtf8());
            drag->setMimeData(mime);
            drag->setPixmap(card->grab().scaledToWidth(240, Qt::SmoothTransformation));
            drag->exec(Qt::MoveAction);
            return true;
        }
    } else if (!card && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove)) {
        auto* drag = static_cast<QDropEvent*>(event);
        if (drag->mimeData()->hasFormat(kCardMime)) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (!card && event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        auto* grid = qobject_cast<QWidget*>(watched);
        if (grid && drop->mimeData()->hasFormat(kCardMime)) {
            const QString id = QString::fromUtf8(drop->mimeData()->data(kCardMime));
            QWidget* under = grid->childAt(drop->position().toPoint());
            while (under && !qobject_cast<ChartCard*>(under))
                under = under->parentWidget();
            if (auto* target = qobject_cast<ChartCard*>(under))
                moveCardTo(id, target->id());
            drop->acceptProposedAction();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace omni::ui
