// SPDX-License-Identifier: GPL-3.0-or-later
#include "copy_writer_showcase.h"

#include "main_window.h"
#include "widgets/copy_writer_panel.h"

#include <QPointer>
#include <QTabWidget>

#include <memory>

namespace omni::ui {

namespace {

// Brings the tab that holds widget to the front, in every tab widget on the way up.
void showTabOf(QWidget* widget)
{
    for (QWidget* child = widget; child && child->parentWidget(); child = child->parentWidget()) {
        // A tab's page sits in the tab widget's internal stack: child → stack → tab widget.
        QWidget* stack = child->parentWidget();
        if (auto* tabs = qobject_cast<QTabWidget*>(stack->parentWidget())) {
            const int index = tabs->indexOf(child);
            if (index >= 0)
                tabs->setCurrentIndex(index);
        }
    }
}

} // namespace

ScreenshotTaker::Preparation copyWriterPreparation(MainWindow& window)
{
    QPointer<MainWindow> guard(&window);
    return [guard](std::function<void()> ready) {
        CopyWriterPanel* panel = guard ? guard->findChild<CopyWriterPanel*>() : nullptr;
        if (!panel) {
            ready();
            return;
        }
        showTabOf(panel);
        // Once the panel knows the product and the model: generate, and grab when it is over.
        auto generateWhenReady = std::make_shared<std::function<void()>>();
        auto connection = std::make_shared<QMetaObject::Connection>();
        *generateWhenReady = [panel, ready, connection] {
            if (!panel->contextReady() || !panel->hasProduct())
                return; // wait for the next contextLoaded
            QObject::disconnect(*connection);
            if (!panel->hasCopyModel()) {
                ready();
                return;
            }
            QObject::connect(panel, &CopyWriterPanel::generationFinished, panel, ready,
                             Qt::SingleShotConnection);
            if (!panel->generate())
                ready();
        };
        *connection = QObject::connect(panel, &CopyWriterPanel::contextLoaded, panel,
                                       [generateWhenReady] { (*generateWhenReady)(); });
        (*generateWhenReady)();
    };
}

} // namespace omni::ui
