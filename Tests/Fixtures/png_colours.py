#!/usr/bin/env python3
"""Counts the pixels of given colours in a PNG, with only the standard library (zlib).

Usage: png_colours.py FILE.png RRGGBB...  -> prints {"width": W, "height": H, "RRGGBB": count, ...}
Handles 8-bit RGB and RGBA, non-interlaced: what Chromium writes for a screenshot.
"""
import json, struct, sys, zlib

def pixels(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit("not a PNG: " + path)
    offset, idat, header = 8, b"", None
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        body = data[offset + 8:offset + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        offset += 12 + length
    width, height, depth, colour_type, _, _, interlace = header
    if depth != 8 or colour_type not in (2, 6) or interlace:
        raise SystemExit("unsupported PNG layout %r" % (header,))
    channels = 3 if colour_type == 2 else 4
    raw, stride = zlib.decompress(idat), width * channels
    previous, rows, at = bytearray(stride), [], 0
    for _ in range(height):
        kind, line = raw[at], bytearray(raw[at + 1:at + 1 + stride])
        at += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1: line[i] = (line[i] + left) & 255
            elif kind == 2: line[i] = (line[i] + up) & 255
            elif kind == 3: line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(line)
        previous = line
    return width, height, channels, rows

def main():
    width, height, channels, rows = pixels(sys.argv[1])
    wanted = {bytes.fromhex(c.lstrip("#")): c.lstrip("#").lower() for c in sys.argv[2:]}
    counts = {name: 0 for name in wanted.values()}
    for line in rows:
        for x in range(0, len(line), channels):
            name = wanted.get(bytes(line[x:x + 3]))
            if name:
                counts[name] += 1
    print(json.dumps(dict(width=width, height=height, **counts)))

main()
