//===- ReportSVG.cpp - Plan report as a picture ---------------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// One SVG document with one panel per pool, stacked from top to bottom. Each
// panel is a group translated down by kPanelHeight * pool index and holds:
//  - a title with the pool's figures and a subtitle with the axes' ranges,
//  - axes: time on x (the whole problem's timeline, shared by every panel),
//    addresses on y (0 at the bottom, the pool's peak at the top),
//  - per buffer interval a rectangle (class "buffer") with its details in a
//    <title> tooltip, and the buffer's name inside where it fits (see
//    LabelPlacer); a buffer without intervals (explicit conflicts only) spans
//    the whole timeline, dashed,
//  - the peak (used bytes) and the lower bound as horizontal lines.
//
// Coordinates are integers: with T0..T1 the timeline and P the pool's peak,
//   x(t) = kPlotLeft + floor((t - T0) * kPlotWidth / (T1 - T0))
//   y(a) = kPlotTop + kPlotHeight - floor(a * kPlotHeight / P)
// and the rectangle of an interval [s, e) at offset o of size n is
//   x = x(s), width = x(e) - x(s), y = y(o + n), height = y(o) - y(o + n),
// except that a non-empty buffer gets a height of at least one pixel.
//
//===----------------------------------------------------------------------===//

#include "ReportModel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

using namespace memplan;
using namespace memplan::report;

namespace {
constexpr uint64_t kPlotLeft = 100;
constexpr uint64_t kPlotWidth = 600;
constexpr uint64_t kPlotTop = 60;
constexpr uint64_t kPlotHeight = 300;
constexpr uint64_t kPanelWidth = 960;
constexpr uint64_t kPanelHeight = 400;
/// Gap between a line's label and the one above it, in pixels.
constexpr uint64_t kLabelSpacing = 12;

/// Labels are 11-pixel monospace text: at most this wide per character
/// (0.6 em) and this tall, and kept this far inside their rectangle.
constexpr double kLabelCharWidth = 6.6;
constexpr uint64_t kLabelHeight = 11;
constexpr uint64_t kLabelMargin = 2;

/// Fill colours of buffers, by buffer index.
constexpr const char *kPalette[] = {"#8dd3c7", "#ffffb3", "#bebada", "#fb8072",
                                    "#80b1d3", "#fdb462", "#b3de69", "#fccde5"};

/// The time range drawn on the x axis.
struct Timeline {
  int64_t start = 0;
  int64_t end = 1;
};

/// Maps times and addresses of one pool's panel to pixels.
class PanelScale {
public:
  PanelScale(Timeline timeline, uint64_t peak)
      : timeline(timeline), peak(std::max<uint64_t>(peak, 1)) {}

  uint64_t x(int64_t time) const {
    uint64_t elapsed =
        static_cast<uint64_t>(time) - static_cast<uint64_t>(timeline.start);
    uint64_t range = static_cast<uint64_t>(timeline.end) -
                     static_cast<uint64_t>(timeline.start);
    return kPlotLeft + scaleDown(elapsed, range, kPlotWidth);
  }
  uint64_t y(uint64_t address) const {
    return kPlotTop + kPlotHeight -
           scaleDown(std::min(address, peak), peak, kPlotHeight);
  }

private:
  Timeline timeline;
  uint64_t peak;
};
/// Decides which labels are drawn: a label goes in the middle of its
/// rectangle when its estimated box (kLabelCharWidth per character by
/// kLabelHeight) fits inside with kLabelMargin to spare, and overlaps no label
/// placed before (rectangles of a valid plan never overlap, but those of
/// buffers without intervals span the whole timeline over others). Placed
/// boxes are kept in a grid of kCell-pixel cells.
class LabelPlacer {
public:
  struct Box {
    uint64_t left, top, right, bottom; // half-open
  };

  /// The label box of `length` characters centred in the rectangle, if it
  /// fits and is free; it is then taken.
  std::optional<Box> place(size_t length, uint64_t left, uint64_t top,
                           uint64_t width, uint64_t height) {
    uint64_t textWidth =
        static_cast<uint64_t>(std::ceil(kLabelCharWidth * length));
    if (length == 0 || textWidth + 2 * kLabelMargin > width ||
        kLabelHeight + 2 * kLabelMargin > height)
      return std::nullopt;
    uint64_t centreX = left + width / 2, centreY = top + height / 2;
    Box box{centreX - textWidth / 2, centreY - kLabelHeight / 2,
            centreX - textWidth / 2 + textWidth,
            centreY - kLabelHeight / 2 + kLabelHeight};
    for (uint64_t cx = box.left / kCell; cx <= (box.right - 1) / kCell; ++cx)
      for (uint64_t cy = box.top / kCell; cy <= (box.bottom - 1) / kCell;
           ++cy) {
        auto it = cells.find({cx, cy});
        if (it == cells.end())
          continue;
        for (const Box &other : it->second)
          if (box.left < other.right && other.left < box.right &&
              box.top < other.bottom && other.top < box.bottom)
            return std::nullopt;
      }
    for (uint64_t cx = box.left / kCell; cx <= (box.right - 1) / kCell; ++cx)
      for (uint64_t cy = box.top / kCell; cy <= (box.bottom - 1) / kCell; ++cy)
        cells[{cx, cy}].push_back(box);
    return box;
  }

private:
  static constexpr uint64_t kCell = 64;
  std::map<std::pair<uint64_t, uint64_t>, std::vector<Box>> cells;
};
} // namespace

