#include "compensation/compensation_access.hpp"

namespace polku::compensation {

namespace {

bool worker_in(const auth::AuthContext& user, long long org) {
  return user.has_role_in(org, "social_worker") || user.has_role_in(org, "social_instructor");
}

}  // namespace

bool may_read_batches(const auth::AuthContext& user, long long org) {
  return user.has_role_in(org, "manager") || worker_in(user, org);
}
bool may_approve(const auth::AuthContext& user, long long org) { return user.has_role_in(org, "manager"); }
bool may_read_client(const auth::AuthContext& user, long long org) { return may_read_batches(user, org); }
bool may_record_for_client(const auth::AuthContext& user, long long org) { return worker_in(user, org); }
bool may_keep_rates(const auth::AuthContext& user, std::optional<long long> org) {
  return org ? user.has_role_in(*org, "manager") : user.has_role("admin");
}

}  // namespace polku::compensation
