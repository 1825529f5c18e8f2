// The pure rules of forms: a definition read from and written as JSON (how it is stored and published), a
// definition's checks before it is published, and a filled form's answers checked against its version — on
// every save by type, and on completion for the required fields too.
#pragma once
#include <boost/json.hpp>
#include <string_view>
#include <vector>

#include "forms/form.hpp"
#include "platform/core/error.hpp"

namespace polku::forms {

inline constexpr std::size_t kMaxText = 1000;
inline constexpr std::size_t kMaxLongText = 20000;
inline constexpr std::size_t kMaxSteps = 11;

// A definition as JSON; a value of the wrong shape is `invalid_format` at its path.
Result<FormDefinition> parse_definition(const boost::json::value& v);
boost::json::object to_json(const FormDefinition& d);

// Every error of a definition, each at its path (e.g. "sections[0].fields[2].label.sv"): keys written
// [a-z][a-z0-9_]* and unique in the form, a known type, a label in every language (a section's title too), a
// plain-language text in every language for a field the client reads, at least two choices each labelled in every
// language, a scale of 2–11 labelled steps, a number's min not above its max, a group of fields but no group in a
// group.
std::vector<FieldError> validate_definition(const FormDefinition& d);

// A version that names a national structure (THL's OID and version) keeps every field of the shipped definition
// of that structure, each with its key and type, so that its entries still map onto the structure; a county adds
// fields and words them its own way. A field dropped or retyped is an error at "nationalStructure.<key>"; a
// structure no shipped form follows, at "nationalOid". A form made otherwise drops the OID and is the county's own.
std::vector<FieldError> validate_national(const FormDefinition& d, const std::vector<ShippedForm>& shipped);

// Every error of the answers (by field key; a group's entries as "key[i].child"): no unknown field, each value of
// its field's type (a text within its length, a choice among the options, an ISO date, a number within its range,
// a scale's step, yes or no, a group's entries). When `completing`, every required field answered too.
std::vector<FieldError> validate_answers(const FormDefinition& d, const boost::json::object& answers, bool completing);

}  // namespace polku::forms
