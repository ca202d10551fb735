"""Checks a headless Chromium run of the HTML report's page: the dumped DOM
(argument 1) and the screenshot (argument 2, a PNG read with zlib alone).

The DOM's #memplan-state must say that the page ran without script errors
and drew DRAWN rectangles (argument 3). Each further argument
NAME:COLOUR:T0:T1:A0:A1 is a buffer expected at times [T0, T1) and addresses
[A0, A1) of the shown pool, filled with palette colour COLOUR: the pixel a
tenth of the way into its rectangle from the left, at half its height, must
have that colour. Where the rectangle is on the screen follows from the plot
area and the view the page reports (data-plot, data-view), not from the
page's drawing code. The pixel just above the highest buffer must be white
(nothing drawn there but the lines of the pool's size), and the live-bytes
chart must be filled at mid-height of the time range of each buffer."""
import re
import struct
import sys
import zlib

PALETTE = ["8dd3c7", "ffffb3", "bebada", "fb8072", "80b1d3", "fdb462", "b3de69", "fccde5"]
LIVE_FILL = "9ecae1"


def read_png(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), "unexpected PNG format"
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous, i = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        previous = line
    return lambda x, y: tuple(rows[y][x * channels:x * channels + 3])


def same(pixel, hex_colour, tolerance=3):
    want = tuple(int(hex_colour[k:k + 2], 16) for k in (0, 2, 4))
    return all(abs(p - w) <= tolerance for p, w in zip(pixel, want))


dom = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'<div id="memplan-state"([^>]*)>', dom)
if not m:
    sys.exit("no #memplan-state in the DOM")
state = dict(re.findall(r'data-([a-z-]+)="([^"]*)"', m.group(1)))
if state.get("errors") != "0":
    sys.exit("script errors on the page: %s" % state.get("error-text", state.get("errors")))
if state.get("drawn") != sys.argv[3]:
    sys.exit("drew %s rectangles, expected %s" % (state.get("drawn"), sys.argv[3]))
px, py, pw, ph = (float(v) for v in state["plot"].split())
t0, t1, a0, a1 = (float(v) for v in state["view"].split())
lx, ly, lw, lh = (float(v) for v in state["live-plot"].split())
pixel = read_png(sys.argv[2])

top = 0
for spec in sys.argv[4:]:
    name, colour, s, e, lo, hi = spec.split(":")
    s, e, lo, hi = float(s), float(e), float(lo), float(hi)
    left = px + (s - t0) * pw / (t1 - t0)
    right = px + (e - t0) * pw / (t1 - t0)
    y_top = py + ph - (hi - a0) * ph / (a1 - a0)
    y_bottom = py + ph - (lo - a0) * ph / (a1 - a0)
    x, y = int(left + (right - left) / 10), int((y_top + y_bottom) / 2)
    got = pixel(x, y)
    if not same(got, PALETTE[int(colour)]):
        sys.exit("%s: pixel (%d, %d) is #%02x%02x%02x, expected #%s" % ((name, x, y) + got + (PALETTE[int(colour)],)))
    # The live-bytes chart is filled under the peak, at this buffer's time.
    lxm = int(lx + ((s + e) / 2 - t0) * lw / (t1 - t0))
    if not same(pixel(lxm, int(ly + lh - 3)), LIVE_FILL):
        sys.exit("%s: the live-bytes chart is not filled at x %d" % (name, lxm))
    top = max(top, hi)
    print("%s ok at (%d, %d)" % (name, x, y))

# Above the highest buffer and below the top of the view: white, except for
# the horizontal lines at the pool's size; checked 4 px above those lines.
y = int(py + ph - (top - a0) * ph / (a1 - a0)) - 4
if y > py:
    x = int(px + pw / 2)
    if not same(pixel(x, y), "ffffff"):
        sys.exit("pixel (%d, %d) above the buffers is #%02x%02x%02x, expected white" % ((x, y) + pixel(x, y)))
print("drawn %s, peak live %s at %s" % (state["drawn"], state["peak-live"], state["peak-time"]))
