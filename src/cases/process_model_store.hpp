// Storage of the regions' process models; a region without a row has the defaults.
#pragma once
#include <optional>

#include "cases/process_model.hpp"
#include "platform/db/database.hpp"

namespace polku::cases {

class ProcessModelStore {
 public:
  explicit ProcessModelStore(db::Database& db) : db_(db) {}
  // Empty when the region does not exist.
  std::optional<ProcessModel> find(long long region_id);
  // Every region of the organisations, by organisation and name.
  std::vector<ProcessModel> for_organisations(const std::vector<long long>& organisation_ids);
  // `expected_version` 0 when saving over the defaults for the first time.
  Result<ProcessModel> save(const ProcessModel& model, long long expected_version);

 private:
  db::Database& db_;
};

}  // namespace polku::cases
