// A filled form as a printable A4 PDF, for any definition: its sections and fields in the document's language,
// each answer as it reads (a choice by its label, a date d.M.yyyy), a repeating group as a table.
#pragma once
#include <boost/json.hpp>
#include <string>
#include <vector>

#include "forms/form.hpp"

namespace polku::forms {

// One of the case's goals as an evaluation rated it (rating 0: not rated in it).
struct RatedGoal {
  std::string goal, measure, note;
  int rating = 0;
};

struct EntryDocument {
  std::string organisation;  // the purchaser's name
  std::string logo_png;      // its logo, '' for none
  std::string client_name;
  const FormDefinition* definition = nullptr;
  const FormEntry* entry = nullptr;
  boost::json::object answers;
  std::vector<RatedGoal> goals;  // an evaluation's ratings of the case's goals, in the order they were set
};

// The text of one answer as printed ('' when unanswered).
std::string answer_text(const Field& f, const boost::json::value* v, const std::string& lang);
std::string form_entry_pdf(const EntryDocument& d, const std::string& lang);

}  // namespace polku::forms
