// SPDX-License-Identifier: GPL-3.0-or-later
// The help the import dialog shows for a kind of data: the columns, read from the importer itself
// (io::describeImportKind) so that they cannot drift from what it accepts, and a short note on how
// rows become customers, products or events, in the UI language.
#pragma once

#include "io/importer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>

namespace omni::ui {

class ImportHelp {
    Q_DECLARE_TR_FUNCTIONS(ImportHelp)
public:
    struct Columns {
        QStringList required;
        QStringList optional;
    };

    static QString text(io::ImportKind kind);

    // Reads "Columns: a, b (required); c, d. ..." as the importer describes a kind; nothing when
    // the description has another shape (then the dialog shows it as it is).
    static std::optional<Columns> parseColumns(const std::string& description);

private:
    static QString note(io::ImportKind kind);
};

} // namespace omni::ui
