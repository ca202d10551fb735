//===- ProblemFile.cpp - Problem files by extension -----------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "IOSupport.h"

#include "memplan/Planner/ProblemIO.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace memplan;

llvm::Expected<FileFormat> memplan::getFileFormat(llvm::StringRef path) {
  llvm::StringRef extension = llvm::sys::path::extension(path);
  if (extension.equals_insensitive(".csv"))
    return FileFormat::CSV;
  if (extension.equals_insensitive(".json"))
    return FileFormat::JSON;
  return io::makeError(path + ": unknown file format (expected a .csv or "
                              ".json extension)");
}

llvm::Expected<Problem> memplan::readProblem(llvm::StringRef text,
                                             llvm::StringRef fileName,
                                             FileFormat format,
                                             CSVHeader *header) {
  if (format == FileFormat::CSV)
    return readProblemCSV(text, fileName, header);
  return readProblemJSON(text, fileName);
}

llvm::Expected<Problem> memplan::readProblemFile(llvm::StringRef path,
                                                 CSVHeader *header) {
  llvm::Expected<FileFormat> format = getFileFormat(path);
  if (!format)
    return format.takeError();
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> file =
      llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
  if (!file)
    return io::makeError(path + ": " + file.getError().message());
  return readProblem((*file)->getBuffer(), path, *format, header);
}

llvm::Error memplan::writeSolution(const Problem &problem, const Plan &plan,
                                   FileFormat format, llvm::raw_ostream &os,
                                   const CSVHeader *header) {
  if (format == FileFormat::CSV)
    return writeSolutionCSV(problem, plan, os, header);
  writeSolutionJSON(problem, plan, os);
  return llvm::Error::success();
}
