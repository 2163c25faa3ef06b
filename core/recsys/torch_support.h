// SPDX-License-Identifier: GPL-3.0-or-later
// LibTorch helpers shared by the neural recommenders (BPR, SASRec). INTERNAL: this header
// includes torch, so only core .cpp files may include it; public headers stay torch-free.
#pragma once

#include "recsys/model_io.h"
#include "runtime/device.h"

// The few LibTorch headers the recommenders need, not <torch/torch.h>: it pulls in every module,
// optimiser and data loader and doubles the compile time of each file on a 2-core machine.
#include <torch/nn/functional/loss.h>
#include <torch/nn/functional/normalization.h>
#include <torch/nn/init.h>
#include <torch/types.h>
#include <torch/utils.h>

#include <cstdint>
#include <string>
#include <vector>

namespace omni::recsys::torchsupport {

// The torch device a preference resolves to on this machine, and its display name.
struct ResolvedDevice {
    torch::Device device = torch::kCPU;
    std::string name = "CPU";
};
ResolvedDevice resolveTorchDevice(runtime::DevicePreference preference);

// Sets LibTorch's intra-op thread count for the lifetime of the object and restores the previous
// count afterwards (the count is process-wide; training asks for its own, the app keeps its own).
//
// Debian's LibTorch does its matrix products in OpenBLAS, whose pthread build keeps a pool of its
// own (one thread per core) that torch::set_num_threads does not touch. When the process has
// OpenBLAS, its count follows too (looked up at run time, so builds against MKL-based LibTorch
// need nothing): measured back to back, one BLAS thread made the 1-thread SASRec epoch about 7 %
// faster than OpenBLAS's default two, whose threads spin while the other core is busy.
class ThreadCountScope {
public:
    explicit ThreadCountScope(int threads);
    ~ThreadCountScope();
    ThreadCountScope(const ThreadCountScope&) = delete;
    ThreadCountScope& operator=(const ThreadCountScope&) = delete;

private:
    int previous_ = 0;
    int previousBlas_ = 0; // 0: no OpenBLAS, or not changed
};

// The intra-op threads a training run uses: the requested count, or 1 when none was asked for.
// Measured on the 2-core development machine (docs/benchmarks.md, "SASRec and BPR training"):
// with other work running, 2 threads made a SASRec epoch 2-4x SLOWER than 1, as every parallel
// region waits for its slowest thread. A desktop app seldom has both cores to itself; callers
// that know better pass TrainOptions::cpuThreads.
int trainingThreads(int requested);

// A CPU int64 tensor holding a copy of values, moved to device.
torch::Tensor indexTensor(const std::vector<int64_t>& values, const torch::Device& device);

// Model payloads store tensors as raw float32 arrays (shape, then values), not torch::save
// archives: the bytes are the same for every LibTorch version and load on CPU or GPU alike.
void writeTensor(ModelWriter& out, const torch::Tensor& tensor);
// Reads a tensor written by writeTensor into a CPU tensor and checks that it has `shape`.
torch::Tensor readTensor(ModelReader& in, const std::vector<int64_t>& shape, const std::string& what);

// Copies a tensor (any device) into a float vector on the CPU.
std::vector<float> toFloatVector(const torch::Tensor& tensor);

} // namespace omni::recsys::torchsupport
