"""Checks the labels of an SVG report (argument 1): each label's estimated
box (6.6 px per character of 11-pixel monospace, 11 px tall, centred on the
text's x and 4 px above its baseline) lies inside the rectangle drawn just
before it, and no two label boxes overlap. Prints the counts of rectangles
and labels; exits non-zero on the first failure."""
import re
import sys
from html import unescape

rect_pattern = re.compile(
    r'<rect class="buffer[^"]*" x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"')
label_pattern = re.compile(
    r'<text class="label" x="(\d+)" y="(\d+)" text-anchor="middle">([^<]*)</text>')
panel_pattern = re.compile(r'<g class="pool"')

text = open(sys.argv[1], encoding="utf-8").read()
rects = labels = 0
boxes = []  # per panel
last_rect = None
for line in text.split("\n"):
    if panel_pattern.search(line):
        boxes.append([])
    m = rect_pattern.search(line)
    if m:
        last_rect = tuple(int(v) for v in m.groups())
        rects += 1
        continue
    m = label_pattern.search(line)
    if not m:
        continue
    labels += 1
    x, y, name = int(m.group(1)), int(m.group(2)), unescape(m.group(3))
    width = 6.6 * len(name)
    box = (x - width / 2, y - 4 - 5.5, x + width / 2, y - 4 + 5.5)
    rx, ry, rw, rh = last_rect
    if not (rx <= box[0] and box[2] <= rx + rw and ry <= box[1] and box[3] <= ry + rh):
        sys.exit("label %r at (%d, %d) does not fit in its rectangle %r" % (name, x, y, last_rect))
    boxes[-1].append((box, name))

for panel in boxes:
    # Sweep by left edge: every pair whose x ranges meet is compared.
    panel.sort()
    active = []
    for box, name in panel:
        active = [(b, n) for b, n in active if b[2] > box[0]]
        for other, other_name in active:
            if box[1] < other[3] and other[1] < box[3]:
                sys.exit("labels %r and %r overlap" % (name, other_name))
        active.append((box, name))

print("rectangles %d labels %d" % (rects, labels))
