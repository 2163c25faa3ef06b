// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/stage_text.h"

#include "format.h"

#include <QCoreApplication>

namespace omni::ui {

namespace {

// Stages the core names with a fixed text. translate() finds them by their English text, so this
// list exists for lupdate and is not read at run time.
[[maybe_unused]] constexpr const char* kFixedStages[] = {
    // StoreJobs::open
    QT_TRANSLATE_NOOP("JobStage", "Opening the store"),
    // store::generateSampleShop
    QT_TRANSLATE_NOOP("JobStage", "customers"),
    QT_TRANSLATE_NOOP("JobStage", "catalog"),
    QT_TRANSLATE_NOOP("JobStage", "events"),
    QT_TRANSLATE_NOOP("JobStage", "orders"),
    QT_TRANSLATE_NOOP("JobStage", "reviews"),
    QT_TRANSLATE_NOOP("JobStage", "knowledge base"),
    QT_TRANSLATE_NOOP("JobStage", "daily activity"),
    // io::importFile
    QT_TRANSLATE_NOOP("JobStage", "writing orders"),
    QT_TRANSLATE_NOOP("JobStage", "updating daily activity"),
};

// Stages that end with a name: "reading events.csv", "exporting customers".
struct PrefixedStage {
    const char* prefix;
    const char* text; // %1 is the rest of the stage
};
constexpr PrefixedStage kPrefixedStages[] = {
    {"reading ", QT_TRANSLATE_NOOP("JobStage", "reading %1")},   // io::importFile
    {"exporting ", QT_TRANSLATE_NOOP("JobStage", "exporting %1")}, // io::exportTableCsv
};

} // namespace

QString stageText(const std::string& coreStage)
{
    for (const PrefixedStage& stage : kPrefixedStages) {
        const std::string prefix = stage.prefix;
        if (coreStage.size() > prefix.size() && coreStage.compare(0, prefix.size(), prefix) == 0)
            return QCoreApplication::translate("JobStage", stage.text)
                .arg(toQString(coreStage.substr(prefix.size())));
    }
    // Unknown stages come back unchanged, in the core's English.
    return QCoreApplication::translate("JobStage", coreStage.c_str());
}

} // namespace omni::ui
