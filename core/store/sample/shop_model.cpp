// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sample/shop_model.h"

namespace omni::store::sample {

const char* channelCode(int channel)
{
    static const char* const codes[kChannelCount] = { "web", "app", "mini_program", "store", "social" };
    return codes[channel];
}

SizeProfile sampleSizeProfile(SampleShopSize size)
{
    // sessionsPerDay was calibrated against the event targets in sample_shop.h (~20k, ~1M, ~20M);
    // larger shops have a longer tail of loyal regulars, hence more events per customer.
    switch (size) {
    case SampleShopSize::Tiny:
        return { 300, 120, 0.118 };
    case SampleShopSize::Demo:
        return { 20000, 3000, 0.105 };
    case SampleShopSize::Large:
        return { 200000, 50000, 0.21 };
    }
    return {};
}

} // namespace omni::store::sample
