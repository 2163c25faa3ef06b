// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/customer_assignment.h"

#include <algorithm>
#include <tuple>
#include <unordered_set>

namespace omni::profile {

namespace {
struct Candidate {
    uint32_t cluster;
    int64_t customer;
    int held;  // accounts of the cluster the customer holds now
    int homed; // accounts of the cluster originally filed under the customer
    uint32_t firstAccount;
};

void countCandidates(uint32_t cluster, const std::vector<uint32_t>& members, const std::vector<AccountOwner>& owners,
                     std::vector<Candidate>& out)
{
    const size_t begin = out.size();
    auto entry = [&](int64_t customer) -> Candidate& {
        for (size_t i = begin; i < out.size(); ++i)
            if (out[i].customer == customer)
                return out[i];
        out.push_back({cluster, customer, 0, 0, members.front()});
        return out.back();
    };
    for (uint32_t member : members) {
        ++entry(owners[member].current).held;
        ++entry(owners[member].home).homed;
    }
}
} // namespace

std::vector<int64_t> chooseCustomers(const std::vector<std::vector<uint32_t>>& clusters,
                                     const std::vector<AccountOwner>& owners)
{
    std::vector<Candidate> candidates;
    for (uint32_t c = 0; c < clusters.size(); ++c)
        countCandidates(c, clusters[c], owners, candidates);
    // Keeping accounts where they are comes first (fewest moves), then the original record.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return std::make_tuple(-a.held, -a.homed, a.customer, a.firstAccount) <
               std::make_tuple(-b.held, -b.homed, b.customer, b.firstAccount);
    });
    std::vector<int64_t> chosen(clusters.size(), 0);
    std::unordered_set<int64_t> taken;
    for (const Candidate& candidate : candidates) {
        if (chosen[candidate.cluster] != 0 || taken.count(candidate.customer))
            continue;
        chosen[candidate.cluster] = candidate.customer;
        taken.insert(candidate.customer);
    }
    return chosen;
}

} // namespace omni::profile
