#include "decisions/decision_rules.hpp"

#include "platform/core/dates.hpp"
#include "service_types/service_type_rules.hpp"

namespace polku::decisions {

bool may_decide(const auth::AuthContext& user, long long organisation_id, bool instructors_may_decide) {
  if (user.has_role_in(organisation_id, "social_worker")) return true;
  return instructors_may_decide && user.has_role_in(organisation_id, "social_instructor");
}

std::vector<FieldError> validate_decision(const DecisionInput& in, const service_types::ServiceType& type) {
  std::vector<FieldError> e;
  auto date = [&](const char* field, const std::string& v) {
    if (v.empty()) {
      e.push_back({field, "required"});
      return false;
    }
    if (!is_iso_date(v)) {
      e.push_back({field, "invalid_date"});
      return false;
    }
    return true;
  };
  const bool start_ok = date("startDate", in.start_date);
  const bool end_ok = date("endDate", in.end_date);
  date("decisionDate", in.decision_date);
  if (in.days_per_week_max == 0) e.push_back({"daysPerWeekMax", "required"});
  if (in.hours_per_day_max == 0) e.push_back({"hoursPerDayMax", "required"});
  if (in.legal_basis.size() > 500) e.push_back({"legalBasis", "too_long"});
  if (!start_ok || !end_ok) return e;
  if (in.end_date < in.start_date) {
    e.push_back({"endDate", "end_before_start"});
    return e;
  }
  auto limits = service_types::limits_on(type.limits, in.start_date);
  if (!limits) {
    e.push_back({"startDate", "outside_service_type_limits"});
    return e;
  }
  service_types::DecisionTerms terms{in.start_date, in.end_date, in.days_per_week_max, in.hours_per_day_max};
  for (auto& f : service_types::check_decision_limits(*limits, terms)) {
    // A field already reported as missing is not also out of limits.
    bool reported = false;
    for (const auto& x : e) reported = reported || x.field == f.field;
    if (!reported) e.push_back(std::move(f));
  }
  return e;
}

std::string appeal_instructions(std::string_view language) {
  if (language == "sv") {
    return "Anvisning om begäran om omprövning: Den som är missnöjd med beslutet kan begära omprövning av det. "
           "Begäran ska göras skriftligen inom 30 dagar från delfåendet av beslutet till det organ som anges i "
           "beslutet. Av begäran ska framgå vilket beslut den gäller, vilken ändring som begärs och grunderna för "
           "den. Begäran ska undertecknas av den som gör den eller av dennes lagliga företrädare eller ombud.";
  }
  if (language == "en") {
    return "Instructions for requesting a review: If you are dissatisfied with this decision, you may request a "
           "review (oikaisuvaatimus). Submit the request in writing within 30 days of being notified of the "
           "decision to the body named in the decision. State which decision the request concerns, what change "
           "you ask for and why. The request must be signed by you or by your legal representative or agent.";
  }
  return "Oikaisuvaatimusohje: Päätökseen tyytymätön voi hakea siihen oikaisua. Oikaisuvaatimus tehdään "
         "kirjallisesti 30 päivän kuluessa päätöksen tiedoksisaannista päätöksessä mainitulle toimielimelle. "
         "Oikaisuvaatimuksesta tulee käydä ilmi, mihin päätökseen haetaan oikaisua, millaista oikaisua vaaditaan "
         "ja millä perusteilla. Oikaisuvaatimuksen allekirjoittaa vaatimuksen tekijä tai hänen laillinen "
         "edustajansa tai asiamiehensä.";
}

}  // namespace polku::decisions
