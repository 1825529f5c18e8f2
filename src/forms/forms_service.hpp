// The forms service: the versions a purchaser's forms have (its own, else Polku's shipped ones), and a new
// version published by the purchaser's manager — checked whole by the pure rules, numbered after the last, and
// never changed afterwards. Definitions are no client data: every signed-in user may read them.
#pragma once
#include <boost/json.hpp>
#include <string>
#include <vector>

#include "forms/forms_store.hpp"
#include "platform/core/error.hpp"
#include "platform/work/caller.hpp"
#include "platform/work/unit_of_work.hpp"

namespace polku::forms {

class FormsService {
 public:
  FormsService(FormsStore& store, work::Transactor& transactor) : store_(store), transactor_(transactor) {}

  // The newest version of each kind the organisation uses.
  std::vector<FormVersion> current(long long organisation_id);
  // Every version of the kind, the organisation's own first, each newest first.
  std::vector<FormVersion> history(long long organisation_id, const std::string& kind);
  Result<FormVersion> version(long long id);
  // Whether the user publishes the organisation's forms (its managers), for the UI to offer it.
  bool may_publish_in(const auth::AuthContext& user, long long organisation_id) const;
  Result<FormVersion> publish(const work::Caller& caller, long long organisation_id, const boost::json::value& body);

 private:
  FormsStore& store_;
  work::Transactor& transactor_;
};

}  // namespace polku::forms
