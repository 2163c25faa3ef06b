// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/torch_dropout.h"

#include "store/sample/random.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>

namespace omni::recsys::torchsupport {

namespace {
// Mask values per generator stream: large enough that seeding a stream costs nothing in
// comparison, small enough to spread a 5-million-value mask over the threads.
constexpr int64_t kChunk = int64_t { 1 } << 16;
} // namespace

torch::Tensor FastDropout::apply(const torch::Tensor& x, double p)
{
    if (p <= 0)
        return x;
    if (!x.device().is_cpu())
        return torch::dropout(x, p, true);
    const uint64_t call = calls_++;
    // A value is kept when its 16-bit random number is at or above p * 65536.
    const auto threshold = static_cast<uint32_t>(std::lround(p * 65536.0));
    const auto keep = static_cast<float>(1.0 / (1.0 - p));
    torch::Tensor mask = torch::empty(x.sizes(), x.options().requires_grad(false));
    float* out = mask.data_ptr<float>();
    const int64_t count = mask.numel();
    const int64_t chunks = (count + kChunk - 1) / kChunk;
    const uint64_t seed = seed_;
    at::parallel_for(0, chunks, 1, [&](int64_t begin, int64_t end) {
        for (int64_t chunk = begin; chunk < end; ++chunk) {
            store::sample::Rng rng(seed, (call << 24) ^ static_cast<uint64_t>(chunk));
            const int64_t first = chunk * kChunk;
            const int64_t last = std::min(count, first + kChunk);
            for (int64_t i = first; i < last; i += 4) {
                uint64_t bits = rng.next();
                for (int64_t j = i; j < std::min(last, i + 4); ++j, bits >>= 16)
                    out[j] = static_cast<uint32_t>(bits & 0xffff) >= threshold ? keep : 0.0f;
            }
        }
    });
    return x * mask;
}

} // namespace omni::recsys::torchsupport
