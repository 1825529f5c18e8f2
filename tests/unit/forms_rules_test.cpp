// Pure rules of forms: a definition read from JSON and written back, its checks before publishing (a field without
// a label in every language, a client's field without plain language, choices, scales, groups), and a filled
// form's answers checked by type on every save and for the required fields on completion. Tables of cases; every
// case names all the errors it expects.
#include "forms/forms_rules.hpp"

#include <gtest/gtest.h>

#include <functional>

#include "forms/entry_document.hpp"
#include "unit/field_errors.hpp"
#include "unit/tool_run.hpp"

namespace polku::forms {
namespace {

namespace json = boost::json;
using unit_test::all_errors;
using unit_test::FieldCodes;

// A small evaluation: the client's own view (plain language), a scale, a choice, a date and a group of goals.
const char* kEvaluation = R"({
  "kind": "intermediate_evaluation",
  "title": {"fi": "Väliarvio", "sv": "Mellanbedömning", "en": "Intermediate evaluation"},
  "nationalOid": "1.2.246.537.6.1506.1003", "nationalVersion": "1",
  "sections": [{
    "key": "situation",
    "title": {"fi": "Tilanne", "sv": "Situation", "en": "Situation"},
    "fields": [
      {"key": "own_view", "type": "long_text", "required": true, "clientFacing": true,
       "label": {"fi": "Asiakkaan oma arvio", "sv": "Klientens egen bedömning", "en": "The client's own view"},
       "plain": {"fi": "Miten sinulla menee?", "sv": "Hur går det för dig?", "en": "How are you doing?"}},
      {"key": "coping", "type": "scale", "required": true,
       "label": {"fi": "Jaksaminen", "sv": "Ork", "en": "Coping"},
       "options": [{"key": "1", "label": {"fi": "Heikko", "sv": "Svag", "en": "Weak"}},
                   {"key": "2", "label": {"fi": "Kohtalainen", "sv": "Måttlig", "en": "Fair"}},
                   {"key": "3", "label": {"fi": "Hyvä", "sv": "God", "en": "Good"}}]},
      {"key": "hours_kept", "type": "yes_no",
       "label": {"fi": "Sovitut ajat pitävät", "sv": "De avtalade tiderna hålls", "en": "The agreed hours are kept"}},
      {"key": "days_a_week", "type": "number", "min": 1, "max": 5,
       "label": {"fi": "Päiviä viikossa", "sv": "Dagar i veckan", "en": "Days a week"}},
      {"key": "next_evaluation", "type": "date",
       "label": {"fi": "Seuraava arvio", "sv": "Nästa bedömning", "en": "Next evaluation"}},
      {"key": "follow_up", "type": "multiple_choice",
       "label": {"fi": "Jatkosuunnitelma", "sv": "Fortsatt plan", "en": "Follow-up"},
       "options": [{"key": "work", "label": {"fi": "Työ", "sv": "Arbete", "en": "Work"}},
                   {"key": "education", "label": {"fi": "Koulutus", "sv": "Utbildning", "en": "Education"}},
                   {"key": "continue", "label": {"fi": "Jatkuu", "sv": "Fortsätter", "en": "Continues"}}]},
      {"key": "goals", "type": "group", "required": true,
       "label": {"fi": "Tavoitteet", "sv": "Mål", "en": "Goals"},
       "fields": [
         {"key": "goal", "type": "text", "required": true,
          "label": {"fi": "Tavoite", "sv": "Mål", "en": "Goal"}},
         {"key": "reached", "type": "single_choice",
          "label": {"fi": "Toteutuminen", "sv": "Uppfyllelse", "en": "Reached"},
          "options": [{"key": "yes", "label": {"fi": "Kyllä", "sv": "Ja", "en": "Yes"}},
                      {"key": "partly", "label": {"fi": "Osittain", "sv": "Delvis", "en": "Partly"}}]}]}
    ]}]
})";

FormDefinition evaluation() {
  auto parsed = parse_definition(json::parse(kEvaluation));
  EXPECT_TRUE(parsed.ok());
  return parsed.ok() ? *parsed : FormDefinition{};
}

Field& field(FormDefinition& d, std::size_t i) { return d.sections[0].fields[i]; }

