// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commands.h"

#include "runtime/device.h"

namespace omni::cli {

int runDevice(const Args& args)
{
    const Command& command = *findCommand("device");
    const Arguments parsed = Arguments::parse("device", args, {{"device"}, {"threads"}});
    if (parsed.has("help")) {
        printCommandHelp(command, stdout);
        return 0;
    }
    parsed.expectPositionals(0, 0, command.usage);
    const auto preference = runtime::parseDevicePreference(parsed.value("device", "auto"));
    if (!preference)
        throw UsageError("unknown device '" + parsed.value("device") + "' (auto, cpu or cuda)");
    const long long threads = parsed.intValue("threads", 0);
    if (threads < 0 || threads > 1024)
        throw UsageError("--threads must be between 0 and 1024");
    runtime::setCpuThreads(static_cast<int>(threads));

    const runtime::DeviceCheck check = runtime::checkDevice(*preference);
    const runtime::DeviceInfo& device = check.device;
    std::printf("preference:   %s\n", runtime::devicePreferenceName(*preference));
    std::printf("device:       %s\n", device.deviceName.c_str());
    std::printf("torch:        %s\n", device.torchVersion.c_str());
    std::printf("cuda:         %s\n", device.cudaAvailable
                                          ? ("available, " + std::to_string(device.cudaDeviceCount) + " device(s)").c_str()
                                          : "not available");
    std::printf("cpu threads:  %d\n", device.cpuThreads);
    if (!device.note.empty())
        std::printf("note:         %s\n", device.note.c_str());
    if (check.ok) {
        std::printf("check:        ok (max abs error %.3g, %.2f ms)\n", check.maxAbsError, check.milliseconds);
        return 0;
    }
    std::printf("check:        FAILED%s%s\n", check.error.empty() ? "" : ": ", check.error.c_str());
    return 1;
}

} // namespace omni::cli
