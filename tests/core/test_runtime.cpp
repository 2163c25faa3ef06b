// SPDX-License-Identifier: GPL-3.0-or-later
// The runtime: the job pattern (progress, cancellation) and LibTorch on the chosen device.
#include "check.h"

#include "runtime/device.h"
#include "runtime/job.h"

#include <thread>
#include <vector>

using namespace omni::runtime;

OMNI_TEST(job_reports_progress_in_order)
{
    std::vector<Progress> seen;
    JobContext job([&](const Progress& progress) { seen.push_back(progress); });
    for (int i = 1; i <= 3; ++i)
        job.step(i, 3, "rows");
    OMNI_CHECK_EQ(seen.size(), size_t(3));
    OMNI_CHECK_EQ(seen.back().done, int64_t(3));
    OMNI_CHECK_EQ(seen.back().total, int64_t(3));
    OMNI_CHECK_EQ(seen.back().stage, std::string("rows"));
}

OMNI_TEST(cancel_from_another_thread_stops_the_next_step)
{
    JobContext job;
    JobContext copy = job; // the UI keeps a copy; both share one flag
    std::thread canceller([copy]() mutable { copy.cancel(); });
    canceller.join();
    OMNI_CHECK(job.isCancelled());
    OMNI_CHECK_THROWS(job.step(1, 2, "rows"), JobCancelled);
}

OMNI_TEST(device_preference_names_round_trip)
{
    for (const auto preference : {DevicePreference::Auto, DevicePreference::Cpu, DevicePreference::Cuda})
        OMNI_CHECK(parseDevicePreference(devicePreferenceName(preference)) == preference);
    OMNI_CHECK(!parseDevicePreference("tpu").has_value());
}

OMNI_TEST(cpu_is_always_usable)
{
    const DeviceCheck check = checkDevice(DevicePreference::Cpu, 64);
    OMNI_CHECK(check.ok);
    OMNI_CHECK(!check.device.usesCuda);
    OMNI_CHECK_EQ(check.device.deviceName, std::string("CPU"));
    OMNI_CHECK(!check.device.torchVersion.empty());
    OMNI_CHECK(check.maxAbsError < 1e-3);
}

OMNI_TEST(auto_device_runs_libtorch_on_what_this_machine_has)
{
    // On a CUDA machine this multiplies on the GPU and compares with the CPU; elsewhere on the CPU.
    const DeviceCheck check = checkDevice(DevicePreference::Auto, 256);
    OMNI_CHECK(check.ok);
    OMNI_CHECK_EQ(check.device.usesCuda, check.device.cudaAvailable);
    if (!check.device.cudaAvailable) {
        const DeviceInfo forced = resolveDevice(DevicePreference::Cuda);
        OMNI_CHECK(!forced.usesCuda);
        OMNI_CHECK(!forced.note.empty()); // the user is told why their choice was not honoured
    }
}

OMNI_TEST(thread_count_is_applied)
{
    setCpuThreads(1);
    OMNI_CHECK_EQ(resolveDevice(DevicePreference::Cpu).cpuThreads, 1);
    setCpuThreads(2);
    OMNI_CHECK_EQ(resolveDevice(DevicePreference::Cpu).cpuThreads, 2);
}