TEST(FormsRules, TheShippedShapeIsValidAndReadsBackAsItWasWritten) {
  const auto d = evaluation();
  EXPECT_EQ(all_errors(validate_definition(d)), FieldCodes{});
  ASSERT_EQ(d.sections.size(), 1U);
  EXPECT_EQ(d.sections[0].fields.size(), 7U);
  EXPECT_EQ(d.national_oid, "1.2.246.537.6.1506.1003");
  EXPECT_EQ(d.sections[0].fields[6].fields[1].options[1].label.sv, "Delvis");
  auto again = parse_definition(to_json(d));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(json::serialize(to_json(*again)), json::serialize(to_json(d)));
}

TEST(FormsRules, AWrongShapeIsRefusedAtItsPath) {
  EXPECT_EQ(all_errors(parse_definition(json::parse("[]")).error().fields),
            (FieldCodes{{"definition", "invalid_format"}}));
  const auto bad = parse_definition(json::parse(
      R"({"kind": 7, "sections": [{"key": "a", "fields": [{"key": "x", "required": "yes", "label": "X"}]}, 3]})"));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(all_errors(bad.error().fields), (FieldCodes{{"definition.kind", "invalid_format"},
                                                        {"definition.sections[0].fields[0].label", "invalid_format"},
                                                        {"definition.sections[0].fields[0].required", "invalid_format"},
                                                        {"definition.sections[1]", "invalid_format"}}));
}

struct DefinitionCase {
  const char* name;
  std::function<void(FormDefinition&)> change;
  FieldCodes errors;
};

