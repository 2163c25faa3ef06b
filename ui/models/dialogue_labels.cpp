// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/dialogue_labels.h"

#include <QCoreApplication>

namespace omni::ui {

QString intentLabel(dialogue::Intent intent)
{
    using dialogue::Intent;
    switch (intent) {
    case Intent::OrderStatus: return QCoreApplication::translate("DialogueLabels", "Order status");
    case Intent::ShippingTime: return QCoreApplication::translate("DialogueLabels", "Shipping time");
    case Intent::ReturnRefund: return QCoreApplication::translate("DialogueLabels", "Return / refund");
    case Intent::ExchangeSize: return QCoreApplication::translate("DialogueLabels", "Exchange / size");
    case Intent::ProductQuestion: return QCoreApplication::translate("DialogueLabels", "Product question");
    case Intent::Promotion: return QCoreApplication::translate("DialogueLabels", "Coupon / promotion");
    case Intent::Complaint: return QCoreApplication::translate("DialogueLabels", "Complaint");
    case Intent::Account: return QCoreApplication::translate("DialogueLabels", "Account");
    case Intent::Greeting: return QCoreApplication::translate("DialogueLabels", "Greeting / thanks");
    case Intent::Human: return QCoreApplication::translate("DialogueLabels", "Ask for a human");
    case Intent::OutOfScope: return QCoreApplication::translate("DialogueLabels", "Out of scope");
    }
    return QString::fromLatin1(dialogue::intentName(intent));
}

QString entityKindLabel(dialogue::EntityKind kind)
{
    using dialogue::EntityKind;
    switch (kind) {
    case EntityKind::OrderNumber: return QCoreApplication::translate("DialogueLabels", "Order number");
    case EntityKind::Product: return QCoreApplication::translate("DialogueLabels", "Product");
    case EntityKind::Size: return QCoreApplication::translate("DialogueLabels", "Size");
    case EntityKind::Colour: return QCoreApplication::translate("DialogueLabels", "Colour");
    case EntityKind::Date: return QCoreApplication::translate("DialogueLabels", "Date");
    case EntityKind::Amount: return QCoreApplication::translate("DialogueLabels", "Amount");
    }
    return QString::fromLatin1(dialogue::entityKindName(kind));
}

QString handoffReasonLabel(dialogue::HandoffReason reason)
{
    using dialogue::HandoffReason;
    switch (reason) {
    case HandoffReason::None: return QCoreApplication::translate("DialogueLabels", "No hand-off");
    case HandoffReason::LowConfidence: return QCoreApplication::translate("DialogueLabels", "Low confidence");
    case HandoffReason::Requested: return QCoreApplication::translate("DialogueLabels", "Customer asked for a person");
    case HandoffReason::RepeatedFailure: return QCoreApplication::translate("DialogueLabels", "Two unhelpful turns");
    }
    return QString::fromLatin1(dialogue::handoffReasonName(reason));
}

} // namespace omni::ui
