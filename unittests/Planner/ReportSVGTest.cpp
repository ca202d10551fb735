//===- ReportSVGTest.cpp - The SVG plan picture ---------------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Checks that the picture of the plan in ReportFixture.h is well-formed and
// that its rectangles and lines sit where the hand derivation puts them.
//
// Geometry (see ReportSVG.cpp): the plot spans x 100..700 and y 60..360; the
// timeline of the whole problem is [0, 8), so x(t) = 100 + floor(600 t / 8)
// = 100 + 75 t; with P a pool's peak, y(a) = 360 - floor(300 a / P). Panel i
// is translated down by 400 i.
//
//===----------------------------------------------------------------------===//

#include "ReportFixture.h"

#include "llvm/ADT/StringRef.h"

#include <map>

using namespace memplan;
using namespace memplan::testing;

namespace {

/// One start or empty-element tag of the document.
struct Tag {
  std::string name;
  std::map<std::string, std::string> attributes;
  /// The id of the innermost enclosing <g>, empty outside any.
  std::string group;
};

/// Parses the tags of an XML document made of elements, attributes in double
/// quotes, character data and one leading declaration; checks that elements
/// nest properly, that there is one root, and that character data holds no
/// raw `<` or `&` other than an entity.
std::vector<Tag> parseTags(llvm::StringRef document) {
  std::vector<Tag> tags;
  std::vector<std::string> open;
  std::vector<std::string> groups;
  unsigned roots = 0;
  llvm::StringRef rest = document;
  EXPECT_TRUE(rest.consume_front("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
  while (!rest.empty()) {
    size_t lt = rest.find('<');
    llvm::StringRef text = rest.take_front(lt);
    for (size_t amp = text.find('&'); amp != llvm::StringRef::npos;
         amp = text.find('&', amp + 1)) {
      llvm::StringRef entity = text.drop_front(amp);
      EXPECT_TRUE(entity.starts_with("&amp;") || entity.starts_with("&lt;") ||
                  entity.starts_with("&gt;") || entity.starts_with("&quot;") ||
                  entity.starts_with("&apos;"))
          << "raw '&' in " << text.str();
    }
    if (open.empty()) {
      EXPECT_TRUE(text.trim().empty())
          << "text outside the root: " << text.str();
    }
    if (lt == llvm::StringRef::npos)
      break;
    rest = rest.drop_front(lt);
    size_t gt = rest.find('>');
    if (gt == llvm::StringRef::npos) {
      ADD_FAILURE() << "unterminated tag";
      break;
    }
    llvm::StringRef tag = rest.take_front(gt + 1);
    rest = rest.drop_front(gt + 1);
    if (tag.starts_with("</")) {
      std::string name = tag.drop_front(2).drop_back().str();
      if (open.empty() || open.back() != name) {
        ADD_FAILURE() << "unbalanced </" << name << ">";
        break;
      }
      open.pop_back();
      if (name == "g")
        groups.pop_back();
      continue;
    }
    bool empty = tag.ends_with("/>");
    llvm::StringRef body = tag.drop_front().drop_back(empty ? 2 : 1);
    Tag parsed;
    auto [name, attributes] = body.split(' ');
    parsed.name = name.str();
    attributes = attributes.trim();
    while (!attributes.empty()) {
      auto [key, afterKey] = attributes.split("=\"");
      size_t quote = afterKey.find('"');
      if (quote == llvm::StringRef::npos) {
        ADD_FAILURE() << "bad attribute in " << tag.str();
        break;
      }
      EXPECT_FALSE(afterKey.take_front(quote).contains('<'));
      parsed.attributes[key.trim().str()] = afterKey.take_front(quote).str();
      attributes = afterKey.drop_front(quote + 1).trim();
    }
    parsed.group = groups.empty() ? "" : groups.back();
    if (open.empty())
      ++roots;
    if (!empty) {
      open.push_back(parsed.name);
      if (parsed.name == "g")
        groups.push_back(parsed.attributes["id"]);
    }
    tags.push_back(std::move(parsed));
  }
  EXPECT_TRUE(open.empty())
      << "unclosed <" << (open.empty() ? "" : open.back()) << ">";
  EXPECT_EQ(roots, 1u);
  return tags;
}

/// The tags named `name` whose class list contains `className`, in `group`.
std::vector<Tag> select(const std::vector<Tag> &tags, llvm::StringRef name,
                        llvm::StringRef className, llvm::StringRef group) {
  std::vector<Tag> selected;
  for (const Tag &tag : tags) {
    auto classes = tag.attributes.find("class");
    if (tag.name != name || tag.group != group ||
        classes == tag.attributes.end())
      continue;
    llvm::SmallVector<llvm::StringRef> list;
    llvm::StringRef(classes->second).split(list, ' ');
    if (llvm::is_contained(list, className))
      selected.push_back(tag);
  }
  return selected;
}

/// x, y, width, height of a rectangle.
std::vector<std::string> geometry(const Tag &rect) {
  return {rect.attributes.at("x"), rect.attributes.at("y"),
          rect.attributes.at("width"), rect.attributes.at("height")};
}

using Geometry = std::vector<std::string>;

class ReportSVGTest : public ::testing::Test {
protected:
  void SetUp() override {
    svg = printReport(makeReportProblem(), makeReportPlan(), ReportFormat::SVG,
                      makeReportLocations());
    tags = parseTags(svg);
  }
  std::string svg;
  std::vector<Tag> tags;
};

TEST_F(ReportSVGTest, Document) {
  ASSERT_FALSE(tags.empty());
  EXPECT_EQ(tags[0].name, "svg");
  EXPECT_EQ(tags[0].attributes["xmlns"], "http://www.w3.org/2000/svg");
  // Three panels of 400 pixels.
  EXPECT_EQ(tags[0].attributes["height"], "1200");
  std::vector<Tag> panels = select(tags, "g", "pool", "");
  ASSERT_EQ(panels.size(), 3u);
  EXPECT_EQ(panels[0].attributes["transform"], "translate(0,0)");
  EXPECT_EQ(panels[1].attributes["transform"], "translate(0,400)");
  EXPECT_EQ(panels[2].attributes["transform"], "translate(0,800)");
}

TEST_F(ReportSVGTest, OneRectanglePerInterval) {
  // a: 1 interval, b: 1, c: 2, d: 1, e: 1, f: none, drawn once.
  std::vector<Tag> all;
  for (const Tag &tag : tags)
    if (tag.name == "rect")
      all.push_back(tag);
  EXPECT_EQ(all.size(), 7u);
  EXPECT_EQ(select(tags, "rect", "buffer", "pool-0").size(), 4u);
  EXPECT_EQ(select(tags, "rect", "buffer", "pool-1").size(), 3u);
  EXPECT_EQ(select(tags, "rect", "buffer", "pool-2").size(), 0u);
  // Every rectangle carries its buffer's name as a label.
  EXPECT_EQ(select(tags, "text", "label", "pool-0").size(), 4u);
  EXPECT_EQ(select(tags, "text", "label", "pool-1").size(), 3u);
}

TEST_F(ReportSVGTest, SramRectangles) {
  // Peak 48: y(a) = 360 - floor(300 a / 48) = 360 - floor(6.25 a).
  std::vector<Tag> rects = select(tags, "rect", "buffer", "pool-0");
  ASSERT_EQ(rects.size(), 4u);
  // a [0,4), bytes [0,16): x 100..400, y(16) = 260, y(0) = 360.
  EXPECT_EQ(geometry(rects[0]), (Geometry{"100", "260", "300", "100"}));
  // b [2,6), bytes [16,48): x 250..550, y(48) = 60, y(16) = 260.
  EXPECT_EQ(geometry(rects[1]), (Geometry{"250", "60", "300", "200"}));
  // c [0,2) and [6,8), bytes [16,32): y(32) = 160, y(16) = 260.
  EXPECT_EQ(geometry(rects[2]), (Geometry{"100", "160", "150", "100"}));
  EXPECT_EQ(geometry(rects[3]), (Geometry{"550", "160", "150", "100"}));
}

TEST_F(ReportSVGTest, DramRectangles) {
  // Peak 18: y(a) = 360 - floor(300 a / 18).
  std::vector<Tag> rects = select(tags, "rect", "buffer", "pool-1");
  ASSERT_EQ(rects.size(), 3u);
  // d [1,3), bytes [0,10): x 175..325; y(10) = 360 - floor(166.7) = 194.
  EXPECT_EQ(geometry(rects[0]), (Geometry{"175", "194", "150", "166"}));
  // e [2,5), bytes [12,18): x 250..475; y(18) = 60, y(12) = 360 - 200 = 160.
  EXPECT_EQ(geometry(rects[1]), (Geometry{"250", "60", "225", "100"}));
  // f has no interval: the whole timeline, x 100..700, dashed;
  // bytes [0,4): y(4) = 360 - floor(66.7) = 294.
  EXPECT_EQ(geometry(rects[2]), (Geometry{"100", "294", "600", "66"}));
  EXPECT_EQ(rects[2].attributes.at("class"), "buffer no-interval");
}

TEST_F(ReportSVGTest, PeakAndLowerBoundLines) {
  // sram: peak 48 and lower bound 48 both at y(48) = 60.
  std::vector<Tag> peak = select(tags, "line", "peak", "pool-0");
  std::vector<Tag> bound = select(tags, "line", "lower-bound", "pool-0");
  ASSERT_EQ(peak.size(), 1u);
  ASSERT_EQ(bound.size(), 1u);
  EXPECT_EQ(peak[0].attributes["y1"], "60");
  EXPECT_EQ(peak[0].attributes["y2"], "60");
  EXPECT_EQ(peak[0].attributes["x1"], "100");
  EXPECT_EQ(peak[0].attributes["x2"], "700");
  EXPECT_EQ(bound[0].attributes["y1"], "60");
  // dram: peak 18 at y 60; lower bound 16 at 360 - floor(266.7) = 94.
  peak = select(tags, "line", "peak", "pool-1");
  bound = select(tags, "line", "lower-bound", "pool-1");
  ASSERT_EQ(peak.size(), 1u);
  ASSERT_EQ(bound.size(), 1u);
  EXPECT_EQ(peak[0].attributes["y1"], "60");
  EXPECT_EQ(bound[0].attributes["y1"], "94");
  EXPECT_EQ(bound[0].attributes["y2"], "94");
  // The empty pool draws both at the bottom of its plot.
  peak = select(tags, "line", "peak", "pool-2");
  ASSERT_EQ(peak.size(), 1u);
  EXPECT_EQ(peak[0].attributes["y1"], "360");
}

TEST_F(ReportSVGTest, Legend) {
  EXPECT_NE(svg.find(">pool sram: capacity 64, used 48, lower bound 48, "
                     "utilisation 100.00%, capacity used 75.00%</text>"),
            std::string::npos);
  EXPECT_NE(svg.find(">pool dram: capacity unbounded, used 18, lower bound "
                     "16, utilisation 88.89%</text>"),
            std::string::npos);
  EXPECT_NE(svg.find(">peak 18</text>"), std::string::npos);
  EXPECT_NE(svg.find(">lower bound 16</text>"), std::string::npos);
  // The tooltip of d names its location.
  EXPECT_NE(svg.find("<title>d: 10 bytes at offset 0, alignment 1, live "
                     "[1,3), net.mlir:6:8</title>"),
            std::string::npos);
}

TEST(ReportSVGSmallBufferTest, AtLeastOnePixel) {
  // tiny (1 byte) at 0, big (1000 bytes) at 1, empty (0 bytes) at 0, all
  // live in [0,1): peak 1001, y(a) = 360 - floor(300 a / 1001).
  // tiny: y(1) = 360 - 0 = y(0), so it gets one pixel: y 359, height 1.
  // big: y(1001) = 60, y(1) = 360: height 300. empty stays 0 high at y 360.
  Problem problem;
  problem.pools = {{"p", std::nullopt, 1}};
  for (auto [name, size] : {std::pair<const char *, uint64_t>{"tiny", 1},
                            {"big", 1000},
                            {"empty", 0}}) {
    Buffer buffer;
    buffer.name = name;
    buffer.size = size;
    buffer.intervals = {{0, 1}};
    problem.buffers.push_back(buffer);
  }
  Plan plan;
  plan.placements = {{0, 0}, {0, 1}, {0, 0}};
  plan.poolSizes = {1001};
  plan.poolLowerBounds = {1001};
  plan.lowerBound = 1001;
  std::vector<Tag> rects = select(
      parseTags(printReport(problem, plan, ReportFormat::SVG)), "rect",
      "buffer", "pool-0");
  ASSERT_EQ(rects.size(), 3u);
  EXPECT_EQ(geometry(rects[0]), (Geometry{"100", "359", "600", "1"}));
  EXPECT_EQ(geometry(rects[1]), (Geometry{"100", "60", "600", "300"}));
  EXPECT_EQ(geometry(rects[2]), (Geometry{"100", "360", "600", "0"}));
}

TEST(ReportSVGEscapeTest, NamesAreEscaped) {
  Problem problem;
  problem.pools = {{"p<&>", std::nullopt, 1}};
  Buffer buffer;
  buffer.name = "x\"&'<y>";
  buffer.size = 4;
  buffer.intervals = {{0, 1}};
  problem.buffers = {buffer};
  Plan plan;
  plan.placements = {{0, 0}};
  plan.poolSizes = {4};
  plan.poolLowerBounds = {4};
  plan.lowerBound = 4;
  std::string svg = printReport(problem, plan, ReportFormat::SVG,
                                {std::string("a<b>.mlir:1:1")});
  std::vector<Tag> tags = parseTags(svg); // fails on raw '<' or '&'
  EXPECT_EQ(select(tags, "rect", "buffer", "pool-0").size(), 1u);
  EXPECT_NE(svg.find("x&quot;&amp;&apos;&lt;y&gt;"), std::string::npos);
  EXPECT_NE(svg.find("pool p&lt;&amp;&gt;:"), std::string::npos);
  EXPECT_NE(svg.find("a&lt;b&gt;.mlir:1:1"), std::string::npos);
}

} // namespace
