//===- CNames.cpp - C identifiers from MLIR names ---------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "CNames.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"

using namespace mlir;
using namespace mlir::memplan;

bool mlir::memplan::isCIdentifier(StringRef name) {
  if (name.empty() || llvm::isDigit(name.front()))
    return false;
  return llvm::all_of(name,
                      [](char c) { return llvm::isAlnum(c) || c == '_'; });
}

bool mlir::memplan::isCKeyword(StringRef name) {
  static constexpr llvm::StringLiteral keywords[] = {
      // C23.
      "alignas", "alignof", "auto", "bool", "break", "case", "char", "const",
      "constexpr", "continue", "default", "do", "double", "else", "enum",
      "extern", "false", "float", "for", "goto", "if", "inline", "int", "long",
      "nullptr", "register", "restrict", "return", "short", "signed", "sizeof",
      "static", "static_assert", "struct", "switch", "thread_local", "true",
      "typedef", "typeof", "typeof_unqual", "union", "unsigned", "void",
      "volatile", "while",
      // C++ keywords that C lacks.
      "and", "and_eq", "asm", "bitand", "bitor", "catch", "char8_t", "char16_t",
      "char32_t", "class", "compl", "concept", "const_cast", "consteval",
      "constinit", "co_await", "co_return", "co_yield", "decltype", "delete",
      "dynamic_cast", "explicit", "export", "friend", "mutable", "namespace",
      "new", "noexcept", "not", "not_eq", "operator", "or", "or_eq", "private",
      "protected", "public", "reinterpret_cast", "requires", "static_cast",
      "template", "this", "throw", "try", "typeid", "typename", "using",
      "virtual", "wchar_t", "xor", "xor_eq"};
  return llvm::is_contained(keywords, name);
}

/// `name` with every character outside [A-Za-z0-9_] replaced by '_'.
static std::string replaceNonIdentifierChars(StringRef name) {
  std::string result = name.str();
  for (char &c : result)
    if (!llvm::isAlnum(c) && c != '_')
      c = '_';
  return result;
}

std::string mlir::memplan::toMacroPart(StringRef name) {
  return llvm::StringRef(replaceNonIdentifierChars(name)).upper();
}

std::string mlir::memplan::toMemberName(StringRef name) {
  std::string member = replaceNonIdentifierChars(name);
  if (member.empty() || llvm::isDigit(member.front()) ||
      member.front() == '_' || isCKeyword(member))
    return "pool_" + member;
  return member;
}

std::string mlir::memplan::toTagPart(StringRef name) {
  return replaceNonIdentifierChars(name);
}

void mlir::memplan::printCommentText(llvm::raw_ostream &os, StringRef text) {
  char previous = 0;
  for (char c : text) {
    bool printable = c >= 0x20 && c < 0x7f;
    if (!printable || (previous == '*' && c == '/'))
      c = '?';
    os << c;
    previous = c;
  }
}

LogicalResult CNameTable::add(StringRef name, Operation *op, StringRef what) {
  auto [it, inserted] = owners.try_emplace(name, Owner{op, what.str()});
  if (inserted)
    return success();
  InFlightDiagnostic diag = op->emitError()
                            << what << " and " << it->second.what
                            << " both become the C name '" << name
                            << "'; rename one of them";
  diag.attachNote(it->second.op->getLoc())
      << it->second.what << " is declared here";
  return failure();
}