TEST(FormsRules, ADefinitionIsCheckedAsAWholeBeforeItIsPublished) {
  const std::string f0 = "sections[0].fields[0]", f1 = "sections[0].fields[1]", f5 = "sections[0].fields[5]",
                    f6 = "sections[0].fields[6]";
  const std::vector<DefinitionCase> cases = {
      {"a required field without its Swedish label",
       [](auto& d) { field(d, 0).label.sv.clear(); },
       {{f0 + ".label.sv", "required"}}},
      {"a field without any label",
       [](auto& d) { field(d, 3).label = {}; },
       {{"sections[0].fields[3].label.en", "required"},
        {"sections[0].fields[3].label.fi", "required"},
        {"sections[0].fields[3].label.sv", "required"}}},
      {"a client's field without plain Finnish",
       [](auto& d) { field(d, 0).plain.fi.clear(); },
       {{f0 + ".plain.fi", "required"}}},
      {"a field made client-facing needs its plain texts",
       [](auto& d) { field(d, 2).client_facing = true; },
       {{"sections[0].fields[2].plain.en", "required"},
        {"sections[0].fields[2].plain.fi", "required"},
        {"sections[0].fields[2].plain.sv", "required"}}},
      {"help in one language only",
       [](auto& d) { field(d, 2).help.fi = "Ohje"; },
       {{"sections[0].fields[2].help.en", "required"}, {"sections[0].fields[2].help.sv", "required"}}},
      {"the same key twice", [](auto& d) { field(d, 1).key = "own_view"; }, {{f1 + ".key", "duplicate"}}},
      {"a group's field with a key of the form",
       [](auto& d) { field(d, 6).fields[0].key = "coping"; },
       {{f6 + ".fields[0].key", "duplicate"}}},
      {"a key with capitals", [](auto& d) { field(d, 0).key = "OwnView"; }, {{f0 + ".key", "invalid_format"}}},
      {"no key", [](auto& d) { field(d, 0).key.clear(); }, {{f0 + ".key", "required"}}},
      {"an unknown type", [](auto& d) { field(d, 0).type = "signature"; }, {{f0 + ".type", "invalid_choice"}}},
      {"a choice of one", [](auto& d) { field(d, 5).options.resize(1); }, {{f5 + ".options", "too_short"}}},
      {"an option without its English label",
       [](auto& d) { field(d, 5).options[2].label.en.clear(); },
       {{f5 + ".options[2].label.en", "required"}}},
      {"the same option twice",
       [](auto& d) { field(d, 5).options[2].key = "work"; },
       {{f5 + ".options[2].key", "duplicate"}}},
      {"a scale's steps out of order",
       [](auto& d) { std::swap(field(d, 1).options[0].key, field(d, 1).options[1].key); },
       {{f1 + ".options[0].key", "invalid_format"}, {f1 + ".options[1].key", "invalid_format"}}},
      {"a scale of twelve steps",
       [](auto& d) {
         auto& s = field(d, 1).options;
         while (s.size() < 12) s.push_back({std::to_string(s.size() + 1), {"x", "x", "x"}});
       },
       {{f1 + ".options", "too_long"}}},
      {"options on a date",
       [](auto& d) { field(d, 4).options = field(d, 5).options; },
       {{"sections[0].fields[4].options", "not_allowed"}}},
      {"a number's min above its max",
       [](auto& d) { field(d, 3).min = 6; },
       {{"sections[0].fields[3].min", "min_above_max"}}},
      {"a range on a text", [](auto& d) { field(d, 0).max = 3; }, {{f0 + ".max", "not_allowed"}}},
      // The goals again in place of their second field: its own goal's key is taken, its "reached" now is not.
      {"a group in a group",
       [](auto& d) {
         auto inner = field(d, 6);
         inner.key = "inner";
         field(d, 6).fields[1] = inner;
       },
       {{f6 + ".fields[1].fields[0].key", "duplicate"}, {f6 + ".fields[1].type", "not_allowed"}}},
      {"an empty group", [](auto& d) { field(d, 6).fields.clear(); }, {{f6 + ".fields", "too_short"}}},
      {"fields under a text",
       [](auto& d) { field(d, 0).fields = field(d, 6).fields; },
       {{f0 + ".fields", "not_allowed"}}},
      {"no title in Swedish", [](auto& d) { d.title.sv.clear(); }, {{"title.sv", "required"}}},
      {"a section without its title",
       [](auto& d) { d.sections[0].title.fi.clear(); },
       {{"sections[0].title.fi", "required"}}},
      {"an empty section",
       [](auto& d) {
         d.sections.push_back({"more", {"Lisää", "Mer", "More"}, {}});
       },
       {{"sections[1].fields", "too_short"}}},
      {"two sections of one key",
       [](auto& d) { d.sections.push_back(d.sections[0]); },
       {{"sections[1].fields[0].key", "duplicate"},
        {"sections[1].fields[1].key", "duplicate"},
        {"sections[1].fields[2].key", "duplicate"},
        {"sections[1].fields[3].key", "duplicate"},
        {"sections[1].fields[4].key", "duplicate"},
        {"sections[1].fields[5].key", "duplicate"},
        {"sections[1].fields[6].fields[0].key", "duplicate"},
        {"sections[1].fields[6].fields[1].key", "duplicate"},
        {"sections[1].fields[6].key", "duplicate"},
        {"sections[1].key", "duplicate"}}},
      {"no sections", [](auto& d) { d.sections.clear(); }, {{"sections", "too_short"}}},
      {"no kind", [](auto& d) { d.kind.clear(); }, {{"kind", "required"}}},
      {"a national structure without its version",
       [](auto& d) { d.national_version.clear(); },
       {{"nationalVersion", "required"}}},
  };
  for (const auto& c : cases) {
    auto d = evaluation();
    c.change(d);
    EXPECT_EQ(all_errors(validate_definition(d)), c.errors) << c.name;
  }
}

struct AnswersCase {
  const char* name;
  const char* answers;
  bool completing;
  FieldCodes errors;
};

