// What every module is given and what it gives: the platform's shared parts in,
// its routes out. A module builds its own stores and services; what another
// module may use of it is its port (`<module>/port.hpp`), passed in explicitly.
#pragma once
#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/http/router.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::platform {

struct Platform {
  db::Database& db;
  audit::AuditLog& audit;
  work::Transactor& transactor;
};

class Module {
 public:
  virtual ~Module() = default;
  virtual void register_routes(http::Router& router) = 0;
};

}  // namespace polku::platform
