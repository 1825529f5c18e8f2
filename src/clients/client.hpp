// The client record (asiakas) as the clients module sees it.
#pragma once
#include <optional>
#include <string>

namespace polku::clients {

struct ClientInput {
  std::optional<long long> organisation_id;
  std::string first_names;
  std::string last_name;
  std::string personal_identity_code;
  std::string phone;
  std::string email;
  std::string street_address;
  std::string postal_code;
  std::string post_office;
  std::string municipality;
  std::string preferred_language = "fi";  // fi | sv | en
  bool needs_plain_language = false;
  std::string representative_kind;  // "" | legal_representative | close_person
  std::string representative_name;
  std::string representative_phone;
  std::optional<long long> own_worker_id;
  std::optional<long long> version;  // required on update
};

struct Client {
  long long id = 0;
  long long organisation_id = 0;
  ClientInput data;
  std::string date_of_birth;  // YYYY-MM-DD, derived from the code
  std::string own_worker_name;
  long long version = 1;
  std::string created_at;
  std::string updated_at;
};

}  // namespace polku::clients
