// SPDX-License-Identifier: GPL-3.0-or-later
// Channel codes ("mini_program") to the names a merchant reads, in the UI language. The store holds
// both names, so this needs no translation file.
#pragma once

#include "store/records.h"

#include <QHash>
#include <QString>

#include <vector>

namespace omni::ui {

class ChannelNames {
public:
    ChannelNames() = default;
    explicit ChannelNames(const std::vector<store::Channel>& channels);

    // The name in the UI language; the code itself for a channel the store does not know.
    QString name(const std::string& code) const;

private:
    struct Names {
        QString english;
        QString chinese;
    };
    QHash<QString, Names> byCode_;
};

} // namespace omni::ui
