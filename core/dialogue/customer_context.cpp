// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated customer of a conversation: their own row and orders, read once when the
// conversation starts. This is the only place the bot reads customer data from the store, and it
// reads exactly one customer's: every later answer works from this context, so no message can
// reach another customer's orders.
#include "dialogue/bot.h"

#include "store/customer_repository.h"
#include "store/order_repository.h"

#include <ctime>

namespace omni::dialogue {
namespace {

CustomerContext contextOf(const store::Database& db, const store::Customer& customer)
{
    CustomerContext context;
    context.customerId = customer.id;
    context.customerKey = customer.customerKey;
    context.displayName = customer.name;
    context.email = customer.email;
    context.phone = customer.phone;
    context.city = customer.city;
    context.orders = store::OrderRepository(db).forCustomer(customer.id); // newest first, with items
    return context;
}

} // namespace

CustomerContext loadCustomerContext(const store::Database& db, int64_t customerId)
{
    const std::optional<store::Customer> customer = store::CustomerRepository(db).get(customerId);
    if (!customer)
        throw store::StoreError("There is no customer with id " + std::to_string(customerId) + " in this store.");
    return contextOf(db, *customer);
}

CustomerContext loadCustomerContextByKey(const store::Database& db, const std::string& customerKey)
{
    const std::optional<store::Customer> customer = store::CustomerRepository(db).findByKey(customerKey);
    if (!customer)
        throw store::StoreError("There is no customer with the key \"" + customerKey + "\" in this store.");
    return contextOf(db, *customer);
}

CustomerContext personaContext(const std::string& displayName)
{
    CustomerContext context;
    context.displayName = displayName;
    return context;
}

int64_t defaultSimulationNow(const store::Database& db)
{
    store::Statement statement = db.prepare("SELECT max(ts) FROM orders");
    if (statement.step() && !statement.columnIsNull(0))
        return statement.columnInt(0);
    return static_cast<int64_t>(std::time(nullptr));
}

} // namespace omni::dialogue
