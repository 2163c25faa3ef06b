// SPDX-License-Identifier: GPL-3.0-or-later
// The small store writes of undoable commands (activating a model, applying an audit fix): made off
// the GUI thread, on ONE shared writer thread so that they reach the store in the order they were
// asked for (redo, undo, redo...), each opening its own connection (a write may wait on SQLite's
// lock while another program writes), and reported back on the GUI thread.
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace omni::store {
class Store;
}

namespace omni::ui {

class OrderedStoreWriter {
public:
    using Write = std::function<void(const store::Store& store)>;
    using Done = std::function<void(const QString& error)>; // error empty: written

    // Opens the store at path on the writer thread and runs write; a thrown exception becomes the
    // error. done runs on context's thread, unless context is gone by then.
    static void run(const QString& path, Write write, QObject* context, Done done);
    // Writes asked for and not yet made or failed.
    static int pending();
};

} // namespace omni::ui
