#include "support/smtp_sink.hpp"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace polku::testing {
namespace fs = std::filesystem;

SmtpSink::SmtpSink(int refuse_first) {
  char pattern[] = "/tmp/polku-smtp.XXXXXX";
  if (mkdtemp(pattern) == nullptr) throw std::runtime_error("mkdtemp failed");
  folder_ = pattern;
  int out[2];
  if (pipe(out) != 0) throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  // Debian's Python, which has aiosmtpd: not whatever python3 is first on PATH.
  const std::string python = "/usr/bin/python3";
  std::string script = POLKU_SOURCE_DIR;  // appended, not operator+: g++ 12 warns falsely (-Warray-bounds)
  script += "/tests/support/smtp_sink.py";
  const std::string refuse = std::to_string(refuse_first);
  std::vector<char*> argv = {const_cast<char*>(python.c_str()), const_cast<char*>(script.c_str()),
                             const_cast<char*>(folder_.c_str()), const_cast<char*>(refuse.c_str()), nullptr};
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, python.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);
  if (spawned != 0) {
    close(out[0]);
    throw std::runtime_error("could not start " + python);
  }
  pid_ = pid;
  std::string line;
  char c = 0;
  while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
  close(out[0]);
  if (line.empty() || line.find_first_not_of("0123456789") != std::string::npos) {
    throw std::runtime_error("the SMTP sink did not start (python3-aiosmtpd installed?): '" + line + "'");
  }
  port_ = static_cast<unsigned short>(std::stoi(line));
}

SmtpSink::~SmtpSink() {
  if (pid_ > 0) {
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
  }
  std::error_code ec;
  fs::remove_all(folder_, ec);
}

std::vector<boost::json::object> SmtpSink::messages() const {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(folder_)) {
    if (e.path().extension() == ".json") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<boost::json::object> out;
  for (const auto& f : files) {
    std::ifstream in(f);
    std::stringstream text;
    text << in.rdbuf();
    out.push_back(boost::json::parse(text.str()).as_object());
  }
  return out;
}

}  // namespace polku::testing
