// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence behind an account's link, in the UI language: the shared value (a loyalty card, a
// device, the first characters of a contact's hash) and the two accounts that carry it. Built from
// the account's attributes rather than shown as the core's stored English sentence, which stays
// the tooltip.
#pragma once

#include "models/channel_names.h"
#include "profile/profile.h"

#include <QCoreApplication>
#include <QString>

namespace omni::ui {

class IdentityEvidence {
    Q_DECLARE_TR_FUNCTIONS(IdentityEvidence)
public:
    // accountsOfCustomer tells the only account from the one the others link to.
    static QString describe(const profile::ProfileAccount& account, size_t accountsOfCustomer,
                            const ChannelNames& channels);
};

} // namespace omni::ui
