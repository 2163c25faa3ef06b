// SPDX-License-Identifier: GPL-3.0-or-later
// Carries generated text from the generating (worker) thread to the GUI thread. The generator
// calls the callback once per token; forwarding each one as its own queued call would post
// hundreds of events a second, so the text is gathered under a lock and handed over at most every
// kIntervalMs in one batch (textArrived per candidate run), which keeps the event loop free while
// the editor still grows token by token to the eye.
#pragma once

#include "text/copy_generator.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <memory>

namespace omni::ui {

class CopyStreamForwarder : public QObject {
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 30;

    explicit CopyStreamForwarder(QObject* parent = nullptr);
    ~CopyStreamForwarder() override;

    // A callback for CopyGenerator::generate, safe to call from any thread. Text from callbacks
    // of an earlier callback() (an older generation) is dropped once a newer one was made.
    text::CopyStreamCallback callback();
    // Delivers whatever is pending now (the job is over); on the GUI thread.
    void flush();

    int batchesDelivered() const { return batches_; }

signals:
    // A candidate's next piece of text, in order.
    void textArrived(int candidate, const QString& text);

private:
    struct Shared;
    void deliverSoon();

    std::shared_ptr<Shared> shared_;
    QElapsedTimer sinceLastFlush_;
    bool timerPending_ = false;
    int batches_ = 0;
};

} // namespace omni::ui
