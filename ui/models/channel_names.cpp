// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channel_names.h"

#include "format.h"

namespace omni::ui {

ChannelNames::ChannelNames(const std::vector<store::Channel>& channels)
{
    for (const store::Channel& channel : channels)
        byCode_.insert(toQString(channel.code), Names{toQString(channel.nameEn), toQString(channel.nameZh)});
}

QString ChannelNames::name(const std::string& code) const
{
    const QString key = toQString(code);
    const auto found = byCode_.constFind(key);
    if (found == byCode_.constEnd())
        return key;
    const QString& preferred = chineseActive() ? found->chinese : found->english;
    return preferred.isEmpty() ? found->english : preferred;
}

} // namespace omni::ui