// A county's version of a form on a national structure: its own wordings and added fields keep the OID; a field of
// the structure dropped or retyped (a group's too) is refused unless the OID goes with it.
TEST(FormsRules, AVersionOnANationalStructureKeepsTheStructuresFields) {
  const std::vector<ShippedForm> shipped = {{1, evaluation()}};
  const std::vector<DefinitionCase> cases = {
      {"the shipped form itself", [](auto&) {}, {}},
      {"its own wording", [](auto& d) { field(d, 0).label.fi = "Asiakkaan näkemys"; }, {}},
      {"a field added",
       [](auto& d) {
         Field extra = field(d, 2);
         extra.key = "county_note";
         d.sections[0].fields.push_back(extra);
       },
       {}},
      {"the sections reordered and renamed",
       [](auto& d) {
         Section moved = d.sections[0];
         moved.key = "other";
         moved.fields.erase(moved.fields.begin(), moved.fields.begin() + 3);
         d.sections[0].fields.resize(3);
         d.sections.push_back(moved);
       },
       {}},
      {"a field dropped",
       [](auto& d) { d.sections[0].fields.erase(d.sections[0].fields.begin() + 1); },
       {{"nationalStructure.coping", "national_field_missing"}}},
      {"a field retyped",
       [](auto& d) { field(d, 2).type = "text"; },
       {{"nationalStructure.hours_kept", "national_field_retyped"}}},
      {"a group's field renamed",
       [](auto& d) { field(d, 6).fields[1].key = "reached_now"; },
       {{"nationalStructure.reached", "national_field_missing"}}},
      {"the structure detached, fields dropped",
       [](auto& d) {
         d.national_oid.clear();
         d.national_version.clear();
         d.sections[0].fields.resize(1);
       },
       {}},
      {"another version of the structure",
       [](auto& d) { d.national_version = "2"; },
       {{"nationalOid", "invalid_choice"}}},
      {"a structure not shipped",
       [](auto& d) { d.national_oid = "1.2.246.537.6.1506.9999"; },
       {{"nationalOid", "invalid_choice"}}},
  };
  for (const auto& c : cases) {
    auto d = evaluation();
    c.change(d);
    EXPECT_EQ(all_errors(validate_national(d, shipped)), c.errors) << c.name;
  }
}

TEST(FormsRules, AnswersAreCheckedByTypeOnEverySaveAndForWhatIsRequiredOnCompletion) {
  const std::vector<AnswersCase> cases = {
      {"an empty draft", "{}", false, {}},
      {"an empty form completed",
       "{}",
       true,
       {{"coping", "required"}, {"goals", "required"}, {"own_view", "required"}}},
      {"a complete form",
       R"({"own_view": "Menee hyvin, jaksan paremmin.", "coping": "3", "hours_kept": true, "days_a_week": 3,
           "next_evaluation": "2027-03-01", "follow_up": ["work", "education"],
           "goals": [{"goal": "Päivärytmi", "reached": "partly"}, {"goal": "Trukkikortti"}]})",
       true,
       {}},
      {"blank texts are not answers",
       R"({"own_view": "", "coping": "2", "goals": []})",
       true,
       {{"goals", "required"}, {"own_view", "required"}}},
      {"a required field of a goal on completion",
       R"({"own_view": "x", "coping": "1", "goals": [{"reached": "yes"}]})",
       true,
       {{"goals[0].goal", "required"}}},
      {"the same goal in a draft", R"({"goals": [{"reached": "yes"}]})", false, {}},
      {"an unknown field",
       R"({"mood": "hyvä", "goals": [{"goal": "x", "note": "y"}]})",
       false,
       {{"goals[0].note", "unknown_field"}, {"mood", "unknown_field"}}},
      {"a step not on the scale", R"({"coping": "4"})", false, {{"coping", "invalid_choice"}}},
      {"a scale's step as a number", R"({"coping": 2})", false, {{"coping", "invalid_choice"}}},
      {"an unknown choice", R"({"follow_up": ["work", "pension"]})", false, {{"follow_up", "invalid_choice"}}},
      {"a choice twice", R"({"follow_up": ["work", "work"]})", false, {{"follow_up", "invalid_choice"}}},
      {"a multiple choice as text", R"({"follow_up": "work"})", false, {{"follow_up", "invalid_format"}}},
      {"a date that is none", R"({"next_evaluation": "2027-02-30"})", false, {{"next_evaluation", "invalid_date"}}},
      {"a Finnish date", R"({"next_evaluation": "1.3.2027"})", false, {{"next_evaluation", "invalid_date"}}},
      {"a number above its max", R"({"days_a_week": 6})", false, {{"days_a_week", "out_of_range"}}},
      {"a number below its min", R"({"days_a_week": 0})", false, {{"days_a_week", "out_of_range"}}},
      {"a number as text", R"({"days_a_week": "3"})", false, {{"days_a_week", "invalid_format"}}},
      {"yes or no as text", R"({"hours_kept": "yes"})", false, {{"hours_kept", "invalid_format"}}},
      {"a long text too long", nullptr, false, {{"own_view", "too_long"}}},
      {"a goal that is no entry", R"({"goals": ["Päivärytmi"]})", false, {{"goals[0]", "invalid_format"}}},
      {"goals as an object", R"({"goals": {"goal": "x"}})", false, {{"goals", "invalid_format"}}},
      {"a goal's choice not offered",
       R"({"goals": [{"goal": "x", "reached": "no"}]})",
       false,
       {{"goals[0].reached", "invalid_choice"}}},
      {"null is no answer",
       R"({"own_view": null, "coping": null})",
       true,
       {{"coping", "required"}, {"goals", "required"}, {"own_view", "required"}}},
  };
  const auto d = evaluation();
  for (const auto& c : cases) {
    json::object answers;
    if (c.answers) {
      answers = json::parse(c.answers).as_object();
    } else {
      answers["own_view"] = std::string(kMaxLongText + 1, 'x');
    }
    EXPECT_EQ(all_errors(validate_answers(d, answers, c.completing)), c.errors) << c.name;
  }
}

