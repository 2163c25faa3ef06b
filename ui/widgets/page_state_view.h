// SPDX-License-Identifier: GPL-3.0-or-later
// What a page shows while its data is on the way, when there is none, or when loading failed:
// a stack of a "Loading…" notice, a message, and the page's real content.
#pragma once

#include <QStackedWidget>

class QLabel;

namespace omni::ui {

class PageStateView : public QStackedWidget {
    Q_OBJECT
public:
    enum class State { Loading, Message, Content };

    explicit PageStateView(QWidget* content, QWidget* parent = nullptr);

    void showLoading();
    // For empty pages and errors; the text is already translated by the caller.
    void showMessage(const QString& text);
    void showContent();

    State state() const { return state_; }
    QString message() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* loadingLabel_;
    QLabel* messageLabel_;
    State state_ = State::Loading;
};

} // namespace omni::ui
