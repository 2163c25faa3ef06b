// SPDX-License-Identifier: GPL-3.0-or-later
// A read-only view of one copy candidate with its fact check drawn on the text: unsupported claims
// with a red wavy underline, supported claims with a faint green background; hovering a claim
// shows what the checker found (why it is unsupported and what the product's attributes say).
#pragma once

#include "text/copy_types.h"

#include <QTextEdit>

#include <string>

namespace omni::ui {

class FactCheckTextView : public QTextEdit {
    Q_OBJECT
public:
    explicit FactCheckTextView(QWidget* parent = nullptr);

    void showCandidate(const std::string& text, const text::FactCheck& check);
    void clearCandidate();

    // The tooltip of the character at position (QString index), empty when it is not in a claim.
    QString claimToolTipAt(int position) const;
    // Counts of marked claims, for tests.
    int unsupportedMarks() const { return unsupportedMarks_; }
    int supportedMarks() const { return supportedMarks_; }

    static QString claimToolTip(const text::Claim& claim);
    static QString factKindText(text::FactKind kind);

protected:
    bool viewportEvent(QEvent* event) override;

private:
    int unsupportedMarks_ = 0;
    int supportedMarks_ = 0;
};

} // namespace omni::ui
