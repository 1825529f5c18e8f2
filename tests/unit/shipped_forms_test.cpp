// The forms Polku ships (forms/shipped/*.json, compiled in): each reads and passes the checks a manager's version
// passes, every field the client reads has plain-language texts, the two national structures carry their OIDs, the
// final evaluation holds the elements of THL's KTT evaluation, and a broken file fails loudly.
#include "forms/shipped_forms.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string>

#include "forms/forms_rules.hpp"

namespace polku::forms {
namespace {

const ShippedForm& shipped(const std::string& kind) {
  const auto& all = shipped_forms();
  auto it = std::find_if(all.begin(), all.end(), [&](const ShippedForm& f) { return f.definition.kind == kind; });
  if (it == all.end()) throw std::out_of_range("no shipped form " + kind);
  return *it;
}

// Every field of a form, a group's fields too.
std::vector<const Field*> fields_of(const FormDefinition& d) {
  std::vector<const Field*> out;
  std::function<void(const Field&)> add = [&](const Field& f) {
    out.push_back(&f);
    for (const auto& child : f.fields) add(child);
  };
  for (const auto& s : d.sections) {
    for (const auto& f : s.fields) add(f);
  }
  return out;
}

std::set<std::string> keys_of(const FormDefinition& d) {
  std::set<std::string> out;
  for (const auto* f : fields_of(d)) out.insert(f->key);
  return out;
}

TEST(ShippedForms, AreTheEightKindsEachOnce) {
  std::multiset<std::string> kinds;
  for (const auto& f : shipped_forms()) kinds.insert(f.definition.kind);
  const std::multiset<std::string> expected = {
      "client_agreement",    "client_feedback",         "final_evaluation",   "functional_capacity_self_assessment",
      "implementation_plan", "intermediate_evaluation", "placement_feedback", "work_activity_plan"};
  EXPECT_EQ(kinds, expected);
}

TEST(ShippedForms, EachPassesTheChecksOfAPublishedVersion) {
  for (const auto& f : shipped_forms()) {
    EXPECT_GE(f.version, 1) << f.definition.kind;
    EXPECT_TRUE(validate_definition(f.definition).empty()) << f.definition.kind;
    // As stored and read back: the same definition.
    auto again = parse_definition(boost::json::value(to_json(f.definition)));
    ASSERT_TRUE(again) << f.definition.kind;
    EXPECT_EQ(boost::json::serialize(to_json(*again)), boost::json::serialize(to_json(f.definition)));
  }
}

TEST(ShippedForms, EveryFieldTheClientReadsHasPlainLanguageInEveryLanguage) {
  for (const auto& f : shipped_forms()) {
    for (const auto* field : fields_of(f.definition)) {
      if (!field->client_facing) continue;
      for (const auto lang : kLanguages) {
        EXPECT_FALSE(field->plain.in(lang).empty()) << f.definition.kind << "." << field->key << " " << lang;
      }
    }
  }
}

TEST(ShippedForms, TheClientFeedbackAndTheSelfAssessmentAreTheClientsThroughout) {
  for (const auto* kind : {"client_feedback", "functional_capacity_self_assessment"}) {
    const auto fields = fields_of(shipped(kind).definition);
    EXPECT_FALSE(fields.empty()) << kind;
    for (const auto* field : fields) EXPECT_TRUE(field->client_facing) << kind << "." << field->key;
  }
}

TEST(ShippedForms, TheSelfAssessmentRatesEveryItemOnOneScaleOfFiveLabelledSteps) {
  const auto& d = shipped("functional_capacity_self_assessment").definition;
  std::vector<const Field*> scales;
  for (const auto* f : fields_of(d)) {
    if (f->type == "scale") scales.push_back(f);
  }
  ASSERT_GE(scales.size(), 6U);
  EXPECT_LE(scales.size(), 8U);
  for (const auto* f : scales) {
    ASSERT_EQ(f->options.size(), 5U) << f->key;
    for (std::size_t i = 0; i < 5; ++i) {
      EXPECT_EQ(f->options[i].label.fi, scales[0]->options[i].label.fi) << f->key << " step " << i + 1;
      EXPECT_EQ(f->options[i].label.sv, scales[0]->options[i].label.sv) << f->key << " step " << i + 1;
    }
  }
}

TEST(ShippedForms, TheNationalStructuresCarryTheirOidsAndVersions) {
  EXPECT_EQ(shipped("client_agreement").definition.national_oid, "1.2.246.537.6.1506.13004");
  EXPECT_EQ(shipped("client_agreement").definition.national_version, "2023-06-21");
  EXPECT_EQ(shipped("final_evaluation").definition.national_oid, "1.2.246.537.6.1506.1003");
  EXPECT_EQ(shipped("final_evaluation").definition.national_version, "2022-06-28");
}

TEST(ShippedForms, TheClientAgreementHoldsTheAgreementsElements) {
  const auto keys = keys_of(shipped("client_agreement").definition);
  // Place, on-site supervisor (who reports absences), responsible worker, reporting absences, duration, days and
  // hours, tasks, signatures: THL's 1.2.246.537.6.1506.13004.
  for (const auto* key :
       {"place_organisation_name", "on_site_supervisors", "supervisor_surname", "responsible_worker_surname",
        "absence_reporting", "duration_start", "duration_end", "hours_per_day", "days_per_week", "days_and_times",
        "tasks_content_and_goals", "review_date", "author_surname", "signatures", "signature_type", "signed",
        "signature_date", "signatory_name"}) {
    EXPECT_TRUE(keys.count(key)) << key;
  }
}

TEST(ShippedForms, TheFinalEvaluationHoldsTheKttEvaluationsElements) {
  const auto keys = keys_of(shipped("final_evaluation").definition);
  // THL's 1.2.246.537.6.1506.1003, element by element.
  for (const auto* key : {"meeting_participants",
                          "work_activity_placement",
                          "start_date",
                          "evaluated_period_start",
                          "evaluated_period_end",
                          "tasks",
                          "keeping_to_working_hours",
                          "reporting_absences",
                          "client_strengths",
                          "activity_and_independence",
                          "suitability_for_the_work_activity",
                          "work_quality_and_skills",
                          "work_community_skills",
                          "reaching_the_goals",
                          "other_observations",
                          "skills_to_develop_further",
                          "follow_up_plans",
                          "distribution",
                          "additional_information",
                          "date",
                          "authors",
                          "author_surname",
                          "author_first_names",
                          "author_job_title",
                          "author_service_unit"}) {
    EXPECT_TRUE(keys.count(key)) << key;
  }
  // And the final evaluation's content (the situation at the end, how the service went, which goals were reached).
  for (const auto* key : {"client_situation_at_end", "service_implementation", "goals_reached", "goal_achievement"}) {
    EXPECT_TRUE(keys.count(key)) << key;
  }
}

TEST(ShippedForms, TheEvaluationsHaveTheClientsOwnViewInPlainLanguage) {
  for (const auto* kind : {"intermediate_evaluation", "final_evaluation"}) {
    const auto& d = shipped(kind).definition;
    auto own =
        std::find_if(d.sections.begin(), d.sections.end(), [](const Section& s) { return s.key == "client_view"; });
    ASSERT_NE(own, d.sections.end()) << kind;
    for (const auto& f : own->fields) {
      EXPECT_EQ(f.type, "long_text") << kind << "." << f.key;
      EXPECT_TRUE(f.client_facing) << kind << "." << f.key;
    }
  }
}

TEST(ShippedForms, TheIntermediateEvaluationRatesTheGoalsAndNamesTheNextOne) {
  const auto& d = shipped("intermediate_evaluation").definition;
  const auto fields = fields_of(d);
  auto by_key = [&](const std::string& key) -> const Field* {
    auto it = std::find_if(fields.begin(), fields.end(), [&](const Field* f) { return f->key == key; });
    return it == fields.end() ? nullptr : *it;
  };
  const auto* goals = by_key("goal_ratings");
  ASSERT_NE(goals, nullptr);
  EXPECT_EQ(goals->type, "group");
  ASSERT_NE(by_key("goal_rating"), nullptr);
  EXPECT_EQ(by_key("goal_rating")->type, "scale");
  ASSERT_NE(by_key("next_evaluation_date"), nullptr);
  EXPECT_TRUE(by_key("next_evaluation_date")->required);
  // Seed 003's eight items.
  for (const auto* key :
       {"service_purpose_and_goals", "implementation_and_methods", "self_determination_support", "cooperation_parties",
        "evaluation_methods", "situation_against_goals", "change_needs", "follow_up_view"}) {
    EXPECT_NE(by_key(key), nullptr) << key;
  }
}

TEST(ShippedForms, TheImplementationPlanIsUpdatedEveryThreeOrSixMonths) {
  const auto fields = fields_of(shipped("implementation_plan").definition);
  auto it = std::find_if(fields.begin(), fields.end(), [](const Field* f) { return f->key == "update_interval"; });
  ASSERT_NE(it, fields.end());
  EXPECT_EQ((*it)->type, "single_choice");
  ASSERT_EQ((*it)->options.size(), 2U);
  EXPECT_EQ((*it)->options[0].key, "every_3_months");
  EXPECT_EQ((*it)->options[1].key, "every_6_months");
}

// A broken file is a broken release: it fails loudly, naming the file and what is wrong.
TEST(ShippedForms, ABrokenFileFailsLoudly) {
  const std::string valid = R"({"kind": "client_feedback", "version": 1,
    "title": {"fi": "Palaute", "sv": "Respons", "en": "Feedback"},
    "sections": [{"key": "s", "title": {"fi": "O", "sv": "R", "en": "H"},
      "fields": [{"key": "comment", "type": "long_text", "label": {"fi": "K", "sv": "K", "en": "C"}}]}]})";
  EXPECT_EQ(read_shipped_forms({{"client_feedback.json", valid.c_str()}}).size(), 1U);

