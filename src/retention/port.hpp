// What the retention job asks of the modules that keep a client's records: each module's eraser removes, in the
// job's unit, every row of its own tables that is the client's, children before parents. The job calls them for
// the modules that depend on others first, so that no row is left pointing at a removed one.
#pragma once
#include <functional>
#include <initializer_list>
#include <string>

#include "platform/work/unit_of_work.hpp"

namespace polku::retention {

using Eraser = std::function<void(work::UnitOfWork& unit, long long client_id)>;

// Runs each statement in order with :c bound to the client.
inline void erase_rows(work::UnitOfWork& unit, long long client_id, std::initializer_list<const char*> statements) {
  for (const char* statement : statements) unit.sql() << statement, soci::use(client_id, "c");
}

}  // namespace polku::retention
