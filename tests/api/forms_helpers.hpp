// Helpers of the forms API tests: a small client feedback form to publish, in three languages.
#pragma once
#include <string>

#include "api/api_test_helpers.hpp"

namespace polku::api_test {

inline json::object texts(const std::string& fi, const std::string& sv, const std::string& en) {
  return {{"fi", fi}, {"sv", sv}, {"en", en}};
}

// A feedback form of one section: a scale and a comment for the client, in plain language.
inline json::object feedback(const std::string& title_fi, const std::string& comment_sv = "Kommentar") {
  json::array steps;
  for (int i = 1; i <= 3; ++i) {
    steps.push_back(
        {{"key", std::to_string(i)}, {"label", texts(std::to_string(i), std::to_string(i), std::to_string(i))}});
  }
  json::array fields{
      json::object{{"key", "satisfaction"},
                   {"type", "scale"},
                   {"required", true},
                   {"clientFacing", true},
                   {"label", texts("Tyytyväisyys", "Nöjdhet", "Satisfaction")},
                   {"plain", texts("Oletko tyytyväinen?", "Är du nöjd?", "Are you happy?")},
                   {"options", std::move(steps)}},
      json::object{{"key", "comment"},
                   {"type", "long_text"},
                   {"clientFacing", true},
                   {"label", texts("Kommentti", comment_sv, "Comment")},
                   {"plain", texts("Mitä haluat sanoa?", "Vad vill du säga?", "What would you like to say?")}}};
  return {{"definition",
           json::object{{"kind", "client_feedback"},
                        {"title", texts(title_fi, "Klientens respons", "Client feedback")},
                        {"sections", json::array{json::object{{"key", "feedback"},
                                                              {"title", texts("Palaute", "Respons", "Feedback")},
                                                              {"fields", std::move(fields)}}}}}}};
}

// A form of `kind` with one optional comment, to publish when a test needs that kind to exist.
inline json::object plain_form(const std::string& kind, const std::string& title_fi) {
  json::array fields{
      json::object{{"key", "comment"}, {"type", "long_text"}, {"label", texts("Huomiot", "Anteckningar", "Notes")}}};
  return {{"definition",
           json::object{{"kind", kind},
                        {"title", texts(title_fi, title_fi + " (sv)", title_fi + " (en)")},
                        {"sections", json::array{json::object{{"key", "main"},
                                                              {"title", texts("Sisältö", "Innehåll", "Content")},
                                                              {"fields", std::move(fields)}}}}}}};
}

// An intermediate evaluation of one field, the date of the next one (what puts evaluation_due on the task lists).
inline json::object next_evaluation_form() {
  json::array fields{json::object{{"key", "next_evaluation_date"},
                                  {"type", "date"},
                                  {"label", texts("Seuraava arvio", "Nästa bedömning", "Next evaluation")}}};
  return {{"definition",
           json::object{{"kind", "intermediate_evaluation"},
                        {"title", texts("Väliarvio", "Mellanbedömning", "Intermediate evaluation")},
                        {"sections", json::array{json::object{{"key", "next"},
                                                              {"title", texts("Jatko", "Fortsatt", "Next")},
                                                              {"fields", std::move(fields)}}}}}}};
}

inline std::string forms_path(long long organisation_id) {
  return "/api/v1/organisations/" + std::to_string(organisation_id) + "/forms";
}

}  // namespace polku::api_test
