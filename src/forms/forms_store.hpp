// Storage of the forms' published versions: reads, and a new version inside the caller's unit of work.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "forms/form.hpp"
#include "platform/db/database.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::forms {

class FormsStore {
 public:
  explicit FormsStore(db::Database& db) : db_(db) {}

  // The versions of the organisation's own and the shipped forms, of one kind or all, newest first.
  std::vector<FormVersion> versions(long long organisation_id, const std::string& kind = "");
  std::optional<FormVersion> find(long long id);
  bool is_purchaser(work::UnitOfWork& unit, long long organisation_id);
  // The organisation's newest version of the kind, 0 when none (read in the unit that publishes the next).
  int latest_version(work::UnitOfWork& unit, long long organisation_id, const std::string& kind);
  long long insert(work::UnitOfWork& unit, long long organisation_id, int version, const FormDefinition& d,
                   long long user_id);
  // Adds, in one transaction, each shipped version not yet stored (no organisation, no publisher); returns how many.
  // Throws std::logic_error when a stored shipped version differs from the one given.
  int install_shipped(const std::vector<ShippedForm>& forms);

 private:
  db::Database& db_;
};

}  // namespace polku::forms
