// SPDX-License-Identifier: GPL-3.0-or-later
// A tiny command-line parser: "--name value", "--name=value", flags, "--" to end options, and
// positional arguments; a one-letter option also as "-x value". Anything it does not expect is a UsageError (exit code 2).
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace omni::cli {

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct OptionSpec {
    std::string name; // without the leading "--"
    bool takesValue = true;
};

class Arguments {
public:
    // Parses args (the words after the command name) against the options a command accepts.
    // "--help" / "-h" is always accepted, as a flag.
    static Arguments parse(const std::string& command, const std::vector<std::string>& args,
                           const std::vector<OptionSpec>& options);

    bool has(const std::string& name) const { return values_.count(name) > 0; }
    std::string value(const std::string& name, const std::string& fallback = {}) const;
    // The option's value as a whole number; UsageError when it is not one.
    long long intValue(const std::string& name, long long fallback) const;
    const std::vector<std::string>& positionals() const { return positionals_; }
    // UsageError unless there are between min and max positionals.
    void expectPositionals(size_t min, size_t max, const std::string& usage) const;

private:
    std::string command_;
    std::map<std::string, std::string> values_;
    std::vector<std::string> positionals_;
};

} // namespace omni::cli
