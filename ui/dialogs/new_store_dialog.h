// SPDX-License-Identifier: GPL-3.0-or-later
// Asks where to create a new store and whether to fill it with a generated sample shop.
#pragma once

#include "store/sample_shop.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace omni::ui {

class PathField;

class NewStoreDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewStoreDialog(QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    // The sample shop to generate into the new store; none for an empty store.
    std::optional<store::SampleShopSize> sampleSize() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateAcceptable();

    PathField* file_;
    QComboBox* contents_;
    QLabel* fileLabel_;
    QLabel* contentsLabel_;
    QDialogButtonBox* buttons_;
};

} // namespace omni::ui
