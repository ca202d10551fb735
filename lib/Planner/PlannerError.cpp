//===- PlannerError.cpp - Errors that name a buffer -----------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Planner/PlannerError.h"

using namespace memplan;

char NoFitError::ID = 0;
char NoPlanError::ID = 0;
char PinError::ID = 0;

llvm::Error memplan::appendToErrorMessage(llvm::Error error,
                                          const llvm::Twine &text) {
  std::string suffix = text.str();
  return llvm::handleErrors(
      std::move(error),
      [&](std::unique_ptr<NoFitError> noFit) -> llvm::Error {
        noFit->appendToMessage(suffix);
        return llvm::Error(std::move(noFit));
      },
      [&](const llvm::ErrorInfoBase &other) -> llvm::Error {
        return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                       other.message() + suffix);
      });
}
