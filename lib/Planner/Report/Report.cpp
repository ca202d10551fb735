//===- Report.cpp - Human- and machine-readable plan reports --------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Planner/Report.h"

#include "ReportModel.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ToolOutputFile.h"

using namespace memplan;

llvm::Expected<ReportFormat> memplan::parseReportFormat(llvm::StringRef name) {
  if (name == "json")
    return ReportFormat::JSON;
  if (name == "text")
    return ReportFormat::Text;
  if (name == "svg")
    return ReportFormat::SVG;
  if (name == "html")
    return ReportFormat::HTML;
  return llvm::createStringError("unknown report format '" + name +
                                 "' (expected json, text, svg or html)");
}

llvm::StringRef memplan::getReportFormatName(ReportFormat format) {
  switch (format) {
  case ReportFormat::JSON:
    return "json";
  case ReportFormat::Text:
    return "text";
  case ReportFormat::SVG:
    return "svg";
  case ReportFormat::HTML:
    return "html";
  }
  llvm_unreachable("unknown report format");
}

llvm::Expected<ReportFormat> memplan::selectReportFormat(llvm::StringRef name,
                                                         llvm::StringRef path) {
  if (!name.empty())
    return parseReportFormat(name);
  llvm::StringRef extension = llvm::sys::path::extension(path);
  if (extension.equals_insensitive(".json"))
    return ReportFormat::JSON;
  if (extension.equals_insensitive(".svg"))
    return ReportFormat::SVG;
  if (extension.equals_insensitive(".html") ||
      extension.equals_insensitive(".htm"))
    return ReportFormat::HTML;
  return ReportFormat::Text;
}

/// Writes the report of an already validated model.
static void writeModel(const report::ReportModel &model, ReportFormat format,
                       llvm::raw_ostream &os) {
  switch (format) {
  case ReportFormat::JSON:
    return report::writeJSONReport(model, os);
  case ReportFormat::Text:
    return report::writeTextReport(model, os);
  case ReportFormat::SVG:
    return report::writeSVGReport(model, os);
  case ReportFormat::HTML:
    return report::writeHTMLReport(model, os);
  }
}

llvm::Error memplan::writeReport(const ReportInput &input, ReportFormat format,
                                 llvm::raw_ostream &os) {
  llvm::Expected<report::ReportModel> model = report::buildReportModel(input);
  if (!model)
    return model.takeError();
  writeModel(*model, format, os);
  return llvm::Error::success();
}

llvm::Error memplan::writeReportFile(const ReportInput &input,
                                     ReportFormat format,
                                     llvm::StringRef path) {
  llvm::Expected<report::ReportModel> model = report::buildReportModel(input);
  if (!model)
    return model.takeError();
  std::error_code error;
  llvm::ToolOutputFile file(path, error, llvm::sys::fs::OF_None);
  if (error)
    return llvm::createStringError(error, "cannot write report '" + path +
                                              "': " + error.message());
  writeModel(*model, format, file.os());
  file.os().flush();
  if (file.os().has_error()) {
    std::error_code writeError = file.os().error();
    file.os().clear_error();
    return llvm::createStringError(writeError,
                                   "cannot write report '" + path +
                                       "': " + writeError.message());
  }
  file.keep();
  return llvm::Error::success();
}
