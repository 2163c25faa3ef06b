// SPDX-License-Identifier: GPL-3.0-or-later
// Puts the copy writer on the Products page: a "Copy writer" tab beside Catalog and Consistency
// audit, attached to the window's job runner and undo stack, following the page's store and the
// product selected in its catalogue.
#pragma once

class QUndoStack;

namespace omni::ui {

class CopyWriterPanel;
class JobRunner;
class ProductsPage;

// Called from ProductsPage::attach(). Returns the panel (owned by the page's tab widget).
CopyWriterPanel* installCopyWriterTab(ProductsPage* page, JobRunner* runner, QUndoStack* undoStack);

} // namespace omni::ui
