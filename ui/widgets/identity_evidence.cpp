// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/identity_evidence.h"

#include "format.h"
#include "store/identity_attributes.h"

#include <QRegularExpression>

namespace omni::ui {

namespace {
QString accountName(const store::IdentityRecord& account, const ChannelNames& channels)
{
    return channels.name(account.channelCode) + QLatin1Char(' ') + toQString(account.externalId);
}

QString shortHash(const std::optional<std::string>& hash)
{
    return hash ? toQString(store::shortHash(*hash)) : QString();
}
} // namespace

QString IdentityEvidence::describe(const profile::ProfileAccount& account, size_t accountsOfCustomer,
                                   const ChannelNames& channels)
{
    if (!account.resolved)
        return {};
    if (account.rule == store::LinkRule::Anchor)
        return accountsOfCustomer <= 1 ? tr("The customer's only account.")
                                       : tr("The account the customer's other accounts are linked to.");
    if (!account.via)
        return {};
    const store::IdentityAttributes& shared = account.account.attributes;
    const QString here = accountName(account.account, channels);
    const QString there = accountName(*account.via, channels);
    switch (account.rule) {
    case store::LinkRule::LoyaltyCard:
        return tr("Loyalty card %1 on both %2 and %3.").arg(toQString(shared.loyaltyCard.value_or("")), there, here);
    case store::LinkRule::Phone:
        return tr("Phone hash %1 on both %2 and %3.").arg(shortHash(shared.phoneHash), there, here);
    case store::LinkRule::Email:
        return tr("E-mail hash %1 on both %2 and %3.").arg(shortHash(shared.emailHash), there, here);
    case store::LinkRule::Device:
        return tr("Device %1 on both %2 and %3.").arg(toQString(shared.deviceId.value_or("")), there, here);
    case store::LinkRule::Account:
        return tr("%1 and %2 were imported under the same customer record.").arg(there, here);
    case store::LinkRule::ManualMerge: {
        // The decision's number and note are only in the stored sentence: "... (decision 7: note):".
        static const QRegularExpression decision(QStringLiteral("\\(decision (\\d+)(?:: (.*))?\\):"));
        const QRegularExpressionMatch match = decision.match(toQString(account.evidence));
        if (!match.hasMatch())
            return tr("An analyst merged %1 with %2.").arg(there, here);
        const QString note = match.captured(2);
        return note.isEmpty() ? tr("An analyst merged %1 with %2 (decision %3).").arg(there, here, match.captured(1))
                              : tr("An analyst merged %1 with %2 (decision %3): “%4”.")
                                    .arg(there, here, match.captured(1), note);
    }
    case store::LinkRule::Anchor:
        break;
    }
    return {};
}

} // namespace omni::ui
