// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"

#include <algorithm>
#include <charconv>

namespace omni::cli {

Arguments Arguments::parse(const std::string& command, const std::vector<std::string>& args,
                           const std::vector<OptionSpec>& options)
{
    Arguments parsed;
    parsed.command_ = command;
    bool optionsEnded = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& word = args[i];
        if (optionsEnded || word.size() < 2 || word[0] != '-') {
            parsed.positionals_.push_back(word);
            continue;
        }
        if (word == "--") {
            optionsEnded = true;
            continue;
        }
        if (word == "-h" || word == "--help") {
            parsed.values_["help"] = "";
            continue;
        }
        // A one-letter option may also be written with one dash ("-k 20" for "--k 20").
        const bool shortForm = word.compare(0, 2, "--") != 0;
        if (shortForm && !(word.size() == 2 && std::any_of(options.begin(), options.end(), [&](const OptionSpec& option) {
                               return option.name.size() == 1 && option.name[0] == word[1];
                           })))
            throw UsageError("unknown option '" + word + "' for '" + command + "'");
        const size_t prefix = shortForm ? 1 : 2;
        const size_t equals = word.find('=');
        const std::string name =
            word.substr(prefix, equals == std::string::npos ? std::string::npos : equals - prefix);
        const OptionSpec* spec = nullptr;
        for (const OptionSpec& option : options)
            if (option.name == name)
                spec = &option;
        if (!spec)
            throw UsageError("unknown option '--" + name + "' for '" + command + "'");
        if (!spec->takesValue) {
            if (equals != std::string::npos)
                throw UsageError("option '--" + name + "' takes no value");
            parsed.values_[name] = "";
        } else if (equals != std::string::npos) {
            parsed.values_[name] = word.substr(equals + 1);
        } else if (i + 1 < args.size()) {
            parsed.values_[name] = args[++i];
        } else {
            throw UsageError("option '--" + name + "' needs a value");
        }
    }
    return parsed;
}

std::string Arguments::value(const std::string& name, const std::string& fallback) const
{
    const auto found = values_.find(name);
    return found == values_.end() ? fallback : found->second;
}

long long Arguments::intValue(const std::string& name, long long fallback) const
{
    if (!has(name))
        return fallback;
    const std::string text = value(name);
    long long result = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        throw UsageError("option '--" + name + "' needs a whole number, not '" + text + "'");
    return result;
}

void Arguments::expectPositionals(size_t min, size_t max, const std::string& usage) const
{
    if (positionals_.size() < min)
        throw UsageError("'" + command_ + "' needs more arguments\nusage: " + usage);
    if (positionals_.size() > max)
        throw UsageError("'" + command_ + "' got an unexpected argument '" + positionals_[max] + "'\nusage: " + usage);
}

} // namespace omni::cli
