#pragma once
// parley::Status and parley::Result<T>: the one way library code reports an expected failure
// (a bad article, an unknown actor, an unparseable date, something not found).
// Broken invariants, a corrupt store and I/O failures are exceptions instead (graph/errors.hpp),
// caught only at the CLI and HTTP boundaries.

#include <string>
#include <utility>
#include <variant>

namespace parley {

enum class StatusCode { kOk, kNotFound, kInvalidInput, kIoError, kCorruption, kUnsupported };

class [[nodiscard]] Status {
 public:
  Status() = default;  // ok

  static Status ok() { return {}; }
  static Status not_found(std::string msg) { return {StatusCode::kNotFound, std::move(msg)}; }
  static Status invalid_input(std::string msg) { return {StatusCode::kInvalidInput, std::move(msg)}; }
  static Status io_error(std::string msg) { return {StatusCode::kIoError, std::move(msg)}; }
  static Status corruption(std::string msg) { return {StatusCode::kCorruption, std::move(msg)}; }
  static Status unsupported(std::string msg) { return {StatusCode::kUnsupported, std::move(msg)}; }

  bool is_ok() const { return code_ == StatusCode::kOk; }
  explicit operator bool() const { return is_ok(); }
  StatusCode code() const { return code_; }
  // The human-readable reason; empty when ok.
  const std::string& message() const { return message_; }

  // Marks a status as deliberately ignored, so that readers see the decision (as RocksDB's
  // PermitUncheckedError does).
  void ignore_error() const {}

 private:
  Status(StatusCode code, std::string msg) : code_(code), message_(std::move(msg)) {}
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value or the Status that explains why there is none. Accessing value() of a failed Result is a
// programming error and throws std::bad_variant_access.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}           // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}    // NOLINT: implicit by design

  bool is_ok() const { return std::holds_alternative<T>(v_); }
  explicit operator bool() const { return is_ok(); }

  const T& value() const& { return std::get<T>(v_); }
  T& value() & { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  const T& operator*() const& { return value(); }
  const T* operator->() const { return &value(); }

  // The failure; an ok Status when the Result holds a value.
  Status status() const { return is_ok() ? Status::ok() : std::get<Status>(v_); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace parley
