// Agreements between organisations (partnership with a host, purchase from a
// provider) and the providers' service products they cover.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace polku::agreements {

struct ServiceProductInput {
  std::string name;
  std::string service_type;
  bool includes_place = false;
  bool includes_support = false;
  bool includes_social_guidance = false;
  int period_months_min = 0;
  int period_months_max = 0;
  int days_min = 0;
  int days_max = 0;
  int hours_min = 0;
  int hours_max = 0;
  int min_guidance_hours_per_3_months = 0;
  long long price_cents = 0;
  std::string price_unit = "day";  // day | month
};

struct ServiceProduct {
  long long id = 0;
  long long provider_organisation_id = 0;
  std::string provider_name;
  ServiceProductInput data;
  long long version = 1;  // optimistic concurrency: an update names the version it read
};

struct AgreementInput {
  std::string kind;  // partnership (purchaser–association) | purchase (purchaser–provider)
  long long purchaser_organisation_id = 0;
  long long partner_organisation_id = 0;
  std::string title;
  std::string valid_from;   // YYYY-MM-DD
  std::string valid_until;  // YYYY-MM-DD
  std::vector<long long> place_ids;
  std::vector<long long> product_ids;
};

struct DocumentInfo {
  long long id = 0;
  std::string file_name;
  std::string content_type;
  long long size_bytes = 0;
};

inline constexpr long long kMaxDocumentBytes = 5LL * 1024 * 1024;

struct Document {
  DocumentInfo info;
  std::string bytes;
};

struct Agreement {
  long long id = 0;
  AgreementInput data;
  std::string purchaser_name;
  std::string partner_name;
  std::vector<DocumentInfo> documents;
  long long version = 1;
};

// An organisation an agreement can be made with: a host (partnership) or a provider (purchase).
struct Partner {
  long long id = 0;
  std::string name;
  bool is_host = false;
  bool is_provider = false;
};

}  // namespace polku::agreements
