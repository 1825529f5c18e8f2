// std::source_location, or, for clang before 15 over libstdc++ (the sanitizer build: its <source_location> needs a
// builtin that clang 14 lacks), the same made of the builtins clang 14 has.
#pragma once
#if !defined(__clang__) || __clang_major__ >= 15
#include <source_location>
namespace polku::testing {
using SourceLocation = std::source_location;
}  // namespace polku::testing
#else
namespace polku::testing {
struct SourceLocation {
  static constexpr SourceLocation current(const char* file = __builtin_FILE(), unsigned line = __builtin_LINE()) {
    return SourceLocation{file, line};
  }
  constexpr const char* file_name() const { return file; }
  constexpr unsigned line() const { return at; }
  const char* file = "";
  unsigned at = 0;
};
}  // namespace polku::testing
#endif
