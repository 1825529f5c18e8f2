// Reading service types and their limits (seeded by migration 0003).
#pragma once
#include <optional>
#include <vector>

#include "platform/db/database.hpp"
#include "service_types/port.hpp"
#include "service_types/service_type.hpp"

namespace polku::service_types {

class ServiceTypeStore final : public Port {
 public:
  explicit ServiceTypeStore(db::Database& db) : db_(db) {}
  std::vector<ServiceType> all() override;
  std::optional<ServiceType> find(const std::string& code) override;

 private:
  db::Database& db_;
};

}  // namespace polku::service_types
