// SPDX-License-Identifier: GPL-3.0-or-later
// The listing editor: the canonical product (titles, category, brand, price, attributes as
// name/value rows, descriptions) on its first tab and one tab per channel with that channel's
// listing (title, price, description, stock, status), or a button that creates the missing
// listing from the canonical values in the channel's language.
//
// Every change is validated at once by the core's rules (catalog/product_rules.h); a problem shows
// on its field (red frame, the message under it and as tooltip) and blocks Save. Texts show their
// length against the channel's limit ("12/30"). The editor itself writes nothing: Save emits
// saveRequested(before, after) and the page turns that into an undoable command.
#pragma once

#include "catalog/product_rules.h"
#include "store/product_edit.h"
#include "store/records.h"

#include <QHash>
#include <QWidget>

#include <map>
#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace omni::ui {

class AttributeEditModel;

class ProductEditor : public QWidget {
    Q_OBJECT
public:
    explicit ProductEditor(QWidget* parent = nullptr);

    // The store's channels (one tab each) and categories (the category box's choices).
    void setChannels(const std::vector<store::Channel>& channels);
    void setCategories(const std::vector<std::string>& categories);

    // Shows the product as stored, dropping unsaved changes; nullopt empties the editor.
    void showProduct(const std::optional<store::ProductEdit>& stored);
    const std::optional<store::ProductEdit>& storedEdit() const { return stored_; }
    qint64 productId() const { return stored_ ? stored_->product.id : -1; }
    // The product as the fields now describe it.
    store::ProductEdit currentEdit() const;
    bool isModified() const { return modified_; }
    // Save was pressed and the product has not been reloaded since.
    bool isSaving() const { return saving_; }
    const std::vector<catalog::ValidationIssue>& issues() const { return issues_; }

    // Emits saveRequested when there are valid unsaved changes; false (and nothing emitted) otherwise.
    bool save();
    // Puts the stored values back into the fields.
    void revert();
    // A line under the form (a failed write, a refused stale edit); empty clears it.
    void showStatus(const QString& message, bool error);

    // For tests and the page: the field widgets and their message lines. channel is empty for the
    // canonical product; field names as in catalog::ValidationIssue.
    QWidget* fieldWidget(const QString& channel, const QString& field) const;
    QString fieldMessage(const QString& channel, const QString& field) const;
    QString fieldCounter(const QString& channel, const QString& field) const;
    QLineEdit* titleEnEdit() const { return titleEn_; }
    QDoubleSpinBox* priceBox() const { return price_; }
    QComboBox* categoryBox() const { return category_; }
    QLineEdit* brandEdit() const { return brand_; }
    AttributeEditModel* attributeModel() const { return attributes_; }
    QTableView* attributeTable() const { return attributeTable_; }
    QPushButton* saveButton() const { return save_; }
    QPushButton* revertButton() const { return revert_; }
    QTabWidget* tabs() const { return tabs_; }
    // Creates the channel's missing listing from the canonical values (as its button does).
    bool createListing(const QString& channel);
    QPushButton* createListingButton(const QString& channel) const;
    QLineEdit* listingTitleEdit(const QString& channel) const;
    QDoubleSpinBox* listingPriceBox(const QString& channel) const;
    QSpinBox* listingStockBox(const QString& channel) const;
    QComboBox* listingStatusBox(const QString& channel) const;
    QString statusText() const;

signals:
    void saveRequested(const omni::store::ProductEdit& before, const omni::store::ProductEdit& after);
    void modifiedChanged(bool modified);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Field {
        QWidget* input = nullptr;
        QLabel* counter = nullptr; // texts with a limit only
        QLabel* message = nullptr;
        int limit = 0;
    };
    struct ListingTab {
        std::string channelCode;
        QWidget* page = nullptr;
        QStackedWidget* stack = nullptr;
        QLabel* notListed = nullptr;
        QPushButton* create = nullptr;
        QLineEdit* title = nullptr;
        QDoubleSpinBox* price = nullptr;
        QPlainTextEdit* description = nullptr;
        QSpinBox* stock = nullptr;
        QComboBox* status = nullptr;
        QLabel* labels[5] = {};
        bool present = false;
    };

    QWidget* buildProductTab();
    void buildListingTab(ListingTab& tab);
    Field& addField(const QString& channel, const QString& field, QWidget* input, int limit);
    QWidget* fieldBlock(const Field& field) const;
    void fillCategories(const std::string& current);
    void fillStatuses(QComboBox* box);
    void fillFields();
    void fillListing(ListingTab& tab, const store::Listing* listing);
    void onEdited();
    void showIssues();
    void updateCounters();
    void retranslate();
    void updateStatusLine();
    QString issueText(const catalog::ValidationIssue& issue) const;
    ListingTab* listingTab(const QString& channel);
    const ListingTab* listingTab(const QString& channel) const;
    static QString key(const QString& channel, const QString& field);
    static QString textOf(const QWidget* input);

    QTabWidget* tabs_;
    QLineEdit* titleEn_;
    QLineEdit* titleZh_;
    QComboBox* category_;
    QLineEdit* brand_;
    QDoubleSpinBox* price_;
    AttributeEditModel* attributes_;
    QTableView* attributeTable_;
    QPushButton* addAttribute_;
    QPushButton* removeAttribute_;
    QPlainTextEdit* descriptionEn_;
    QPlainTextEdit* descriptionZh_;
    QLabel* productLabels_[8] = {};
    QLabel* status_;
    QPushButton* revert_;
    QPushButton* save_;
    QHash<QString, Field> fields_;
    std::vector<ListingTab> listingTabs_;
    std::vector<store::Channel> channels_;
    std::vector<std::string> categories_;
    std::optional<store::ProductEdit> stored_;
    std::vector<catalog::ValidationIssue> issues_;
    QString statusMessage_;
    bool statusIsError_ = false;
    bool modified_ = false;
    bool filling_ = false; // fields are being set from stored_: no change signals
    bool saving_ = false;  // a save was requested; the reloaded product ends it
};

} // namespace omni::ui
