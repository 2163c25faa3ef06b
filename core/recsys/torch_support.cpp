// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/torch_support.h"

#include <cstring>

#include <dlfcn.h>

namespace omni::recsys::torchsupport {

ResolvedDevice resolveTorchDevice(runtime::DevicePreference preference)
{
    const runtime::DeviceInfo info = runtime::resolveDevice(preference);
    ResolvedDevice resolved;
    if (info.usesCuda)
        resolved.device = torch::Device(torch::kCUDA, 0);
    resolved.name = info.deviceName;
    return resolved;
}

namespace {
struct OpenBlasThreads {
    using Set = void (*)(int);
    using Get = int (*)();
    Set set = reinterpret_cast<Set>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"));
    Get get = reinterpret_cast<Get>(dlsym(RTLD_DEFAULT, "openblas_get_num_threads"));
    bool available() const { return set && get; }
};

const OpenBlasThreads& openBlas()
{
    static const OpenBlasThreads functions;
    return functions;
}
} // namespace

ThreadCountScope::ThreadCountScope(int threads)
    : previous_(torch::get_num_threads())
{
    if (threads <= 0)
        return;
    if (threads != previous_)
        torch::set_num_threads(threads);
    if (openBlas().available() && openBlas().get() != threads) {
        previousBlas_ = openBlas().get();
        openBlas().set(threads);
    }
}

ThreadCountScope::~ThreadCountScope()
{
    if (torch::get_num_threads() != previous_)
        torch::set_num_threads(previous_);
    if (previousBlas_ > 0)
        openBlas().set(previousBlas_);
}

int trainingThreads(int requested)
{
    return requested > 0 ? requested : 1;
}

torch::Tensor indexTensor(const std::vector<int64_t>& values, const torch::Device& device)
{
    torch::Tensor tensor = torch::empty({ static_cast<int64_t>(values.size()) }, torch::kInt64);
    if (!values.empty())
        std::memcpy(tensor.data_ptr<int64_t>(), values.data(), values.size() * sizeof(int64_t));
    return device.is_cpu() ? tensor : tensor.to(device);
}

void writeTensor(ModelWriter& out, const torch::Tensor& tensor)
{
    const torch::Tensor cpu = tensor.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    out.writeI64s(std::vector<int64_t>(cpu.sizes().begin(), cpu.sizes().end()));
    out.writeFloats(cpu.data_ptr<float>(), static_cast<size_t>(cpu.numel()));
}

namespace {
std::string shapeText(const std::vector<int64_t>& shape)
{
    std::string text = "[";
    for (size_t i = 0; i < shape.size(); ++i)
        text += (i ? " x " : "") + std::to_string(shape[i]);
    return text + "]";
}
} // namespace

torch::Tensor readTensor(ModelReader& in, const std::vector<int64_t>& shape, const std::string& what)
{
    const std::vector<int64_t> stored = in.readI64s();
    if (stored != shape)
        in.fail(what + " has the shape " + shapeText(stored) + ", expected " + shapeText(shape));
    int64_t count = 1;
    for (int64_t size : shape)
        count *= size;
    const std::vector<float> values = in.readFloats(static_cast<size_t>(count), what.c_str());
    torch::Tensor tensor = torch::empty(shape, torch::kFloat32);
    std::memcpy(tensor.data_ptr<float>(), values.data(), values.size() * sizeof(float));
    return tensor;
}

std::vector<float> toFloatVector(const torch::Tensor& tensor)
{
    const torch::Tensor cpu = tensor.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    const float* begin = cpu.data_ptr<float>();
    return std::vector<float>(begin, begin + cpu.numel());
}

} // namespace omni::recsys::torchsupport
