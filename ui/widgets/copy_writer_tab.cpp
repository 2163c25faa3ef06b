// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/copy_writer_tab.h"

#include "pages/products_page.h"
#include "widgets/copy_writer_panel.h"

#include <QTabWidget>

namespace omni::ui {

CopyWriterPanel* installCopyWriterTab(ProductsPage* page, JobRunner* runner, QUndoStack* undoStack)
{
    auto* panel = new CopyWriterPanel;
    page->tabs()->addTab(panel, CopyWriterPanel::tabTitle());
    panel->attach(runner, undoStack);
    panel->setSource([page] { return std::make_pair(page->storePath(), page->currentProductId()); });
    QObject::connect(page, &ProductsPage::currentProductChanged, panel, &CopyWriterPanel::setProductId);
    // The page has no "store changed" signal: it loads again after each change, and the panel
    // takes the store and product from it then (and whenever its tab is shown).
    QObject::connect(page, &StorePage::loaded, panel, [panel, page] {
        panel->setStorePath(page->storePath());
        panel->setProductId(page->currentProductId());
    });
    return panel;
}

} // namespace omni::ui
