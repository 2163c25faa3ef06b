// SPDX-License-Identifier: GPL-3.0-or-later
// The common life of a page: it is given the open store's path, loads its data off the GUI thread
// when it becomes visible (a page the user never opens costs nothing), shows "Loading…" meanwhile,
// an explanation when there is nothing to show, and retranslates itself when the language changes.
#pragma once

#include <QWidget>

class QLabel;

namespace omni::ui {

class PageStateView;

class StorePage : public QWidget {
    Q_OBJECT
public:
    explicit StorePage(QWidget* parent = nullptr);

    // The page's name in the page list and its heading, in the UI language.
    virtual QString title() const = 0;

    // Forgets the current data; the page loads from path when next shown (now, if it is visible).
    void setStorePath(const QString& path);
    const QString& storePath() const { return storePath_; }

    bool isLoaded() const { return loaded_; }
    PageStateView* stateView() const { return stateView_; }

public slots:
    // Loads again from the same store, e.g. after an import added rows.
    void reload();

signals:
    // The page's data (and the details of its first row) are on screen, or its error is.
    void loaded();

protected:
    // Builds the standard frame: heading, an optional bar (search box...) and the content, which
    // PageStateView swaps with "Loading…" and messages. Subclasses call it, then applyTexts(), in
    // their constructor.
    void setUpFrame(QWidget* content, QWidget* headerBar = nullptr);
    void applyTexts();

    // Starts the page's queries; the page calls finishLoading() or showLoadError() when done.
    virtual void startLoading() = 0;
    virtual void clearData() = 0;
    // Sets the page's own texts (labels, placeholders, chart axes) in the UI language.
    virtual void retranslate() {}
    // Loaded but nothing to show: the page shows emptyMessage() instead of its content.
    virtual bool hasNoData() const { return false; }
    virtual QString emptyMessage() const { return {}; }

    void finishLoading();
    void showLoadError(const QString& message);

    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void loadIfNeeded();
    void updateState();

    QLabel* heading_ = nullptr;
    PageStateView* stateView_ = nullptr;
    QString storePath_;
    QString loadError_;
    bool stale_ = false; // set when a store path arrives; never true without one
    bool loaded_ = false;
};

} // namespace omni::ui
