// SPDX-License-Identifier: GPL-3.0-or-later
// The core names job stages in short English text ("Writing events"); the UI shows them in the
// user's language. Known stages are listed (for lupdate) in stage_text.cpp; a stage the UI does not
// know yet is shown as the core wrote it rather than hidden.
#pragma once

#include <QString>

#include <string>

namespace omni::ui {

QString stageText(const std::string& coreStage);

} // namespace omni::ui
