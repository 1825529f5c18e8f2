// Expected outcomes as values: one ErrorCode, mapped to HTTP in one place.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace polku {

enum class ErrorCode {
  kInvalidInput,     // 422, with field errors
  kBadRequest,       // 400, malformed request
  kUnauthenticated,  // 401
  kForbidden,        // 403
  kNotFound,         // 404
  kMethodNotAllowed, // 405
  kConflict,         // 409 (stale version, duplicate)
  kPayloadTooLarge,  // 413
  kTooManyRequests,  // 429
  kUnavailable,      // 503
  kInternal,         // 500
};

int http_status(ErrorCode code);

// A problem with one input field; `code` is a message key (e.g. "required").
struct FieldError {
  std::string field;
  std::string code;
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message_key;          // user-facing message, translated by i18n
  std::vector<FieldError> fields;   // for kInvalidInput
  std::string log_detail;           // only logged, never sent
  int retry_after_seconds = 0;      // for kTooManyRequests

  static Error invalid(std::vector<FieldError> fields) {
    return Error{ErrorCode::kInvalidInput, "invalid_input", std::move(fields), {}, 0};
  }
  static Error make(ErrorCode c, std::string key, std::string detail = {}) {
    return Error{c, std::move(key), {}, std::move(detail), 0};
  }
  // 404 also for what exists but the user may not see: existence is not revealed.
  static Error not_found() { return make(ErrorCode::kNotFound, "not_found"); }
  static Error forbidden() { return make(ErrorCode::kForbidden, "forbidden"); }
};

// Result<T>: either a value or an Error.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)
  bool ok() const { return std::holds_alternative<T>(v_); }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<T>(v_); }
  const T& value() const { return std::get<T>(v_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() { return value(); }
  const Error& error() const { return std::get<Error>(v_); }

 private:
  std::variant<T, Error> v_;
};

struct Unit {};

}  // namespace polku
