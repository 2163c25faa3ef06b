// SPDX-License-Identifier: GPL-3.0-or-later
// A knowledge-base article's title and text, for "Edit answer…" in the simulator and "Add
// article…" on the Knowledge base tab (which also asks for the topic and the language).
#pragma once

#include "store/records.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace omni::ui {

class KbArticleDialog : public QDialog {
    Q_OBJECT
public:
    // isNew: topic and language are asked for, and must not name an article of existing.
    KbArticleDialog(const store::KbArticle& article, bool isNew, std::vector<store::KbArticle> existing,
                    QWidget* parent = nullptr);

    store::KbArticle result() const;

private:
    void updateOk();

    store::KbArticle article_;
    bool isNew_;
    std::vector<store::KbArticle> existing_;
    QComboBox* topic_;
    QComboBox* lang_;
    QLineEdit* title_;
    QPlainTextEdit* body_;
    QLabel* problem_;
    QDialogButtonBox* buttons_;
};

} // namespace omni::ui
