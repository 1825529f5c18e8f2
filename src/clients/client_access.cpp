#include "clients/client_access.hpp"

#include <algorithm>

#include "platform/auth/roles.hpp"

namespace polku::clients {
namespace {

void add_unique(std::vector<long long>& v, long long id) {
  if (std::find(v.begin(), v.end(), id) == v.end()) v.push_back(id);
}

bool contains(const std::vector<long long>& v, long long id) { return std::find(v.begin(), v.end(), id) != v.end(); }

}  // namespace

std::vector<long long> readable_organisations(const auth::AuthContext& user) {
  std::vector<long long> out;
  for (const auto& g : user.roles) {
    if (auth::is_client_worker_role(g.role) || g.role == "manager") add_unique(out, g.organisation_id);
  }
  return out;
}

std::vector<long long> writable_organisations(const auth::AuthContext& user) {
  std::vector<long long> out;
  for (const auto& g : user.roles) {
    if (auth::is_client_worker_role(g.role)) add_unique(out, g.organisation_id);
  }
  return out;
}

bool can_read(const auth::AuthContext& user, long long org) { return contains(readable_organisations(user), org); }
bool can_write(const auth::AuthContext& user, long long org) { return contains(writable_organisations(user), org); }
bool can_assign_own_worker(const auth::AuthContext& user, long long org) {
  return can_write(user, org) || user.has_role_in(org, "manager");
}
bool can_read_access_log(const auth::AuthContext& user, long long org) { return user.has_role_in(org, "manager"); }

std::string search_fold(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      auto n = static_cast<unsigned char>(out[i + 1]);
      if (n >= 0x80 && n <= 0x9E && n != 0x97) out[i + 1] = static_cast<char>(n + 0x20);
      ++i;
    }
  }
  return out;
}

}  // namespace polku::clients
