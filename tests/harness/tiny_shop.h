// SPDX-License-Identifier: GPL-3.0-or-later
// The tiny sample shop in an in-memory store: the fixture of the tests that edit listings (audit
// fixes, accepted copy, the product editor) and need a real catalogue without a file.
#pragma once

#include "store/store.h"

namespace omni::test {

store::Store tinyShopInMemory();

} // namespace omni::test