/// Escapes `text` for XML character data and attribute values.
static std::string escapeXML(llvm::StringRef text) {
  std::string escaped;
  for (char c : text) {
    switch (c) {
    case '&':
      escaped += "&amp;";
      break;
    case '<':
      escaped += "&lt;";
      break;
    case '>':
      escaped += "&gt;";
      break;
    case '"':
      escaped += "&quot;";
      break;
    case '\'':
      escaped += "&apos;";
      break;
    default:
      escaped += c;
    }
  }
  return escaped;
}

static Timeline getTimeline(const Problem &problem) {
  int64_t start = std::numeric_limits<int64_t>::max();
  int64_t end = std::numeric_limits<int64_t>::min();
  for (const Buffer &buffer : problem.buffers)
    for (const Interval &interval : buffer.intervals) {
      start = std::min(start, interval.start);
      end = std::max(end, interval.end);
    }
  if (start >= end)
    return Timeline();
  return Timeline{start, end};
}

static void writeTitle(const ReportModel &model, PoolId id, Timeline timeline,
                       llvm::raw_ostream &os) {
  const Pool &pool = model.problem.pools[id];
  const PoolFigures &figures = model.pools[id];
  os << "<text class=\"title\" x=\"10\" y=\"22\">pool " << escapeXML(pool.name)
     << ": capacity ";
  if (pool.capacity)
    os << *pool.capacity;
  else
    os << "unbounded";
  os << ", used " << figures.used << ", lower bound " << figures.lowerBound
     << ", utilisation " << figures.utilisation.value_or("-");
  if (figures.utilisation)
    os << '%';
  if (figures.capacityUse)
    os << ", capacity used " << *figures.capacityUse << '%';
  os << "</text>\n";
  os << "<text class=\"subtitle\" x=\"10\" y=\"42\">alignment "
     << pool.alignment << ", " << figures.numBuffers << " buffers, algorithm "
     << escapeXML(model.plan.algorithm.empty() ? "-" : model.plan.algorithm)
     << "; x: time " << timeline.start << " to " << timeline.end
     << ", y: address 0 to " << figures.used;
  if (model.schedule)
    os << "; schedule: " << formatSchedule(*model.schedule);
  os << "</text>\n";
}

static void writeAxes(const PanelScale &scale, Timeline timeline, uint64_t peak,
                      llvm::raw_ostream &os) {
  uint64_t left = scale.x(timeline.start), right = scale.x(timeline.end);
  uint64_t bottom = scale.y(0), top = scale.y(peak);
  os << "<path class=\"axes\" d=\"M" << left << ' ' << kPlotTop << " V"
     << bottom << " H" << right << "\"/>\n";
  os << "<text class=\"tick\" x=\"" << left - 5 << "\" y=\"" << bottom + 4
     << "\" text-anchor=\"end\">0</text>\n";
  if (peak != 0)
    os << "<text class=\"tick\" x=\"" << left - 5 << "\" y=\"" << top + 4
       << "\" text-anchor=\"end\">" << peak << "</text>\n";
  os << "<text class=\"tick\" x=\"" << left << "\" y=\"" << bottom + 16
     << "\" text-anchor=\"middle\">" << timeline.start << "</text>\n";
  os << "<text class=\"tick\" x=\"" << right << "\" y=\"" << bottom + 16
     << "\" text-anchor=\"middle\">" << timeline.end << "</text>\n";
}

