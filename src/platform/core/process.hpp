// Running another program (pg_dump, pg_restore) without a shell: its arguments are passed as they are, so that no
// path or URL is ever read as shell syntax.
#pragma once
#include <string>
#include <vector>

namespace polku {

struct ProgramRun {
  int exit_code = -1;  // -1 when it could not be started or was killed
  std::string output;  // its standard output and error together
};

// Runs argv[0] (looked up in PATH) with the rest as its arguments and waits for it.
ProgramRun run_program(const std::vector<std::string>& argv);

}  // namespace polku
