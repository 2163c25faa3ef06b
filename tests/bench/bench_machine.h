// SPDX-License-Identifier: GPL-3.0-or-later
// What every benchmark prints and times: the machine it ran on (CPU model, hardware threads, load
// average, since the development machine is shared) and elapsed wall time.
#pragma once

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>

namespace omni::bench {

using Clock = std::chrono::steady_clock;

inline double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

inline double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

inline std::string cpuModel()
{
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line))
        if (line.rfind("model name", 0) == 0)
            return line.substr(line.find(':') + 2);
    return "unknown CPU";
}

inline std::string loadAverage()
{
    std::ifstream file("/proc/loadavg");
    std::string one, five, fifteen;
    file >> one >> five >> fifteen;
    return one + " " + five + " " + fifteen;
}

inline void printMachine()
{
    std::printf("machine: %u CPUs (%s), load average %s\n", std::thread::hardware_concurrency(), cpuModel().c_str(),
        loadAverage().c_str());
}

} // namespace omni::bench
