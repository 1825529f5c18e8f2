// The documents' and spreadsheets' tests read what was made with the real tools a reader uses (pdftotext,
// pdfinfo, openpyxl): running them, and the temporary file they read.
#pragma once
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

namespace polku::unit_test {

// Debian's Python, which has python3-openpyxl: not whatever python3 is first on PATH (as tests/support/smtp_sink).
inline const std::string kDebianPython = "/usr/bin/python3";

struct ToolRun {
  int exit_code = -1;
  std::string output;  // stdout and stderr
};

inline ToolRun run_tool(const std::string& command) {
  ToolRun run;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return run;
  char buffer[4096];
  for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.output.append(buffer, n);
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

// A missing tool fails the test with what to install; a skipped test would pass unseen in CI.
inline ::testing::AssertionResult tool_present(const std::string& check_command, const std::string& package) {
  if (run_tool(check_command).exit_code == 0) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "`" << check_command << "` failed: install " << package
                                       << " (scripts/install-deps.sh)";
}

// The value of a "Name:   value" line of a tool's report (pdfinfo's), its padding trimmed; empty when missing.
inline std::string report_value(const std::string& report, const std::string& name) {
  for (size_t at = 0; at < report.size();) {
    const size_t end = std::min(report.find('\n', at), report.size());
    const std::string line = report.substr(at, end - at);
    if (line.rfind(name + ":", 0) == 0) {
      const size_t value = line.find_first_not_of(' ', name.size() + 1);
      return value == std::string::npos ? "" : line.substr(value);
    }
    at = end + 1;
  }
  return "";
}

// A file in the system's temp directory with the given bytes, removed when the test ends. The suffix is for
// tools that go by it (openpyxl opens only a name ending in .xlsx).
class TempFile {
 public:
  explicit TempFile(const std::string& bytes, const std::string& suffix = "")
      : path_((std::filesystem::temp_directory_path() / ("polku-test-XXXXXX" + suffix)).string()) {
    const int fd = mkstemps(path_.data(), static_cast<int>(suffix.size()));
    if (fd < 0) throw std::system_error(errno, std::generic_category(), "mkstemps");
    close(fd);
    std::ofstream(path_, std::ios::binary) << bytes;
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() { std::remove(path_.c_str()); }

  // Quoted for a shell: mkstemp's names have no quote in them.
  std::string quoted() const { return "'" + path_ + "'"; }

 private:
  std::string path_;
};

}  // namespace polku::unit_test
