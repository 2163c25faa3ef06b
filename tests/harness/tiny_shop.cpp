// SPDX-License-Identifier: GPL-3.0-or-later
#include "tiny_shop.h"

#include "runtime/job.h"
#include "store/sample_shop.h"

namespace omni::test {

store::Store tinyShopInMemory()
{
    store::Store store = store::Store::open(":memory:");
    store::SampleShopOptions options;
    options.size = store::SampleShopSize::Tiny;
    store::generateSampleShop(store, options, runtime::JobContext());
    return store;
}

} // namespace omni::test
