// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/torch_adam.h"

#include "recsys/torch_support.h"

#include <cmath>

namespace omni::recsys::torchsupport {

AdamOptimizer::AdamOptimizer(std::vector<torch::Tensor> parameters, AdamSettings settings)
    : parameters_(std::move(parameters))
    , settings_(settings)
{
    for (const torch::Tensor& parameter : parameters_) {
        firstMoments_.push_back(torch::zeros_like(parameter));
        secondMoments_.push_back(torch::zeros_like(parameter));
        scratch_.push_back(torch::empty_like(parameter));
    }
}

void AdamOptimizer::zeroGrad()
{
    for (torch::Tensor& parameter : parameters_) {
        // Dropping the gradient (instead of zeroing it) lets autograd write the next one in place
        // of an add, and frees sparse gradients.
        if (parameter.grad().defined())
            parameter.mutable_grad() = torch::Tensor();
    }
}

void AdamOptimizer::step()
{
    torch::NoGradGuard noGrad;
    ++steps_;
    const double correction1 = 1.0 - std::pow(settings_.beta1, static_cast<double>(steps_));
    const double correction2 = 1.0 - std::pow(settings_.beta2, static_cast<double>(steps_));
    const double stepSize = settings_.learningRate / correction1;
    for (size_t i = 0; i < parameters_.size(); ++i) {
        const torch::Tensor& grad = parameters_[i].grad();
        if (!grad.defined())
            continue;
        if (grad.is_sparse())
            sparseStep(i, grad, stepSize, correction2);
        else
            denseStep(i, grad, stepSize, correction2);
    }
}

void AdamOptimizer::denseStep(size_t index, const torch::Tensor& gradIn, double stepSize, double correction2)
{
    torch::Tensor& parameter = parameters_[index];
    torch::Tensor grad = gradIn;
    if (settings_.weightDecay != 0)
        grad = grad.add(parameter, settings_.weightDecay);
    torch::Tensor& m = firstMoments_[index];
    torch::Tensor& v = secondMoments_[index];
    m.mul_(settings_.beta1).add_(grad, 1.0 - settings_.beta1);
    v.mul_(settings_.beta2).addcmul_(grad, grad, 1.0 - settings_.beta2);
    torch::Tensor& denominator = scratch_[index];
    torch::sqrt_out(denominator, v);
    denominator.div_(std::sqrt(correction2)).add_(settings_.epsilon);
    parameter.addcdiv_(m, denominator, -stepSize);
}

void AdamOptimizer::sparseStep(size_t index, const torch::Tensor& gradIn, double stepSize, double correction2)
{
    // Lazy Adam: only the rows in this batch move, and only their moments decay (as torch's
    // SparseAdam). Rows that appear several times in a batch were summed by coalesce().
    torch::Tensor& parameter = parameters_[index];
    const torch::Tensor grad = gradIn.coalesce();
    const torch::Tensor rows = grad.indices()[0];
    torch::Tensor values = grad.values();
    if (settings_.weightDecay != 0)
        values = values.add(parameter.index_select(0, rows), settings_.weightDecay);
    torch::Tensor& m = firstMoments_[index];
    torch::Tensor& v = secondMoments_[index];
    const torch::Tensor mRows = m.index_select(0, rows).mul_(settings_.beta1).add_(values, 1.0 - settings_.beta1);
    const torch::Tensor vRows
        = v.index_select(0, rows).mul_(settings_.beta2).addcmul_(values, values, 1.0 - settings_.beta2);
    m.index_copy_(0, rows, mRows);
    v.index_copy_(0, rows, vRows);
    const torch::Tensor denominator = vRows.sqrt().div_(std::sqrt(correction2)).add_(settings_.epsilon);
    parameter.index_add_(0, rows, mRows.div(denominator).mul_(-stepSize));
}

void AdamOptimizer::save(ModelWriter& out) const
{
    out.writeI64(steps_);
    out.writeI64(static_cast<int64_t>(parameters_.size()));
    for (size_t i = 0; i < parameters_.size(); ++i) {
        writeTensor(out, firstMoments_[i]);
        writeTensor(out, secondMoments_[i]);
    }
}

void AdamOptimizer::load(ModelReader& in)
{
    const int64_t steps = in.readI64();
    const int64_t count = in.readI64();
    if (steps < 0 || count != static_cast<int64_t>(parameters_.size()))
        in.fail("the optimiser state does not match the model");
    torch::NoGradGuard noGrad;
    for (size_t i = 0; i < parameters_.size(); ++i) {
        const std::vector<int64_t> shape(parameters_[i].sizes().begin(), parameters_[i].sizes().end());
        firstMoments_[i].copy_(readTensor(in, shape, "optimiser moment " + std::to_string(i)));
        secondMoments_[i].copy_(readTensor(in, shape, "optimiser moment " + std::to_string(i)));
    }
    steps_ = steps;
}

AdamOptimizer::Snapshot AdamOptimizer::snapshot() const
{
    Snapshot copy;
    copy.steps = steps_;
    for (size_t i = 0; i < parameters_.size(); ++i) {
        copy.firstMoments.push_back(firstMoments_[i].clone());
        copy.secondMoments.push_back(secondMoments_[i].clone());
    }
    return copy;
}

void AdamOptimizer::restore(const Snapshot& snapshot)
{
    torch::NoGradGuard noGrad;
    for (size_t i = 0; i < parameters_.size() && i < snapshot.firstMoments.size(); ++i) {
        firstMoments_[i].copy_(snapshot.firstMoments[i]);
        secondMoments_[i].copy_(snapshot.secondMoments[i]);
    }
    steps_ = snapshot.steps;
}

} // namespace omni::recsys::torchsupport