/// One rectangle per live interval of `id`, each with the buffer's name
/// where it fits.
static void writeBuffer(const ReportModel &model, BufferId id,
                        const PanelScale &scale, Timeline timeline,
                        LabelPlacer &labels, llvm::raw_ostream &os) {
  const Buffer &buffer = model.problem.buffers[id];
  const Placement &placement = model.plan.placements[id];
  std::vector<Interval> intervals = buffer.intervals;
  bool hasIntervals = !intervals.empty();
  if (!hasIntervals)
    intervals.push_back(Interval{timeline.start, timeline.end});

  std::string name = escapeXML(buffer.name);
  std::string tooltip;
  llvm::raw_string_ostream tip(tooltip);
  tip << name << ": " << buffer.size << " bytes at offset " << placement.offset
      << ", alignment " << buffer.alignment << ", live "
      << formatIntervals(buffer.intervals);
  llvm::StringRef location = model.getLocation(id);
  if (!location.empty())
    tip << ", " << escapeXML(location);

  uint64_t top = scale.y(placement.offset + buffer.size);
  uint64_t bottom = scale.y(placement.offset);
  // A buffer too small for one pixel of the pool's height still shows.
  if (top == bottom && buffer.size != 0)
    top = bottom - 1;
  for (const Interval &interval : intervals) {
    uint64_t left = scale.x(interval.start), right = scale.x(interval.end);
    os << "<rect class=\"buffer" << (hasIntervals ? "" : " no-interval")
       << "\" x=\"" << left << "\" y=\"" << top << "\" width=\"" << right - left
       << "\" height=\"" << bottom - top << "\" fill=\""
       << kPalette[id % std::size(kPalette)] << "\"><title>" << tooltip
       << "</title></rect>\n";
    // The label's length in characters: UTF-8 continuation bytes do not
    // count.
    size_t length = llvm::count_if(buffer.name, [](char c) {
      return (static_cast<unsigned char>(c) & 0xc0) != 0x80;
    });
    if (labels.place(length, left, top, right - left, bottom - top))
      os << "<text class=\"label\" x=\"" << left + (right - left) / 2
         << "\" y=\"" << top + (bottom - top) / 2 + 4
         << "\" text-anchor=\"middle\">" << name << "</text>\n";
  }
}

/// The peak and the lower bound as horizontal lines with labels on the
/// right; the lower bound's label moves down when the two would overlap.
static void writeMarks(const PanelScale &scale, Timeline timeline,
                       const PoolFigures &figures, llvm::raw_ostream &os) {
  uint64_t left = scale.x(timeline.start), right = scale.x(timeline.end);
  uint64_t peakY = scale.y(figures.used);
  uint64_t boundY = scale.y(figures.lowerBound);
  uint64_t peakLabelY = peakY + 4;
  uint64_t boundLabelY = std::max(boundY + 4, peakLabelY + kLabelSpacing);
  os << "<line class=\"peak\" x1=\"" << left << "\" y1=\"" << peakY
     << "\" x2=\"" << right << "\" y2=\"" << peakY << "\"/>\n";
  os << "<text class=\"peak-label\" x=\"" << right + 5 << "\" y=\""
     << peakLabelY << "\">peak " << figures.used << "</text>\n";
  os << "<line class=\"lower-bound\" x1=\"" << left << "\" y1=\"" << boundY
     << "\" x2=\"" << right << "\" y2=\"" << boundY << "\"/>\n";
  os << "<text class=\"lower-bound-label\" x=\"" << right + 5 << "\" y=\""
     << boundLabelY << "\">lower bound " << figures.lowerBound << "</text>\n";
}

static void writePanel(const ReportModel &model, PoolId id, Timeline timeline,
                       llvm::raw_ostream &os) {
  const PoolFigures &figures = model.pools[id];
  PanelScale scale(timeline, figures.used);
  os << "<g class=\"pool\" id=\"pool-" << id << "\" transform=\"translate(0,"
     << id * kPanelHeight << ")\">\n";
  writeTitle(model, id, timeline, os);
  writeAxes(scale, timeline, figures.used, os);
  LabelPlacer labels;
  for (BufferId buffer = 0; buffer < model.problem.buffers.size(); ++buffer)
    if (model.plan.placements[buffer].pool == id)
      writeBuffer(model, buffer, scale, timeline, labels, os);
  writeMarks(scale, timeline, figures, os);
  os << "</g>\n";
}

void report::writeSVGReport(const ReportModel &model, llvm::raw_ostream &os) {
  uint64_t height = model.problem.pools.size() * kPanelHeight;
  os << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  os << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << kPanelWidth
     << "\" height=\"" << height << "\" viewBox=\"0 0 " << kPanelWidth << ' '
     << height
     << "\" font-family=\"monospace\" font-size=\"11\" "
        "style=\"background:#fff\">\n";
  os << "<style>"
        ".title{font-size:13px;font-weight:bold}"
        ".axes{fill:none;stroke:#000}"
        ".buffer{stroke:#333;stroke-width:1}"
        ".no-interval{stroke-dasharray:4 2}"
        ".peak{stroke:#c00;stroke-width:2}"
        ".lower-bound{stroke:#06c;stroke-width:2;stroke-dasharray:6 3}"
        ".peak-label{fill:#c00}"
        ".lower-bound-label{fill:#06c}"
        "</style>\n";
  Timeline timeline = getTimeline(model.problem);
  for (PoolId id = 0; id < model.problem.pools.size(); ++id)
    writePanel(model, id, timeline, os);
  os << "</svg>\n";
}
