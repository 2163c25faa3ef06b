// SPDX-License-Identifier: GPL-3.0-or-later
// The Support page's test store: the handmade shop (testing_support.h) plus orders whose every
// value the tests know, knowledge-base articles on order status and shipping, the default intent
// examples, and (optionally) a trained intent model.
//   Alice (C-1): one order SO260403000001, web, shipped, 2 × Linen shirt at 9.50.
//   Bob   (C-2): one order SO260403000002, app, delivered, 1 × Wool scarf at 20.00.
//   Chen Wei (C-3): no orders.
#pragma once

#include "testing_support.h"

#include "dialogue/intent_model_store.h"
#include "runtime/job.h"
#include "store/kb_repository.h"
#include "store/order_repository.h"
#include "store/sample/intent_examples.h"
#include "store/store.h"

#include <QString>

#include <string>

namespace omni::uitest {

inline const std::string kAliceOrder = "SO260403000001";
inline const std::string kBobOrder = "SO260403000002";

inline HandmadeShop createSupportStore(const QString& path, bool trainModel)
{
    const HandmadeShop made = createHandmadeStore(path);
    {
        const store::Store shop = store::Store::open(path.toStdString());
        store::Transaction transaction(shop.db());
        store::OrderRepository orders(shop.db());
        const int64_t day2 = 1780000000 / 86400 * 86400 + 2 * 86400 + 3600;
        store::Order alice;
        alice.orderKey = kAliceOrder;
        alice.customerId = made.customerIds[0];
        alice.channelCode = "web";
        alice.ts = day2;
        alice.status = "shipped";
        alice.total = 19.0;
        alice.items = {{made.productIds[0], 2, 9.5}};
        orders.insert(alice);
        store::Order bob;
        bob.orderKey = kBobOrder;
        bob.customerId = made.customerIds[1];
        bob.channelCode = "app";
        bob.ts = day2 - 86400;
        bob.status = "delivered";
        bob.total = 20.0;
        bob.items = {{made.productIds[2], 1, 20.0}};
        orders.insert(bob);
        store::KbRepository kb(shop.db());
        kb.upsert({0, "order_status", "en", "Tracking your order",
                   "Orders ship within 24 hours.\nYou can follow a shipped order with its tracking number."});
        kb.upsert({0, "order_status", "zh", "订单查询", "订单在24小时内发货。\n已发货的订单可以用快递单号查询。"});
        kb.upsert({0, "shipping", "en", "Delivery times", "Standard delivery takes 2 to 4 days."});
        store::sample::writeDefaultIntentExamples(shop.db());
        transaction.commit();
    }
    if (trainModel)
        dialogue::trainAndRegisterIntentModel(path.toStdString(), dialogue::IntentTrainingOptions(),
                                              runtime::JobContext());
    return made;
}

} // namespace omni::uitest
