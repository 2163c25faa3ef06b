// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/stage_text.h"

#include "format.h"

#include <QCoreApplication>

namespace omni::ui {

namespace {

// Stages the core names with a fixed text, found by their English text. They are matched before
// the prefixed stages below ("reading interactions" is one stage, not "reading" + a file name).
constexpr const char* kFixedStages[] = {
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
    QT_TRANSLATE_NOOP("JobStage", "updating engagement aggregates"),
    // profile::CustomerSearchIndex::build
    QT_TRANSLATE_NOOP("JobStage", "loading customers"),
    QT_TRANSLATE_NOOP("JobStage", "loading accounts"),
    QT_TRANSLATE_NOOP("JobStage", "sorting"),
    QT_TRANSLATE_NOOP("JobStage", "done"),
    // profile::resolveIdentities and the analyst's decisions
    QT_TRANSLATE_NOOP("JobStage", "linking accounts"),
    QT_TRANSLATE_NOOP("JobStage", "assigning customers"),
    QT_TRANSLATE_NOOP("JobStage", "writing explanations"),
    // recsys: training, evaluation, batch scoring
    QT_TRANSLATE_NOOP("JobStage", "reading interactions"),
    QT_TRANSLATE_NOOP("JobStage", "evaluating"),
    QT_TRANSLATE_NOOP("JobStage", "training on all interactions"),
    QT_TRANSLATE_NOOP("JobStage", "saving the model"),
    QT_TRANSLATE_NOOP("JobStage", "scoring customers"),
    // catalog: bulk edits and the Products page's export
    QT_TRANSLATE_NOOP("JobStage", "Reading products"),
    QT_TRANSLATE_NOOP("JobStage", "Saving products"),
    QT_TRANSLATE_NOOP("JobStage", "Exporting products"),
    // text: training the copy model (corpus, tokenizer, decoder) and generating copy
    QT_TRANSLATE_NOOP("JobStage", "reading the shop's text"),
    QT_TRANSLATE_NOOP("JobStage", "building the copy corpus"),
    QT_TRANSLATE_NOOP("JobStage", "training the tokenizer"),
    QT_TRANSLATE_NOOP("JobStage", "Counting words"),
    QT_TRANSLATE_NOOP("JobStage", "Learning merges"),
    QT_TRANSLATE_NOOP("JobStage", "encoding the corpus"),
    QT_TRANSLATE_NOOP("JobStage", "training the language model"),
    QT_TRANSLATE_NOOP("JobStage", "measuring held-out perplexity"),
    QT_TRANSLATE_NOOP("JobStage", "writing copy"),
    QT_TRANSLATE_NOOP("JobStage", "ranking copy"),
    // dialogue: the intent model, test suites and the channel check
    QT_TRANSLATE_NOOP("JobStage", "Training the intent model"),
    QT_TRANSLATE_NOOP("JobStage", "Calibrating the intent model"),
    QT_TRANSLATE_NOOP("JobStage", "Cross-validation done"),
    QT_TRANSLATE_NOOP("JobStage", "running test cases"),
    QT_TRANSLATE_NOOP("JobStage", "running test cases on every channel"),
};

// Stages that end with a name: "reading events.csv", "exporting customers".
struct PrefixedStage {
    const char* prefix;
    const char* text; // %1 is the rest of the stage
};
constexpr PrefixedStage kPrefixedStages[] = {
    {"reading ", QT_TRANSLATE_NOOP("JobStage", "reading %1")},   // io::importFile
    {"exporting ", QT_TRANSLATE_NOOP("JobStage", "exporting %1")}, // io::exportTableCsv
    {"epoch ", QT_TRANSLATE_NOOP("JobStage", "epoch %1")},          // recsys::EpochTracker: "epoch 3/20"
    {"validating epoch ", QT_TRANSLATE_NOOP("JobStage", "validating epoch %1")},
    {"cross-validation fold ", QT_TRANSLATE_NOOP("JobStage", "cross-validation fold %1")}, // "fold 2/5"
};

} // namespace

QString stageText(const std::string& coreStage)
{
    for (const char* stage : kFixedStages)
        if (coreStage == stage)
            return QCoreApplication::translate("JobStage", stage);
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