TEST(FormsDocument, EachAnswerReadsAsItIsMeant) {
  const auto d = evaluation();
  const auto& f = d.sections[0].fields;
  const auto text = [&](std::size_t i, const char* json_text, const char* lang = "fi") {
    const auto v = json::parse(json_text);
    return answer_text(f[i], &v, lang);
  };
  EXPECT_EQ(text(0, R"("Menee hyvin")"), "Menee hyvin");
  EXPECT_EQ(text(1, R"("3")"), "3 – Hyvä");
  EXPECT_EQ(text(1, R"("3")", "sv"), "3 – God");
  EXPECT_EQ(text(2, "true"), "Kyllä");
  EXPECT_EQ(text(2, "false", "sv"), "Nej");
  EXPECT_EQ(text(3, "3"), "3");
  EXPECT_EQ(text(3, "2.5"), "2,5");
  EXPECT_EQ(text(3, "2.5", "en"), "2.5");
  EXPECT_EQ(text(4, R"("2027-03-01")"), "1.3.2027");
  EXPECT_EQ(text(5, R"(["work", "education"])"), "Työ, Koulutus");
  EXPECT_EQ(text(5, R"(["work"])", "en"), "Work");
  EXPECT_EQ(answer_text(f[0], nullptr, "fi"), "");
  EXPECT_EQ(text(0, "null"), "");
}

TEST(FormsDocument, AFilledFormOpensAsA4WithItsAnswers) {
  ASSERT_TRUE(unit_test::tool_present("pdftotext -v", "poppler-utils"));
  const auto d = evaluation();
  FormEntry e;
  e.id = 5;
  e.kind = d.kind;
  e.form_version = 2;
  e.state = "completed";
  e.completed_at = "2027-03-01T10:00:00Z";
  e.completed_by_name = "Kaisa Valmentaja";
  EntryDocument doc;
  doc.organisation = "Testimaan hyvinvointialue";
  doc.client_name = "Äijälä Öörni";
  doc.definition = &d;
  doc.entry = &e;
  doc.answers = json::parse(R"({"own_view": "Jaksan paremmin, työ on mukavaa.", "coping": "3",
      "next_evaluation": "2027-06-01", "goals": [{"goal": "Päivärytmi", "reached": "partly"}]})")
                    .as_object();
  for (const auto& [lang, expected] : std::vector<std::pair<std::string, std::vector<std::string>>>{
           {"fi",
            {"Väliarvio", "Äijälä Öörni", "Testimaan hyvinvointialue", "Asiakkaan oma arvio", "Jaksan paremmin",
             "3 – Hyvä", "1.6.2027", "Päivärytmi", "Osittain", "Valmis 1.3.2027, Kaisa Valmentaja"}},
           {"sv", {"Mellanbedömning", "Klientens egen bedömning", "3 – God", "Delvis", "Färdig"}}}) {
    const unit_test::TempFile pdf(form_entry_pdf(doc, lang), ".pdf");
    const auto out = unit_test::run_tool("pdftotext -layout " + pdf.quoted() + " -");
    ASSERT_EQ(out.exit_code, 0) << out.output;
    for (const auto& x : expected)
      EXPECT_NE(out.output.find(x), std::string::npos) << lang << ": " << x << "\n" << out.output;
    const auto info = unit_test::run_tool("pdfinfo " + pdf.quoted());
    EXPECT_NE(unit_test::report_value(info.output, "Page size").find("595.276 x 841.89"), std::string::npos);
  }
}

}  // namespace
}  // namespace polku::forms
