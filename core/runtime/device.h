// SPDX-License-Identifier: GPL-3.0-or-later
// Where inference runs: the device choice (auto, CPU, CUDA) and LibTorch's thread count.
// This header is torch-free so that ui/ and app/ can show and change the choice.
#pragma once

#include <optional>
#include <string>

namespace omni::runtime {

enum class DevicePreference { Auto, Cpu, Cuda };

const char* devicePreferenceName(DevicePreference preference); // "auto", "cpu", "cuda"
std::optional<DevicePreference> parseDevicePreference(const std::string& name);

struct DeviceInfo {
    bool cudaAvailable = false;
    int cudaDeviceCount = 0;
    bool usesCuda = false;      // what the preference resolved to
    std::string deviceName;     // "CPU" or the GPU's name
    std::string torchVersion;   // e.g. "1.13.1"
    int cpuThreads = 1;         // LibTorch intra-op threads
    std::string note;           // e.g. why CUDA was asked for but not used
};

// Resolves the preference against this machine: Auto takes CUDA when available, Cuda falls back
// to the CPU with a note when there is no usable GPU.
DeviceInfo resolveDevice(DevicePreference preference);

// Sets LibTorch's intra-op thread count (0 = leave LibTorch's default).
void setCpuThreads(int threads);

// Runs a small matrix product on the resolved device and checks it against the CPU result.
struct DeviceCheck {
    DeviceInfo device;
    bool ok = false;
    double maxAbsError = 0;
    double milliseconds = 0;
    std::string error;
};
DeviceCheck checkDevice(DevicePreference preference, int size = 256);

} // namespace omni::runtime
