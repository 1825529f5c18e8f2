#include "compensation/batch_export.hpp"

#include "platform/i18n/messages.hpp"

namespace polku::compensation {

spreadsheets::Table batch_table(const Batch& batch, const std::string& lang) {
  const auto text = [&](const std::string& key) { return i18n::message(key, lang); };
  spreadsheets::Table t;
  t.title = text("compensation.title") + " " + batch.month;
  for (const char* column : {"month", "client", "identity_code", "payer", "fund", "kind", "days", "unit", "amount",
                             "first_day", "last_day", "reason", "recorded_by"}) {
    t.headers.push_back(text(std::string("compensation.column.") + column));
  }
  for (const auto& l : batch.lines) {
    std::string reason = l.reason;
    if (l.adjustment_id) reason = text(l.days < 0 ? "compensation.taken_back" : "compensation.added") + ": " + reason;
    t.rows.push_back({batch.month, l.client_name, l.personal_identity_code, text("compensation.payer." + l.payer),
                      l.fund_name, text("compensation.kind." + l.kind), static_cast<long long>(l.days),
                      spreadsheets::Money{l.unit_cents}, spreadsheets::Money{l.amount_cents},
                      spreadsheets::Date{l.first_day}, spreadsheets::Date{l.last_day}, reason, l.recorded_by});
  }
  return t;
}

}  // namespace polku::compensation
