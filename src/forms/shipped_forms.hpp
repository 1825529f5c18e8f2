// The forms Polku ships (forms/shipped/<kind>.json, compiled into the binary): read and checked whole, and installed
// into every database as versions of no organisation, which a purchaser uses until it publishes its own.
#pragma once
#include <vector>

#include "forms/form.hpp"
#include "platform/db/database.hpp"

namespace polku::forms {

struct EmbeddedForm {
  const char* name;  // <kind>.json
  const char* text;
};
const std::vector<EmbeddedForm>& embedded_form_files();

// Each file read as a definition with its "version". A file that is no valid definition (every error named), whose
// name is not its kind, whose version is not a whole number from 1, or a kind twice, throws std::logic_error: a
// broken release fails loudly, before it reaches a database.
std::vector<ShippedForm> read_shipped_forms(const std::vector<EmbeddedForm>& files);
const std::vector<ShippedForm>& shipped_forms();  // the embedded ones, read once

// Installs each shipped (kind, version) the database does not have yet, all in one transaction; returns how many it
// added. A version already there with other content throws: a published version never changes, so a changed file
// needs the next version number. `polku migrate` and the tests' servers call it after the migrations.
int install_shipped_forms(db::Database& db);

}  // namespace polku::forms
