// SPDX-License-Identifier: GPL-3.0-or-later
// Dropout with a fast CPU mask. INTERNAL (includes torch).
//
// torch::dropout on the CPU draws its mask with bernoulli_, one generator call per element, which
// was the largest single cost of a SASRec training step here (the attention weights alone are
// batch x width x width values per block). This draws 4 mask values from each 64-bit xoshiro
// output, in fixed chunks with their own streams (parallel, and the same mask for any thread
// count), and multiplies by a 0 / (1 / (1 - p)) tensor, which autograd differentiates as usual.
// On a GPU, torch's fused dropout is already fast and is used as it is.
#pragma once

#include "recsys/torch_support.h"

#include <cstdint>

namespace omni::recsys::torchsupport {

class FastDropout {
public:
    // Restarts the mask sequence (per epoch, so that a resumed training repeats an uninterrupted one).
    void reseed(uint64_t seed)
    {
        seed_ = seed;
        calls_ = 0;
    }
    // x with each value zeroed with probability p and the rest scaled by 1 / (1 - p).
    torch::Tensor apply(const torch::Tensor& x, double p);

private:
    uint64_t seed_ = 0;
    uint64_t calls_ = 0;
};

} // namespace omni::recsys::torchsupport