  const auto message = [](const std::vector<EmbeddedForm>& files) {
    try {
      read_shipped_forms(files);
    } catch (const std::logic_error& e) {
      return std::string(e.what());
    }
    return std::string("(no error)");
  };
  const auto edited = [&](const std::string& from, const std::string& to) {
    std::string s = valid;
    s.replace(s.find(from), from.size(), to);
    return s;
  };
  const auto no_sv = edited(R"("sv": "K", )", "");
  EXPECT_NE(message({{"client_feedback.json", no_sv.c_str()}}).find("sections[0].fields[0].label.sv required"),
            std::string::npos)
      << message({{"client_feedback.json", no_sv.c_str()}});
  EXPECT_NE(message({{"client_feedback.json", "{"}}).find("not JSON"), std::string::npos);
  EXPECT_NE(message({{"feedback.json", valid.c_str()}}).find("not named after its kind"), std::string::npos);
  const auto no_version = edited(R"("version": 1,)", "");
  EXPECT_NE(message({{"client_feedback.json", no_version.c_str()}}).find("\"version\" is not"), std::string::npos);
  const auto version_zero = edited(R"("version": 1,)", R"("version": 0,)");
  EXPECT_NE(message({{"client_feedback.json", version_zero.c_str()}}).find("\"version\" is not"), std::string::npos);
  EXPECT_NE(
      message({{"client_feedback.json", valid.c_str()}, {"client_feedback.json", valid.c_str()}}).find("shipped twice"),
      std::string::npos);
}

}  // namespace
}  // namespace polku::forms
