//===- PlannerError.h - Errors that name a buffer ---------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The planner's errors that callers act on by kind rather than by text: a
// buffer that fits in none of its candidate pools carries the buffer's id, so
// that a compiler pass reports the error at that buffer's allocation.
// llvm::toString() of such an error is its message alone.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_PLANNER_PLANNERERROR_H
#define MEMPLAN_PLANNER_PLANNERERROR_H

#include "memplan/Planner/Problem.h"

#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>

namespace memplan {

/// A buffer fits in none of its candidate pools (see makeNoFitError in
/// lib/Planner/PlanningContext.h for the message).
class NoFitError : public llvm::ErrorInfo<NoFitError> {
public:
  static char ID;

  NoFitError(BufferId buffer, std::string message)
      : buffer(buffer), message(std::move(message)) {}

  /// The buffer that fits nowhere.
  BufferId getBuffer() const { return buffer; }
  const std::string &getMessage() const { return message; }
  /// Adds `text` at the end of the message (what a later search found).
  void appendToMessage(const llvm::Twine &text) { message += text.str(); }

  void log(llvm::raw_ostream &os) const override { os << message; }
  std::error_code convertToErrorCode() const override {
    return llvm::inconvertibleErrorCode();
  }

private:
  BufferId buffer;
  std::string message;
};

/// No plan within the pools' capacities: proven impossible (LOAD above a
/// capacity, an exhausted exact search) or not found within the budget (the
/// message says which). Carries the pool the message is about, if any, so
/// that a compiler pass reports the error at that pool.
class NoPlanError : public llvm::ErrorInfo<NoPlanError> {
public:
  static char ID;

  NoPlanError(std::optional<PoolId> pool, bool provenImpossible,
              std::string message)
      : pool(pool), provenImpossible(provenImpossible),
        message(std::move(message)) {}

  std::optional<PoolId> getPool() const { return pool; }
  /// Whether no plan exists (rather than none was found within the budget).
  bool isProvenImpossible() const { return provenImpossible; }
  const std::string &getMessage() const { return message; }

  void log(llvm::raw_ostream &os) const override { os << message; }
  std::error_code convertToErrorCode() const override {
    return llvm::inconvertibleErrorCode();
  }

private:
  std::optional<PoolId> pool;
  bool provenImpossible;
  std::string message;
};

/// A pin that cannot be kept (see verifyPins in Problem.h): off its pool's
/// alignment or capacity, in a pool its buffer may not use, or overlapping
/// another pinned buffer while both are alive. Carries the pinned buffer and,
/// for an overlap, the other one, so that a compiler pass reports the error
/// at their allocations.
class PinError : public llvm::ErrorInfo<PinError> {
public:
  static char ID;

  PinError(BufferId buffer, std::optional<BufferId> other, std::string message)
      : buffer(buffer), other(other), message(std::move(message)) {}

  BufferId getBuffer() const { return buffer; }
  std::optional<BufferId> getOtherBuffer() const { return other; }
  const std::string &getMessage() const { return message; }

  void log(llvm::raw_ostream &os) const override { os << message; }
  std::error_code convertToErrorCode() const override {
    return llvm::inconvertibleErrorCode();
  }

private:
  BufferId buffer;
  std::optional<BufferId> other;
  std::string message;
};

/// `error` with `text` added at the end of its message. A NoFitError stays
/// one, with its buffer; another error becomes a string error.
llvm::Error appendToErrorMessage(llvm::Error error, const llvm::Twine &text);

} // namespace memplan

#endif // MEMPLAN_PLANNER_PLANNERERROR_H
