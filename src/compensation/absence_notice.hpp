// Absence notices (poissaoloilmoitukset) of KTT to the payer of the client's benefit: Kela's TT3 ("Ilmoitus
// poissaolosta", TT3r in Swedish) or the funds' joint form, per client for every two weeks of a period, made from
// the attendance (DESIGN.md, "Money").
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace polku::compensation {

// An absence as Kela counts it: its category, whether the benefit is kept for the day (the expense allowance
// never is), and whether it needs a medical certificate (own illness from its 4th day).
struct NoticeAbsence {
  std::string day;
  std::string category;  // own_illness, child_illness, employment, public_office, other
  bool benefit_kept = false;
  bool certificate_needed = false;
  bool over_limit = false;  // a child's illness beyond 4 days: counted as "other"
};

// A day the schedule had but the service was not arranged ("palvelua ei järjestetä"): not an absence.
struct NotArrangedDay {
  std::string day;
  std::string why;  // public_holiday, place_closed, break
};

struct NoticeContent {
  std::vector<NoticeAbsence> absences;
  std::vector<NotArrangedDay> not_arranged;
  bool empty() const { return absences.empty() && not_arranged.empty(); }
};

// One client's notice for one window of a period.
struct AbsenceNotice {
  long long period_id = 0;
  long long case_id = 0;
  long long client_id = 0;
  std::string client_name;
  std::string personal_identity_code;
  std::string place_name;
  std::string period_start, period_end;  // of the work activity the notice is of
  std::string window_from, window_to;
  std::string recipient;  // kela or unemployment_fund
  std::string fund_name;
  NoticeContent content;
  std::string due;    // the day it should be sent by
  std::string state;  // running, nothing_to_report, to_send, late, sent, changed_after_sending
  std::optional<std::string> sent_at;
  std::string sent_by_name;
};

}  // namespace polku::compensation
