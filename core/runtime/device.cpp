// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtime/device.h"

#include <torch/torch.h>

#include <chrono>

namespace omni::runtime {

const char* devicePreferenceName(DevicePreference preference)
{
    switch (preference) {
    case DevicePreference::Cpu:
        return "cpu";
    case DevicePreference::Cuda:
        return "cuda";
    case DevicePreference::Auto:
        break;
    }
    return "auto";
}

std::optional<DevicePreference> parseDevicePreference(const std::string& name)
{
    if (name == "auto")
        return DevicePreference::Auto;
    if (name == "cpu")
        return DevicePreference::Cpu;
    if (name == "cuda" || name == "gpu")
        return DevicePreference::Cuda;
    return std::nullopt;
}

namespace {
std::string cudaDeviceName()
{
    // The device-name API differs between LibTorch versions and CUDA builds; the device's
    // string form ("cuda:0") is available on all of them.
    return "CUDA (" + torch::Device(torch::kCUDA, 0).str() + ")";
}
} // namespace

DeviceInfo resolveDevice(DevicePreference preference)
{
    DeviceInfo info;
    info.cudaAvailable = torch::cuda::is_available();
    info.cudaDeviceCount = info.cudaAvailable ? static_cast<int>(torch::cuda::device_count()) : 0;
    info.torchVersion = std::to_string(TORCH_VERSION_MAJOR) + "." + std::to_string(TORCH_VERSION_MINOR) + "." +
                        std::to_string(TORCH_VERSION_PATCH);
    info.cpuThreads = torch::get_num_threads();
    info.usesCuda = preference != DevicePreference::Cpu && info.cudaAvailable;
    if (preference == DevicePreference::Cuda && !info.cudaAvailable)
        info.note = "CUDA was requested but no usable GPU was found; using the CPU";
    info.deviceName = info.usesCuda ? cudaDeviceName() : "CPU";
    return info;
}

void setCpuThreads(int threads)
{
    if (threads > 0)
        torch::set_num_threads(threads);
}

DeviceCheck checkDevice(DevicePreference preference, int size)
{
    DeviceCheck check;
    check.device = resolveDevice(preference);
    try {
        torch::NoGradGuard noGrad;
        torch::manual_seed(7);
        const torch::Tensor a = torch::randn({size, size});
        const torch::Tensor b = torch::randn({size, size});
        const torch::Tensor expected = torch::matmul(a, b);
        const torch::Device device = check.device.usesCuda ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
        const auto start = std::chrono::steady_clock::now();
        const torch::Tensor actual = torch::matmul(a.to(device), b.to(device)).to(torch::kCPU);
        check.milliseconds =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        check.maxAbsError = (actual - expected).abs().max().item<double>();
        // TF32 on recent GPUs keeps about 3 decimal digits; sums of `size` products stay well inside this.
        check.ok = check.maxAbsError < 1e-2 * size;
        if (!check.ok)
            check.error = "result differs from the CPU by " + std::to_string(check.maxAbsError);
    } catch (const std::exception& error) {
        check.error = error.what();
    }
    return check;
}

} // namespace omni::runtime
