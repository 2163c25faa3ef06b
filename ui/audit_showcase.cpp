// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit_showcase.h"

#include "main_window.h"
#include "widgets/audit_panel.h"

#include <QPointer>
#include <QTabWidget>
#include <QTimer>

#include <memory>

namespace omni::ui {

namespace {

constexpr int kRetryMs = 100;
constexpr int kMaxTries = 300; // the page's own loading jobs may hold the runner for a while

// Brings the tab that holds widget to the front, in every tab widget on the way up.
void showTabOf(QWidget* widget)
{
    for (QWidget* child = widget; child && child->parentWidget(); child = child->parentWidget())
        if (auto* tabs = qobject_cast<QTabWidget*>(child->parentWidget()->parentWidget())) {
            const int index = tabs->indexOf(child);
            if (index >= 0)
                tabs->setCurrentIndex(index);
        }
}

} // namespace

ScreenshotTaker::Preparation auditPreparation(MainWindow& window)
{
    QPointer<MainWindow> guard(&window);
    return [guard](std::function<void()> ready) {
        AuditPanel* panel = guard ? guard->findChild<AuditPanel*>() : nullptr;
        if (!panel) {
            ready();
            return;
        }
        showTabOf(panel);
        QObject::connect(panel, &AuditPanel::auditFinished, panel, ready, Qt::SingleShotConnection);
        // runAudit refuses while another job (the page's loading) holds the runner: try again.
        auto tries = std::make_shared<int>(0);
        auto attempt = std::make_shared<std::function<void()>>();
        *attempt = [panel = QPointer<AuditPanel>(panel), ready, tries, attempt] {
            if (!panel)
                return;
            if (panel->runAudit())
                return;
            if (++*tries >= kMaxTries) {
                ready(); // grab what there is rather than never finishing
                return;
            }
            QTimer::singleShot(kRetryMs, panel, [attempt] { (*attempt)(); });
        };
        (*attempt)();
    };
}

} // namespace omni::ui
