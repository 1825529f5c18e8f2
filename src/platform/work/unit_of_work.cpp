#include "platform/work/unit_of_work.hpp"

namespace polku::work {

void UnitOfWork::audit(long long client_id, std::string action, std::string detail) {
  events_.push_back(
      audit::AuditEvent{actor_.user_id, client_id, std::move(action), actor_.endpoint, actor_.request_id,
                        std::move(detail)});
}

std::vector<long long> UnitOfWork::unaudited_clients() const {
  std::set<long long> audited;
  for (const auto& e : events_) audited.insert(e.client_id);
  std::vector<long long> out;
  for (long long id : written_) {
    if (!audited.contains(id)) out.push_back(id);
  }
  return out;
}

void Transactor::finish(UnitOfWork& unit) {
  const auto missing = unit.unaudited_clients();
  if (!missing.empty()) {
    throw UnauditedWrite("client data of client " + std::to_string(missing.front()) + " written by " +
                         unit.actor().endpoint + " without an audit entry");
  }
  if (!unit.audit_events().empty()) audit_.append_in_transaction(unit.sql(), unit.audit_events());
}

}  // namespace polku::work
